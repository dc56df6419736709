package io.claimcheck.reconciler.store;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The batches queued under an Idempotency-Key, by story: the first request under a key decides what the key means
 * (its content hash); once the broker confirmed the batch it stays queued. Plain SQL that PostgreSQL and the embedded
 * H2 both speak.
 */
@ApplicationScoped
public class BatchSubmissionStore {

    /** What a key brought, and whether its batch is queued (every article confirmed by the broker). */
    public record BatchSubmission(String contentHash, boolean queued) {
    }

    private final EntityManager entityManager;

    BatchSubmissionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the batch under its key, or, when the key is known, says what became of it (marking it queued when
     * {@code queued}); refuses the key with another batch.
     */
    @Transactional
    public BatchSubmission record(String storyId, String idempotencyKey, String contentHash, boolean queued) {
        entityManager.createNativeQuery("INSERT INTO batch_submission "
                        + "(story_id, idempotency_key, content_hash, queued, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, storyId).setParameter(2, idempotencyKey).setParameter(3, contentHash)
                .setParameter(4, queued).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        Object[] known = (Object[]) entityManager.createNativeQuery("SELECT content_hash, queued FROM batch_submission "
                        + "WHERE story_id = ?1 AND idempotency_key = ?2 FOR UPDATE")
                .setParameter(1, storyId).setParameter(2, idempotencyKey).getSingleResult();
        if (!contentHash.equals(known[0])) {
            throw new StoryStore.IdempotencyKeyReusedException(idempotencyKey, "another batch of articles");
        }
        boolean wasQueued = (Boolean) known[1];
        if (queued && !wasQueued) {
            entityManager.createNativeQuery("UPDATE batch_submission SET queued = TRUE "
                            + "WHERE story_id = ?1 AND idempotency_key = ?2")
                    .setParameter(1, storyId).setParameter(2, idempotencyKey).executeUpdate();
        }
        return new BatchSubmission(contentHash, queued || wasQueued);
    }
}
