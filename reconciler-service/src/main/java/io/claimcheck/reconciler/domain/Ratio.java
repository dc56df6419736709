package io.claimcheck.reconciler.domain;

/** How many times the larger of two figures is the smaller. */
final class Ratio {

    private Ratio() {
    }

    /** The larger over the smaller; a zero is read as one, so "none" against 5 gives 5 rather than infinity. */
    static double between(double first, double second) {
        double larger = Math.max(Math.abs(first), Math.abs(second));
        double smaller = Math.min(Math.abs(first), Math.abs(second));
        if (smaller == 0) {
            return Math.max(larger, 1);
        }
        return larger / smaller;
    }
}
