-- What the request that added an article said of it (SHA-256, hex, of its id, publisher, date, URL and text): a retry
-- with the same Idempotency-Key must bring the same article; one with other content under the key is refused.
-- NULL for articles stored before this migration: their key is matched on the article id alone.
ALTER TABLE article ADD COLUMN content_hash VARCHAR(64);
