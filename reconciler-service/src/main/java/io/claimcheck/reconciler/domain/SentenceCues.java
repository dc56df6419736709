package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words in a claim's sentence that say its figure does not count the story's event as a whole.
 *
 * <p>These are deliberately few and conservative: each cue only keeps a claim out of comparisons,
 * so a missed cue costs a false alarm, while a wrong cue would hide a real discrepancy.
 */
public final class SentenceCues {

    public enum Cue {
        /** "another 10 bodies", "four other victims", "26 civilians were also killed": a further group, not the toll. */
        INCREMENT,
        /** "since 2011", "over the last 15 days", "seven days of strikes", "the conflict has killed": a period. */
        BACKGROUND,
        /** "four wounded are being treated in Turkish hospitals", "76 children were among those killed": a part. */
        SUBGROUP,
        /** "preliminary reports", "an earlier toll of 15": an early count that later ones supersede. */
        PROVISIONAL,
        /** "dozens of deaths on both sides": the toll of both sides together, read by the extractor only. */
        BOTH_SIDES,
        /** "a day after rockets killed 17": another incident than its sentence's, read by the extractor only. */
        RECALLED
    }

    private static final Set<String> INCREMENT_BEFORE = Set.of("another", "other", "additional", "further");
    private static final Set<String> INCREMENT_AFTER = Set.of("other", "additional", "also");
    private static final Set<String> PROVISIONAL_WORDS = Set.of("preliminary", "initial", "earlier", "early", "first",
            "previous");
    /**
     * A period longer than one event: "since 2011", "since then", "since the war began", "over the past week". But
     * "since" counts a short period, which a running toll of the same event also says, when what follows is a day or
     * the event itself: "since Sunday", "since this morning", "since the fighting began".
     */
    private static final Pattern LONG_PERIOD = Pattern.compile(
            "\\bsince\\b(?!\\s+(?:(?:early|late|last|this)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|yesterday|today|morning|dawn|midnight|night|the\\s+(?:morning|night|attack|strike|strikes"
                    + "|blast|explosion|bombing|shelling|fighting|clashes|raid|raids|assault)\\b))"
                    + "|\\bover the (past|last)\\b|\\b(days|weeks|months|years) of\\b"
                    + "|\\b(war|conflict)\\b.{0,40}\\b(has|have|had)\\s+"
                    + "(killed|left|claimed|caused|brought|displaced)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Word pairs soon after a count that place it inside a larger toll: those treated somewhere, those among others. */
    private static final Set<List<String>> SUBGROUP_AFTER = Set.of(List.of("being", "treated"),
            List.of("among", "those"), List.of("among", "the"));
    private static final Set<String> SUBGROUP_FIRST_WORDS = Set.of("being", "among");
    private static final int SUBGROUP_WINDOW_AFTER = 8;
    private static final int INCREMENT_WINDOW_BEFORE = 2;
    private static final int INCREMENT_WINDOW_AFTER = 3;
    private static final int PROVISIONAL_WINDOW_BEFORE = 6;

    private SentenceCues() {
    }

    public static Set<Cue> of(ReportedClaim claim) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        if (claim.claimantText() != null && containsAny(words(claim.claimantText()), PROVISIONAL_WORDS)) {
            cues.add(Cue.PROVISIONAL);
        }
        String sentence = claim.sentence();
        if (sentence == null || sentence.isBlank()) {
            return cues;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (mayNameAPeriod(lower) && LONG_PERIOD.matcher(sentence).find()) {
            cues.add(Cue.BACKGROUND);
        }
        int at = claim.mention() == null ? -1 : lower.indexOf(claim.mention().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return cues;
        }
        List<String> before = wordsBefore(lower, at, Math.max(INCREMENT_WINDOW_BEFORE, PROVISIONAL_WINDOW_BEFORE));
        List<String> after = wordsAfter(lower, at + claim.mention().length(), SUBGROUP_WINDOW_AFTER);
        if (containsAny(last(before, INCREMENT_WINDOW_BEFORE), INCREMENT_BEFORE)
                || containsAny(after.subList(0, Math.min(INCREMENT_WINDOW_AFTER, after.size())), INCREMENT_AFTER)) {
            cues.add(Cue.INCREMENT);
        }
        for (int i = 0; i + 1 < after.size(); i++) {
            if (SUBGROUP_FIRST_WORDS.contains(after.get(i)) && SUBGROUP_AFTER.contains(after.subList(i, i + 2))) {
                cues.add(Cue.SUBGROUP);
            }
        }
        if (containsAny(last(before, PROVISIONAL_WINDOW_BEFORE), PROVISIONAL_WORDS)) {
            cues.add(Cue.PROVISIONAL);
        }
        return cues;
    }

    // Every branch of LONG_PERIOD holds one of these; most sentences hold none, and the regex is then not run at all
    // (the reconciler reads the cues of every claim that shares a bucket with a new one).
    private static boolean mayNameAPeriod(String lower) {
        return lower.contains("since") || lower.contains("over the") || lower.contains("s of")
                || lower.contains("war") || lower.contains("conflict");
    }

    private static List<String> words(String text) {
        return wordsAfter(text.toLowerCase(Locale.ROOT), 0, Integer.MAX_VALUE);
    }

    /** Up to {@code count} words that end before {@code end}, in reading order. */
    private static List<String> wordsBefore(String text, int end, int count) {
        List<String> found = new ArrayList<>(count);
        int at = end;
        while (found.size() < count) {
            while (at > 0 && !isWordChar(text.charAt(at - 1))) {
                at--;
            }
            if (at == 0) {
                break;
            }
            int wordEnd = at;
            while (at > 0 && isWordChar(text.charAt(at - 1))) {
                at--;
            }
            found.add(0, text.substring(at, wordEnd));
        }
        return found;
    }

    /** Up to {@code count} words that start at or after {@code start}. */
    private static List<String> wordsAfter(String text, int start, int count) {
        List<String> found = new ArrayList<>();
        int at = start;
        while (found.size() < count) {
            while (at < text.length() && !isWordChar(text.charAt(at))) {
                at++;
            }
            if (at == text.length()) {
                break;
            }
            int wordStart = at;
            while (at < text.length() && isWordChar(text.charAt(at))) {
                at++;
            }
            found.add(text.substring(wordStart, at));
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static List<String> last(List<String> words, int count) {
        return words.subList(Math.max(0, words.size() - count), words.size());
    }

    private static boolean containsAny(List<String> words, Set<String> wanted) {
        for (String word : words) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
