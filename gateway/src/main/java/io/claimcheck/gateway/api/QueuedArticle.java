package io.claimcheck.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article accepted for asynchronous ingestion, and where to follow it. */
@Schema(description = "An article queued for ingestion, and the URL of its status")
public record QueuedArticle(
        @Schema(examples = "nagorno-karabakh-2020") String storyId,
        @Schema(examples = "a1") String articleId,
        @Schema(description = "Always queued here: the broker confirmed the article", examples = "queued")
        String state,
        @Schema(description = "GET it to follow the article (an ArticleIngestion)",
                examples = "/api/v1/stories/nagorno-karabakh-2020/articles/a1/ingestion")
        String status) {

    static QueuedArticle of(String storyId, String articleId) {
        return new QueuedArticle(storyId, articleId, "queued", statusPath(storyId, articleId));
    }

    static String statusPath(String storyId, String articleId) {
        return "/api/v1/stories/" + storyId + "/articles/" + articleId + "/ingestion";
    }
}
