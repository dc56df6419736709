package io.claimcheck.reconciler.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The town or village a claim's sentence sets its count in, when it names one outright: "the nearby town of
 * Salamiyeh", "Aqareb es Safi village". Two counts set in different places count different events (docs/claim-model.md §4: the
 * same period or event), however alike their words.
 */
final class Localities {

    // capitalised words, with the Arabic article or particle between them: "Tell es Sultan", "Kafr Nabl"
    private static final String WORD = "[A-Z][\\p{L}'-]+";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:(?:al|el|es|as|ad|ar|ash|an|at|az)\\s+)?" + WORD + ")*)";
    private static final String KIND = "(?:town|village|city|suburb|neighbou?rhood|camp|district)";
    private static final Pattern KIND_OF_NAME = Pattern.compile("\\b" + KIND + "\\s+of\\s+" + NAME);
    private static final Pattern NAME_KIND = Pattern.compile(NAME + "\\s+(?:village|town)\\b");

    private Localities() {
    }

    /** The place named, lower-cased; empty when the sentence names none in these forms (or names two). */
    static Optional<String> of(String sentence) {
        if (sentence == null || !mayNameAPlace(sentence)) {
            return Optional.empty();
        }
        String found = null;
        for (Pattern form : new Pattern[] {KIND_OF_NAME, NAME_KIND}) {
            Matcher matcher = form.matcher(sentence);
            while (matcher.find()) {
                String place = matcher.group(1).toLowerCase(Locale.ROOT);
                if (found != null && !found.equals(place)) {
                    return Optional.empty();
                }
                found = place;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean mayNameAPlace(String sentence) {
        return sentence.contains("town") || sentence.contains("village") || sentence.contains("city")
                || sentence.contains("suburb") || sentence.contains("neighb") || sentence.contains("camp")
                || sentence.contains("district");
    }
}
