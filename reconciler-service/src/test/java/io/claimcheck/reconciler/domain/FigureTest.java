package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void theCentralValueIsTheStatedValue() {
        assertEquals(2300, Figure.centralValue(ClaimBuilder.claim("c").exactly(2300).build()));
    }

    @Test
    void theCentralValueOfAFiniteRangeIsItsMidpoint() {
        assertEquals(61.5, Figure.centralValue(ClaimBuilder.claim("c").range(24, 99).mention("dozens").build()));
    }

    @Test
    void theCentralValueOfAHalfOpenIntervalIsItsFiniteEnd() {
        ReportedClaim moreThan100 = new ReportedClaim("c", "a1", null, null, "100", null, 100.0, null,
                Bound.MORE_THAN, "KILLED", "person", null, null, null, null, null);

        assertEquals(100, Figure.centralValue(moreThan100));
    }
}
