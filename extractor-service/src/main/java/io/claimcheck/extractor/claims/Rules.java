package io.claimcheck.extractor.claims;

/**
 * Which named rule gave each reading of a claim: its metric, its subject party (null when it has none), its claimant
 * (null when the text speaks in its own voice). The corpus tests name them, so that a failing example says which rule
 * fired and which should have.
 */
public record Rules(MetricRule metric, SubjectRule subject, ClaimantRule claimant) {

    Rules withMetric(MetricRule rule) {
        return new Rules(rule, subject, claimant);
    }

    Rules withSubject(SubjectRule rule) {
        return new Rules(metric, rule, claimant);
    }

    @Override
    public String toString() {
        return "metric by " + metric + ", subject by " + subject + ", claimant by " + claimant;
    }
}
