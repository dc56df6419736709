package io.claimcheck.reconciler.domain;

/**
 * The amounts a claim allows, {@code [lower, upper]} with infinite ends for unbounded sides.
 *
 * <p>Two claims can both be true only when their intervals meet. Bounds are read as closed even
 * for {@code MORE_THAN}/{@code LESS_THAN}: "more than 100" against "100" is a quibble about one
 * unit, not a discrepancy a journalist needs to see.
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    /** The interval the claim's words allow, widened by {@code tolerance} (a fraction) when it is approximate. */
    public static Interval of(ReportedClaim claim, double tolerance) {
        double lower = claim.lower() != null ? claim.lower() : fallback(claim, Double.NEGATIVE_INFINITY, true);
        double upper = claim.upper() != null ? claim.upper() : fallback(claim, Double.POSITIVE_INFINITY, false);
        Interval stated = new Interval(lower, upper);
        return claim.bound() == Bound.APPROXIMATE ? stated.widen(tolerance) : stated;
    }

    /** The interval exactly as stated, without any tolerance. */
    public static Interval of(ReportedClaim claim) {
        return of(claim, 0);
    }

    // An exact or approximate claim that carries only its value still pins both ends.
    private static double fallback(ReportedClaim claim, double unbounded, boolean lowerEnd) {
        boolean valuePinsThisEnd = switch (claim.bound()) {
            case EXACT, APPROXIMATE -> true;
            case AT_LEAST, MORE_THAN -> lowerEnd;
            case AT_MOST, LESS_THAN -> !lowerEnd;
            case RANGE -> false;
        };
        return valuePinsThisEnd && claim.value() != null ? claim.value() : unbounded;
    }

    public Interval widen(double tolerance) {
        return new Interval(lower - Math.abs(lower) * tolerance, upper + Math.abs(upper) * tolerance);
    }

    public boolean meets(Interval other) {
        return lower <= other.upper && other.lower <= upper;
    }

    public boolean isBelow(Interval other) {
        return upper < other.lower;
    }

    public boolean isFinite() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
