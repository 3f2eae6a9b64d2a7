-- What non-scored stages record (issue 8: "due-diligence checklist per finalist; attendance for
-- activity stages"). A 尽职调查 (due_diligence) stage has its checklist items, per entry in the
-- running a check of each item (通过 / 未通过 / 待补充, with a note, who and when), and per entry a
-- conclusion. An 活动 (activity) stage (训练营, 党史学习教育) has its sessions and the attendance
-- of each entry at each, and optionally a minimum attendance.
-- Both kinds end in the same place: stage_outcomes, one row per entry the stage decided on
-- (the organiser's conclusion, or the attendance rule applied when the stage closes). Closing
-- the stage sets the entries that did not pass to eliminated and keeps the status each had.

-- An activity stage's rule: the fewest sessions an entry must attend to stay in the running (no
-- row, or null: attendance is informative only).
CREATE TABLE stage_activity_rules (
  stage_id integer PRIMARY KEY REFERENCES campaign_stages (id) ON DELETE CASCADE,
  min_attendance integer CHECK (min_attendance IS NULL OR min_attendance BETWEEN 1 AND 1000),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE stage_checklist_items (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL REFERENCES campaign_stages (id) ON DELETE CASCADE,
  ordinal integer NOT NULL CHECK (ordinal BETWEEN 1 AND 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  description text CHECK (description IS NULL OR length(description) <= 500),
  required boolean NOT NULL DEFAULT true,
  UNIQUE (stage_id, ordinal) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stage_checks (
  item_id integer NOT NULL REFERENCES stage_checklist_items (id) ON DELETE CASCADE,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('pass', 'fail', 'pending')),
  note text CHECK (note IS NULL OR length(note) <= 1000),
  checked_by integer NOT NULL REFERENCES users (id),
  checked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, entry_id)
);
CREATE INDEX stage_checks_entry_idx ON stage_checks (entry_id);

CREATE TABLE stage_sessions (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL REFERENCES campaign_stages (id) ON DELETE CASCADE,
  held_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  place text CHECK (place IS NULL OR length(place) <= 100),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stage_sessions_stage_idx ON stage_sessions (stage_id, held_on);

CREATE TABLE stage_attendance (
  session_id integer NOT NULL REFERENCES stage_sessions (id) ON DELETE CASCADE,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  note text CHECK (note IS NULL OR length(note) <= 500),
  recorded_by integer NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, entry_id)
);
CREATE INDEX stage_attendance_entry_idx ON stage_attendance (entry_id);

-- basis: 'conclusion' (the organiser's, due diligence: 不通过 needs its reason) or 'attendance'
-- (written by the close step from the counts). prior_status: the entry's status before the
-- close applied the outcome (null until then).
CREATE TABLE stage_outcomes (
  stage_id integer NOT NULL REFERENCES campaign_stages (id) ON DELETE CASCADE,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  basis text NOT NULL CHECK (basis IN ('conclusion', 'attendance')),
  passed boolean NOT NULL,
  reason text CHECK (reason IS NULL OR length(reason) <= 1000),
  decided_by integer NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL DEFAULT now(),
  prior_status text CHECK (prior_status IS NULL OR prior_status IN ('registered', 'qualified', 'advanced', 'eliminated', 'awarded', 'withdrawn')),
  PRIMARY KEY (stage_id, entry_id),
  CHECK (passed OR basis = 'attendance' OR reason IS NOT NULL)
);
CREATE INDEX stage_outcomes_entry_idx ON stage_outcomes (entry_id);
