package io.claimcheck.reconciler.api;

import java.time.Instant;
import java.util.List;

import io.claimcheck.reconciler.store.StoryStore;

/**
 * A page of a story's articles, oldest publication first and the undated last, without their texts.
 *
 * @param next the cursor of the next page; null on the last page
 */
public record ArticlesResponse(String storyId, List<Article> articles, String next) {

    /** An article as the story holds it, and how many claims were read from it. */
    public record Article(String id, String publisher, Instant publishedAt, String url, long claims) {

        static Article of(StoryStore.ArticleEntry entry) {
            return new Article(entry.articleId(), entry.publisher(), entry.publishedAt(), entry.url(), entry.claims());
        }
    }
}
