package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The stories; a story row is also the lock that serialises additions to one story. */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, String> {

    /**
     * Creates the story if it is new and locks its row until the transaction ends, so that concurrent additions to
     * one story run one after the other while additions to different stories do not wait for each other.
     *
     * @return the rules version the story's stored conflicts were judged under; empty for a new story
     */
    public Optional<String> lockOrCreate(String storyId) {
        // plain SQL that PostgreSQL and the embedded H2 both speak (Hibernate would lock with "for no key update")
        getEntityManager()
                .createNativeQuery("INSERT INTO story (id, created_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, storyId)
                .setParameter(2, Instant.now())
                .executeUpdate();
        Object judgedWith = getEntityManager()
                .createNativeQuery("SELECT judged_with FROM story WHERE id = ?1 FOR UPDATE")
                .setParameter(1, storyId)
                .getSingleResult();
        return Optional.ofNullable((String) judgedWith);
    }

    public void markJudgedWith(String storyId, String rulesVersion) {
        update("judgedWith = ?1 where id = ?2", rulesVersion, storyId);
    }
}
