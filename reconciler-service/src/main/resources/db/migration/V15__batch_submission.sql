-- The batches the gateway queued under an Idempotency-Key (POST /api/v1/stories/{id}/articles/batch): what the
-- batch held (SHA-256, hex, of its body) and whether the broker confirmed every article of it. A retry of a confirmed
-- batch queues nothing; the key with another batch is refused. Kept here rather than as keys derived for each article,
-- because the answer must be known before anything is queued: a batch retried with other articles under its key is
-- refused whole, at once, not article by article after the broker delivered them.
CREATE TABLE batch_submission (
    story_id        VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    queued          BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (story_id, idempotency_key)
);
