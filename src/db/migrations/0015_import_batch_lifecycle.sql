-- Import batches move along IMPORT_BATCH_MACHINE (src/shared/enums.ts): previewed → committing
-- (the commit job is queued) → committed, or back to previewed when the job fails (nothing was
-- written: the commit is one transaction); previewed → discarded by its owner.
ALTER TABLE import_batches DROP CONSTRAINT import_batches_status_check;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_status_check CHECK (status IN ('previewed', 'committing', 'committed', 'discarded'));
-- The job that commits (or last tried to commit) the batch: the page shows it on return.
ALTER TABLE import_batches ADD COLUMN commit_job_id integer REFERENCES jobs (id) ON DELETE SET NULL;
-- Why the last commit job refused the batch (its message and the rows it names), shown on the
-- page while the batch is previewed again; cleared by the next commit.
ALTER TABLE import_batches ADD COLUMN commit_error jsonb;
