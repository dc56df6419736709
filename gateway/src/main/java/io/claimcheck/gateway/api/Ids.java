package io.claimcheck.gateway.api;

/** The ids a newsroom chooses for stories and articles, and the discrepancies' ids; they appear in URLs and logs. */
final class Ids {

    /** Anchored, so that Bean Validation and a JSON-Schema validator read it alike. */
    static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$";

    /** A discrepancy's id, as the reconciler makes and keeps them: at most 40 characters. */
    static final String DISCREPANCY_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$";

    private Ids() {
    }
}
