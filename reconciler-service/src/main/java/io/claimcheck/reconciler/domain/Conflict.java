package io.claimcheck.reconciler.domain;

/**
 * Two claims that cannot both be true, and why.
 *
 * @param higher the claim with the larger figure (for a revision: the earlier one)
 * @param lower  the claim with the smaller figure (for a revision: the later one)
 * @param ratio  how many times the larger figure is the smaller (for a sum of parts: the sum over the total)
 */
record Conflict(Figure higher, Figure lower, ConflictKind kind, double ratio) {

    /** A conflict between two figures, ordered by their central values. */
    static Conflict between(Figure first, Figure second, ConflictKind kind) {
        boolean firstIsHigher = first.central() >= second.central();
        return new Conflict(firstIsHigher ? first : second, firstIsHigher ? second : first, kind,
                Ratio.between(first.central(), second.central()));
    }
}
