package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.Set;

import io.claimcheck.reconciler.domain.VerdictKind;

/**
 * A page of the discrepancy feed.
 *
 * @param severities the severities wanted; empty for all
 * @param party      a party the discrepancy must involve, as subject or claimant; null for any
 * @param minConfidence the least confidence that its claims count one incident; null for any
 * @param since      detected at or after; null for no lower limit
 * @param until      detected before; null for no upper limit
 * @param review     where the discrepancy stands with the journalists (its latest verdict); null for any
 * @param after      the last row of the previous page; null for the first page
 * @param limit      rows a page holds
 */
public record FeedQuery(Set<String> severities, String party, Double minConfidence, Instant since, Instant until,
                        Review review, Position after, int limit) {

    /** Where a page ended: the feed's order is detection time, then story, then discrepancy id, all descending. */
    public record Position(long detectedAt, String storyId, String discrepancyId) {
    }

    /**
     * A discrepancy's review, read from its latest verdict under its current id in its story: none yet, or the
     * {@link VerdictKind} of the latest.
     */
    public enum Review {
        /** No verdict yet: what a desk still has to look at. */
        UNREVIEWED(null),
        CONFIRMED(VerdictKind.CONFIRMED),
        DISMISSED(VerdictKind.DISMISSED),
        NEEDS_CHECKING(VerdictKind.NEEDS_CHECKING);

        private final VerdictKind verdict;

        Review(VerdictKind verdict) {
            this.verdict = verdict;
        }

        /** What the latest verdict must be; null for {@link #UNREVIEWED}. */
        public VerdictKind verdict() {
            return verdict;
        }
    }

    public FeedQuery {
        severities = Set.copyOf(severities);
    }
}
