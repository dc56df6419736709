package io.claimcheck.reconciler.domain;

import java.util.Arrays;
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
        /** "preliminary reports", "an earlier toll of 15": an early count that later ones supersede. */
        PROVISIONAL
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
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
        if (LONG_PERIOD.matcher(sentence).find()) {
            cues.add(Cue.BACKGROUND);
        }
        int at = claim.mention() == null ? -1
                : sentence.toLowerCase(Locale.ROOT).indexOf(claim.mention().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return cues;
        }
        List<String> before = words(sentence.substring(0, at));
        List<String> after = words(sentence.substring(at + claim.mention().length()));
        if (containsAny(last(before, INCREMENT_WINDOW_BEFORE), INCREMENT_BEFORE)
                || containsAny(first(after, INCREMENT_WINDOW_AFTER), INCREMENT_AFTER)) {
            cues.add(Cue.INCREMENT);
        }
        if (containsAny(last(before, PROVISIONAL_WINDOW_BEFORE), PROVISIONAL_WORDS)) {
            cues.add(Cue.PROVISIONAL);
        }
        return cues;
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_BREAK.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static List<String> last(List<String> words, int count) {
        return words.subList(Math.max(0, words.size() - count), words.size());
    }

    private static List<String> first(List<String> words, int count) {
        return words.subList(0, Math.min(count, words.size()));
    }

    private static boolean containsAny(List<String> words, Set<String> wanted) {
        return words.stream().anyMatch(wanted::contains);
    }
}
