package io.claimcheck.reconciler.api;

import jakarta.validation.constraints.NotBlank;

/**
 * An article as the reconciler needs it: who published it and when (to tell a rising toll from a contradiction).
 * The text is present when the article is stored, absent in a stateless comparison.
 */
public record ArticlePayload(@NotBlank String id, String publisher, String publishedAt, String url, String text) {
}
