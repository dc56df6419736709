package io.claimcheck.reconciler.domain;

/**
 * Two claims that cannot both be true, and why.
 *
 * @param higher the claim with the larger figure (for a revision: the earlier one)
 * @param lower  the claim with the smaller figure (for a revision: the later one)
 * @param ratio  how many times the larger figure is the smaller (for a sum of parts: the sum over the total)
 */
record Conflict(Figure higher, Figure lower, Kind kind, double ratio) {

    enum Kind {
        /** Two voices give figures for the same count whose intervals do not meet. */
        DIFFERENT_FIGURES,
        /** One voice gives a total below a part another voice (or it) gives. */
        TOTAL_BELOW_PART,
        /** One voice gives a total below the sum of its own parts in the same article. */
        TOTAL_BELOW_SUM_OF_PARTS,
        /** One voice gives a lower cumulative figure in a later article. */
        REVISED_DOWN
    }

    /** A conflict between two figures, ordered by their central values. */
    static Conflict between(Figure first, Figure second, Kind kind) {
        boolean firstIsHigher = first.central() >= second.central();
        return new Conflict(firstIsHigher ? first : second, firstIsHigher ? second : first, kind,
                Ratio.between(first.central(), second.central()));
    }
}
