package io.claimcheck.reconciler.ingest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.claimcheck.reconciler.api.AddArticleRequest;
import io.claimcheck.reconciler.api.ArticlePayload;
import io.claimcheck.reconciler.api.ClaimPayload;

/**
 * The body of an {@code article.extracted} message, as the extractor publishes it: the article a client submitted to
 * a story, with the claims read from it (which carry no article id: they are all this article's).
 */
public record ExtractedArticle(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,199}") String storyId,
        @Size(max = 200) String idempotencyKey,
        @Valid @NotNull ArticlePayload article,
        @NotNull List<@NotNull ClaimPayload> claims) {

    /** What adding it to its story takes: the claims, each as a claim of the article. */
    AddArticleRequest addition() {
        return new AddArticleRequest(article, claims.stream().map(claim -> claim.inArticle(article.id())).toList());
    }
}
