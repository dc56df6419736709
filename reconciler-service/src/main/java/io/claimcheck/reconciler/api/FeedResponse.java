package io.claimcheck.reconciler.api;

import java.time.Instant;
import java.util.List;

import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.DismissalReason;
import io.claimcheck.reconciler.domain.VerdictKind;
import io.claimcheck.reconciler.store.StoryStore;

/**
 * A page of discrepancies across stories, newest first.
 *
 * @param next the cursor of the next page; null on the last page
 */
public record FeedResponse(List<Item> items, String next) {

    /**
     * A discrepancy with the story it belongs to, when it was found, and its latest verdict.
     *
     * @param latestVerdict the latest verdict recorded on the discrepancy under its current id; null when none
     */
    public record Item(String storyId, Instant detectedAt, Discrepancy discrepancy, LatestVerdict latestVerdict) {
    }

    /** A discrepancy's latest verdict: what was decided, why if dismissed (null otherwise), and when. */
    public record LatestVerdict(VerdictKind verdict, DismissalReason reason, Instant recordedAt) {

        static LatestVerdict of(StoryStore.LatestVerdict latest) {
            return latest == null ? null : new LatestVerdict(latest.verdict(), latest.reason(), latest.recordedAt());
        }
    }
}
