package io.claimcheck.reconciler.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * The kind of the latest verdict (in the history's order: recorded_at, then pk) of each of the discrepancies that
     * has any, for the rows of discrepancies stored again under ids that have verdicts. One statement for all of an
     * addition's new discrepancies, and none when it has none; most stories have no verdicts, so most answers are
     * empty.
     */
    public Map<String, String> latestVerdicts(String storyId, Collection<String> discrepancyIds) {
        if (discrepancyIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> latest = new HashMap<>();
        getEntityManager()
                .createQuery("select v.discrepancyId, v.verdict from VerdictEntity v where v.storyId = ?1"
                        + " and v.discrepancyId in ?2 order by v.recordedAt, v.pk", Object[].class)
                .setParameter(1, storyId)
                .setParameter(2, discrepancyIds)
                .getResultStream()
                .forEach(row -> latest.put((String) row[0], (String) row[1])); // the last one of each stays
        return latest;
    }
}
