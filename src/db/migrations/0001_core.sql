-- Core tables: the zone tree, accounts and sessions, opening platforms, and the audit log.
-- Frozen in time: later changes go in new numbered files, never edits here.

CREATE TABLE zones (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  parent_id integer REFERENCES zones (id),
  -- Materialised path such as '/1/4/12/': a user's scope is a subtree, and a subtree
  -- is then one indexed prefix match that works the same on PGlite and PostgreSQL.
  path text NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN ('country', 'ftz', 'area', 'pilot', 'block')),
  name text NOT NULL,
  name_en text,
  short_name text NOT NULL,
  established_on date,
  established_precision text CHECK (established_precision IN ('day', 'month', 'year')),
  area_km2 numeric(12, 2),
  positioning text,
  tasks text[] NOT NULL DEFAULT '{}',
  group_name text,
  description text,
  source text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((parent_id IS NULL) = (type = 'country')),
  CHECK ((established_on IS NULL) = (established_precision IS NULL))
);
-- text_pattern_ops lets "path LIKE '/1/4/%'" use the index whatever the collation.
CREATE INDEX zones_path_prefix_idx ON zones (path text_pattern_ops);
CREATE INDEX zones_parent_idx ON zones (parent_id);

CREATE TABLE users (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('province_admin', 'zone_staff', 'judge', 'applicant', 'auditor')),
  scope_zone_id integer REFERENCES zones (id),
  organisation text,
  password_hash text NOT NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Staff without a zone would see nothing internal and could write nowhere: refuse it.
  CHECK (role NOT IN ('zone_staff', 'province_admin') OR scope_zone_id IS NOT NULL)
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie token: a leaked table does not yield usable session cookies.
  id text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE platforms (
  id serial PRIMARY KEY,
  zone_id integer NOT NULL REFERENCES zones (id),
  type text NOT NULL,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('planning', 'applying', 'approved', 'building', 'operating')),
  note text,
  source text,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX platforms_zone_idx ON platforms (zone_id);
CREATE INDEX platforms_status_idx ON platforms (status);

-- Every status change of a platform, kept: the ledger's dates come from here.
CREATE TABLE platform_events (
  id serial PRIMARY KEY,
  platform_id integer NOT NULL REFERENCES platforms (id),
  action text NOT NULL,
  from_status text,
  to_status text,
  occurred_on date,
  occurred_precision text CHECK (occurred_precision IN ('day', 'month', 'year')),
  document text,
  note text,
  actor_id integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX platform_events_platform_idx ON platform_events (platform_id, id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id integer,
  actor_name text,
  actor_role text,
  ip text,
  user_agent text,
  type text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  action text NOT NULL,
  before jsonb,
  after jsonb,
  -- Each entry's hash covers its content and the previous hash, so editing or
  -- deleting any entry breaks every hash after it (GET /api/audit/verify).
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
