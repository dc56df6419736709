package io.claimcheck.gateway.clients;

import java.time.Instant;
import java.util.List;

import io.claimcheck.gateway.api.Claim;
import io.claimcheck.gateway.api.Discrepancy;

/** The reconciler's stories, as the gateway sends and reads them (our own copy of its contract). */
public final class Stories {

    private Stories() {
    }

    /** An article with the claims read from it. */
    public record AddArticle(Article article, List<Claim> claims) {
    }

    /** An article as the reconciler stores it. */
    public record Article(String id, String publisher, String publishedAt, String url, String text) {
    }

    /** What adding did: {@code created} is false when the story already held the article. */
    public record Added(String storyId, String articleId, boolean created, int claims) {
    }

    /** How much a story holds. */
    public record Summary(String storyId, Instant createdAt, long articles, long claims, long discrepancies) {
    }

    /** A story's claims. */
    public record Claims(String storyId, List<Claim> claims) {
    }

    /** Where an article sent through the broker stands: QUEUED, EXTRACTED, RECONCILED or FAILED (with the reason). */
    public record Ingestion(String storyId, String articleId, String state, String reason, Instant updatedAt) {
    }

    /** The articles refused or given up on, the latest first. */
    public record IngestionFailures(List<Ingestion> failures) {
    }

    /** A batch queued under an Idempotency-Key: SHA-256 (hex) of its body, and whether the broker confirmed it all. */
    public record Batch(String contentHash, boolean queued) {
    }

    /** A story's discrepancies. */
    public record Discrepancies(List<Discrepancy> discrepancies) {
    }
}
