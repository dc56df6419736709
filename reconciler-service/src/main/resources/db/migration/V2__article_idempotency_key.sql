-- The client's Idempotency-Key of the request that added an article: a retried request finds its article again.
ALTER TABLE article ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE article ADD CONSTRAINT article_idempotency_key_once UNIQUE (story_id, idempotency_key);
