package io.claimcheck.reconciler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.reconciler.domain.ConflictKind;
import io.claimcheck.reconciler.domain.JudgedConflict;

class DiscrepancyCodecTest {

    private final DiscrepancyCodec codec = new DiscrepancyCodec(new ObjectMapper());

    @Test
    void conflictsReadBackExactlyAsWritten() {
        List<JudgedConflict> conflicts = List.of(
                new JudgedConflict("a1:c1", "a2:c4", ConflictKind.DIFFERENT_FIGURES, 2300.0 / 104),
                new JudgedConflict("a1:c2", "a1:c3", ConflictKind.TOTAL_BELOW_SUM_OF_PARTS, 10.0 / 3),
                new JudgedConflict("a3:c1", "a4:c1", ConflictKind.REVISED_DOWN, 1.0));

        String lines = codec.writeConflicts(conflicts);

        assertEquals(conflicts, codec.readConflicts(lines));
        assertEquals(3, lines.lines().count());
    }

    @Test
    void aRowWithoutConflictsHasNone() {
        assertEquals(List.of(), codec.readConflicts(null));
    }

    @Test
    void aDamagedLineIsRefusedNotGuessed() {
        assertThrows(IllegalStateException.class,
                () -> codec.readConflicts("a1:c1\tDIFFERENT_FIGURES\tx4000000000000000\n"), "a missing claim id");
        assertThrows(IllegalStateException.class,
                () -> codec.readConflicts("a1:c1\ta2:c1\tDIFFERENT_FIGURES\t2.0\n"), "a ratio in another format");
    }
}
