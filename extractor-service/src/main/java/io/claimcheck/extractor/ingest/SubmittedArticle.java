package io.claimcheck.extractor.ingest;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of an {@code article.submitted} message, as the gateway publishes it: an article for a story, the story's
 * party table, and the claims limit the gateway holds an article to.
 */
public record SubmittedArticle(@NotBlank String storyId, @Size(max = 200) String idempotencyKey,
        @Valid @NotNull Article article, Map<String, List<String>> parties, Integer maxClaims) {

    /** The article as the client sent it; the reconciler stores it as it is. */
    public record Article(@NotBlank String id, String publisher, @Size(max = 40) String publishedAt, String url,
            @NotNull String text) {
    }
}
