-- The feed's review filter (its latest verdict: none, CONFIRMED, DISMISSED, NEEDS_CHECKING). discrepancy.review keeps
-- the latest verdict recorded under the discrepancy's id in its story, null while it has none; discrepancy_verdict
-- stays the record (the feed reads the latest verdict shown with each item from it). The column is there for an
-- index: the feed pages newest first, and with the review beside the detection time a page of any review is an index
-- walk, however rare that review is. Filtering through a join on discrepancy_verdict instead either walks the whole
-- feed for a rare review or hashes both tables for a common one (hundreds of milliseconds at 300,000 discrepancies).
ALTER TABLE discrepancy ADD COLUMN review VARCHAR(20);

-- the verdicts recorded before: each current discrepancy takes its latest (ties at one millisecond go to the greater
-- pk, as the history reads them)
UPDATE discrepancy SET review = (
    SELECT v.verdict FROM discrepancy_verdict v
    WHERE v.story_id = discrepancy.story_id AND v.discrepancy_id = discrepancy.discrepancy_id
    ORDER BY v.recorded_at DESC, v.pk DESC
    FETCH FIRST 1 ROWS ONLY);

CREATE INDEX discrepancy_feed_by_review ON discrepancy (review, detected_at, story_id, discrepancy_id);

-- a discrepancy's history in the order it is read, (recorded_at, pk): its latest verdict is one index probe, without
-- a sort of the discrepancy's verdicts
DROP INDEX discrepancy_verdict_history;
CREATE INDEX discrepancy_verdict_history ON discrepancy_verdict (story_id, discrepancy_id, recorded_at, pk);
