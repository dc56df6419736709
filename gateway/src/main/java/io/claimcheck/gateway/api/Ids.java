package io.claimcheck.gateway.api;

/** The ids a newsroom chooses for stories and articles; they appear in URLs, claim ids and logs. */
final class Ids {

    /** Anchored, so that Bean Validation and a JSON-Schema validator read it alike. */
    static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$";

    private Ids() {
    }
}
