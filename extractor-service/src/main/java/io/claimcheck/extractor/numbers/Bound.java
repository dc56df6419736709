package io.claimcheck.extractor.numbers;

/** How the words around an amount bound it (CLAIMS.md §1, "Values and bounds"). */
public enum Bound {
    EXACT,
    APPROXIMATE,
    AT_LEAST,
    MORE_THAN,
    AT_MOST,
    LESS_THAN,
    RANGE
}
