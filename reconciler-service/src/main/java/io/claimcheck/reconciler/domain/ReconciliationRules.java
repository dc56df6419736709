package io.claimcheck.reconciler.domain;

/**
 * The thresholds a journalist might tune; everything else the reconciler does follows docs/claim-model.md §4.
 *
 * @param approximateTolerance how far an "about", "nearly", "some" figure may stretch either way before it
 *                             disagrees, as a fraction of the figure (0.10: "about 50" allows 45 to 55)
 * @param mediumRatio          from this ratio of the larger figure to the smaller a discrepancy is MEDIUM (1.5:
 *                             one source counts half as many again as the other)
 * @param highRatio            from this ratio a discrepancy is HIGH (3.0: a source counts three times as many)
 * @param maxScopeRatio        figures further apart than this count different scopes rather than disagree about
 *                             one: a war-wide toll of 280,000 beside an attack's 30 (100)
 */
public record ReconciliationRules(double approximateTolerance, double mediumRatio, double highRatio,
                                  double maxScopeRatio) {

    public static final double DEFAULT_APPROXIMATE_TOLERANCE = 0.10;
    public static final double DEFAULT_MEDIUM_RATIO = 1.5;
    public static final double DEFAULT_HIGH_RATIO = 3.0;
    public static final double DEFAULT_MAX_SCOPE_RATIO = 100.0;

    public ReconciliationRules {
        if (!(approximateTolerance >= 0 && approximateTolerance < 1)) {
            throw new IllegalArgumentException("approximateTolerance must be in [0, 1): " + approximateTolerance);
        }
        if (!(1 <= mediumRatio && mediumRatio <= highRatio)) {
            throw new IllegalArgumentException(
                    "need 1 <= mediumRatio <= highRatio, got " + mediumRatio + " and " + highRatio);
        }
        if (!(maxScopeRatio > 1)) {
            throw new IllegalArgumentException("maxScopeRatio must exceed 1: " + maxScopeRatio);
        }
    }

    public static ReconciliationRules defaults() {
        return new ReconciliationRules(DEFAULT_APPROXIMATE_TOLERANCE, DEFAULT_MEDIUM_RATIO, DEFAULT_HIGH_RATIO,
                DEFAULT_MAX_SCOPE_RATIO);
    }

    public Severity severityOf(double ratio) {
        if (ratio >= highRatio) {
            return Severity.HIGH;
        }
        return ratio >= mediumRatio ? Severity.MEDIUM : Severity.LOW;
    }
}
