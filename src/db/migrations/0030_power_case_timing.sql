-- The 放得下、接得住、用得好 view sums each delegation's timed cases and their working days over a
-- window of months across a whole province (tens of thousands of delegations): reading them out
-- of the durations array on every read cost more than the rest of the view. Both are kept beside
-- the array by the database itself (generated columns), so no writer can leave them out of step.

CREATE FUNCTION power_durations_sum(durations jsonb) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(sum(v::int), 0)::int FROM jsonb_array_elements_text(durations) v $$;

ALTER TABLE power_case_months
  ADD COLUMN timed_count integer GENERATED ALWAYS AS (jsonb_array_length(durations)) STORED,
  ADD COLUMN timed_days integer GENERATED ALWAYS AS (power_durations_sum(durations)) STORED;

-- The province-wide window reads every delegation's months in it: an index on the month with the
-- summed columns beside it answers that from the index alone.
CREATE INDEX power_case_months_month_idx ON power_case_months (month, delegation_id) INCLUDE (case_count, timed_count, timed_days);

-- The view is kept between requests with the data version it was computed at, like the headline
-- figures (src/kernel/figures-cache.ts, migration 0013): every write to what it reads raises it.
CREATE CONSTRAINT TRIGGER power_items_figures_version AFTER INSERT OR UPDATE OR DELETE ON power_items
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE CONSTRAINT TRIGGER power_batches_figures_version AFTER INSERT OR UPDATE OR DELETE ON power_batches
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE CONSTRAINT TRIGGER power_delegations_figures_version AFTER INSERT OR UPDATE OR DELETE ON power_delegations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE CONSTRAINT TRIGGER power_case_months_figures_version AFTER INSERT OR UPDATE OR DELETE ON power_case_months
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER power_items_figures_version_truncate AFTER TRUNCATE ON power_items FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER power_batches_figures_version_truncate AFTER TRUNCATE ON power_batches FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER power_delegations_figures_version_truncate AFTER TRUNCATE ON power_delegations FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER power_case_months_figures_version_truncate AFTER TRUNCATE ON power_case_months FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
