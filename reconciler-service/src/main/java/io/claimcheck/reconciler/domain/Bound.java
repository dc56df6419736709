package io.claimcheck.reconciler.domain;

/** How the words around a number bound the amount they assert (docs/claim-model.md §1, "Values and bounds"). */
public enum Bound {
    EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE
}
