-- Long work (jobs): what a person started, where it stands and how it ended. This table is the
-- status the console shows on either engine; in server mode pg-boss (its own schema) carries
-- each attempt to exactly one app instance, and this table still decides what runs.
CREATE TABLE jobs (
  id serial PRIMARY KEY,
  owner_id integer NOT NULL REFERENCES users (id),
  kind text NOT NULL,
  input jsonb NOT NULL,
  -- Where the request came from and its language: a job acts for its owner (audit entries, messages).
  request_ip text,
  request_user_agent text,
  lang text NOT NULL CHECK (lang IN ('zh', 'en')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  done integer NOT NULL DEFAULT 0 CHECK (done >= 0),
  -- NULL while the size of the work is not known yet.
  total integer CHECK (total >= 0),
  -- A message key of the job's kind and its parameters, localised when shown.
  message_key text,
  message_params jsonb,
  result jsonb,
  -- An error code (shared/messages.ts or the jobs feature's own) and its parameters; never a stack.
  error_code text,
  error_params jsonb,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL CHECK (max_attempts >= 1),
  -- When a queued job may start: now for a new one, later for a retry after backoff.
  run_after timestamptz NOT NULL DEFAULT now(),
  cancel_requested boolean NOT NULL DEFAULT false,
  -- Which process runs it and when that process last said so: a running job whose heartbeat
  -- stopped belongs to a process that died, and is taken up again.
  runner_id text,
  heartbeat_at timestamptz,
  -- Kinds that run once at a time per person (a reindex) name themselves here.
  dedupe_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status IN ('succeeded', 'failed', 'cancelled')) = (finished_at IS NOT NULL))
);
CREATE INDEX jobs_owner_idx ON jobs (owner_id, id DESC);
CREATE INDEX jobs_due_idx ON jobs (run_after, id) WHERE status = 'queued';
CREATE INDEX jobs_running_idx ON jobs (heartbeat_at) WHERE status = 'running';
-- At most one queued or running job per (owner, kind, key): a second start returns the first.
CREATE UNIQUE INDEX jobs_one_active_idx ON jobs (owner_id, kind, dedupe_key)
  WHERE dedupe_key IS NOT NULL AND status IN ('queued', 'running');
