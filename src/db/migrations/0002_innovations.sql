-- Institutional innovations (制度创新成果), their lifecycle events, adoptions by other
-- zones (复制推广), and file attachments shared by every record type.

CREATE TABLE innovations (
  id serial PRIMARY KEY,
  zone_id integer NOT NULL REFERENCES zones (id),
  name text NOT NULL,
  domain text NOT NULL CHECK (domain IN ('trade_facilitation', 'investment_facilitation', 'financial_innovation', 'government_transformation', 'rule_of_law')),
  task text CHECK (task IN ('institutional_alignment', 'platform_integration', 'industry_interaction')),
  novelty text NOT NULL DEFAULT 'none' CHECK (novelty IN ('national_first', 'provincial_first', 'regional_first', 'none')),
  pain_point text,
  measures text,
  -- Quantified effects as a list of {label, value, unit, period, text}; values are decimal
  -- strings (never floats), e.g. {"label":"节约关税","value":"110","unit":"万元","period":"2020年"}.
  effects jsonb NOT NULL DEFAULT '[]',
  departments text[] NOT NULL DEFAULT '{}',
  tags text[] NOT NULL DEFAULT '{}',
  explored_on date,
  explored_precision text CHECK (explored_precision IN ('day', 'month', 'year')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reviewing', 'recognized', 'province_replicated', 'nation_replicated', 'returned', 'rejected', 'withdrawn')),
  -- Recognition and replication facts, copied from the event that made them, so the
  -- case library can filter and sort without replaying history.
  recognized_on date,
  recognized_document text,
  recognized_batch text,
  province_replicated_on date,
  province_replicated_document text,
  nation_replicated_on date,
  nation_replicated_document text,
  nation_replicated_batch text,
  source text,
  -- Filler records that only make a stated count come out right are marked 示例.
  is_sample boolean NOT NULL DEFAULT false,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX innovations_zone_idx ON innovations (zone_id);
CREATE INDEX innovations_status_idx ON innovations (status);

CREATE TABLE innovation_events (
  id serial PRIMARY KEY,
  innovation_id integer NOT NULL REFERENCES innovations (id),
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  -- Reviewer comments are internal: never shown on public endpoints.
  comment text,
  document text,
  batch text,
  occurred_on date,
  actor_id integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX innovation_events_innovation_idx ON innovation_events (innovation_id, id);

CREATE TABLE innovation_adoptions (
  id serial PRIMARY KEY,
  innovation_id integer NOT NULL REFERENCES innovations (id),
  zone_id integer NOT NULL REFERENCES zones (id),
  adopted_on date NOT NULL,
  adaptation text,
  observed_effect text,
  source text,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- A zone adopts an innovation once; later evidence is added to that record.
  UNIQUE (innovation_id, zone_id)
);
CREATE INDEX innovation_adoptions_zone_idx ON innovation_adoptions (zone_id);

CREATE TABLE attachments (
  id serial PRIMARY KEY,
  entity_type text NOT NULL,
  entity_id integer NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  storage_key text NOT NULL UNIQUE,
  -- Internal files (reviewer material, drafts) never reach a public endpoint.
  is_internal boolean NOT NULL DEFAULT false,
  uploaded_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_entity_idx ON attachments (entity_type, entity_id);
