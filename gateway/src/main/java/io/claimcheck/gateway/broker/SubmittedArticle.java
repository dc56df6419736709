package io.claimcheck.gateway.broker;

import java.util.List;
import java.util.Map;

/**
 * The body of an {@code article.submitted} message (the extractor keeps its own copy of this contract): an article for
 * a story, the story's party table, and the most claims the article may hold.
 */
public record SubmittedArticle(String storyId, String idempotencyKey, Article article,
        Map<String, List<String>> parties, int maxClaims) {

    /** The article as the client sent it. */
    public record Article(String id, String publisher, String publishedAt, String url, String text) {
    }
}
