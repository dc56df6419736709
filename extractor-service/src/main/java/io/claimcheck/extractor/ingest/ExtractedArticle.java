package io.claimcheck.extractor.ingest;

import java.util.List;

import io.claimcheck.extractor.api.ClaimResponse;

/** The body of an {@code article.extracted} message: the submitted article with the claims read from it. */
public record ExtractedArticle(String storyId, String idempotencyKey, SubmittedArticle.Article article,
        List<ClaimResponse> claims) {
}
