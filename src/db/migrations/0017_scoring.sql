-- Scoring a stage (issue 8, second part): the published draw of judges, the panel it gave, the
-- judges' assignments to entries (with replacements after a declared conflict), the conflicts
-- judges declare, their commitments (评审承诺), and their score sheets. Everything hangs off a
-- stage and is scoped through its campaign (0016).

-- A contest registration names a contact person (name and telephone): internal, the organisers'.
ALTER TABLE campaign_entries ADD COLUMN contact text;

-- One published draw per stage: what anyone needs to re-run it (/draws/verify) — the seed, the
-- method (DRAW_METHOD), the pool as drawn from (a snapshot of the experts' ids, zones and
-- organisations at the time), the panel size and the exclusions with their reasons — and the
-- panel it gave, in panel order.
CREATE TABLE stage_draws (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL UNIQUE REFERENCES campaign_stages (id) ON DELETE CASCADE,
  seed bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
  method text NOT NULL CHECK (length(method) > 0),
  pool jsonb NOT NULL CHECK (jsonb_typeof(pool) = 'array'),
  panel_size integer NOT NULL CHECK (panel_size BETWEEN 1 AND 1000),
  exclusions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(exclusions) = 'array'),
  panel jsonb NOT NULL CHECK (jsonb_typeof(panel) = 'array'),
  drawn_by integer REFERENCES users (id),
  drawn_at timestamptz NOT NULL DEFAULT now(),
  -- The assignment's rules, once judges are assigned: a replacement keeps within the same cap.
  per_entry integer CHECK (per_entry BETWEEN 1 AND 100),
  load_cap integer CHECK (load_cap BETWEEN 1 AND 100000),
  assigned_at timestamptz,
  CHECK ((per_entry IS NULL) = (load_cap IS NULL) AND (per_entry IS NULL) = (assigned_at IS NULL))
);

-- The panel: each judge is an expert of the pool with a judge account (experts.user_id), copied
-- here so that a judge's reads are one join from their user id.
CREATE TABLE stage_judges (
  stage_id integer NOT NULL REFERENCES campaign_stages (id) ON DELETE CASCADE,
  expert_id integer NOT NULL REFERENCES experts (id),
  user_id integer NOT NULL REFERENCES users (id),
  position integer NOT NULL CHECK (position >= 1),
  PRIMARY KEY (stage_id, expert_id),
  UNIQUE (stage_id, user_id),
  UNIQUE (stage_id, position)
);

-- A judge on an entry of the stage. A replaced assignment stays (replaced_by → the new one,
-- with the reason) so that the record shows who was taken off and why.
CREATE TABLE stage_assignments (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  expert_id integer NOT NULL,
  judge_user_id integer NOT NULL,
  replaced_by integer REFERENCES stage_assignments (id),
  replaced_reason text,
  replaced_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (stage_id, expert_id) REFERENCES stage_judges (stage_id, expert_id) ON DELETE CASCADE,
  FOREIGN KEY (stage_id, judge_user_id) REFERENCES stage_judges (stage_id, user_id),
  CHECK ((replaced_by IS NULL) = (replaced_at IS NULL) AND (replaced_by IS NULL OR replaced_reason IS NOT NULL)),
  UNIQUE (stage_id, entry_id, expert_id)
);
CREATE INDEX stage_assignments_judge_idx ON stage_assignments (judge_user_id, stage_id);
CREATE INDEX stage_assignments_entry_idx ON stage_assignments (entry_id);

-- The assignments in force: what `assignedTo` (kernel/viewer.ts) reads for a judge.
CREATE VIEW current_stage_assignments AS SELECT * FROM stage_assignments WHERE replaced_by IS NULL;

-- A conflict of interest a judge declares on an entry (回避申报): kept for the draw's rules.
CREATE TABLE judge_conflicts (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL REFERENCES campaign_stages (id) ON DELETE CASCADE,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  expert_id integer NOT NULL REFERENCES experts (id),
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  declared_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stage_id, entry_id, expert_id)
);

-- A judge's commitment (评审承诺书) for a stage, with the version of the text confirmed: scoring
-- is refused before it.
CREATE TABLE judge_commitments (
  stage_id integer NOT NULL,
  expert_id integer NOT NULL,
  text_version text NOT NULL,
  confirmed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stage_id, expert_id),
  FOREIGN KEY (stage_id, expert_id) REFERENCES stage_judges (stage_id, expert_id) ON DELETE CASCADE
);

-- A judge's score sheet for an entry: `scores` maps criterion id → score on its scale. A draft
-- may change; a submitted sheet never does (the service refuses, the check keeps the time).
CREATE TABLE score_sheets (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  expert_id integer NOT NULL,
  scores jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(scores) = 'object'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  submitted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (stage_id, expert_id) REFERENCES stage_judges (stage_id, expert_id) ON DELETE CASCADE,
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
  UNIQUE (stage_id, entry_id, expert_id)
);
CREATE INDEX score_sheets_entry_idx ON score_sheets (stage_id, entry_id);
