-- What a claim's article says of its figure besides the figure (the cues of its sentence, the place it names, whether
-- the voice's lead figure sets it aside), read once when the article arrives, so that an addition to a story does not
-- read every sentence of the story again. NULL cues: not read yet (claims stored before this migration); such a
-- story's conflicts were judged under another format, so it is judged afresh, and its claims read, on its next change.
ALTER TABLE claim ADD COLUMN cues VARCHAR(100);
ALTER TABLE claim ADD COLUMN place TEXT;
ALTER TABLE claim ADD COLUMN lead_set_aside BOOLEAN;
