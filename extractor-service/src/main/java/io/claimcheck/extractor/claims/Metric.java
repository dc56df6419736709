package io.claimcheck.extractor.claims;

/** What a claim counts (docs/claim-model.md §3). */
public enum Metric {
    KILLED(true),
    WOUNDED(true),
    CASUALTIES(true),
    MISSING(true),
    CAPTURED(true),
    ARRESTED(true),
    DISPLACED(true),
    DESTROYED(true),
    PARTICIPANTS(false),
    MONEY(false),
    PERCENT(false),
    /** A difference of percentages ("rose 2.5 percentage points"). */
    PERCENTAGE_POINTS(false),
    /** A share or multiple of a whole ("two-thirds of voters" is 0.667). */
    RATIO(false),
    COUNT(false),
    MEASURE(false);

    private final boolean toll;

    Metric(boolean toll) {
        this.toll = toll;
    }

    /** Whether it is the toll of an event (people or things an attack or a disaster took), not a tally or an amount. */
    public boolean isToll() {
        return toll;
    }
}
