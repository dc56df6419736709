package io.claimcheck.reconciler.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The stories; a story row is also the lock that serialises additions to one story. */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, String> {

    /**
     * A story's row, locked.
     *
     * @param judgedWith what its stored conflicts were judged and kept under; empty for a new story
     * @param version    how many changes it has had ({@link StoryCache})
     * @param created    whether this transaction created it: it holds nothing yet
     */
    public record Locked(Optional<String> judgedWith, long version, boolean created) {
    }

    /**
     * Creates the story if it is new and locks its row until the transaction ends, so that concurrent additions to
     * one story run one after the other while additions to different stories do not wait for each other.
     */
    public Locked lockOrCreate(String storyId) {
        // plain SQL that PostgreSQL and the embedded H2 both speak (Hibernate would lock with "for no key update")
        int inserted = getEntityManager()
                .createNativeQuery("INSERT INTO story (id, created_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, storyId)
                .setParameter(2, Instant.now())
                .executeUpdate();
        Locked locked = lock(storyId).orElseThrow();
        return inserted == 1 ? new Locked(locked.judgedWith(), locked.version(), true) : locked;
    }

    /** What a story's stored conflicts were judged and kept under, read without a lock; empty for no such story. */
    public Optional<String> judgedWith(String storyId) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT judged_with FROM story WHERE id = ?1")
                .setParameter(1, storyId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((String) rows.get(0));
    }

    /** Locks an existing story's row until the transaction ends; empty when there is no such story. */
    public Optional<Locked> lock(String storyId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT judged_with, version FROM story WHERE id = ?1 FOR UPDATE")
                .setParameter(1, storyId)
                .getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .map(row -> new Locked(Optional.ofNullable((String) row[0]), ((Number) row[1]).longValue(), false));
    }

    /** Records a change: the story's new version, and what its conflicts are now judged and kept under. */
    public void markChanged(String storyId, long version, String judgedWith) {
        update("version = ?1, judgedWith = ?2 where id = ?3", version, judgedWith, storyId);
    }
}
