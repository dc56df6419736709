package io.claimcheck.reconciler.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The claims of the stories' articles. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    public List<ClaimEntity> inStory(String storyId) {
        return list("storyId = ?1 order by articleId, spanStart", storyId);
    }

    /** The story's claims that could be compared with claims of these metrics. */
    public List<ClaimEntity> inStoryWithMetrics(String storyId, Collection<String> metrics) {
        return list("storyId = ?1 and metric in ?2 order by articleId, spanStart", storyId, metrics);
    }

    public long countInArticle(String storyId, String articleId) {
        return count("storyId = ?1 and articleId = ?2", storyId, articleId);
    }
}
