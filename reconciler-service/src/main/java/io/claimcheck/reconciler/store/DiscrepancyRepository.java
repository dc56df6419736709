package io.claimcheck.reconciler.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** The stories' current discrepancies, and the feed across stories. */
@ApplicationScoped
public class DiscrepancyRepository implements PanacheRepositoryBase<DiscrepancyEntity, UUID> {

    /** Most severe first. */
    public List<DiscrepancyEntity> inStory(String storyId) {
        return list("storyId = ?1 order by ratio desc, discrepancyId", storyId);
    }

    /** The bodies only, most severe first: what a listing serves, without the conflicts kept for the next change. */
    public List<String> bodiesInStory(String storyId) {
        return getEntityManager()
                .createQuery("select d.body from DiscrepancyEntity d where d.storyId = ?1 order by d.ratio desc,"
                        + " d.discrepancyId", String.class)
                .setParameter(1, storyId)
                .getResultList();
    }

    /** A stored discrepancy as an addition reads it: which it is, and the conflicts it rests on. */
    public record Judged(UUID pk, String discrepancyId, String conflicts) {
    }

    public List<Judged> judgedInStory(String storyId) {
        return find("storyId", storyId).project(Judged.class).list();
    }

    /** Deletes the rows (their parties go with them: the foreign key cascades). */
    public void deleteAll(Collection<UUID> pks) {
        if (!pks.isEmpty()) {
            delete("pk in ?1", pks);
        }
    }

    public long countInStory(String storyId) {
        return count("storyId", storyId);
    }

    /** Whether the story holds this discrepancy now. */
    public boolean isCurrent(String storyId, String discrepancyId) {
        return count("storyId = ?1 and discrepancyId = ?2", storyId, discrepancyId) > 0;
    }

    /** One page of the feed, newest first; one more row than the page holds tells whether another page follows. */
    public List<DiscrepancyEntity> page(FeedQuery feed) {
        StringBuilder query = new StringBuilder("from DiscrepancyEntity d where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!feed.severities().isEmpty()) {
            query.append(" and d.severity in :severities");
            parameters.put("severities", feed.severities());
        }
        if (feed.minConfidence() != null) {
            query.append(" and d.confidence >= :confidence");
            parameters.put("confidence", feed.minConfidence());
        }
        if (feed.since() != null) {
            query.append(" and d.detectedAt >= :since");
            parameters.put("since", feed.since().toEpochMilli());
        }
        if (feed.until() != null) {
            query.append(" and d.detectedAt < :until");
            parameters.put("until", feed.until().toEpochMilli());
        }
        if (feed.party() != null) {
            query.append(" and exists (select 1 from DiscrepancyPartyEntity p where p.discrepancyPk = d.pk and p.party = :party)");
            parameters.put("party", feed.party());
        }
        if (feed.after() != null) {
            query.append(" and (d.detectedAt < :at or (d.detectedAt = :at and (d.storyId < :story"
                    + " or (d.storyId = :story and d.discrepancyId < :discrepancy))))");
            parameters.put("at", feed.after().detectedAt());
            parameters.put("story", feed.after().storyId());
            parameters.put("discrepancy", feed.after().discrepancyId());
        }
        Parameters bound = new Parameters();
        parameters.forEach(bound::and);
        return find(query + " order by d.detectedAt desc, d.storyId desc, d.discrepancyId desc", bound).page(0, feed.limit() + 1).list();
    }
}
