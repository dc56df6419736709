-- A story's version counts its changes. A replica keeps the stories it changed last in memory, each as of one version,
-- and uses an entry only while the story's row still holds that version: a change through another replica moves the
-- version on, and the story is read back from the database.
ALTER TABLE story ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
