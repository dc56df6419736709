package io.claimcheck.ingest.gateway;

/** What became of one article sent to the gateway. */
public record Outcome(Kind kind, String detail) {

    public enum Kind {
        /** Stored in the story (201, or 200 for an article the story already held). */
        STORED,
        /** Refused for what it is (a 4xx other than 429): sending it again would not help. The detail says why. */
        REFUSED,
        /** Not stored: the gateway could not be reached or kept failing (5xx, 429) through every retry. */
        FAILED
    }

    static Outcome stored() {
        return new Outcome(Kind.STORED, null);
    }
}
