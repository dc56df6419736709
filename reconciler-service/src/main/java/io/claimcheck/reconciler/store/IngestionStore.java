package io.claimcheck.reconciler.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Where each article sent through the broker stands. The states only move forward for one submission: a redelivered
 * message may say "extracted" again after the article was reconciled, and that must not show it as behind; a new
 * submission (queued) starts over. Plain SQL that PostgreSQL and the embedded H2 both speak (H2 has no
 * {@code ON CONFLICT DO UPDATE}, so an upsert is an update, else an insert that may lose a race, else the update).
 */
@ApplicationScoped
public class IngestionStore {

    /** The longest reason kept (the column's length). */
    static final int MAX_REASON = 2000;

    /** One article's standing. */
    public record Ingestion(String storyId, String articleId, IngestionState state, String reason, Instant updatedAt) {
    }

    private final EntityManager entityManager;

    IngestionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A new submission: whatever an earlier one of the article came to, it is queued now. */
    @Transactional
    public void queued(String storyId, String articleId) {
        upsert(storyId, articleId, IngestionState.QUEUED, null, List.of(IngestionState.values()));
    }

    /** The submission never reached the broker: forget it, unless something happened to it since. */
    @Transactional
    public void withdraw(String storyId, String articleId) {
        entityManager.createNativeQuery("DELETE FROM article_ingestion WHERE story_id = ?1 AND article_id = ?2 "
                        + "AND state = 'QUEUED'")
                .setParameter(1, storyId).setParameter(2, articleId).executeUpdate();
    }

    /** Its claims arrived; says nothing once it was stored or has failed. */
    @Transactional
    public void extracted(String storyId, String articleId) {
        upsert(storyId, articleId, IngestionState.EXTRACTED, null, List.of(IngestionState.QUEUED));
    }

    /** Stored with its claims: called in the transaction that stores it, so the two commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconciled(String storyId, String articleId) {
        upsert(storyId, articleId, IngestionState.RECONCILED, null, List.of(IngestionState.values()));
    }

    /** Refused or given up on; an article already stored stays reconciled (a late copy failing changes nothing). */
    @Transactional
    public void failed(String storyId, String articleId, String reason) {
        upsert(storyId, articleId, IngestionState.FAILED, shortened(reason),
                List.of(IngestionState.QUEUED, IngestionState.EXTRACTED, IngestionState.FAILED));
    }

    @Transactional
    public Optional<Ingestion> find(String storyId, String articleId) {
        List<?> rows = entityManager.createNativeQuery("SELECT story_id, article_id, state, reason, updated_at "
                        + "FROM article_ingestion WHERE story_id = ?1 AND article_id = ?2")
                .setParameter(1, storyId).setParameter(2, articleId).getResultList();
        return rows.stream().findFirst().map(IngestionStore::ingestion);
    }

    /** The failed articles, the latest first. */
    @Transactional
    public List<Ingestion> failures(int limit) {
        List<?> rows = entityManager.createNativeQuery("SELECT story_id, article_id, state, reason, updated_at "
                        + "FROM article_ingestion WHERE state = 'FAILED' ORDER BY updated_at DESC, story_id, article_id")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(IngestionStore::ingestion).toList();
    }

    private void upsert(String storyId, String articleId, IngestionState state, String reason,
            List<IngestionState> from) {
        if (update(storyId, articleId, state, reason, from) > 0) {
            return;
        }
        int inserted = entityManager.createNativeQuery("INSERT INTO article_ingestion "
                        + "(story_id, article_id, state, reason, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, storyId).setParameter(2, articleId).setParameter(3, state.name())
                .setParameter(4, reason).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        if (inserted == 0) {
            // another writer inserted it between the two statements
            update(storyId, articleId, state, reason, from);
        }
    }

    private int update(String storyId, String articleId, IngestionState state, String reason,
            List<IngestionState> from) {
        return entityManager.createNativeQuery("UPDATE article_ingestion SET state = ?1, reason = ?2, updated_at = ?3 "
                        + "WHERE story_id = ?4 AND article_id = ?5 AND state IN (?6)")
                .setParameter(1, state.name()).setParameter(2, reason).setParameter(3, Timestamp.from(Instant.now()))
                .setParameter(4, storyId).setParameter(5, articleId)
                .setParameter(6, from.stream().map(Enum::name).toList())
                .executeUpdate();
    }

    private static String shortened(String reason) {
        if (reason == null || reason.length() <= MAX_REASON) {
            return reason;
        }
        return reason.substring(0, MAX_REASON - 1) + "…";
    }

    private static Ingestion ingestion(Object row) {
        Object[] columns = (Object[]) row;
        return new Ingestion((String) columns[0], (String) columns[1], IngestionState.valueOf((String) columns[2]),
                (String) columns[3], instant(columns[4]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
