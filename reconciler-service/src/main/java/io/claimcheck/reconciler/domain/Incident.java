package io.claimcheck.reconciler.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which incident a claim's figure counts, as the extractor read it from the text (docs/claim-model.md §4, "the same incident"). Parts
 * the text does not give are null or empty.
 *
 * @param place       the most specific place named ("Hara", "east Dorva")
 * @param placeWithin the places that one lies in, innermost first ("Dorva")
 * @param day         an ISO-8601 date or interval of dates ({@code 2026-05-12}, {@code 2026-03-01/2026-03-31})
 * @param attacker    the attacking side
 * @param cues        how the figure stands to its incident
 */
public record Incident(String place, List<String> placeWithin, String day, String attacker,
                       Set<SentenceCues.Cue> cues) {

    public Incident {
        placeWithin = placeWithin == null ? List.of() : List.copyOf(placeWithin);
        Set<SentenceCues.Cue> copy = EnumSet.noneOf(SentenceCues.Cue.class);
        if (cues != null) {
            copy.addAll(cues);
        }
        cues = Collections.unmodifiableSet(copy);
    }

    /** The first and last day of {@link #day}; empty when none is given; an exception when it is no ISO date. */
    public Optional<LocalDate[]> days() {
        if (day == null || day.isBlank()) {
            return Optional.empty();
        }
        String[] ends = day.strip().split("/", -1);
        if (ends.length > 2) {
            throw new DateTimeParseException("more than two ends", day, 0);
        }
        LocalDate first = LocalDate.parse(ends[0]);
        LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1]) : first;
        if (last.isBefore(first)) {
            throw new DateTimeParseException("ends before it begins", day, 0);
        }
        return Optional.of(new LocalDate[] {first, last});
    }
}
