-- Open-economy indicators (issue 9, 开放型经济指标): what is measured (indicator_definitions) and
-- each zone's value per period as immutable versions (indicator_values). A correction never
-- overwrites: it closes the current version (superseded_at, superseded_by) and inserts the next
-- with its reason, both at the transaction's now(), so "as it stood at T" is one indexed query:
--   recorded_at <= T AND (superseded_at IS NULL OR superseded_at > T).
-- Values are numeric (exact decimals, read as text), never floats, in the definition's unit.

CREATE TABLE indicator_definitions (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,47}$'),
  name_zh text NOT NULL CHECK (length(btrim(name_zh)) > 0),
  name_en text NOT NULL CHECK (length(btrim(name_en)) > 0),
  unit text NOT NULL CHECK (unit IN ('cny', 'cny_10k', 'cny_100m', 'usd', 'usd_10k', 'usd_100m', 't', 't_10k', 'train',
    'item', 'item_10k', 'firm', 'person', 'person_10k', 'person_time', 'person_time_10k', 'percent', 'rank')),
  period_kind text NOT NULL CHECK (period_kind IN ('year', 'quarter', 'month')),
  combine text NOT NULL CHECK (combine IN ('sum', 'latest', 'average', 'none')),
  -- Sources report it cumulative to date (累计值): a monthly value is the total since January.
  cumulative boolean NOT NULL DEFAULT false,
  description_zh text,
  description_en text,
  -- A reader's citation (publication, date, link) of where the definition comes from.
  source text,
  -- A definition made up for the demo (示例).
  is_sample boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE indicator_values (
  id serial PRIMARY KEY,
  indicator_id integer NOT NULL REFERENCES indicator_definitions (id),
  zone_id integer NOT NULL REFERENCES zones (id),
  -- '2020' (year), '2020Q3' (quarter), '2020-07' (month); the service checks the definition's kind.
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  value numeric NOT NULL,
  -- 约 / 超 / 多 / 余 / 过 / 近: kept with the value and written back wherever it is shown.
  qualifier text CHECK (qualifier IN ('about', 'over', 'more_than', 'odd', 'past', 'nearly')),
  source text NOT NULL CHECK (length(btrim(source)) > 0),
  -- The source's own sentence the value is read from.
  source_sentence text,
  is_sample boolean NOT NULL DEFAULT false,
  -- Staff only (discrepancies between sources, how a figure was read).
  internal_note text,
  recorded_by integer REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  superseded_at timestamptz,
  superseded_by integer REFERENCES indicator_values (id),
  -- Why this version replaced the one before it (null for a first version).
  correction_reason text,
  -- The publish step: the public sees, per (indicator, zone, period), the latest published version.
  published_at timestamptz,
  published_by integer REFERENCES users (id),
  -- superseded_at is set first (the current version must close before its successor exists), superseded_by next.
  CHECK (superseded_by IS NULL OR superseded_at IS NOT NULL),
  CHECK (superseded_at IS NULL OR superseded_at >= recorded_at)
);
-- One current version per (indicator, zone, period).
CREATE UNIQUE INDEX indicator_values_current_idx ON indicator_values (indicator_id, zone_id, period) WHERE superseded_at IS NULL;
-- The as-of read and the history of one key.
CREATE INDEX indicator_values_versions_idx ON indicator_values (indicator_id, zone_id, period, recorded_at);
-- The public read: the latest published version per key.
CREATE INDEX indicator_values_published_idx ON indicator_values (indicator_id, zone_id, period, id) WHERE published_at IS NOT NULL;
