package io.claimcheck.reconciler.domain;

/** How far apart the figures of a discrepancy are, from the ratio and the configured thresholds. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
