package io.claimcheck.reconciler.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The claims of the stories' articles. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    // Claims are never changed once stored: read them without the snapshots Hibernate keeps to find changes at flush.
    public List<ClaimEntity> inStory(String storyId) {
        return find("storyId = ?1 order by articleId, spanStart", storyId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The story's claims that could be compared with claims of these metrics. */
    public List<ClaimEntity> inStoryWithMetrics(String storyId, Collection<String> metrics) {
        return find("storyId = ?1 and metric in ?2 order by articleId, spanStart", storyId, metrics)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    public long countInArticle(String storyId, String articleId) {
        return count("storyId = ?1 and articleId = ?2", storyId, articleId);
    }
}
