-- A scored stage's results (issue 8, results part): the computed ranking of the method the
-- organiser chose, held as pending until published; the publication under a document (文号)
-- with its 公示 period counted in working days; the objections (异议) filed during it and their
-- answers; and final (已确认). Statuses move along RESULTS_MACHINE (src/shared/evaluation.enums.ts).
-- One results record per stage: its id is the stage's id, so the lifecycle runner (which keys
-- every record by `id`) and the routes (by stage) name the same thing.

CREATE TABLE stage_results (
  id integer PRIMARY KEY REFERENCES campaign_stages (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'publicizing', 'final')),
  method text NOT NULL CHECK (method IN ('mean', 'trimmed_mean', 'z_total', 'z_criterion')),
  -- The tie-break criteria (stage_criteria ids) in the order they were applied.
  tie_break integer[] NOT NULL DEFAULT '{}',
  computed_at timestamptz NOT NULL DEFAULT now(),
  computed_by integer REFERENCES users (id),
  judge_count integer NOT NULL CHECK (judge_count >= 0),
  sheet_count integer NOT NULL CHECK (sheet_count >= 0),
  -- Krippendorff's alpha (interval) over the weighted totals; null with nothing to compare.
  alpha double precision,
  published_at timestamptz,
  published_by integer REFERENCES users (id),
  document text,
  publicity_starts_on date,
  publicity_ends_on date,
  working_days integer CHECK (working_days BETWEEN 1 AND 60),
  confirmed_at timestamptz,
  confirmed_by integer REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Published (公示中, 已确认) results carry their publication whole; pending ones none of it.
  CHECK ((status = 'pending') = (published_at IS NULL)),
  CHECK ((published_at IS NULL) = (document IS NULL) AND (published_at IS NULL) = (publicity_starts_on IS NULL)
    AND (published_at IS NULL) = (publicity_ends_on IS NULL) AND (published_at IS NULL) = (working_days IS NULL)),
  CHECK (publicity_starts_on IS NULL OR publicity_starts_on <= publicity_ends_on),
  CHECK ((status = 'final') = (confirmed_at IS NOT NULL))
);

-- Each ranked entry of the results: the method's value (as computed, and on the stage's scale for
-- display), rank, the outcome the stage's rule and the prize tiers give, the analysis figures
-- (disagreement, the leave-one-out rank range and whether advancement or an award hangs on one
-- judge), and the entry's status before publication (restored if the results are reopened).
CREATE TABLE stage_result_entries (
  results_id integer NOT NULL REFERENCES stage_results (id) ON DELETE CASCADE,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  value double precision NOT NULL,
  display_value double precision NOT NULL,
  rank integer NOT NULL CHECK (rank >= 1),
  judges integer NOT NULL CHECK (judges >= 1),
  advancing boolean NOT NULL,
  award text,
  sd double precision NOT NULL,
  spread double precision NOT NULL,
  best_rank integer NOT NULL,
  worst_rank integer NOT NULL,
  single_judge boolean NOT NULL,
  prior_status text,
  PRIMARY KEY (results_id, entry_id),
  UNIQUE (results_id, rank)
);

-- 异议: filed during the 公示 by anyone (name and contact required) or by an applicant on its own
-- entry, answered by the organiser. The filer's contact is internal (the organiser's alone).
CREATE TABLE result_objections (
  id serial PRIMARY KEY,
  results_id integer NOT NULL REFERENCES stage_results (id) ON DELETE CASCADE,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  filer_name text NOT NULL CHECK (length(btrim(filer_name)) > 0),
  filer_contact text NOT NULL CHECK (length(btrim(filer_contact)) > 0),
  filer_user_id integer REFERENCES users (id),
  body text NOT NULL CHECK (length(btrim(body)) > 0),
  filed_at timestamptz NOT NULL DEFAULT now(),
  answer text,
  upheld boolean,
  answered_by integer REFERENCES users (id),
  answered_at timestamptz,
  CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (upheld IS NULL) AND (answer IS NULL) = (answered_by IS NULL))
);
CREATE INDEX result_objections_results_idx ON result_objections (results_id);
