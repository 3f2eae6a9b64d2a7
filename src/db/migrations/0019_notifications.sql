-- Notifications (站内通知, and by e-mail when an SMTP server is configured).
--
-- A person's e-mail address, optional: the security admin records it for staff and judges; an
-- applicant gives it when registering. Only the mail a notification sends uses it.
ALTER TABLE users ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'));

-- One notification for one person. What it says is stored as its kind and parameters (a stage's
-- name, a date, a count) and put into words in the reader's language when shown or mailed, as
-- stored errors are. `link` is an address inside the app (/console/...), never a full URL.
-- `email_status`: 'none' when no mail is to be sent (no SMTP server, or no address), 'pending'
-- until the mail job has handed it to the server, 'sent', or 'failed' after the job's last attempt.
CREATE TABLE notifications (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 80),
  params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(params) = 'object'),
  link text CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%' AND length(link) <= 500)),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  email_status text NOT NULL DEFAULT 'none' CHECK (email_status IN ('none', 'pending', 'sent', 'failed')),
  emailed_at timestamptz,
  CHECK ((email_status = 'sent') = (emailed_at IS NOT NULL))
);
CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC);
-- The header's unread count is asked on every page: a partial index keeps it one small lookup.
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

-- When the organiser last reminded a stage's judges: a second reminder within the hour is refused.
ALTER TABLE stage_draws ADD COLUMN reminded_at timestamptz;
