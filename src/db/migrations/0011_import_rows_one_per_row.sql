-- A preview's rows one per table row instead of in chunks of 100 (0009), so the console pages
-- through them and filters the rows with errors in SQL: the preview answer no longer carries
-- every row (on a 5,000-row file that answer alone took the server over its memory target).
-- Each value stays one spreadsheet row, far below the size that makes PGlite's memory balloon.
ALTER TABLE import_batch_rows RENAME TO import_batch_chunks;
ALTER INDEX import_batch_rows_pkey RENAME TO import_batch_chunks_pkey;

CREATE TABLE import_batch_rows (
  batch_id text NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  -- Position in the file: sheets in workbook order, rows in sheet order, from 0.
  seq integer NOT NULL,
  sheet text NOT NULL,
  has_errors boolean NOT NULL,
  -- {sheet, rowNumber, body, candidate, issues}, issues as message keys with parameters.
  row jsonb NOT NULL,
  PRIMARY KEY (batch_id, seq)
);
CREATE INDEX import_batch_rows_errors_idx ON import_batch_rows (batch_id, seq) WHERE has_errors;

-- Batches waiting for their commit keep their rows: from the chunks, or (before 0009) from import_batches.rows.
INSERT INTO import_batch_rows (batch_id, seq, sheet, has_errors, row)
SELECT c.batch_id, (row_number() OVER (PARTITION BY c.batch_id ORDER BY c.chunk, e.ord) - 1)::integer,
       e.value ->> 'sheet', jsonb_array_length(e.value -> 'issues') > 0, e.value
FROM import_batch_chunks c CROSS JOIN LATERAL jsonb_array_elements(c.rows) WITH ORDINALITY AS e (value, ord);

INSERT INTO import_batch_rows (batch_id, seq, sheet, has_errors, row)
SELECT b.id, (e.ord - 1)::integer, e.value ->> 'sheet', jsonb_array_length(e.value -> 'issues') > 0, e.value
FROM import_batches b CROSS JOIN LATERAL jsonb_array_elements(b.rows) WITH ORDINALITY AS e (value, ord)
WHERE NOT EXISTS (SELECT 1 FROM import_batch_chunks c WHERE c.batch_id = b.id);

DROP TABLE import_batch_chunks;
ALTER TABLE import_batches DROP COLUMN rows;
