-- Which body of the claimant's party speaks ("ministry", "officials"), as the extractor read it: two speakers of one
-- side are two voices (docs/claim-model.md §4). NULL: the party speaks as a whole, or the claim was stored before
-- this migration; such a claim's voice is its party, as before. Stories judged before are judged afresh on their
-- next change: the rules version moved on with this change.
ALTER TABLE claim ADD COLUMN claimant_organ VARCHAR(100);
