package io.claimcheck.extractor.numbers;

/** How the words around an amount bound it (docs/claim-model.md §1, "Bounds"). */
public enum Bound {
    EXACT,
    APPROXIMATE,
    AT_LEAST,
    MORE_THAN,
    AT_MOST,
    LESS_THAN,
    RANGE
}
