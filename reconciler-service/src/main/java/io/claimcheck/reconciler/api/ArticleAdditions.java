package io.claimcheck.reconciler.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimcheck.reconciler.store.StoredArticle;
import io.claimcheck.reconciler.store.StoryStore;

/**
 * Adds an article with its claims to a story after the checks bean validation cannot make, whether it came over HTTP
 * or through the broker: a refusal is a {@code ProblemException} naming what is wrong.
 */
@ApplicationScoped
public class ArticleAdditions {

    private final StoryStore store;

    ArticleAdditions(StoryStore store) {
        this.store = store;
    }

    public StoryStore.Added add(String storyId, String idempotencyKey, AddArticleRequest request) {
        ArticlePayload article = request.article();
        if (article.text() == null) {
            throw new InvalidInputException("article.text is required to store an article");
        }
        request.claims().stream().filter(c -> !c.articleId().equals(article.id())).findFirst().ifPresent(c -> {
            throw new InvalidInputException("claim '" + c.id() + "' names article '" + c.articleId()
                    + "', not the article being added ('" + article.id() + "')");
        });
        ClaimChecks.check(request.claims(), article.text());
        return store.add(storyId, new StoredArticle(article.id(), article.publisher(),
                PublicationTimes.parse("article.publishedAt", article.publishedAt()), article.url(), article.text(),
                idempotencyKey, request.claims().stream().map(ClaimMapping::toRow).toList()));
    }
}
