package io.claimcheck.extractor.numbers;

import io.claimcheck.extractor.text.Calendar;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number grammar: named rules that read amounts from tokens, left to right in one pass.
 *
 * <ul>
 *   <li>{@link #vagueMagnitude}: {@code dozens}, {@code tens of thousands}, as docs/claim-model.md §1 ranges
 *   them;</li>
 *   <li>{@link #numberInDigits}: {@code 2,300}, {@code 1.5 million}, {@code $5m}, {@code 40%}, {@code 12-15};</li>
 *   <li>{@link #numberInWords}: {@code twenty-three}, {@code half a million}, {@code a dozen};</li>
 *   <li>{@link #range}: {@code between 50 and 60}, {@code 50 to 60}, {@code two or three};</li>
 *   <li>{@link #measure}: the currency, percent or unit word after a number ({@link CurrencyNames},
 *   {@link UnitNames}: CLDR's names);</li>
 *   <li>{@link Shares}: {@code two-thirds of}, {@code one in five}, {@code doubled from 40 to 80} (a RATIO);</li>
 *   <li>{@link #signed}: {@code minus 5}, {@code -5}, {@code fell 3.2%} (a change below zero);</li>
 *   <li>{@link #boundOf}: {@code more than}, {@code at least}, {@code or more} (lexicon {@code bounds.tsv});</li>
 *   <li>{@link #namesNoAmount}: dates, years, times, durations, ages and names that hold numbers.</li>
 * </ul>
 * A number that a rule reads and a filter rejects is skipped whole, so the pass stays linear.
 */
public final class AmountGrammar {

    private record Vague(double lower, double upper, boolean needsOf) {
    }

    private record BoundWord(Bound bound, boolean after) {
    }

    /** A number as read, before the words around it say what it measures and how it is bounded. */
    private record Reading(int first, int last, double value, Double upper, double scale, String currency,
                           boolean percent, boolean plus, boolean dozen, String unit, boolean spelled,
                           boolean vague, boolean plainYear, int measureLast) {

        Reading(int first, int last, double value, Double upper, double scale, String currency, boolean percent,
                boolean plus, boolean dozen, String unit, boolean spelled, boolean vague, boolean plainYear) {
            this(first, last, value, upper, scale, currency, percent, plus, dozen, unit, spelled, vague, plainYear,
                    last);
        }

        /** The same number with scale words up to {@code newLast}: both ends of a range scale ("2-3 million"). */
        Reading scaledTo(int newLast, double factor, boolean inDozens) {
            return new Reading(first, newLast, value * factor, upper == null ? null : upper * factor, factor, currency,
                    percent, plus, dozen || inDozens, unit, spelled, vague, false);
        }

        /** The same tokens, marked as no amount so that the pass skips them whole. */
        Reading rejected() {
            return new Reading(first, last, Double.NaN, null, 1, null, false, false, false, null, spelled, false,
                    false);
        }

        /** The same number counted in coins worth {@code factor} of the currency ("68 pence"). */
        Reading inCoins(double factor) {
            return factor == 1 ? this : new Reading(first, last, value * factor, upper == null ? null : upper * factor,
                    scale, currency, percent, plus, dozen, unit, spelled, vague, plainYear, measureLast);
        }

        /** The same number below zero, read from token {@code from} ("minus 5"). */
        Reading negatedFrom(int from) {
            return new Reading(from, last, -value, upper == null ? null : -upper, scale, currency, percent, plus, dozen,
                    unit, spelled, vague, false, measureLast);
        }

        /** The same number, measured by the word or words up to token {@code wordLast}. */
        Reading measuredBy(String newCurrency, boolean isPercent, String newUnit, int wordLast) {
            return new Reading(first, last, value, upper, scale, newCurrency, isPercent, plus, dozen, newUnit,
                    spelled, vague, plainYear && wordLast == last, wordLast);
        }
    }

    /** The largest amount read: a quadrillion, beyond any toll, budget or debt that news reports. */
    static final double LARGEST = 1e15;

    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    /** The "unit" of a difference of percentages ("2.5 percentage points"): the amount is PERCENTAGE_POINTS. */
    private static final String PERCENTAGE_POINT = "percentage-point";
    /** The "unit" of a share of a whole ("two-thirds of"): the amount is a RATIO, its value the fraction. */
    private static final String FRACTION = "fraction";
    /** Words after which a time unit gives a rate ("40 hours a week", "per day"). */
    private static final Set<String> RATE_WORDS = Set.of("a", "an", "per", "each", "every");
    private static final Set<String> RANGE_JOINERS = Set.of("-", "to", "or");

    private final NumberWords numberWords;
    private final Calendar calendar;
    private final PhraseTable<Vague> vague;
    private final PhraseTable<BoundWord> bounds;
    private final CurrencyNames currencies;
    private final UnitNames units;
    /** Words that make a number a percentage (true) or a difference of percentages (false: "percentage points"). */
    private final PhraseTable<Boolean> percentWords;
    private final Map<String, Double> scaleSuffixes;
    private final Set<String> identifierHeads;
    /** Words before a percentage or an amount of money that say it fell by it ("fell", "down"). */
    private final Set<String> fallWords;
    private final Shares shares;
    /** Plurals that do not end in -s ("people", "men"), from the counted nouns' lexicon. */
    private final Set<String> irregularPlurals;

    public AmountGrammar(LexiconSource lexicon, Calendar calendar) {
        this.numberWords = new NumberWords(lexicon);
        this.calendar = calendar;
        this.irregularPlurals = lexicon.rows("nouns.tsv").stream().map(row -> row.get(0))
                .filter(form -> !form.contains(" ") && !form.endsWith("s")).collect(Collectors.toUnmodifiableSet());
        Map<String, Vague> vagueRows = new HashMap<>();
        for (List<String> row : lexicon.rows("vague-amounts.tsv")) {
            vagueRows.put(row.get(0), new Vague(Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)),
                    row.size() > 3 && row.get(3).equals("of")));
        }
        this.vague = PhraseTable.of(vagueRows);
        Map<String, BoundWord> boundRows = new HashMap<>();
        for (List<String> row : lexicon.rows("bounds.tsv")) {
            boundRows.put(row.get(0), new BoundWord(Bound.valueOf(row.get(1)), row.get(2).equals("after")));
        }
        this.bounds = PhraseTable.of(boundRows);
        this.currencies = new CurrencyNames(lexicon);
        this.units = new UnitNames(lexicon);
        Map<String, Boolean> percentRows = new HashMap<>();
        lexicon.rows("percent-words.tsv").forEach(row -> percentRows.put(row.get(0), row.get(1).equals("percent")));
        this.percentWords = PhraseTable.of(percentRows);
        this.fallWords = Set.copyOf(lexicon.words("fall-words.tsv"));
        this.shares = new Shares(lexicon, numberWords);
        Map<String, Double> suffixes = new HashMap<>();
        lexicon.rows("scale-suffixes.tsv").forEach(row -> suffixes.put(row.get(0), Double.parseDouble(row.get(1))));
        this.scaleSuffixes = Map.copyOf(suffixes);
        this.identifierHeads = new HashSet<>(lexicon.words("identifier-heads.tsv"));
    }

    /** Every amount in the tokens, in text order, none overlapping another. */
    public List<Amount> find(List<Token> tokens) {
        List<Amount> amounts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Reading reading = readNumber(tokens, i);
            if (reading == null) {
                i++;
                continue;
            }
            reading = range(tokens, reading);
            reading = measure(tokens, reading);
            Amount amount = namesNoAmount(tokens, reading) ? null : signed(tokens, complete(tokens, reading));
            if (amount != null && isPossible(amount)) {
                amounts.add(conversion(tokens, amount, amounts));
            }
            i = Math.max(reading.last(), amount == null ? reading.last() : amount.phraseLast()) + 1;
        }
        return amounts;
    }

    private Reading readNumber(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Reading multiple = share(shares.multipleAt(tokens, i));
        if (multiple != null) {
            return multiple;
        }
        if (token.isNumber()) {
            return numberInDigits(tokens, i);
        }
        if (token.isWord()) {
            if ((token.is("minus") || token.is("negative")) && i + 1 < tokens.size()) {
                Reading positive = readNumber(tokens, i + 1);
                return positive == null || isRejected(positive) || positive.vague() || positive.upper() != null
                        ? null : positive.negatedFrom(i);
            }
            Reading reading = share(shares.fractionAt(tokens, i));
            if (reading == null) {
                reading = vagueMagnitude(tokens, i);
            }
            return reading != null ? reading : numberInWords(tokens, i);
        }
        return null;
    }

    /** A share or multiple read by {@link Shares}, as a reading whose amount is a RATIO. */
    private static Reading share(Shares.Share share) {
        return share == null ? null : new Reading(share.first(), share.last(), share.value(), null, 1, null, false,
                false, false, FRACTION, true, false, false);
    }

    /** {@code dozens}, {@code scores of}, {@code tens of thousands}: a range with no value. */
    private Reading vagueMagnitude(List<Token> tokens, int i) {
        PhraseTable.Match<Vague> match = vague.startingAt(tokens, i);
        if (match == null) {
            return null;
        }
        Vague range = match.value();
        boolean ofFollows = match.last() + 1 < tokens.size() && tokens.get(match.last() + 1).is("of");
        if (range.needsOf() && !ofFollows) {
            return null;
        }
        return new Reading(i, match.last(), range.lower(), range.upper(), 1, null, false, false, false, null,
                true, true, false);
    }

    /** {@code 2,300}, {@code 200000}, {@code 1.5 million}, {@code $5m}, {@code 2.3bn}, {@code 40%}, {@code 20+}. */
    private Reading numberInDigits(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (Calendar.looksLikeNumericDate(token)) {
            return null;
        }
        Numeral numeral = Numeral.read(token.text(), currencies, scaleSuffixes);
        if (numeral == null) {
            return null;
        }
        String unit = null;
        String currency = numeral.currency();
        double value = numeral.value();
        switch (numeral.shape()) {
            case DECADE, ORDINAL, CLOCK, LEADING_ZERO -> {
                return null;
            }
            case HYPHENATED -> {
                // "a 12-inch screen" is measured; "a 24-hour truce", "a 25-year-old" only qualify a noun
                if (numeral.suffix().isEmpty()) {
                    return rangeOfHyphenatedMeasures(tokens, i, numeral);
                }
                unit = measureUnitOf(numeral.suffix());
                if (unit == null) {
                    return null;
                }
            }
            case GLUED -> {
                unit = measureUnitOf(numeral.suffix());
                CurrencyNames.Money coin = unit == null ? currencies.gluedCoin(numeral.suffix()) : null;
                if (unit == null && coin == null) {
                    return null;
                }
                if (coin != null) {
                    currency = coin.currency();
                    value *= coin.factor();
                }
            }
            case FRACTION -> {
                return shares.ofWhole(tokens, i + 1) ? share(new Shares.Share(i, i, value)) : null;
            }
            default -> {
            }
        }
        Reading reading = new Reading(i, i, value, numeral.upper(), 1, currency,
                numeral.shape() == Numeral.Shape.PERCENT, numeral.shape() == Numeral.Shape.PLUS, false, unit,
                false, false, Calendar.looksLikeYear(token));
        return scaleWords(tokens, reading);
    }

    /** The unit of letters glued or hyphenated to digits, unless it measures time ("24-hour" qualifies). */
    private String measureUnitOf(String suffix) {
        String unit = units.ofGlued(suffix);
        return unit == null || units.isDuration(unit) ? null : unit;
    }

    /** {@code 7- or 8-inch}: a first number whose hyphen waits for the unit of the second. */
    private Reading rangeOfHyphenatedMeasures(List<Token> tokens, int i, Numeral first) {
        if (i + 2 >= tokens.size() || !RANGE_JOINERS.contains(tokens.get(i + 1).norm()) || first.currency() != null) {
            return null;
        }
        Numeral second = Numeral.read(tokens.get(i + 2).text(), currencies, scaleSuffixes);
        String unit = second != null && second.shape() == Numeral.Shape.HYPHENATED
                ? measureUnitOf(second.suffix()) : null;
        if (unit == null || second.value() <= first.value()) {
            return null;
        }
        return new Reading(i, i + 2, first.value(), second.value(), 1, null, false, false, false, unit, false, false,
                false);
    }

    /** {@code 1.5 million}, {@code 10 million}, {@code 5 hundred thousand}: scale words after digits. */
    private Reading scaleWords(List<Token> tokens, Reading reading) {
        if (reading.unit() != null || reading.percent()) {
            return reading;
        }
        double factor = 1;
        int last = reading.last();
        while (last + 1 < tokens.size() && scaleOf(tokens.get(last + 1)) > 0) {
            factor *= scaleOf(tokens.get(last + 1));
            last++;
        }
        // "3 dozen": counted in dozens, as "two dozen" is, and as approximate
        boolean inDozens = last + 1 < tokens.size() && numberWords.isDozen(tokens.get(last + 1));
        if (inDozens) {
            factor *= 12;
            last++;
        }
        return last == reading.last() ? reading : reading.scaledTo(last, factor, inDozens);
    }

    /** A scale word ("million") or a scale suffix of two letters or more written apart ("1.2 bn"); 0 for neither. */
    private double scaleOf(Token token) {
        double word = numberWords.scaleOf(token);
        return word > 0 || token.norm().length() < 2 ? word : scaleSuffixes.getOrDefault(token.norm(), 0.0);
    }

    /** {@code five}, {@code Fifty-one}, {@code two hundred thousand}, {@code half a million}, {@code a dozen}. */
    private Reading numberInWords(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!(numberWords.startsNumber(token) || token.is("a") || token.is("an"))) {
            return null;
        }
        NumberWords.Reading words = numberWords.read(tokens, i);
        if (words == null) {
            return null;
        }
        if (!words.suffix().isEmpty() || (words.words() == 1 && words.value() == 1 && !beforeCommonNoun(tokens, i))) {
            // "five-year", "25-year-old" qualify a noun; a lone "one" is a pronoun ("one of them", "one said");
            // before a common noun ("killing one woman") it is an amount, which the claim readers keep only
            // where something says what happened to it
            return new Reading(i, words.last(), 0, null, 1, null, false, false, false, null, true, false, false)
                    .rejected();
        }
        return new Reading(i, words.last(), words.value(), null, 1, null, false, false, words.dozen(), null,
                true, false, false);
    }

    /** "killing one woman", not "no one was hurt", "the one that", "one of them". */
    private static boolean beforeCommonNoun(List<Token> tokens, int i) {
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        boolean pronoun = previous != null && (previous.is("no") || previous.is("any") || previous.is("every")
                || previous.is("each") || previous.is("the") || previous.is("which") || previous.is("this"));
        return tokens.get(i).is("one") && !pronoun && next != null && next.isWord() && !next.is("of")
                && !next.is("another")
                && Character.isLowerCase(next.text().charAt(0));
    }

    /** {@code 12-15}, {@code 50 to 60}, {@code between 50 and 60}, {@code two or three}. */
    private Reading range(List<Token> tokens, Reading reading) {
        if (reading.vague() || reading.upper() != null || isRejected(reading)) {
            return reading;
        }
        int k = reading.last() + 1;
        if (k + 1 >= tokens.size()) {
            return reading;
        }
        Token joiner = tokens.get(k);
        boolean between = reading.first() > 0 && tokens.get(reading.first() - 1).is("between");
        if (!(RANGE_JOINERS.contains(joiner.norm()) || (between && joiner.is("and")))) {
            return reading;
        }
        Reading second = readNumber(tokens, k + 1);
        if (second == null || second.vague() || isRejected(second) || second.spelled() != reading.spelled()) {
            return reading;
        }
        double lower = reading.value();
        if (second.scale() > 1 && reading.scale() == 1 && lower < second.scale()) {
            lower *= second.scale();
        }
        if (second.value() <= lower) {
            return reading;
        }
        return new Reading(reading.first(), second.last(), lower, second.value(), second.scale(),
                reading.currency() != null ? reading.currency() : second.currency(),
                reading.percent() || second.percent(), false, false, second.unit(), reading.spelled(), false,
                false);
    }

    /** The sign or word that says what a number measures: {@code $}, {@code percent}, {@code dollars}, {@code km}. */
    private Reading measure(List<Token> tokens, Reading reading) {
        if (isRejected(reading)) {
            return reading;
        }
        int k = reading.last() + 1;
        String currency = reading.currency();
        if (currency == null && reading.first() > 0) {
            currency = currencies.ofPrefix(tokens.get(reading.first() - 1).text());
        }
        PhraseTable.Match<CurrencyNames.Money> currencyWord = currencies.nameStartingAt(tokens, k);
        if (currencyWord != null && !reading.percent() && reading.unit() == null) {
            return reading.inCoins(currencyWord.value().factor())
                    .measuredBy(currencyWord.value().currency(), false, null, currencyWord.last());
        }
        PhraseTable.Match<Boolean> percentWord = percentWords.startingAt(tokens, k);
        if (percentWord != null) {
            return reading.measuredBy(currency, true, percentWord.value() ? null : PERCENTAGE_POINT,
                    percentWord.last());
        }
        PhraseTable.Match<String> unitWord = units.startingAt(tokens, k);
        if (unitWord != null && currency == null && !reading.percent() && !reading.vague() && reading.unit() == null
                && (!units.isDuration(unitWord.value()) || rateFollows(tokens, unitWord.last() + 1))
                && !modifiesAPluralNoun(tokens, unitWord.last())) {
            return reading.measuredBy(null, false, unitWord.value(), unitWord.last());
        }
        return reading.measuredBy(currency, reading.percent(), reading.unit(), reading.last());
    }

    /**
     * "34 barrel bombs", "five kg bags": a unit word in the singular before a plural noun names a kind of thing, which
     * is what is counted; "34 barrels of oil" measures.
     */
    private static boolean modifiesAPluralNoun(List<Token> tokens, int unitLast) {
        String unit = tokens.get(unitLast).norm();
        if (unit.endsWith("s") || unitLast + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(unitLast + 1);
        String word = next.norm();
        return next.isWord() && Character.isLowerCase(next.text().charAt(0)) && word.length() > 3
                && word.endsWith("s") && !word.endsWith("ss");
    }

    /** "a week", "per day": a rate after a time unit, which makes a measure of what would be a duration. */
    private boolean rateFollows(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && RATE_WORDS.contains(tokens.get(k).norm())
                && calendar.isTimeUnit(tokens.get(k + 1).norm());
    }

    /**
     * Numbers that are no amount: dates ({@code 19 Jul}, {@code May 31}, {@code Tuesday 19}), years
     * ({@code 2016}, unless bounded and counting: {@code some 2000 people}), times ({@code 1130 am}),
     * durations ({@code three days}, {@code hundreds of years}), ages ({@code aged 12}, {@code under the age of 18}) and names
     * ({@code Article 5}, {@code Resolution 2254}).
     */
    private boolean namesNoAmount(List<Token> tokens, Reading reading) {
        if (isRejected(reading)) {
            return true;
        }
        Token before = reading.first() > 0 ? tokens.get(reading.first() - 1) : null;
        int k = reading.measureLast() + 1;
        Token after = k < tokens.size() ? tokens.get(k) : null;
        if (reading.vague() && after != null && after.is("of") && k + 1 < tokens.size()) {
            after = tokens.get(k + 1);
        }
        boolean single = reading.first() == reading.last() && !reading.spelled();
        if (single && before != null && calendar.isMonth(before) && gluedDayAndYear(tokens.get(reading.first()))) {
            return true;
        }
        if (single && Calendar.looksLikeDay(tokens.get(reading.first())) && reading.upper() == null
                && (after != null && calendar.isMonth(after)
                    || before != null && (calendar.isMonth(before) || calendar.isWeekday(before))
                    || after != null && after.is("of") && k + 1 < tokens.size() && calendar.isMonth(tokens.get(k + 1)))) {
            return true;
        }
        if (reading.plainYear() && reading.currency() == null && !reading.percent() && reading.unit() == null
                && !(boundBefore(tokens, reading.first()) != null && after != null && after.isWord()
                     && !calendar.isMonth(after))
                && !countsNounAfter(before, after)) {
            return true;
        }
        if (after != null && (calendar.isTimeUnit(after.norm()) || calendar.isClockWord(after.norm()))) {
            return true;
        }
        if (before != null && AGE_WORDS.contains(before.norm())) {
            return true;
        }
        // "under the age of 18", "between the ages of 5 and 12"
        if (before != null && before.is("of") && reading.first() > 1
                && AGE_WORDS.contains(tokens.get(reading.first() - 2).norm())) {
            return true;
        }
        return before != null && before.isCapitalized() && identifierHeads.contains(before.norm())
                && !reading.spelled();
    }

    /**
     * "a total of 1200 families", "killed 1500 civilians": four digits before a plural common noun count it,
     * unless a word that introduces a year stands before them ("the 2016 elections", "in 2014 protests").
     */
    private boolean countsNounAfter(Token before, Token after) {
        return after != null && after.isWord() && Character.isLowerCase(after.text().charAt(0))
                && (after.norm().endsWith("s") && !after.norm().endsWith("ss") || irregularPlurals.contains(after.norm()))
                && before != null && !calendar.isMonth(before) && !calendar.introducesYear(before.norm());
    }

    /** "Oct 262016": a day and a year that lost the space between them. */
    private static boolean gluedDayAndYear(Token token) {
        String t = token.text();
        if (t.length() < 5 || t.length() > 6 || !t.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(t.substring(t.length() - 4));
        int day = Integer.parseInt(t.substring(0, t.length() - 4));
        return year >= 1900 && year <= 2100 && day >= 1 && day <= 31;
    }

    private Amount complete(List<Token> tokens, Reading reading) {
        int phraseFirst = reading.first();
        int phraseLast = reading.last();
        Amount.Kind kind = reading.currency() != null ? Amount.Kind.MONEY
                : reading.percent() ? (PERCENTAGE_POINT.equals(reading.unit()) ? Amount.Kind.PERCENTAGE_POINTS
                        : Amount.Kind.PERCENT)
                : FRACTION.equals(reading.unit()) ? Amount.Kind.RATIO
                : reading.unit() != null ? Amount.Kind.MEASURE
                : reading.vague() ? Amount.Kind.VAGUE : Amount.Kind.NUMBER;
        phraseLast = reading.measureLast();
        if (reading.vague() || reading.upper() != null) {
            if (reading.vague() && phraseLast + 1 < tokens.size() && tokens.get(phraseLast + 1).is("of")) {
                phraseLast++;
            }
            if (reading.first() > 0 && (tokens.get(reading.first() - 1).is("between")
                    || tokens.get(reading.first() - 1).is("from"))) {
                phraseFirst--;
            }
            return new Amount(reading.first(), reading.last(), phraseFirst, phraseLast, null, reading.value(),
                    reading.upper(), Bound.RANGE, kind, unitOf(kind, reading));
        }
        Bound bound = reading.dozen() ? Bound.APPROXIMATE : Bound.EXACT;
        PhraseTable.Match<BoundWord> before = boundBefore(tokens, reading.first());
        if (before != null) {
            bound = before.value().bound();
            phraseFirst = before.first();
        }
        PhraseTable.Match<BoundWord> after = bounds.startingAt(tokens, phraseLast + 1);
        if (after != null && after.value().after()) {
            bound = after.value().bound();
            phraseLast = after.last();
        } else if (reading.plus()) {
            bound = Bound.AT_LEAST;
        }
        double value = reading.value();
        Double lower = switch (bound) {
            case AT_MOST, LESS_THAN -> null;
            default -> value;
        };
        Double upper = switch (bound) {
            case AT_LEAST, MORE_THAN -> null;
            default -> value;
        };
        return new Amount(reading.first(), reading.last(), phraseFirst, phraseLast, value, lower, upper, bound, kind,
                unitOf(kind, reading));
    }

    /**
     * "fell 3.2%", "down 68p", "dropped by 1.5 percentage points": a change of a rate or a price, with its sign. "fell
     * to 3.2%" states a level and keeps its sign.
     */
    private Amount signed(List<Token> tokens, Amount amount) {
        boolean change = amount.kind() == Amount.Kind.PERCENT || amount.kind() == Amount.Kind.PERCENTAGE_POINTS
                || amount.kind() == Amount.Kind.MONEY;
        int k = amount.phraseFirst() - 1;
        if (change && k > 0 && tokens.get(k).is("by")) {
            k--;
        }
        return change && k >= 0 && fallWords.contains(tokens.get(k).norm()) ? amount.negated() : amount;
    }

    /** "more than 60 kilometres (35 miles)": a measure restated in brackets keeps the bound of the first. */
    private static Amount conversion(List<Token> tokens, Amount amount, List<Amount> before) {
        if (amount.kind() != Amount.Kind.MEASURE || before.isEmpty() || amount.bound() != Bound.EXACT
                || amount.value() == null) {
            return amount;
        }
        Amount first = before.get(before.size() - 1);
        boolean restated = first.kind() == Amount.Kind.MEASURE && first.phraseLast() == amount.first() - 2
                && tokens.get(amount.first() - 1).is("(");
        if (!restated || first.bound() == Bound.EXACT || first.bound() == Bound.RANGE) {
            return amount;
        }
        double value = amount.value();
        Double lower = first.lower() == null ? null : value;
        Double upper = first.upper() == null ? null : value;
        return new Amount(amount.first(), amount.last(), amount.phraseFirst(), amount.phraseLast(), value, lower, upper,
                first.bound(), amount.kind(), amount.unit());
    }

    private static String unitOf(Amount.Kind kind, Reading reading) {
        return switch (kind) {
            case MONEY -> reading.currency();
            case MEASURE -> reading.unit();
            default -> null;
        };
    }

    private PhraseTable.Match<BoundWord> boundBefore(List<Token> tokens, int first) {
        PhraseTable.Match<BoundWord> match = bounds.endingAt(tokens, first - 1);
        return match != null && !match.value().after() ? match : null;
    }

    /**
     * Whether the amount allows any number a text could state: finite ends no larger than {@link #LARGEST}, the lower
     * not above the upper. "a million million million ..." multiplies past any count; such a reading is refused.
     */
    private static boolean isPossible(Amount amount) {
        return withinReach(amount.value()) && withinReach(amount.lower()) && withinReach(amount.upper())
                && (amount.lower() == null || amount.upper() == null || amount.lower() <= amount.upper());
    }

    private static boolean withinReach(Double number) {
        return number == null || (Double.isFinite(number) && Math.abs(number) <= LARGEST);
    }

    private static boolean isRejected(Reading reading) {
        return Double.isNaN(reading.value());
    }
}
