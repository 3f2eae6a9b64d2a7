-- A version of the data the headline figures read (overview, formation): every committed write to
-- zones, platforms, innovations or innovation_adoptions raises it, in the same transaction, so a
-- figure kept with the version it was computed at is current exactly while the version is
-- (src/kernel/figures-cache.ts). Whatever writes (this app, another instance, a script, psql).
CREATE TABLE data_versions (
  name text PRIMARY KEY,
  version bigint NOT NULL
);
INSERT INTO data_versions (name, version) VALUES ('figures', 1);

-- Once per transaction, at its commit: a deferred trigger takes the version's row lock last,
-- after every other lock the transaction needed, so it cannot close a deadlock; a bulk write
-- bumps once (the transaction-local setting remembers it was done).
CREATE FUNCTION data_versions_bump_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('yanzhen.figures_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE data_versions SET version = version + 1 WHERE name = 'figures';
    PERFORM set_config('yanzhen.figures_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER zones_figures_version AFTER INSERT OR UPDATE OR DELETE ON zones
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE CONSTRAINT TRIGGER platforms_figures_version AFTER INSERT OR UPDATE OR DELETE ON platforms
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE CONSTRAINT TRIGGER innovations_figures_version AFTER INSERT OR UPDATE OR DELETE ON innovations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();
CREATE CONSTRAINT TRIGGER innovation_adoptions_figures_version AFTER INSERT OR UPDATE OR DELETE ON innovation_adoptions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump_figures();

-- TRUNCATE has no row triggers: it bumps at once.
CREATE TRIGGER zones_figures_version_truncate AFTER TRUNCATE ON zones FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER platforms_figures_version_truncate AFTER TRUNCATE ON platforms FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER innovations_figures_version_truncate AFTER TRUNCATE ON innovations FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
CREATE TRIGGER innovation_adoptions_figures_version_truncate AFTER TRUNCATE ON innovation_adoptions FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump_figures();
