package io.claimcheck.reconciler.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A claim read for comparison: who says it, what class it counts, what it allows. Everything the rules ask of a claim
 * is read here once, not again for every pair it is judged in.
 *
 * @param metric   the claim's metric, upper-cased (metric names are case-insensitive)
 * @param cumulative whether the metric only grows over time, like a death toll ({@link Metrics#isCumulative})
 * @param placeBound whether the count compares only for the same named thing ({@link Comparability#isPlaceBound})
 * @param interval what the claim allows, widened by the tolerance when approximate
 * @param central  the single figure a ratio uses (see {@link #centralValue})
 * @param index    the claim's place in the reconciler's input, which orders everything it outputs
 * @param order    the claim's place in its article, for telling an article's lead figure
 * @param incident which incident it counts ({@link Incident}; before the extractor read incidents, the town or
 *                 village its sentence names, {@link Localities})
 */
record Figure(ReportedClaim claim, String metric, boolean cumulative, boolean placeBound, Claimant claimant,
              String objectClass, Interval interval, double central, int index, int order, Set<SentenceCues.Cue> cues,
              IncidentKey incident) {

    /** The claim read whole, its sentence included. */
    static Figure of(ReportedClaim claim, int index, ObjectClasses classes, double tolerance) {
        if (claim.incident() != null) {
            return of(claim, index, classes.classOf(claim.object()), tolerance, claim.incident().cues(),
                    Optional.empty());
        }
        return of(claim, index, classes.classOf(claim.object()), tolerance, SentenceCues.of(claim),
                Localities.of(claim.sentence()));
    }

    /**
     * The claim with its object's class and what its sentence says already read ({@link ClaimReading}); the place
     * counts only for a claim that came without the extractor's incident.
     */
    static Figure of(ReportedClaim claim, int index, String objectClass, double tolerance,
            Set<SentenceCues.Cue> cues, Optional<String> place) {
        IncidentKey incident = claim.incident() != null ? IncidentKey.of(claim.incident()) : IncidentKey.ofPlace(place);
        int order = claim.mentionStart() != null ? claim.mentionStart() : index;
        String metric = claim.metric().toUpperCase(Locale.ROOT);
        return new Figure(claim, metric, Metrics.isCumulative(metric), Comparability.isPlaceBound(claim, metric),
                Claimant.of(claim), objectClass, Interval.of(claim, tolerance), centralValue(claim), index, order,
                cues, incident);
    }

    /** The stated value, else the midpoint of a finite range, else the finite end of a half-open one. */
    static double centralValue(ReportedClaim claim) {
        if (claim.value() != null) {
            return claim.value();
        }
        Interval stated = Interval.of(claim);
        if (stated.isFinite()) {
            return (stated.lower() + stated.upper()) / 2;
        }
        return Double.isFinite(stated.lower()) ? stated.lower() : stated.upper();
    }

    /** Whether the claim bounds the amount at all; "(-∞, ∞)" can never disagree with anything. */
    boolean isInformative() {
        return Double.isFinite(central);
    }

    boolean has(SentenceCues.Cue cue) {
        return cues.contains(cue);
    }

    /** Whether this is an early count above a firm figure of its voice ("471, revising its earlier 500"). */
    boolean isEarlyCountRevisedDownBy(Figure revision) {
        return has(SentenceCues.Cue.PROVISIONAL) && !revision.has(SentenceCues.Cue.PROVISIONAL)
                && revision.interval().isBelow(interval);
    }

    String subjectParty() {
        return claim.subjectParty();
    }

    /** What the figure counts, as a restatement of it must: the metric, the class and whose people or things. */
    Count count() {
        return new Count(metric, objectClass, subjectParty());
    }

    record Count(String metric, String objectClass, String subjectParty) {
    }
}
