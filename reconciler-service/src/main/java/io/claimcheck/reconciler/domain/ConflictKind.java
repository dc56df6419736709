package io.claimcheck.reconciler.domain;

/** Why two claims cannot both be true. */
public enum ConflictKind {
    /** Two voices give figures for the same count whose intervals do not meet. */
    DIFFERENT_FIGURES,
    /** One voice gives a total below a part another voice (or it) gives. */
    TOTAL_BELOW_PART,
    /** One voice gives a total below the sum of its own parts in the same article. */
    TOTAL_BELOW_SUM_OF_PARTS,
    /** One voice gives a lower cumulative figure in a later article. */
    REVISED_DOWN
}
