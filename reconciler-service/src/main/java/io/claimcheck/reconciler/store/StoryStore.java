package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Adds articles to stories and reads them back; the one place that writes. */
@ApplicationScoped
public class StoryStore {

    /** What adding an article did: whether it was new, and how many claims the story holds for it. */
    public record Added(boolean created, long claims) {
    }

    /** A request's Idempotency-Key that already added another article to the story. */
    public static class IdempotencyKeyReusedException extends RuntimeException {

        public IdempotencyKeyReusedException(String key, String articleId) {
            super("Idempotency-Key '" + key + "' was already used to add article '" + articleId
                    + "'; a new article needs a new key.");
        }
    }

    /** How much a story holds. */
    public record Summary(String storyId, Instant createdAt, long articles, long claims) {
    }

    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final ClaimRepository claims;

    StoryStore(StoryRepository stories, ArticleRepository articles, ClaimRepository claims) {
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
    }

    /**
     * Stores the article with its claims, whole or not at all. The same article id twice changes nothing, and so does
     * a retried request with the same Idempotency-Key.
     */
    @Transactional
    public Added add(String storyId, StoredArticle article) {
        stories.lockOrCreate(storyId);
        if (article.idempotencyKey() != null) {
            Optional<ArticleEntity> earlier = articles.findByIdempotencyKey(storyId, article.idempotencyKey());
            if (earlier.isPresent() && !earlier.get().articleId.equals(article.articleId())) {
                throw new IdempotencyKeyReusedException(article.idempotencyKey(), earlier.get().articleId);
            }
        }
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
        row.idempotencyKey = article.idempotencyKey();
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
    public Optional<Summary> summary(String storyId) {
        return stories.findByIdOptional(storyId).map(story -> new Summary(storyId, story.createdAt,
                articles.countInStory(storyId), claims.count("storyId", storyId)));
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
