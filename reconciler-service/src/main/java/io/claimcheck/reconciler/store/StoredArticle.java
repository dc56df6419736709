package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;

/**
 * An article and its claims, ready to store.
 *
 * @param idempotencyKey the client's key for the request, or null
 * @param claims         the claim rows; their story and article columns are filled in by {@link StoryStore}
 */
public record StoredArticle(String articleId, String publisher, Instant publishedAt, String url, String text,
        String idempotencyKey, List<ClaimEntity> claims) {
}
