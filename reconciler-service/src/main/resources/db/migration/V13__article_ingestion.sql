-- Where each article sent through the broker (the gateway's asynchronous path) stands: QUEUED (the gateway has it
-- queued), EXTRACTED (its claims reached the reconciler), RECONCILED (stored with its claims) or FAILED (refused, or
-- given up on after its deliveries; the reason says which and why). No foreign key to story: an article is queued
-- before its story exists, and a failed one may never make it.
CREATE TABLE article_ingestion (
    story_id    VARCHAR(200) NOT NULL,
    article_id  VARCHAR(200) NOT NULL,
    state       VARCHAR(20) NOT NULL,
    reason      VARCHAR(2000),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

-- the failures, newest first
CREATE INDEX article_ingestion_by_state ON article_ingestion (state, updated_at);
