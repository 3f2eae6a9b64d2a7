-- An issued bulletin's files (.pdf, .docx), rendered by the bulletins.render job from the frozen
-- document (so they never differ from what was issued), and the job that renders them.
CREATE TABLE bulletin_files (
  bulletin_id integer NOT NULL REFERENCES bulletins (id) ON DELETE CASCADE,
  format text NOT NULL CHECK (format IN ('pdf', 'docx')),
  bytes bytea NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  pages integer,
  -- Characters the bundled font lacks (printed as □): the editor is told.
  missing_glyphs jsonb NOT NULL DEFAULT '[]',
  rendered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bulletin_id, format)
);
ALTER TABLE bulletins ADD COLUMN render_job_id integer REFERENCES jobs (id);
