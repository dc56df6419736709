package io.claimcheck.reconciler.domain;

/**
 * Low, best and high estimates across a discrepancy's voices, as conflict-data projects record them: the
 * lowest and highest figures given, and the weighted median of the voices' figures.
 */
public record Consensus(double low, double best, double high) {

    public Consensus {
        if (!(low <= best && best <= high)) {
            throw new IllegalArgumentException("need low <= best <= high: " + low + ", " + best + ", " + high);
        }
    }
}
