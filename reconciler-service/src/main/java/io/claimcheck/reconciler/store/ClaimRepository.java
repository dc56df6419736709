package io.claimcheck.reconciler.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

import io.claimcheck.reconciler.domain.Bound;
import io.claimcheck.reconciler.domain.ClaimReading;
import io.claimcheck.reconciler.domain.Incident;
import io.claimcheck.reconciler.domain.ReportedClaim;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The claims of the stories' articles. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    /**
     * What the reconciliation rules read of a stored claim: its fields and its reading (empty when not read yet),
     * without an entity to manage.
     */
    public record StoredClaim(String claimId, String articleId, String mention, int spanStart, Double value,
                              Double lower, Double upper, String bound, String metric, String object,
                              String subjectText, String subjectParty, String claimantText, String claimantParty,
                              String claimantOrgan, String sentence, Optional<ClaimReading> reading,
                              Incident incident) {

        /** A claim about to be stored, not read yet. */
        static StoredClaim of(ClaimEntity row) {
            return new StoredClaim(row.claimId, row.articleId, row.mention, row.spanStart, row.value, row.lower,
                    row.upper, row.bound, row.metric, row.object, row.subjectText, row.subjectParty, row.claimantText,
                    row.claimantParty, row.claimantOrgan, row.sentence, Optional.empty(), IncidentColumns.read(row));
        }

        /** The claim as the rules read it, with its article's publisher and date (unknown without the article). */
        ReportedClaim reported(ArticleRepository.Provenance article) {
            return new ReportedClaim(claimId, articleId, article == null ? null : article.publisher(),
                    article == null ? null : article.publishedAt(), mention, value, lower, upper, Bound.valueOf(bound),
                    metric, object, subjectText, subjectParty, claimantText, claimantParty, sentence, spanStart,
                    incident, claimantOrgan);
        }
    }

    // What the claims API serves, never changed through it: read without the snapshots Hibernate keeps to find changes
    // at flush.
    public List<ClaimEntity> inStory(String storyId) {
        return find("storyId = ?1 order by articleId, spanStart", storyId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    // Plain SQL, read column by column: a big story's claims are read whenever this replica has not got it in memory,
    // and this is several times cheaper than an entity query or a constructor projection. The caller sorts them: the
    // database's collation makes its sort of a big story's claims cost more than finding them.
    private static final String STORED = "SELECT claim_id, article_id, mention, span_start, stated_value,"
            + " lower_value, upper_value, bound, metric, object, subject_text, subject_party, claimant_text,"
            + " claimant_party, claimant_organ, sentence, cues, place, lead_set_aside, incident_place, incident_within,"
            + " incident_day, incident_attacker, incident_cues FROM claim WHERE story_id = :story";

    /** The story's claims with their readings, in no particular order. */
    public List<StoredClaim> storedInStory(String storyId) {
        return read(getEntityManager().createNativeQuery(STORED).setParameter("story", storyId));
    }

    @SuppressWarnings("unchecked")
    private static List<StoredClaim> read(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new StoredClaim((String) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).intValue(), number(row[4]), number(row[5]), number(row[6]),
                        (String) row[7], (String) row[8], (String) row[9], (String) row[10], (String) row[11],
                        (String) row[12], (String) row[13], (String) row[14], (String) row[15],
                        ClaimReadings.read((String) row[16], (String) row[17], (Boolean) row[18]),
                        IncidentColumns.read((String) row[19], (String) row[20], (String) row[21], (String) row[22],
                                (String) row[23])))
                .toList();
    }

    private static Double number(Object column) {
        return column == null ? null : ((Number) column).doubleValue();
    }

    /** The story's claims as managed rows, for keeping their readings when they are read again under other rules. */
    public List<ClaimEntity> managedInStory(String storyId) {
        return list("storyId", storyId);
    }

    public long countInArticle(String storyId, String articleId) {
        return count("storyId = ?1 and articleId = ?2", storyId, articleId);
    }

    /** How many claims each of the story's articles holds; an article without claims is absent. */
    public Map<String, Long> countByArticle(String storyId, Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select c.articleId, count(c) from ClaimEntity c where c.storyId = :story"
                        + " and c.articleId in :articles group by c.articleId", Object[].class)
                .setParameter("story", storyId)
                .setParameter("articles", articleIds)
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
