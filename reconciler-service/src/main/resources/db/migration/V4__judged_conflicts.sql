-- A pair of claims is judged once. Each discrepancy keeps the conflicts behind it (JSON: the two claim ids, the kind,
-- the ratio), so that a new article's claims are judged against the story's claims and the conflicts found before
-- are carried over; each story keeps the version of the rules its conflicts were judged under. A story judged under
-- other rules (or before this migration: NULL) is judged afresh, every pair, on its next change.
ALTER TABLE discrepancy ADD COLUMN conflicts TEXT;
ALTER TABLE story ADD COLUMN judged_with VARCHAR(300);
