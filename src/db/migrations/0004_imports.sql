-- Excel imports waiting for confirmation: the parsed and checked rows of one uploaded file,
-- kept server-side between the preview and the commit. A batch belongs to the user who
-- uploaded it, is committed at most once, and is deleted 24 hours after the upload.

CREATE TABLE import_batches (
  -- Random UUID: the importId the client sends back to commit.
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('innovations')),
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  file_sha256 text NOT NULL,
  status text NOT NULL DEFAULT 'previewed' CHECK (status IN ('previewed', 'committed')),
  -- [{name, rows, skipped, title, ...}] and [{sheet, rowNumber, body, candidate, issues}]:
  -- issues are message keys with parameters, localised when shown.
  sheets jsonb NOT NULL,
  rows jsonb NOT NULL,
  ok_count integer NOT NULL,
  error_count integer NOT NULL,
  created_ids integer[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  committed_at timestamptz,
  CHECK ((status = 'committed') = (committed_at IS NOT NULL))
);
CREATE INDEX import_batches_user_idx ON import_batches (user_id);
CREATE INDEX import_batches_expires_idx ON import_batches (expires_at);
