package io.claimcheck.extractor.numbers;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in words (lexicon {@code number-words.tsv}), up to the billions: {@code five},
 * {@code twenty-three}, {@code two hundred thousand}, {@code one hundred and fifty}, {@code a hundred},
 * {@code a dozen}, {@code half a million}, {@code a quarter of a million}, {@code two point five million}.
 * Hyphens join parts inside one token; what follows the last number part of a token ({@code five-year}) is kept as
 * its suffix.
 */
final class NumberWords {

    enum Kind { UNIT, TENS, HUNDRED, SCALE, DOZEN, FRACTION }

    private record Word(double value, Kind kind) {
    }

    /**
     * A number read from words.
     *
     * @param value  its value
     * @param last   index of its last token
     * @param words  how many number words it has ("one" alone is one word, and a determiner)
     * @param dozen  whether it counts in dozens, which makes it approximate
     * @param suffix what follows a hyphen after the number in its last token ("year" in "five-year"), or ""
     */
    record Reading(double value, int last, int words, boolean dozen, String suffix) {
    }

    private final Map<String, Word> words;

    NumberWords(LexiconSource lexicon) {
        Map<String, Word> map = new HashMap<>();
        for (List<String> row : lexicon.rows("number-words.tsv")) {
            map.put(row.get(0), new Word(Double.parseDouble(row.get(1)), Kind.valueOf(row.get(2).toUpperCase())));
        }
        this.words = Map.copyOf(map);
    }

    /** The factor of a scale word after digits ("million" in "1.5 million"), or 0 when it is none. */
    double scaleOf(Token token) {
        Word word = words.get(token.norm());
        return word != null && (word.kind() == Kind.SCALE || word.kind() == Kind.HUNDRED) ? word.value() : 0;
    }

    /** "dozen", "dozens" after digits: "3 dozen" counts in dozens. */
    boolean isDozen(Token token) {
        Word word = words.get(token.norm());
        return word != null && word.kind() == Kind.DOZEN;
    }

    /** The value of one word from "one" to "ninety" ("five", "twenty"), or 0 when it is none of them. */
    double valueOfWord(String norm) {
        Word word = words.get(norm);
        return word != null && (word.kind() == Kind.UNIT || word.kind() == Kind.TENS) ? word.value() : 0;
    }

    /** Whether the word can start a number ("a" and "an" only before hundred, dozen, a scale...). */
    boolean startsNumber(Token token) {
        return token.isWord() && words.containsKey(firstPart(token.norm()));
    }

    /** Reads the longest number in words starting at token {@code i}; null when there is none. */
    Reading read(List<Token> tokens, int i) {
        Accumulator sum = new Accumulator();
        int k = i;
        int lastRead = -1;
        String suffix = "";
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            if (!token.isWord()) {
                break;
            }
            String norm = token.norm();
            if ((norm.equals("a") || norm.equals("an")) && sum.count == 0 && k + 1 < tokens.size()
                    && isMultiplier(tokens.get(k + 1).norm())) {
                sum.indefinite = true;
                k++;
                continue;
            }
            if (norm.equals("and") && sum.count > 0 && k + 2 < tokens.size()
                    && (tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an"))
                    && isFraction(tokens.get(k + 2).norm()) && sum.acceptsAPart()) {
                sum.addPart(words.get(tokens.get(k + 2).norm())); // "two and a half (million)"
                lastRead = k + 2;
                k += 3;
                continue;
            }
            int decimals = norm.equals("point") && sum.acceptsDecimals() && !(i > 0 && tokens.get(i - 1).is("at"))
                    ? digitWordsFrom(tokens, k + 1) : 0;
            if (decimals > 0) { // "two point five (million)"; but "at one point" is a time
                sum.addDecimals(tokens.subList(k + 1, k + 1 + decimals).stream()
                        .mapToInt(digit -> (int) words.get(digit.norm()).value()).toArray());
                lastRead = k + decimals;
                k += decimals + 1;
                continue;
            }
            if (norm.equals("and") && sum.afterHundredOrScale() && k + 1 < tokens.size()
                    && isSmall(tokens.get(k + 1).norm())) {
                k++;
                continue;
            }
            String[] parts = norm.split("-", -1);
            int used = 0;
            while (used < parts.length && words.containsKey(parts[used]) && sum.accepts(words.get(parts[used]))) {
                Word word = words.get(parts[used]);
                if (word.kind() == Kind.FRACTION) {
                    int scaleAt = fractionScale(tokens, k + 1);
                    if (used != parts.length - 1 || scaleAt < 0) {
                        break;
                    }
                    sum.add(word);
                    sum.add(words.get(tokens.get(scaleAt).norm()));
                    used = parts.length;
                    k = scaleAt;
                    break;
                }
                sum.add(word);
                used++;
            }
            if (used == 0) {
                break;
            }
            lastRead = k;
            if (used < parts.length) {
                suffix = String.join("-", java.util.Arrays.copyOfRange(parts, used, parts.length));
                break;
            }
            k++;
        }
        if (lastRead < 0 || sum.count == 0) {
            return null;
        }
        return new Reading(sum.total(), lastRead, sum.count + (sum.indefinite ? 1 : 0), sum.dozen, suffix);
    }

    /** How many words naming one digit ("five", "zero") follow from {@code k}. */
    private int digitWordsFrom(List<Token> tokens, int k) {
        int p = k;
        while (p < tokens.size()) {
            Word word = words.get(tokens.get(p).norm());
            if (word == null || word.kind() != Kind.UNIT || word.value() > 9) {
                break;
            }
            p++;
        }
        return p - k;
    }

    /** "half a million", "a quarter of a million": the index of the scale word, or -1. */
    private int fractionScale(List<Token> tokens, int k) {
        int p = k;
        if (p < tokens.size() && tokens.get(p).is("of")) {
            p++;
        }
        if (p < tokens.size() && (tokens.get(p).is("a") || tokens.get(p).is("an"))) {
            p++;
        }
        Word word = p < tokens.size() ? words.get(tokens.get(p).norm()) : null;
        return word != null && (word.kind() == Kind.SCALE || word.kind() == Kind.HUNDRED) ? p : -1;
    }

    private boolean isMultiplier(String norm) {
        Word word = words.get(norm);
        return word != null && (word.kind() == Kind.HUNDRED || word.kind() == Kind.SCALE || word.kind() == Kind.DOZEN
                || word.kind() == Kind.FRACTION);
    }

    private boolean isFraction(String norm) {
        Word word = words.get(norm);
        return word != null && word.kind() == Kind.FRACTION;
    }

    private boolean isSmall(String norm) {
        Word word = words.get(firstPart(norm));
        return word != null && (word.kind() == Kind.UNIT || word.kind() == Kind.TENS);
    }

    private static String firstPart(String norm) {
        int hyphen = norm.indexOf('-');
        return hyphen > 0 ? norm.substring(0, hyphen) : norm;
    }

    /** Adds number words up the way English says them: units and tens, times hundred, times a scale. */
    private static final class Accumulator {
        double total;
        double current;
        double fraction;
        int count;
        boolean dozen;
        boolean indefinite;
        Kind previous;

        boolean accepts(Word word) {
            if (previous == null) {
                return word.kind() != Kind.SCALE || indefinite;
            }
            return switch (word.kind()) {
                case UNIT -> previous == Kind.TENS && current % 10 == 0 && word.value() < 10
                        || previous == Kind.HUNDRED || previous == Kind.SCALE;
                case TENS -> previous == Kind.HUNDRED || previous == Kind.SCALE;
                case HUNDRED -> previous == Kind.UNIT || previous == Kind.TENS || previous == Kind.FRACTION;
                case SCALE -> previous != Kind.SCALE || current > 0;
                case DOZEN -> previous == Kind.UNIT;
                case FRACTION -> false;
            };
        }

        void add(Word word) {
            switch (word.kind()) {
                case UNIT, TENS -> current += word.value();
                case HUNDRED -> current = (current == 0 ? 1 : current) * 100;
                case SCALE -> {
                    total += (current == 0 ? 1 : current) * word.value();
                    current = 0;
                }
                case DOZEN -> {
                    current = (current == 0 ? 1 : current) * 12;
                    dozen = true;
                }
                case FRACTION -> current = word.value();
            }
            count++;
            previous = word.kind();
        }

        /** Whether a part ("and a half") may follow: after a whole number short of a scale ("two", "twenty-one"). */
        boolean acceptsAPart() {
            return (previous == Kind.UNIT || previous == Kind.TENS) && current > 0;
        }

        /** Whether decimals ("point five") may follow: after a whole number short of a scale, zero included. */
        boolean acceptsDecimals() {
            return previous == Kind.UNIT || previous == Kind.TENS;
        }

        /** "point two five" after "one": 1.25, each digit a word. */
        void addDecimals(int[] digits) {
            StringBuilder decimals = new StringBuilder("0.");
            for (int digit : digits) {
                decimals.append(digit);
                count++;
            }
            current += Double.parseDouble(decimals.toString()); // exactly 0.3, not 0.1 * 3
        }

        /** "and a half" after "two": the part is added to the number before its scale. */
        void addPart(Word part) {
            current += part.value();
            count++;
        }

        boolean afterHundredOrScale() {
            return previous == Kind.HUNDRED || previous == Kind.SCALE;
        }

        double total() {
            return total + current;
        }
    }
}
