-- Stories, their articles and the claims read from them.
-- Written in the SQL that PostgreSQL (production) and H2 in PostgreSQL mode (the local run) both accept.

CREATE TABLE story (
    id          VARCHAR(200) PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE article (
    pk            UUID PRIMARY KEY,
    story_id      VARCHAR(200) NOT NULL REFERENCES story (id),
    article_id    VARCHAR(200) NOT NULL,
    publisher     VARCHAR(500),
    published_at  TIMESTAMP WITH TIME ZONE,
    url           VARCHAR(2000),
    body          TEXT NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_once_per_story UNIQUE (story_id, article_id)
);

CREATE TABLE claim (
    pk              UUID PRIMARY KEY,
    story_id        VARCHAR(200) NOT NULL REFERENCES story (id),
    article_id      VARCHAR(200) NOT NULL,
    claim_id        VARCHAR(300) NOT NULL,
    mention         VARCHAR(500) NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    stated_value    DOUBLE PRECISION,
    lower_value     DOUBLE PRECISION,
    upper_value     DOUBLE PRECISION,
    bound           VARCHAR(20) NOT NULL,
    metric          VARCHAR(30) NOT NULL,
    object          VARCHAR(200),
    subject_text    VARCHAR(500),
    subject_party   VARCHAR(200),
    claimant_text   VARCHAR(500),
    claimant_party  VARCHAR(200),
    sentence        TEXT,
    CONSTRAINT claim_once_per_story UNIQUE (story_id, claim_id)
);

-- a new claim is compared with the story's claims of the same metric, never with the whole table
CREATE INDEX claim_by_story_metric ON claim (story_id, metric);
