-- How sure a discrepancy is that its claims count one incident (0.25 to 1), for the feed to filter on. Rows written
-- before it are discrepancies judged without incidents: the lowest confidence, until their story is judged afresh.
ALTER TABLE discrepancy ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 0.25;
