package io.claimcheck.reconciler.api;

import java.time.Instant;
import java.util.List;

import io.claimcheck.reconciler.domain.Discrepancy;

/**
 * A page of discrepancies across stories, newest first.
 *
 * @param next the cursor of the next page; null on the last page
 */
public record FeedResponse(List<Item> items, String next) {

    /** A discrepancy with the story it belongs to and when it was found. */
    public record Item(String storyId, Instant detectedAt, Discrepancy discrepancy) {
    }
}
