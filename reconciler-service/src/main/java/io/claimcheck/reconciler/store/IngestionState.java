package io.claimcheck.reconciler.store;

/** Where an article sent through the broker stands (the article_ingestion table, V13). */
public enum IngestionState {
    QUEUED, EXTRACTED, RECONCILED, FAILED
}
