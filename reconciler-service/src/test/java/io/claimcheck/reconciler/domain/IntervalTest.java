package io.claimcheck.reconciler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class IntervalTest {

    private static final double TOLERANCE = 0.10;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/domain/interval-pairs.csv")
    void twoClaimsDisagreeWhenTheirIntervalsCannotBothBeTrue(String journalistsCase,
                                                             Bound firstBound, Double firstValue, Double firstLower,
                                                             Double firstUpper, Bound secondBound, Double secondValue,
                                                             Double secondLower, Double secondUpper, boolean disagree) {
        Interval first = Interval.of(claim(firstBound, firstValue, firstLower, firstUpper), TOLERANCE);
        Interval second = Interval.of(claim(secondBound, secondValue, secondLower, secondUpper), TOLERANCE);

        assertEquals(disagree, !first.meets(second), journalistsCase);
        assertEquals(disagree, !second.meets(first), journalistsCase + ", read the other way round");
    }

    @Test
    void anApproximateFigureStretchesByTheToleranceBothWays() {
        Interval about50 = Interval.of(ClaimBuilder.claim("c").figure(Bound.APPROXIMATE, 50).build(), TOLERANCE);

        assertEquals(45, about50.lower(), 1e-9);
        assertEquals(55, about50.upper(), 1e-9);
    }

    @Test
    void anExactClaimCarryingOnlyItsValueIsStillPinned() {
        ReportedClaim valueOnly = new ReportedClaim("c", "a1", null, null, "104", 104.0, null, null, Bound.EXACT,
                "KILLED", "soldier", null, null, null, null, null);

        assertEquals(new Interval(104, 104), Interval.of(valueOnly));
    }

    @Test
    void anOpenEndedClaimIsUnboundedOnItsOpenSide() {
        Interval atLeast43 = Interval.of(ClaimBuilder.claim("c").figure(Bound.AT_LEAST, 43).build());

        assertEquals(43, atLeast43.lower());
        assertEquals(Double.POSITIVE_INFINITY, atLeast43.upper());
        assertFalse(atLeast43.isFinite());
    }

    @Test
    void theTotalBelowThePartIsTheLowerInterval() {
        assertTrue(new Interval(15, 15).isBelow(new Interval(25, 25)));
        assertFalse(new Interval(15, Double.POSITIVE_INFINITY).isBelow(new Interval(25, 25)));
    }

    @Test
    void anUpsideDownIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(60, 50));
    }

    private static ReportedClaim claim(Bound bound, Double value, Double lower, Double upper) {
        return new ReportedClaim("c", "a1", null, null, null, value, lower, upper, bound, "KILLED", "person", null,
                null, null, null, null);
    }
}
