package io.claimcheck.reconciler.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.claimcheck.reconciler.api.ArticleAdditions;
import io.claimcheck.reconciler.store.IngestionStore;

/** Stores an extracted article and records it reconciled in one transaction: both happen, or neither. */
@ApplicationScoped
class ExtractedArticleStore {

    private final ArticleAdditions additions;
    private final IngestionStore ingestions;

    ExtractedArticleStore(ArticleAdditions additions, IngestionStore ingestions) {
        this.additions = additions;
        this.ingestions = ingestions;
    }

    @Transactional
    void store(ExtractedArticle extracted) {
        additions.add(extracted.storyId(), extracted.idempotencyKey(), extracted.addition());
        ingestions.reconciled(extracted.storyId(), extracted.article().id());
    }
}
