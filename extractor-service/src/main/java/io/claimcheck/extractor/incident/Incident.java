package io.claimcheck.extractor.incident;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which incident a figure counts, as far as its text says (docs/claim-model.md §4, "the same incident"); every part is null or
 * empty where the text does not say.
 *
 * @param place       the most specific place the figure's clause names ("Hara", "east Dorva")
 * @param placeWithin the places that one lies in, innermost first ("Dorva")
 * @param day         the day or span of days, in ISO 8601 ({@code 2026-05-12}, {@code 2026-03-01/2026-03-31}),
 *                    read relative to the article's date
 * @param attacker    the attacking side: a party of the request's table, else a side word's name
 * @param cues        how the figure stands to its incident
 */
public record Incident(String place, List<String> placeWithin, String day, String attacker, Set<IncidentCue> cues) {

    public Incident {
        placeWithin = List.copyOf(placeWithin);
        Set<IncidentCue> copy = EnumSet.noneOf(IncidentCue.class);
        copy.addAll(cues);
        cues = Collections.unmodifiableSet(copy);
    }
}
