-- Which incident a claim's figure counts, as the extractor read it (docs/claim-model.md §4, "the same incident"): the most specific
-- place and the places it lies in (tab-separated, innermost first), the day or interval of days (ISO 8601), the
-- attacking side, and the cues that set the figure apart from its incident's toll (comma-separated). NULL cues: the
-- claim came without an incident (stored before this migration, or sent without one); its sentence is read instead.
-- Stories judged before are judged afresh on their next change: the rules version moved on with this change.
ALTER TABLE claim ADD COLUMN incident_place TEXT;
ALTER TABLE claim ADD COLUMN incident_within TEXT;
ALTER TABLE claim ADD COLUMN incident_day VARCHAR(40);
ALTER TABLE claim ADD COLUMN incident_attacker TEXT;
ALTER TABLE claim ADD COLUMN incident_cues VARCHAR(100);
