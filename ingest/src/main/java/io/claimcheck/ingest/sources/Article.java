package io.claimcheck.ingest.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One article to submit, as the gateway's API takes it ({@code ArticleInput}): an id, its text, and where and when it
 * was published when the source says.
 */
public record Article(String id, String text, String publisher, String publishedAt, String url) {

    /** The ids the API accepts: letters, digits and . _ : - (at most 200). */
    private static final Pattern API_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    /**
     * An id the API accepts for what a feed calls an item: the feed's own id where it is one ("item-42"), else a
     * stable digest of it ("https://example.org/news/42" → "feed-3f2a…"), so that the same item always has the same id.
     */
    public static String idFor(String sourceId) {
        if (API_ID.matcher(sourceId).matches()) {
            return sourceId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceId.getBytes(StandardCharsets.UTF_8));
            return "feed-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
