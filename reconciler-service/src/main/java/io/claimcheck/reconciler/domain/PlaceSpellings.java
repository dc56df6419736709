package io.claimcheck.reconciler.domain;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Outlets spell one place in several ways, by transliteration or by a slip ("Makiivka", "Makiyivka", "Maijivka";
 * "Kharkov", "Kharkiv"). Two names are one place's spellings when they have as many words and each pair of words
 * is one word or two spellings of it: both long enough to tell apart, with the same first two letters, and at most
 * one edit in four letters between them (one for a word of five to seven letters). Short words ("Homs", "Hama"; the
 * "Nabl" of "Kafr Nabl" beside "Kafr Naha") and words that part at their second letter ("Avdiivka", "Andriivka")
 * stay apart. Arabic's article before a name is written or not: "al-Waer" is "Waer".
 */
final class PlaceSpellings {

    private static final int SHORTEST = 5;
    private static final int LETTERS_PER_EDIT = 4;
    private static final int LEADING_LETTERS = 2;
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
    /**
     * Arabic's definite article, which outlets write or drop and spell as it sounds before the name's first letter:
     * "al-Bab" and "Bab", "el-Breij", "ar-Raqqa", "ash-Shaddadi".
     */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[-\\s]");

    private PlaceSpellings() {
    }

    /** Whether two lower-cased place names are one place, as written or as two spellings of it. */
    static boolean samePlace(String written, String writtenOtherwise) {
        if (written.equals(writtenOtherwise)) {
            return true;
        }
        String first = ARABIC_ARTICLE.matcher(written).replaceFirst("");
        String second = ARABIC_ARTICLE.matcher(writtenOtherwise).replaceFirst("");
        if (first.equals(second)) {
            return true;
        }
        // the first word's first letters tell most names apart before any splitting
        if (!first.regionMatches(0, second, 0, LEADING_LETTERS)) {
            return false;
        }
        String[] mine = WORD_BREAK.split(first);
        String[] theirs = WORD_BREAK.split(second);
        if (mine.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < mine.length; i++) {
            if (!sameWord(mine[i], theirs[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String first, String second) {
        if (first.equals(second)) {
            return true;
        }
        int shorter = Math.min(first.length(), second.length());
        if (shorter < SHORTEST || !first.regionMatches(0, second, 0, LEADING_LETTERS)) {
            return false;
        }
        int allowed = Math.max(1, shorter / LETTERS_PER_EDIT);
        return new LevenshteinDistance(allowed).apply(first, second) >= 0;
    }

    /** Whether a chain of places names the place, in any of its spellings. */
    static boolean names(List<String> places, String place) {
        return places.stream().anyMatch(p -> samePlace(p, place));
    }
}
