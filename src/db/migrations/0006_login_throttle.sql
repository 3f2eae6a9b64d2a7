-- Failed sign-ins are counted per (name typed, client address), not per account: a stranger
-- who types a real user's name from elsewhere locks only themselves out, and an unknown
-- name locks exactly like a known one, so the answer tells nothing about which names exist.
CREATE TABLE login_throttle (
  -- The name as typed, lower-cased and cut to 64 characters: unknown names are counted too.
  username_key text NOT NULL,
  ip text NOT NULL,
  failures integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (username_key, ip)
);
CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at);
