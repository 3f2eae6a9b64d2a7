-- A record's source as a reader cites it (publication, date, link) stays in `source` and is
-- public with the record; the working notes behind it (which file it was taken from, what
-- was inferred or missing) move to `source_note`, which only staff in scope see.
ALTER TABLE zones ADD COLUMN source_note text;
ALTER TABLE platforms ADD COLUMN source_note text;
ALTER TABLE innovations ADD COLUMN source_note text;
ALTER TABLE innovation_adoptions ADD COLUMN source_note text;

-- Sample adoption records (示例) on real cases must be as unmistakable as sample innovations.
ALTER TABLE innovation_adoptions ADD COLUMN is_sample boolean NOT NULL DEFAULT false;

-- One row while the demo dataset is loaded: every portal page then says it is a demonstration.
CREATE TABLE demo_dataset (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  loaded_at timestamptz NOT NULL DEFAULT now()
);
