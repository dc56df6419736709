package io.claimcheck.extractor.numbers;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The number grammar's rules for shares and multiples of a whole (docs/claim-model.md §1, "Signs, changes and
 * shares"), whose amount is a RATIO: {@code half the staff}, {@code a third of}, {@code two-thirds of}, {@code one in
 * five} (lexicon {@code fractions.tsv}); {@code doubled from 40 to 80}, {@code three times more than the 300}
 * (lexicon {@code multiples.tsv}), and a multiple only where a base figure follows.
 */
final class Shares {

    /** A share or multiple read from tokens {@code first} to {@code last}: its value, the fraction or the factor. */
    record Share(int first, int last, double value) {
    }

    /**
     * Determiners that make a "half" after them a noun ("the eastern half", "a month and a half"); not "that", which
     * as often opens a clause ("reported that half of all attacks").
     */
    private static final Set<String> HALF_AS_A_NOUN_AFTER = Set.of("the", "a", "an", "its", "their", "his", "her",
            "our", "this");
    /** Words after "half" that make it a share of what follows ("half the staff", "half its budget"). */
    private static final Set<String> SHARE_DETERMINERS = Set.of("of", "the", "its", "their", "his", "her", "our",
            "your", "all", "those", "these", "this", "that");

    private final NumberWords numberWords;
    /** "half" and "third", "quarters": the denominators of fractions. */
    private final Map<String, Integer> denominators;
    /** "doubled", "twice": multiples of a base, with their factor. */
    private final Map<String, Double> multiples;
    /** What "three times" must go on with to compare ("as", "more", "the"). */
    private final Set<String> comparisons;
    /** What introduces the base figure of a multiple ("from", "than"). */
    private final Set<String> baseWords;

    Shares(LexiconSource lexicon, NumberWords numberWords) {
        this.numberWords = numberWords;
        Map<String, Integer> fractionRows = new HashMap<>();
        lexicon.rows("fractions.tsv").forEach(row -> fractionRows.put(row.get(0), Integer.parseInt(row.get(1))));
        this.denominators = Map.copyOf(fractionRows);
        Map<String, Double> multipleRows = new HashMap<>();
        Set<String> comparisonRows = new HashSet<>();
        Set<String> baseRows = new HashSet<>();
        for (List<String> row : lexicon.rows("multiples.tsv")) {
            switch (row.get(2)) {
                case "verb", "adverb" -> multipleRows.put(row.get(0), Double.parseDouble(row.get(1)));
                case "comparison" -> comparisonRows.add(row.get(0));
                case "base" -> baseRows.add(row.get(0));
                default -> throw new IllegalStateException("multiples.tsv: unknown kind of row " + row);
            }
        }
        this.multiples = Map.copyOf(multipleRows);
        this.comparisons = Set.copyOf(comparisonRows);
        this.baseWords = Set.copyOf(baseRows);
    }

    /**
     * A multiple of a base the sentence states: {@code doubled from 40 to 80}, {@code twice as many as the 300},
     * {@code three times more than}. With no base figure after it ("prices doubled") it asserts no amount.
     */
    Share multipleAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Double factor = multiples.get(token.norm());
        int last = i;
        if (factor == null) {
            if (i + 2 >= tokens.size() || !tokens.get(i + 1).is("times")
                    || !comparisons.contains(tokens.get(i + 2).norm())) {
                return null;
            }
            Integer times = smallWholeNumber(token);
            if (times == null || times < 2) {
                return null;
            }
            factor = (double) times;
            last = i + 1;
        }
        return baseFigureFollows(tokens, last + 1) ? new Share(i, last, factor) : null;
    }

    /** Whether a word that introduces a base ("from", "than", "as") and a figure after it follow within a clause. */
    private boolean baseFigureFollows(List<Token> tokens, int from) {
        int end = Math.min(tokens.size(), from + 8);
        for (int k = from; k < end; k++) {
            Token token = tokens.get(k);
            if (token.is(".") || token.is(";")) {
                return false;
            }
            if (baseWords.contains(token.norm())) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                    if (tokens.get(j).isNumber() || numberWords.startsNumber(tokens.get(j))
                            && !tokens.get(j).is("a") && !tokens.get(j).is("an")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A share of a whole: {@code half the staff}, {@code a third of}, {@code two-thirds of}, {@code three quarters of},
     * {@code one in five}. Its value is the fraction. "a quarter of a million" is a number, not a share.
     */
    Share fractionAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.is("half") && i + 1 < tokens.size() && SHARE_DETERMINERS.contains(tokens.get(i + 1).norm())
                && !scaleAfterOf(tokens, i + 1) && !halfAsANoun(tokens, i)) {
            return new Share(i, i, 0.5);
        }
        int dash = token.norm().indexOf('-');
        if (dash > 0) {
            Integer numerator = smallWholeNumber(token.norm().substring(0, dash));
            Integer denominator = denominators.get(token.norm().substring(dash + 1));
            return numerator != null && denominator != null && numerator < denominator && ofWhole(tokens, i + 1)
                    ? new Share(i, i, (double) numerator / denominator) : null;
        }
        if (i + 2 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(i + 1);
        Integer denominator = denominators.get(next.norm());
        if (denominator == null && !next.is("in") && !next.is("out")) {
            return null; // most words: no fraction can start here, and nothing more is looked up
        }
        Integer numerator = token.is("a") || token.is("an") ? Integer.valueOf(1) : smallWholeNumber(token.norm());
        if (numerator == null) {
            return null;
        }
        if (denominator != null) {
            return numerator < denominator && ofWhole(tokens, i + 2)
                    ? new Share(i, i + 1, (double) numerator / denominator) : null;
        }
        // "one in five", "one in every five", "one out of five"
        int k = i + 1;
        if (tokens.get(k).is("in")) {
            k++;
        } else if (tokens.get(k).is("out") && tokens.get(k + 1).is("of")) {
            k += 2;
        } else {
            return null;
        }
        if (k < tokens.size() && tokens.get(k).is("every")) {
            k++;
        }
        if (k >= tokens.size() || token.is("a") || token.is("an")) {
            return null;
        }
        Integer whole = smallWholeNumber(tokens.get(k));
        return whole != null && numerator < whole ? new Share(i, k, (double) numerator / whole) : null;
    }

    /**
     * "the eastern half of the city", "a month and a half": a determiner just before "half" makes it a part of a
     * place or a span, not a share of people or things.
     */
    private static boolean halfAsANoun(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (HALF_AS_A_NOUN_AFTER.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortDigits(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "of" follows, and no scale after it: "a quarter of the crop", not "a quarter of a million". */
    boolean ofWhole(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).is("of") && !scaleAfterOf(tokens, k);
    }

    private boolean scaleAfterOf(List<Token> tokens, int of) {
        int k = of + 1;
        if (k < tokens.size() && (tokens.get(k).is("a") || tokens.get(k).is("an"))) {
            k++;
        }
        return k < tokens.size() && numberWords.scaleOf(tokens.get(k)) > 0;
    }

    /** A whole number from 1 to 100 written in one word or in digits ("two", "five", "10"), or null. */
    /** {@link #smallWholeNumber(String)} of a token: its digits as written, or its word ("five", "10"). */
    private Integer smallWholeNumber(Token token) {
        return smallWholeNumber(token.isNumber() ? token.text() : token.norm());
    }

    private Integer smallWholeNumber(String word) {
        if (isShortDigits(word)) {
            int n = Integer.parseInt(word);
            return n >= 1 && n <= 100 ? n : null;
        }
        double value = numberWords.valueOfWord(word);
        return value >= 1 && value <= 100 && value == Math.rint(value) ? (int) value : null;
    }
}
