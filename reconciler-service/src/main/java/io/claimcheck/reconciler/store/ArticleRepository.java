package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The articles of the stories. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, UUID> {

    public Optional<ArticleEntity> findInStory(String storyId, String articleId) {
        return find("storyId = ?1 and articleId = ?2", storyId, articleId).firstResultOptional();
    }

    public Optional<ArticleEntity> findByIdempotencyKey(String storyId, String idempotencyKey) {
        return find("storyId = ?1 and idempotencyKey = ?2", storyId, idempotencyKey).firstResultOptional();
    }

    /** Who published an article and when: what the reconciliation rules read of it (not its text). */
    public record Provenance(String articleId, String publisher, Instant publishedAt) {
    }

    public List<Provenance> provenanceInStory(String storyId) {
        return find("storyId", storyId).project(Provenance.class).list();
    }

    public long countInStory(String storyId) {
        return count("storyId", storyId);
    }

    /**
     * Where a page of a story's articles ended: the last article's publication time (null for an undated one) and
     * id, the order of the listing.
     */
    public record Position(Instant publishedAt, String articleId) {
    }

    /** An article as a listing shows it: what identifies and dates it, not its text. */
    public record Listed(String articleId, String publisher, Instant publishedAt, String url) {
    }

    /**
     * One page of the story's articles in publication order, oldest first, the undated last, each group by id; one
     * more row than the page holds tells whether another page follows. The text is never read.
     */
    public List<Listed> page(String storyId, Position after, int limit) {
        StringBuilder query = new StringBuilder("storyId = :story");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("story", storyId);
        if (after != null && after.publishedAt() != null) {
            query.append(" and (publishedAt > :at or (publishedAt = :at and articleId > :article)"
                    + " or publishedAt is null)");
            parameters.put("at", after.publishedAt());
            parameters.put("article", after.articleId());
        } else if (after != null) {
            query.append(" and publishedAt is null and articleId > :article");
            parameters.put("article", after.articleId());
        }
        query.append(" order by publishedAt asc nulls last, articleId asc");
        return find(query.toString(), parameters).project(Listed.class).range(0, limit).list();
    }
}
