-- Indicator dashboards at scale (issue 9, Bench: 10M values = 2,800 zones × 30 indicators × 120 months).
--
-- 1. The ranking reads one indicator in two periods across every peer zone: by (indicator, period)
--    first, for the current versions and for the published ones, instead of walking every zone's
--    whole history of the indicator through the (indicator, zone, period) indexes.
CREATE INDEX indicator_values_current_period_idx ON indicator_values (indicator_id, period, zone_id) WHERE superseded_at IS NULL;
CREATE INDEX indicator_values_published_period_idx ON indicator_values (indicator_id, period, zone_id, id) WHERE published_at IS NOT NULL;

-- 2. The overview's rollup: per (indicator, zone), the version a reader sees as the zone's latest
--    figure — the current version of its last period (staff), and the last published version of
--    the last period that has one (the public). The overview reads these few rows instead of every
--    value of the indicators it shows.
CREATE TABLE indicator_latest (
  indicator_id integer NOT NULL REFERENCES indicator_definitions (id),
  zone_id integer NOT NULL REFERENCES zones (id),
  -- SET NULL: a deleted version's pair is then recomputed by the delete trigger below.
  current_value_id integer REFERENCES indicator_values (id) ON DELETE SET NULL,
  published_value_id integer REFERENCES indicator_values (id) ON DELETE SET NULL,
  PRIMARY KEY (indicator_id, zone_id)
);
CREATE INDEX indicator_latest_zone_idx ON indicator_latest (zone_id);

-- Kept current by a statement trigger in the same transaction as every write of indicator_values
-- (the form, corrections, publication, the Excel import's commit, the demo loader and anything
-- else), so no write path can forget it. It recomputes the (indicator, zone) pairs the statement
-- touched from the values themselves — two backward index probes per pair — rather than adding
-- deltas, so the rollup is by construction what the raw aggregation gives.
-- Concurrency (READ COMMITTED): the pairs' rollup rows are locked first; the recomputation is a
-- later statement, so it sees what a concurrent writer of the same pair committed while we waited.
CREATE FUNCTION indicator_latest_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_latest (indicator_id, zone_id)
    SELECT DISTINCT indicator_id, zone_id FROM changed_values ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  PERFORM 1 FROM indicator_latest l
    WHERE (l.indicator_id, l.zone_id) IN (SELECT indicator_id, zone_id FROM changed_values)
    ORDER BY l.indicator_id, l.zone_id FOR UPDATE;
  UPDATE indicator_latest l SET
    current_value_id = (SELECT v.id FROM indicator_values v
      WHERE v.indicator_id = l.indicator_id AND v.zone_id = l.zone_id AND v.superseded_at IS NULL
      ORDER BY v.period DESC LIMIT 1),
    published_value_id = (SELECT v.id FROM indicator_values v
      WHERE v.indicator_id = l.indicator_id AND v.zone_id = l.zone_id AND v.published_at IS NOT NULL
      ORDER BY v.period DESC, v.id DESC LIMIT 1)
  WHERE (l.indicator_id, l.zone_id) IN (SELECT indicator_id, zone_id FROM changed_values);
  -- A pair left with no value at all (only a deletion does that) holds nothing: it goes.
  DELETE FROM indicator_latest l
    WHERE l.current_value_id IS NULL AND l.published_value_id IS NULL
      AND (l.indicator_id, l.zone_id) IN (SELECT indicator_id, zone_id FROM changed_values);
  RETURN NULL;
END $$;

-- One trigger per event: a transition table belongs to a single event.
CREATE TRIGGER indicator_latest_on_insert AFTER INSERT ON indicator_values
  REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION indicator_latest_refresh();
CREATE TRIGGER indicator_latest_on_update AFTER UPDATE ON indicator_values
  REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION indicator_latest_refresh();
-- A value is never deleted (versions are kept); should one be, its pair is recomputed all the same.
CREATE TRIGGER indicator_latest_on_delete AFTER DELETE ON indicator_values
  REFERENCING OLD TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION indicator_latest_refresh();

-- The values already stored.
INSERT INTO indicator_latest (indicator_id, zone_id, current_value_id, published_value_id)
SELECT k.indicator_id, k.zone_id,
  (SELECT v.id FROM indicator_values v WHERE v.indicator_id = k.indicator_id AND v.zone_id = k.zone_id AND v.superseded_at IS NULL ORDER BY v.period DESC LIMIT 1),
  (SELECT v.id FROM indicator_values v WHERE v.indicator_id = k.indicator_id AND v.zone_id = k.zone_id AND v.published_at IS NOT NULL ORDER BY v.period DESC, v.id DESC LIMIT 1)
FROM (SELECT DISTINCT indicator_id, zone_id FROM indicator_values) k;
