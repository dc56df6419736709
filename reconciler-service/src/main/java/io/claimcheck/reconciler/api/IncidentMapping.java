package io.claimcheck.reconciler.api;

import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.claimcheck.reconciler.domain.Incident;
import io.claimcheck.reconciler.domain.SentenceCues;

/** Moves a claim's incident between the wire, where the cues have the contract's names, and the domain. */
final class IncidentMapping {

    private static final Map<String, SentenceCues.Cue> CUE_BY_NAME = Map.of(
            "BACKGROUND", SentenceCues.Cue.BACKGROUND,
            "INCREMENT", SentenceCues.Cue.INCREMENT,
            "SUBSET", SentenceCues.Cue.SUBGROUP,
            "PROVISIONAL", SentenceCues.Cue.PROVISIONAL,
            "BOTH_SIDES", SentenceCues.Cue.BOTH_SIDES,
            "RECALLED", SentenceCues.Cue.RECALLED);

    private IncidentMapping() {
    }

    /** The incident, checked: a day that is no ISO date or interval, or an unknown cue, is the caller's fault. */
    static Incident toDomain(ClaimPayload.IncidentPayload payload) {
        if (payload == null) {
            return null;
        }
        Set<SentenceCues.Cue> cues = EnumSet.noneOf(SentenceCues.Cue.class);
        for (String name : payload.cues() == null ? List.<String>of() : payload.cues()) {
            SentenceCues.Cue cue = name == null ? null : CUE_BY_NAME.get(name.toUpperCase(Locale.ROOT));
            if (cue == null) {
                throw new InvalidInputException("incident cue '" + name + "' is not one of "
                        + String.join(", ", CUE_BY_NAME.keySet().stream().sorted().toList()));
            }
            cues.add(cue);
        }
        Incident incident = new Incident(payload.place(), payload.placeWithin() == null ? List.of()
                : payload.placeWithin().stream().filter(place -> place != null).toList(), payload.day(),
                payload.attacker(), cues);
        try {
            incident.days();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("incident day '" + payload.day() + "' is not an ISO-8601 date "
                    + "(2026-05-12) or interval of dates (2026-03-01/2026-03-31)");
        }
        return incident;
    }

    static ClaimPayload.IncidentPayload toPayload(Incident incident) {
        if (incident == null) {
            return null;
        }
        return new ClaimPayload.IncidentPayload(incident.place(), incident.placeWithin(), incident.day(),
                incident.attacker(), CUE_BY_NAME.entrySet().stream()
                        .filter(entry -> incident.cues().contains(entry.getValue()))
                        .map(Map.Entry::getKey).sorted().toList());
    }
}
