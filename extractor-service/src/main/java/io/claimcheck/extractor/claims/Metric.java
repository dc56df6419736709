package io.claimcheck.extractor.claims;

/** What a claim counts (docs/claim-model.md §3). */
public enum Metric {
    KILLED,
    WOUNDED,
    CASUALTIES,
    MISSING,
    CAPTURED,
    ARRESTED,
    DISPLACED,
    DESTROYED,
    PARTICIPANTS,
    MONEY,
    PERCENT,
    COUNT,
    MEASURE
}
