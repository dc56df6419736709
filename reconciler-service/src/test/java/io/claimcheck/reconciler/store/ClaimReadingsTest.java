package io.claimcheck.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.claimcheck.reconciler.domain.ClaimReading;
import io.claimcheck.reconciler.domain.SentenceCues.Cue;

class ClaimReadingsTest {

    @Test
    void aReadingReadsBackFromItsColumns() {
        for (ClaimReading reading : new ClaimReading[] {
                new ClaimReading(Set.of(), Optional.empty(), false),
                new ClaimReading(Set.of(Cue.SUBGROUP, Cue.BACKGROUND), Optional.of("kafr nabl"), true)}) {
            ClaimEntity row = new ClaimEntity();

            ClaimReadings.write(reading, row);

            assertThat(ClaimReadings.read(row.cues, row.place, row.leadSetAside)).contains(reading);
        }
    }

    @Test
    void cuesAreKeptByNameInOneOrder() {
        ClaimEntity row = new ClaimEntity();

        ClaimReadings.write(new ClaimReading(Set.of(Cue.SUBGROUP, Cue.BACKGROUND), Optional.empty(), false), row);

        assertThat(row.cues).isEqualTo("BACKGROUND,SUBGROUP");
    }

    @Test
    void aClaimStoredBeforeReadingsWereKeptHasNone() {
        assertThat(ClaimReadings.read(null, null, null)).isEmpty();
    }
}
