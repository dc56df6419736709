-- Journalists' verdicts on a story's discrepancies: confirmed, dismissed (with the reason), or to be checked, with
-- an optional note. Every verdict is kept, the history read oldest first. There is no foreign key to discrepancy: its
-- row is replaced when the discrepancy's claims change (its id hashes them), and the verdicts on the old id outlive
-- it. A dismissal always has its reason, and no other verdict has one.
CREATE TABLE discrepancy_verdict (
    pk              UUID PRIMARY KEY,
    story_id        VARCHAR(200) NOT NULL REFERENCES story (id),
    discrepancy_id  VARCHAR(40) NOT NULL,
    verdict         VARCHAR(20) NOT NULL,
    reason          VARCHAR(30),
    note            VARCHAR(2000),
    -- when it was recorded, in epoch milliseconds: a plain number orders the same on every database
    recorded_at     BIGINT NOT NULL,
    CONSTRAINT discrepancy_verdict_reason_with_dismissal CHECK ((verdict = 'DISMISSED') = (reason IS NOT NULL))
);

-- a discrepancy's history, oldest first
CREATE INDEX discrepancy_verdict_history ON discrepancy_verdict (story_id, discrepancy_id, recorded_at);
