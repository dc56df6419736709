package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Adds articles to stories and reads them back; the one place that writes. */
@ApplicationScoped
public class StoryStore {

    /** What adding an article did: whether it was new, and how many claims the story holds for it. */
    public record Added(boolean created, long claims) {
    }

    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final ClaimRepository claims;

    StoryStore(StoryRepository stories, ArticleRepository articles, ClaimRepository claims) {
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
    }

    /** Stores the article with its claims, whole or not at all; the same article id twice changes nothing. */
    @Transactional
    public Added add(String storyId, StoredArticle article) {
        stories.lockOrCreate(storyId);
        if (articles.findInStory(storyId, article.articleId()).isPresent()) {
            return new Added(false, claims.countInArticle(storyId, article.articleId()));
        }
        ArticleEntity row = new ArticleEntity();
        row.pk = UUID.randomUUID();
        row.storyId = storyId;
        row.articleId = article.articleId();
        row.publisher = article.publisher();
        row.publishedAt = article.publishedAt();
        row.url = article.url();
        row.body = article.text();
        row.receivedAt = Instant.now();
        articles.persist(row);
        for (ClaimEntity claim : article.claims()) {
            claim.pk = UUID.randomUUID();
            claim.storyId = storyId;
            claim.articleId = article.articleId();
            claims.persist(claim);
        }
        return new Added(true, article.claims().size());
    }

    @Transactional
    public boolean exists(String storyId) {
        return stories.findByIdOptional(storyId).isPresent();
    }

    @Transactional
    public List<ArticleEntity> articles(String storyId) {
        return articles.list("storyId = ?1 order by receivedAt, articleId", storyId);
    }

    @Transactional
    public List<ClaimEntity> claims(String storyId) {
        return claims.inStory(storyId);
    }
}
