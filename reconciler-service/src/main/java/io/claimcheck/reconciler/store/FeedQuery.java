package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.Set;

/**
 * A page of the discrepancy feed.
 *
 * @param severities the severities wanted; empty for all
 * @param party      a party the discrepancy must involve, as subject or claimant; null for any
 * @param minConfidence the least confidence that its claims count one incident; null for any
 * @param since      detected at or after; null for no lower limit
 * @param until      detected before; null for no upper limit
 * @param after      the last row of the previous page; null for the first page
 * @param limit      rows a page holds
 */
public record FeedQuery(Set<String> severities, String party, Double minConfidence, Instant since, Instant until,
                        Position after, int limit) {

    /** Where a page ended: the feed's order is detection time, then story, then discrepancy id, all descending. */
    public record Position(long detectedAt, String storyId, String discrepancyId) {
    }

    public FeedQuery {
        severities = Set.copyOf(severities);
    }
}
