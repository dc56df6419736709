package io.claimcheck.reconciler.api;

import java.time.Instant;

/** How much a story holds. */
public record StorySummaryResponse(String storyId, Instant createdAt, long articles, long claims, long discrepancies) {
}
