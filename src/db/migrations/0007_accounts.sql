-- Accounts an office can run: the security administrator (安全管理员) joins the roles, a reset
-- password must be changed at the next sign-in, and the password policy and session limits
-- are settings in the database (the environment's values are the defaults until one is saved).

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('province_admin', 'zone_staff', 'judge', 'applicant', 'auditor', 'security_admin'));
-- The converse of 0001's check: roles without a zone scope hold none, so no stale zone can
-- widen what such an account sees.
ALTER TABLE users ADD CONSTRAINT users_scope_only_for_zone_roles
  CHECK (role IN ('zone_staff', 'province_admin') OR scope_zone_id IS NULL);

ALTER TABLE users
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- Sign-in is throttled per lower-cased name: 'Admin' and 'admin' must not be two accounts.
CREATE UNIQUE INDEX users_username_lower_idx ON users (lower(username));

-- One row at most (id is always true); no row means "the defaults from the environment".
CREATE TABLE security_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  password_min_length integer NOT NULL CHECK (password_min_length BETWEEN 8 AND 64),
  password_min_classes integer NOT NULL CHECK (password_min_classes BETWEEN 2 AND 4),
  session_idle_minutes integer NOT NULL CHECK (session_idle_minutes BETWEEN 5 AND 480),
  session_max_hours integer NOT NULL CHECK (session_max_hours BETWEEN 1 AND 72),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES users (id)
);
