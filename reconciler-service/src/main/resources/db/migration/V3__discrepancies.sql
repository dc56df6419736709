-- A story's discrepancies, kept current as articles arrive, and the parties each one involves (for the feed).

CREATE TABLE discrepancy (
    pk              UUID PRIMARY KEY,
    story_id        VARCHAR(200) NOT NULL REFERENCES story (id),
    discrepancy_id  VARCHAR(40) NOT NULL,
    metric          VARCHAR(30) NOT NULL,
    severity        VARCHAR(10) NOT NULL,
    ratio           DOUBLE PRECISION NOT NULL,
    -- when it was first found, in epoch milliseconds: a plain number orders and pages the same on every database
    detected_at     BIGINT NOT NULL,
    -- the discrepancy as served (claim ids, sides, consensus, explanation), written by the reconciler
    body            TEXT NOT NULL,
    CONSTRAINT discrepancy_once_per_story UNIQUE (story_id, discrepancy_id)
);

-- the feed pages newest first; severity is its most common filter
CREATE INDEX discrepancy_feed ON discrepancy (detected_at, story_id, discrepancy_id);
CREATE INDEX discrepancy_feed_by_severity ON discrepancy (severity, detected_at, story_id, discrepancy_id);
CREATE INDEX discrepancy_by_story_metric ON discrepancy (story_id, metric);

CREATE TABLE discrepancy_party (
    pk              UUID PRIMARY KEY,
    discrepancy_pk  UUID NOT NULL REFERENCES discrepancy (pk) ON DELETE CASCADE,
    party           VARCHAR(200) NOT NULL,
    CONSTRAINT discrepancy_party_once UNIQUE (discrepancy_pk, party)
);

CREATE INDEX discrepancy_party_by_party ON discrepancy_party (party, discrepancy_pk);
