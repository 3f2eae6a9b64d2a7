-- Follow-up of a contest's winners (issue 8, 跟踪服务): the service agreements (跟踪服务协议) the
-- organiser records for an awarded entry with a provider (a bank's loan, an investor's equity, a
-- talent group's services), each with its milestones; and the KPI reports (绩效报告) each winner
-- files per calendar quarter (period 'YYYY-Qn'), one per winner and quarter. A correction keeps
-- the figures it replaces in kpi_report_revisions, so no filed value is ever lost.

CREATE TABLE service_agreements (
  id serial PRIMARY KEY,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  provider text NOT NULL CHECK (length(btrim(provider)) > 0),
  provider_kind text NOT NULL CHECK (provider_kind IN ('bank_loan', 'equity_investment', 'talent_service', 'other')),
  content text NOT NULL CHECK (length(btrim(content)) > 0),
  -- 万元; null when the agreement names no sum (talent services).
  amount_wan numeric(14, 2) CHECK (amount_wan IS NULL OR amount_wan > 0),
  signed_on date NOT NULL,
  -- A demo agreement whose details the source article does not give (示例).
  is_sample boolean NOT NULL DEFAULT false,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_agreements_entry_idx ON service_agreements (entry_id);

-- A milestone of an agreement: due on a date, done on another (null: not yet). The note is the
-- organiser's working note, internal: the applicant sees title and dates only.
CREATE TABLE agreement_milestones (
  id serial PRIMARY KEY,
  agreement_id integer NOT NULL REFERENCES service_agreements (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  due_on date NOT NULL,
  done_on date,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agreement_milestones_agreement_idx ON agreement_milestones (agreement_id);

CREATE TABLE kpi_reports (
  id serial PRIMARY KEY,
  entry_id integer NOT NULL REFERENCES campaign_entries (id) ON DELETE CASCADE,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-Q[1-4]$'),
  jobs integer NOT NULL CHECK (jobs >= 0),
  revenue_wan numeric(14, 2) NOT NULL CHECK (revenue_wan >= 0),
  financing_wan numeric(14, 2) NOT NULL CHECK (financing_wan >= 0),
  narrative text,
  -- Demo figures (示例): the source article reports none.
  is_sample boolean NOT NULL DEFAULT false,
  -- Who filed the current figures, and whether an organiser filed them for the winner (代报).
  filed_by integer NOT NULL REFERENCES users (id),
  on_behalf boolean NOT NULL,
  filed_at timestamptz NOT NULL DEFAULT now(),
  -- 1 when first filed, +1 per correction.
  revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  UNIQUE (entry_id, period)
);

-- The figures a correction replaced, as they were.
CREATE TABLE kpi_report_revisions (
  report_id integer NOT NULL REFERENCES kpi_reports (id) ON DELETE CASCADE,
  revision integer NOT NULL CHECK (revision >= 1),
  jobs integer NOT NULL,
  revenue_wan numeric(14, 2) NOT NULL,
  financing_wan numeric(14, 2) NOT NULL,
  narrative text,
  filed_by integer NOT NULL REFERENCES users (id),
  on_behalf boolean NOT NULL,
  filed_at timestamptz NOT NULL,
  PRIMARY KEY (report_id, revision)
);
