-- A preview's rows in chunks of at most 100, not as one jsonb value: on PGlite one value of
-- tens of MB grows the engine's memory by many times its size and never gives it back
-- (bench/RESULTS.md, import preview memory). import_batches.rows stays for older batches.
CREATE TABLE import_batch_rows (
  batch_id text NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  chunk integer NOT NULL,
  rows jsonb NOT NULL,
  PRIMARY KEY (batch_id, chunk)
);
