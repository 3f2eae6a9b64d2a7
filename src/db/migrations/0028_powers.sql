-- 放权赋能事项 (issue 10): the catalogue of powers (主项 → 子项 → 办理项), the batches that
-- delegate them, each delegation to a receiving zone with its lifecycle (DELEGATION_MACHINE), the
-- changes each batch made (so the catalogue as it stood on any day can be read back), and the
-- monthly case counts with their processing times in working days.

CREATE TABLE power_items (
  id serial PRIMARY KEY,
  -- 主项 has no parent; a 子项's parent is a 主项, a 办理项's a 子项 (checked by the service).
  parent_id integer REFERENCES power_items (id),
  tier text NOT NULL CHECK (tier IN ('main', 'sub', 'handling')),
  -- The six mandatory elements: 事项名称, 事项编码, 事项类型, 主管部门, 实施机关, 设定和实施依据.
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  code text NOT NULL UNIQUE CHECK (length(btrim(code)) > 0),
  item_type text NOT NULL CHECK (item_type IN ('licensing', 'confirmation', 'payment', 'inspection', 'penalty', 'enforcement', 'levy', 'adjudication', 'reward', 'other_power', 'public_service')),
  department text NOT NULL CHECK (length(btrim(department)) > 0),
  implementing_body text NOT NULL CHECK (length(btrim(implementing_body)) > 0),
  legal_basis text NOT NULL CHECK (length(btrim(legal_basis)) > 0),
  -- 法定办结时限 in working days, when the law sets one.
  legal_limit_days integer CHECK (legal_limit_days BETWEEN 1 AND 3650),
  -- 示例: made up to reach a count the sources state without naming the items.
  is_sample boolean NOT NULL DEFAULT false,
  source text,
  internal_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((tier = 'main') = (parent_id IS NULL))
);
CREATE INDEX power_items_parent_idx ON power_items (parent_id);

-- A batch: one document of one level of government that delegates (or adjusts) powers.
CREATE TABLE power_batches (
  id serial PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('province', 'city', 'county')),
  -- 第二批省级管理事项.
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  -- 四川省人民政府令第332号; null when the sources do not give it.
  document text,
  published_on date,
  published_precision text CHECK (published_precision IN ('day', 'month', 'year')),
  effective_on date NOT NULL,
  effective_precision text NOT NULL DEFAULT 'day' CHECK (effective_precision IN ('day', 'month', 'year')),
  is_sample boolean NOT NULL DEFAULT false,
  source text,
  internal_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((published_on IS NULL) = (published_precision IS NULL))
);

-- One power delegated to one receiving zone. Its current terms; the terms on any past day are in power_delegation_changes.
CREATE TABLE power_delegations (
  id serial PRIMARY KEY,
  item_id integer NOT NULL REFERENCES power_items (id),
  -- The batch that first delegated it (its level is the delegation's source level).
  batch_id integer NOT NULL REFERENCES power_batches (id),
  -- 承接主体: the zone whose staff take it up, and the body the document names when it is not the zone's office (德阳国际铁路物流港).
  zone_id integer NOT NULL REFERENCES zones (id),
  receiving_body text,
  delegation_type text NOT NULL CHECK (delegation_type IN ('devolve', 'entrust', 'authorise')),
  -- A 委托 acts in the delegating office's name: its 委托书 must be on record.
  entrustment_ref text,
  -- 事中事后监管 measures the receiving zone commits to.
  supervision_measures text,
  -- 承诺办结时限 in working days.
  promised_limit_days integer CHECK (promised_limit_days BETWEEN 1 AND 3650),
  status text NOT NULL DEFAULT 'delegated' CHECK (status IN ('delegated', 'taken_up', 'in_operation', 'revoked')),
  accepted_on date,
  running_on date,
  withdrawn_on date,
  withdrawn_document text,
  is_sample boolean NOT NULL DEFAULT false,
  source text,
  internal_note text,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (delegation_type <> 'entrust' OR entrustment_ref IS NOT NULL),
  CHECK (status <> 'revoked' OR (withdrawn_on IS NOT NULL AND withdrawn_document IS NOT NULL))
);
CREATE INDEX power_delegations_zone_idx ON power_delegations (zone_id, status);
CREATE INDEX power_delegations_item_idx ON power_delegations (item_id);

-- What each batch (or a withdrawal) did to a delegation, with the terms in effect from that day.
-- The catalogue on day D: for each delegation, its latest change effective on or before D; a
-- 'withdraw' takes it out from that day.
CREATE TABLE power_delegation_changes (
  id serial PRIMARY KEY,
  delegation_id integer NOT NULL REFERENCES power_delegations (id) ON DELETE CASCADE,
  -- Null for a withdrawal by its own document rather than a batch.
  batch_id integer REFERENCES power_batches (id),
  action text NOT NULL CHECK (action IN ('add', 'change', 'withdraw')),
  effective_on date NOT NULL,
  document text,
  delegation_type text NOT NULL CHECK (delegation_type IN ('devolve', 'entrust', 'authorise')),
  entrustment_ref text,
  receiving_body text,
  promised_limit_days integer,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX power_delegation_changes_idx ON power_delegation_changes (delegation_id, effective_on, id);

CREATE TABLE power_delegation_events (
  id serial PRIMARY KEY,
  delegation_id integer NOT NULL REFERENCES power_delegations (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  occurred_on date,
  document text,
  comment text,
  actor_id integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX power_delegation_events_idx ON power_delegation_events (delegation_id);

-- 办件量 of one delegation in one month, and how long the timed cases took, in working days
-- (Chinese calendar: holidays off, 调休 days on). Only the durations are kept, never the cases.
CREATE TABLE power_case_months (
  id serial PRIMARY KEY,
  delegation_id integer NOT NULL REFERENCES power_delegations (id) ON DELETE CASCADE,
  -- 'YYYY-MM'.
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  case_count integer NOT NULL CHECK (case_count BETWEEN 0 AND 10000000),
  -- Working days from receipt to completion of each timed case, ascending.
  durations jsonb NOT NULL DEFAULT '[]',
  is_sample boolean NOT NULL DEFAULT false,
  source text,
  recorded_by integer REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (delegation_id, month)
);

-- 通办 (川渝通办 and others): the batches of cross-region items and each zone's items.
CREATE TABLE tongban_batches (
  id serial PRIMARY KEY,
  -- 川渝通办.
  programme text NOT NULL CHECK (length(btrim(programme)) > 0),
  batch_no integer NOT NULL CHECK (batch_no BETWEEN 1 AND 999),
  document text,
  issued_on date,
  target_date date,
  source text,
  internal_note text,
  UNIQUE (programme, batch_no)
);

CREATE TABLE tongban_items (
  id serial PRIMARY KEY,
  batch_id integer NOT NULL REFERENCES tongban_batches (id),
  -- The zone that handles the item.
  zone_id integer NOT NULL REFERENCES zones (id),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  -- Null when the source does not say how the item is handled across regions.
  mode text CHECK (mode IN ('online', 'proxy', 'joint')),
  partner_region text NOT NULL CHECK (length(btrim(partner_region)) > 0),
  -- The item's own catalogue entry, where it has one.
  item_id integer REFERENCES power_items (id),
  is_sample boolean NOT NULL DEFAULT false,
  source text,
  internal_note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tongban_items_zone_idx ON tongban_items (zone_id, batch_id);

CREATE TABLE tongban_case_months (
  id serial PRIMARY KEY,
  tongban_item_id integer NOT NULL REFERENCES tongban_items (id) ON DELETE CASCADE,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  case_count integer NOT NULL CHECK (case_count BETWEEN 0 AND 10000000),
  is_sample boolean NOT NULL DEFAULT false,
  source text,
  UNIQUE (tongban_item_id, month)
);
