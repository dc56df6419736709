package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;
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
}
