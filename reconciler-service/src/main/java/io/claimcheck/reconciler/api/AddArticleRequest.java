package io.claimcheck.reconciler.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An article with the claims read from it, to add to a story. */
public record AddArticleRequest(@Valid @NotNull ArticlePayload article,
        @NotNull List<@Valid @NotNull ClaimPayload> claims) {
}
