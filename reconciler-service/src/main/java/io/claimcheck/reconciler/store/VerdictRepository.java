package io.claimcheck.reconciler.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The verdicts on the stories' discrepancies, by story and discrepancy id (current or retired). */
@ApplicationScoped
public class VerdictRepository implements PanacheRepositoryBase<VerdictEntity, UUID> {

    /** A discrepancy's verdicts, oldest first. */
    public List<VerdictEntity> history(String storyId, String discrepancyId) {
        return list("storyId = ?1 and discrepancyId = ?2 order by recordedAt, pk", storyId, discrepancyId);
    }

    /** When the discrepancy's latest verdict was recorded, in epoch milliseconds; empty when it has none. */
    public Optional<Long> latest(String storyId, String discrepancyId) {
        return getEntityManager()
                .createQuery("select max(v.recordedAt) from VerdictEntity v where v.storyId = ?1"
                        + " and v.discrepancyId = ?2", Long.class)
                .setParameter(1, storyId)
                .setParameter(2, discrepancyId)
                .getResultStream()
                .filter(at -> at != null)
                .findFirst();
    }

    /**
     * The kind of the discrepancy's latest verdict (in the history's order: recorded_at, then pk), for the row of a
     * discrepancy stored again under an id that has verdicts; empty when it has none. One probe of
     * discrepancy_verdict_history.
     */
    public Optional<String> latestVerdict(String storyId, String discrepancyId) {
        return getEntityManager()
                .createQuery("select v.verdict from VerdictEntity v where v.storyId = ?1 and v.discrepancyId = ?2"
                        + " order by v.recordedAt desc, v.pk desc", String.class)
                .setParameter(1, storyId)
                .setParameter(2, discrepancyId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
