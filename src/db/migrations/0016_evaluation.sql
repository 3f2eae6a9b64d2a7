-- The evaluation engine's campaign model (issue 8): one engine for the expert selection of best
-- cases (十佳案例, kind best_case) and the multi-stage innovation contests (创新创业大赛, kind
-- contest). A campaign is one edition (届次) of a series; it has categories (the five domains,
-- or the contest groups) with slots and prize tiers, ordered stages, and criteria per scored
-- stage. Statuses move along CAMPAIGN_MACHINE and STAGE_MACHINE (src/shared/evaluation.enums.ts).
-- Scope: a campaign belongs to its organiser zone, the series' organiser (the composite key
-- below keeps the two equal), and everything under a campaign is scoped through it.

CREATE TABLE campaign_series (
  id serial PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  organiser_zone_id integer NOT NULL REFERENCES zones (id),
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organiser_zone_id, name),
  -- The target of campaigns' (series_id, organiser_zone_id) key.
  UNIQUE (id, organiser_zone_id)
);

CREATE TABLE campaigns (
  id serial PRIMARY KEY,
  series_id integer NOT NULL,
  -- The series' organiser, copied so that scope is one join to zones like every other record.
  organiser_zone_id integer NOT NULL REFERENCES zones (id),
  edition integer NOT NULL CHECK (edition BETWEEN 1 AND 1000),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  kind text NOT NULL CHECK (kind IN ('best_case', 'contest')),
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'published', 'archived')),
  starts_on date,
  ends_on date,
  -- A citation as a reader gives it (public); the working notes behind it are internal.
  source text,
  source_note text,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (series_id, organiser_zone_id) REFERENCES campaign_series (id, organiser_zone_id),
  UNIQUE (series_id, edition),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on),
  -- The target of entries' (campaign_id, campaign_kind) key.
  UNIQUE (id, kind)
);
CREATE INDEX campaigns_zone_idx ON campaigns (organiser_zone_id);
CREATE INDEX campaigns_status_idx ON campaigns (status);

-- Categories: for best cases the five domains (十佳 = top 2 per domain), for contests the groups
-- (初创组, 成长组, …). `prizes` is the award tiers with their counts, best first:
-- [{"name":"一等奖","count":1}, …].
CREATE TABLE campaign_categories (
  id serial PRIMARY KEY,
  campaign_id integer NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  sort_order integer NOT NULL DEFAULT 0,
  slots integer CHECK (slots IS NULL OR slots BETWEEN 1 AND 100000),
  prizes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(prizes) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (campaign_id, name),
  UNIQUE (id, campaign_id)
);

-- Stages run in `ordinal` order. `advancement` says who goes on: {"kind":"top_n","n":24,"per":
-- "overall"|"category"}, {"kind":"cutoff","score":80}, {"kind":"quota","perCategory":{"<id>":6}}
-- or {"kind":"manual"} (a recorded decision).
CREATE TABLE campaign_stages (
  id serial PRIMARY KEY,
  campaign_id integer NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  ordinal integer NOT NULL CHECK (ordinal BETWEEN 1 AND 100),
  kind text NOT NULL CHECK (kind IN ('registration', 'qualification', 'scored', 'activity', 'due_diligence')),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  starts_on date,
  ends_on date,
  blind boolean NOT NULL DEFAULT false,
  advancement jsonb NOT NULL DEFAULT '{"kind":"manual"}' CHECK (jsonb_typeof(advancement) = 'object' AND advancement ? 'kind'),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'scoring', 'closed', 'published')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on),
  -- Deferrable, so that stages can be renumbered in one statement.
  UNIQUE (campaign_id, ordinal) DEFERRABLE INITIALLY IMMEDIATE
);

-- Criteria of a scored stage. Weights are fractions (0.3 = 30 %) and sum to 1 per stage (the
-- service replaces a stage's criteria as one set and refuses any other sum); `levels` describes
-- score bands: [{"min":90,"max":100,"zh":"…","en":"…"}, …].
CREATE TABLE stage_criteria (
  id serial PRIMARY KEY,
  stage_id integer NOT NULL REFERENCES campaign_stages (id) ON DELETE CASCADE,
  ordinal integer NOT NULL CHECK (ordinal BETWEEN 1 AND 100),
  name_zh text NOT NULL CHECK (length(btrim(name_zh)) > 0),
  name_en text,
  weight numeric(5, 4) NOT NULL CHECK (weight > 0 AND weight <= 1),
  scale_min numeric(8, 2) NOT NULL DEFAULT 0,
  scale_max numeric(8, 2) NOT NULL DEFAULT 100,
  levels jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(levels) = 'array'),
  CHECK (scale_min < scale_max),
  UNIQUE (stage_id, ordinal),
  UNIQUE (stage_id, name_zh)
);

-- 专家库: the province's pool of judges. `zone_id` is where the expert works (a conflict of
-- interest with entries of that zone), null for experts from outside the zones (universities,
-- banks). `contact` is internal: the organisers' alone, never public.
CREATE TABLE experts (
  id serial PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  field text NOT NULL CHECK (length(btrim(field)) > 0),
  zone_id integer REFERENCES zones (id),
  organisation text,
  contact text,
  is_active boolean NOT NULL DEFAULT true,
  -- An expert may also hold an account (role judge) to score in the console.
  user_id integer UNIQUE REFERENCES users (id),
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX experts_zone_idx ON experts (zone_id);

-- Entries: a best case is a recognised innovation (any zone, nominated by the province); a
-- contest entry is a public registration (company, 统一社会信用代码, project). The kind is
-- copied from the campaign under a composite key so the database itself keeps the two apart.
CREATE TABLE campaign_entries (
  id serial PRIMARY KEY,
  campaign_id integer NOT NULL,
  campaign_kind text NOT NULL,
  category_id integer,
  innovation_id integer REFERENCES innovations (id),
  company_name text,
  credit_code text CHECK (credit_code IS NULL OR credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  project_name text,
  applicant_user_id integer REFERENCES users (id),
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'qualified', 'advanced', 'eliminated', 'awarded', 'withdrawn')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (campaign_id, campaign_kind) REFERENCES campaigns (id, kind) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (category_id, campaign_id) REFERENCES campaign_categories (id, campaign_id),
  CHECK (
    (campaign_kind = 'best_case' AND innovation_id IS NOT NULL AND company_name IS NULL AND credit_code IS NULL AND project_name IS NULL)
    OR (campaign_kind = 'contest' AND innovation_id IS NULL AND company_name IS NOT NULL AND credit_code IS NOT NULL AND project_name IS NOT NULL)
  ),
  UNIQUE (campaign_id, innovation_id)
);
CREATE INDEX campaign_entries_campaign_idx ON campaign_entries (campaign_id, category_id);
CREATE INDEX campaign_entries_applicant_idx ON campaign_entries (applicant_user_id);
