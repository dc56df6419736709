package io.claimcheck.reconciler.store;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimcheck.reconciler.domain.ClaimReading;
import io.claimcheck.reconciler.domain.SentenceCues;

/** A claim's reading in its three columns: the cues by name, comma-separated; the place; the lead-figure flag. */
final class ClaimReadings {

    private ClaimReadings() {
    }

    static void write(ClaimReading reading, ClaimEntity row) {
        row.cues = cues(reading);
        row.place = reading.place().orElse(null);
        row.leadSetAside = reading.setAsideByLead();
    }

    static String cues(ClaimReading reading) {
        return reading.cues().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The reading kept in the columns; empty when the claim has not been read (it was stored before readings were). */
    static Optional<ClaimReading> read(String cues, String place, Boolean leadSetAside) {
        if (cues == null || leadSetAside == null) {
            return Optional.empty();
        }
        Set<SentenceCues.Cue> named = EnumSet.noneOf(SentenceCues.Cue.class);
        if (!cues.isEmpty()) {
            for (String name : cues.split(",")) {
                named.add(SentenceCues.Cue.valueOf(name));
            }
        }
        return Optional.of(new ClaimReading(named, Optional.ofNullable(place), leadSetAside));
    }
}
