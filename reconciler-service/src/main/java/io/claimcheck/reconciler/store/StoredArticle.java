package io.claimcheck.reconciler.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * An article and its claims, ready to store.
 *
 * @param idempotencyKey the client's key for the request, or null
 * @param claims         the claim rows; their story and article columns are filled in by {@link StoryStore}
 */
public record StoredArticle(String articleId, String publisher, Instant publishedAt, String url, String text,
        String idempotencyKey, List<ClaimEntity> claims) {

    /**
     * SHA-256 (hex) of what the client said of the article: its id, publisher, date, URL and text, each with its length
     * before it so that no two articles run together alike. The claims are left out: they are read from the text.
     */
    public String contentHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {articleId, publisher, publishedAt == null ? null : publishedAt.toString(),
                    url, text}) {
                String field = part == null ? "-" : part.length() + ":" + part;
                sha256.update(field.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
