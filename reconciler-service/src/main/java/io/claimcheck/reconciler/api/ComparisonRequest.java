package io.claimcheck.reconciler.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Claims to compare, with the articles they come from. */
public record ComparisonRequest(List<@Valid @NotNull ArticlePayload> articles,
        @NotNull List<@Valid @NotNull ClaimPayload> claims) {
}
