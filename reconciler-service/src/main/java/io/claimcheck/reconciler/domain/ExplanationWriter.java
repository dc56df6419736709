package io.claimcheck.reconciler.domain;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the one sentence a journalist can paste, from the data of the conflict that heads a discrepancy:
 * "Azerbaijan’s Defense Ministry says 2,300 Karabakh soldiers were killed; Armenia reports 104 military
 * deaths, 22 times fewer."
 */
final class ExplanationWriter {

    /** Below this ratio figures are close, and read better side by side ("18 … against 12") than as a ratio. */
    static final double RATIO_WORDS_FROM = 1.5;
    /** Up to this figure, counts are small enough that a ratio sounds grander than the difference is. */
    static final double SMALL_COUNT = 20;

    /** Words that make an article's phrase for the counted follow the figure with "of": "104 of their servicemen". */
    private static final Set<String> POSSESSIVES = Set.of("their", "its", "our", "his", "her", "my", "your");
    private static final Set<String> PLURAL_VOICES = Set.of("reports", "sources", "activists", "officials",
            "residents", "witnesses", "websites", "groups", "authorities", "agencies", "monitors", "forces", "medics",
            "doctors", "rebels", "media");
    private static final Set<String> UNCOUNTABLE_METRICS = Set.of("MONEY", "PERCENT", "PERCENTAGE_POINTS", "RATIO",
            "MEASURE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    String explain(Conflict headline, List<Conflict> conflicts) {
        return switch (headline.kind()) {
            case DIFFERENT_FIGURES, TOTAL_BELOW_PART -> twoVoices(headline);
            case REVISED_DOWN -> revision(headline);
            case TOTAL_BELOW_SUM_OF_PARTS -> sumOfParts(headline, conflicts);
        };
    }

    private String twoVoices(Conflict conflict) {
        Figure higher = conflict.higher();
        Figure lower = conflict.lower();
        String lead = voice(higher, true) + " " + statement(higher);
        if (conflict.ratio() < RATIO_WORDS_FROM || higher.central() <= SMALL_COUNT) {
            return lead + ", against " + amount(lower) + " according to " + voice(lower, false) + ".";
        }
        String lowerPhrase = nounPhrase(lower);
        boolean samePhrase = lowerPhrase.equals(nounPhrase(higher)) && conflict.kind() != ConflictKind.TOTAL_BELOW_PART;
        String answer = samePhrase ? spoken(lower) : withParticiple(lower, amount(lower) + space(lowerPhrase));
        if (conflict.kind() == ConflictKind.TOTAL_BELOW_PART) {
            answer += " in all";
        }
        String verb = Metrics.participle(lower.metric()).isPresent() ? "report" : "give";
        return lead + "; " + voice(lower, false) + " " + agree(verb, lower) + " " + answer + ", "
                + timesFewer(conflict) + ".";
    }

    private String revision(Conflict conflict) {
        Figure earlier = conflict.higher();
        Figure later = conflict.lower();
        return voice(earlier, true) + " gave " + withParticiple(earlier, amount(earlier) + space(nounPhrase(earlier)))
                + " on " + DAY.format(earlier.claim().publishedAt()) + " but only " + amount(later)
                + " on " + DAY.format(later.claim().publishedAt()) + ", a lower figure for a toll that can only grow.";
    }

    private String sumOfParts(Conflict headline, List<Conflict> conflicts) {
        Figure total = headline.lower();
        List<Figure> parts = conflicts.stream()
                .filter(conflict -> conflict.kind() == ConflictKind.TOTAL_BELOW_SUM_OF_PARTS && conflict.lower() == total)
                .map(Conflict::higher)
                .toList();
        double sum = parts.stream().mapToDouble(part -> Math.max(0, part.interval().lower())).sum();
        String listed = parts.stream().map(part -> amount(part) + space(nounPhrase(part)))
                .collect(Collectors.collectingAndThen(Collectors.toList(), ExplanationWriter::andList));
        return voice(total, true) + " " + agree("give", total) + " " + withParticiple(total, amount(total) + space(nounPhrase(total)))
                + " in all, fewer than its own parts add up to: " + listed + " make " + number(sum) + ".";
    }

    /** "says 2,300 Karabakh soldiers were killed", "reports 104 military deaths", "gives 14 kilometres". */
    private String statement(Figure figure) {
        String counted = amount(figure) + space(nounPhrase(figure));
        Optional<String> participle = Metrics.participle(figure.metric());
        if (participle.isEmpty()) {
            return agree("give", figure) + " " + counted;
        }
        if (isEventNoun(nounPhrase(figure))) {
            return agree("report", figure) + " " + counted;
        }
        boolean one = figure.claim().bound() == Bound.EXACT && figure.central() == 1;
        return agree("say", figure) + " " + counted + (one ? " was " : " were ") + participle.get();
    }

    private String withParticiple(Figure figure, String counted) {
        Optional<String> participle = Metrics.participle(figure.metric());
        return participle.isEmpty() || isEventNoun(nounPhrase(figure)) ? counted : counted + " " + participle.get();
    }

    private String timesFewer(Conflict conflict) {
        double ratio = conflict.ratio();
        String rounded = ratio >= 10 ? String.valueOf(Math.round(ratio)) : number(Math.round(ratio * 10) / 10.0);
        boolean uncountable = UNCOUNTABLE_METRICS.contains(conflict.lower().metric().toUpperCase(Locale.ROOT));
        return rounded + (uncountable ? " times less" : " times fewer");
    }

    /** The figure before its noun: "at least 43", "dozens of", "about 50", "2,300". */
    private static String amount(Figure figure) {
        String said = spoken(figure);
        // "dozens of civilians", "hundreds of people": a vague plural needs "of" before its noun.
        boolean vaguePlural = said.matches("[a-z]+s") && !nounPhrase(figure).isEmpty();
        return vaguePlural ? said + " of" : said;
    }

    /** The figure as a reader would say it: "at least 43", "dozens", "about 50", "2,300". */
    static String spoken(Figure figure) {
        ReportedClaim claim = figure.claim();
        String said = claim.mention() == null || claim.mention().isBlank() ? number(figure.central())
                : lowerInitial(claim.mention().strip());
        return switch (claim.bound()) {
            case AT_LEAST -> "at least " + said;
            case MORE_THAN -> "more than " + said;
            case AT_MOST -> "up to " + said;
            case LESS_THAN -> "fewer than " + said;
            case APPROXIMATE -> "about " + said;
            case EXACT, RANGE -> said;
        };
    }

    /**
     * The article's own words for what is counted ("Karabakh soldiers", "military deaths"), else the counted noun
     * in the plural.
     */
    private static String nounPhrase(Figure figure) {
        ReportedClaim claim = figure.claim();
        Optional<String> written = CountedPhrase.of(claim);
        if (written.isPresent()) {
            // "104 of their servicemen": a possessive's phrase follows the figure with "of"
            return POSSESSIVES.contains(written.get().split(" ", 2)[0].toLowerCase(Locale.ROOT))
                    ? "of " + written.get() : written.get();
        }
        if (claim.object() == null || claim.object().isBlank()) {
            return "";
        }
        String noun = claim.object().strip();
        boolean one = claim.bound() == Bound.EXACT && figure.central() == 1;
        // Money is counted in a currency code ("USD"), which has no plural.
        return one || claim.metric().equalsIgnoreCase("MONEY") ? noun : Nouns.plural(noun);
    }

    private static String voice(Figure figure, boolean startsSentence) {
        String label = figure.claimant().label();
        if (startsSentence) {
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        return label.matches("(The|A|An) .*") ? lowerInitial(label) : label;
    }

    /** "Armenia says", but "initial reports say". */
    private static String agree(String verb, Figure speaker) {
        String label = speaker.claimant().label().toLowerCase(Locale.ROOT);
        String head = label.substring(label.lastIndexOf(' ') + 1);
        return PLURAL_VOICES.contains(head) ? verb : verb + "s";
    }

    private static boolean isEventNoun(String phrase) {
        return CountedPhrase.isEventNoun(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }

    private static String lowerInitial(String text) {
        boolean capitalisedWord = text.length() > 1 && Character.isUpperCase(text.charAt(0))
                && Character.isLowerCase(text.charAt(1));
        return capitalisedWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String space(String phrase) {
        return phrase.isEmpty() ? "" : " " + phrase;
    }

    private static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String andList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
