package io.claimcheck.reconciler.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimcheck.reconciler.domain.Incident;
import io.claimcheck.reconciler.domain.SentenceCues;

/**
 * A claim's incident in its five columns: the place; the places it lies in, tab-separated; the day; the attacker; the
 * cues by name, comma-separated. Null cues mean the claim has no incident.
 */
public final class IncidentColumns {

    private static final String WITHIN = "\t";

    private IncidentColumns() {
    }

    public static void write(Incident incident, ClaimEntity row) {
        if (incident == null) {
            return;
        }
        row.incidentPlace = incident.place();
        row.incidentWithin = incident.placeWithin().isEmpty() ? null : String.join(WITHIN, incident.placeWithin());
        row.incidentDay = incident.day();
        row.incidentAttacker = incident.attacker();
        row.incidentCues = incident.cues().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The incident kept in the columns; null when the claim came without one. */
    public static Incident read(String place, String within, String day, String attacker, String cues) {
        if (cues == null) {
            return null;
        }
        Set<SentenceCues.Cue> named = EnumSet.noneOf(SentenceCues.Cue.class);
        if (!cues.isEmpty()) {
            Arrays.stream(cues.split(",")).map(SentenceCues.Cue::valueOf).forEach(named::add);
        }
        List<String> places = within == null ? List.of() : List.of(within.split(WITHIN));
        return new Incident(place, places, day, attacker, named);
    }

    public static Incident read(ClaimEntity row) {
        return read(row.incidentPlace, row.incidentWithin, row.incidentDay, row.incidentAttacker, row.incidentCues);
    }
}
