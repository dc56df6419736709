package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words that name what a figure counts, as the article wrote them right after the amount: "2,300 Karabakh
 * soldiers" gives "Karabakh soldiers", "104 military deaths" gives "military deaths". An explanation in the
 * article's own words reads truer than one rebuilt from the singular object.
 */
final class CountedPhrase {

    /** The counted noun stands within a few words of its amount; further on, the words are about something else. */
    private static final int MAX_WORDS = 4;

    private static final Set<String> EVENT_NOUNS = Set.of("death", "deaths", "casualty", "casualties", "fatality",
            "fatalities", "injury", "injuries", "dead", "toll");

    private CountedPhrase() {
    }

    static boolean isEventNoun(String word) {
        return EVENT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The phrase from the word after the mention up to the counted noun (the object, singular or plural, or a noun
     * of death or injury), when the sentence has it within reach; empty otherwise.
     */
    static Optional<String> of(ReportedClaim claim) {
        if (claim.sentence() == null || claim.mention() == null || claim.mention().isBlank() || claim.object() == null) {
            return Optional.empty();
        }
        int at = claim.sentence().indexOf(claim.mention());
        if (at < 0) {
            return Optional.empty();
        }
        String object = claim.object().strip().toLowerCase(Locale.ROOT);
        String head = object.substring(object.lastIndexOf(' ') + 1);
        Set<String> countedNouns = Set.copyOf(List.of(head, Nouns.plural(head))); // "staff" is its own plural
        List<String> phrase = new ArrayList<>();
        for (String token : claim.sentence().substring(at + claim.mention().length()).strip().split("\\s+")) {
            String word = token.replaceAll("[.,;:!?”’\"')]+$", "");
            if (phrase.size() == MAX_WORDS || !word.matches("[\\p{L}][\\p{L}'’-]*")) {
                return Optional.empty();
            }
            if (phrase.isEmpty() && word.equals("of")) {
                continue; // "dozens of civilians": the amount brings its own "of"
            }
            phrase.add(word);
            String lower = word.toLowerCase(Locale.ROOT);
            if (countedNouns.contains(lower) || isEventNoun(lower)) {
                return Optional.of(String.join(" ", phrase));
            }
            if (!word.equals(token)) {
                return Optional.empty(); // punctuation closed the phrase before its noun
            }
        }
        return Optional.empty();
    }
}
