-- 简报 (issue 9): a bulletin an office composes from its records. While it is a draft its figures
-- are live references (bulletin_figures.spec, evaluated on every read); issuing it (a step of
-- BULLETIN_MACHINE) writes the whole document with every figure's value and provenance into
-- `frozen`, and from then on only `frozen` is read: later corrections of values never change it.

CREATE TABLE bulletins (
  id serial PRIMARY KEY,
  -- The issuing office's zone: its staff (and the offices above) edit the draft; its figures cite zones under it.
  zone_id integer NOT NULL REFERENCES zones (id),
  -- 报头: the bulletin's name (四川自贸试验区工作简报), 第N期, 编印单位.
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  issue_no integer NOT NULL CHECK (issue_no BETWEEN 1 AND 9999),
  issuer text NOT NULL CHECK (length(btrim(issuer)) > 0),
  -- The lead article's title (8个协同改革先行区挂牌两年), and what period it reports on (挂牌两年, 2020年).
  headline text NOT NULL CHECK (length(btrim(headline)) > 0),
  period_label text,
  -- The zones the bulletin reports on (ids, each under zone_id): counts are taken over them.
  coverage jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'withdrawn')),
  issued_on date,
  -- The document as issued: sections with their text and every figure's value and provenance.
  frozen jsonb,
  -- Staff only: working notes on the draft.
  internal_note text,
  -- Optimistic concurrency: an edit names the version it was made on.
  version integer NOT NULL DEFAULT 1,
  created_by integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'draft' OR (issued_on IS NOT NULL AND frozen IS NOT NULL))
);
-- 第N期 is unique in a series of one office.
CREATE UNIQUE INDEX bulletins_issue_idx ON bulletins (zone_id, title, issue_no);
CREATE INDEX bulletins_status_idx ON bulletins (status, issued_on);

CREATE TABLE bulletin_sections (
  id serial PRIMARY KEY,
  bulletin_id integer NOT NULL REFERENCES bulletins (id) ON DELETE CASCADE,
  position integer NOT NULL,
  heading text NOT NULL,
  -- The narrative, with figures as {{key}} tokens (keys of bulletin_figures).
  body text NOT NULL,
  UNIQUE (bulletin_id, position)
);

CREATE TABLE bulletin_figures (
  id serial PRIMARY KEY,
  bulletin_id integer NOT NULL REFERENCES bulletins (id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key ~ '^[A-Za-z][A-Za-z0-9_]{0,31}$'),
  -- What the figure cites (BulletinFigureSpec: an indicator value, a derived figure, a count).
  spec jsonb NOT NULL,
  -- Shown in the headline-figures box when set (外贸进出口增速).
  headline_label text,
  UNIQUE (bulletin_id, key)
);

CREATE TABLE bulletin_events (
  id serial PRIMARY KEY,
  bulletin_id integer NOT NULL REFERENCES bulletins (id) ON DELETE CASCADE,
  action text NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  issued_on date,
  comment text,
  actor_id integer REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bulletin_events_bulletin_idx ON bulletin_events (bulletin_id);
