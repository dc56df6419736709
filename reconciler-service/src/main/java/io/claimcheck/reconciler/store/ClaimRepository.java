package io.claimcheck.reconciler.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.claimcheck.reconciler.domain.Bound;
import io.claimcheck.reconciler.domain.ReportedClaim;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The claims of the stories' articles. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    /** What the reconciliation rules read of a stored claim: its fields, without an entity to manage. */
    public record StoredClaim(String claimId, String articleId, String mention, int spanStart, Double value,
                              Double lower, Double upper, String bound, String metric, String object,
                              String subjectText, String subjectParty, String claimantText, String claimantParty,
                              String sentence) {

        /** The claim as the rules read it, with its article's publisher and date (unknown without the article). */
        ReportedClaim reported(ArticleRepository.Provenance article) {
            return new ReportedClaim(claimId, articleId, article == null ? null : article.publisher(),
                    article == null ? null : article.publishedAt(), mention, value, lower, upper, Bound.valueOf(bound),
                    metric, object, subjectText, subjectParty, claimantText, claimantParty, sentence, spanStart);
        }
    }

    // Claims are never changed once stored: read them without the snapshots Hibernate keeps to find changes at flush.
    public List<ClaimEntity> inStory(String storyId) {
        return find("storyId = ?1 order by articleId, spanStart", storyId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The story's claims, for judging them all. */
    public List<StoredClaim> comparableInStory(String storyId) {
        return find("storyId = ?1 order by articleId, spanStart", storyId).project(StoredClaim.class).list();
    }

    /** The story's claims that could be compared with claims of these metrics. */
    public List<StoredClaim> comparableInStory(String storyId, Collection<String> metrics) {
        return find("storyId = ?1 and metric in ?2 order by articleId, spanStart", storyId, metrics)
                .project(StoredClaim.class).list();
    }

    public long countInArticle(String storyId, String articleId) {
        return count("storyId = ?1 and articleId = ?2", storyId, articleId);
    }
}
