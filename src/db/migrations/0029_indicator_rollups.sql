-- Indicator dashboards at scale (issue 9, Bench: 10M values = 2,800 zones × 30 indicators × 120 months).
--
-- 1. The ranking reads one indicator in two periods across every peer zone: by (indicator, period)
--    first, for the current versions and for the published ones, instead of walking every zone's
--    whole history of the indicator through the (indicator, zone, period) indexes.
CREATE INDEX indicator_values_current_period_idx ON indicator_values (indicator_id, period, zone_id) WHERE superseded_at IS NULL;
CREATE INDEX indicator_values_published_period_idx ON indicator_values (indicator_id, period, zone_id, id) WHERE published_at IS NOT NULL;

-- 2. The overview's rollup: per (indicator, zone), the version a reader sees as the zone's latest
--    figure — the current version of its last period (staff), and the last published version of
--    the last period that has one (the public) — with what the overview shows of it (period, value,
--    qualifier, sample), so that the overview reads these few rows and nothing of the values table
--    (fetching 28,000 versions by id from a 10M-row table is itself random reads across gigabytes).
CREATE TABLE indicator_latest (
  indicator_id integer NOT NULL REFERENCES indicator_definitions (id),
  zone_id integer NOT NULL REFERENCES zones (id),
  -- SET NULL: a deleted version's pair is then recomputed by the delete trigger below.
  current_value_id integer REFERENCES indicator_values (id) ON DELETE SET NULL,
  current_period text,
  current_value numeric,
  current_qualifier text,
  current_is_sample boolean,
  published_value_id integer REFERENCES indicator_values (id) ON DELETE SET NULL,
  published_period text,
  published_value numeric,
  published_qualifier text,
  published_is_sample boolean,
  PRIMARY KEY (indicator_id, zone_id)
);
CREATE INDEX indicator_latest_zone_idx ON indicator_latest (zone_id);

-- Recomputes the rollup of the given (indicator, zone) pairs from the values themselves: two
-- backward index probes per pair (indicator_values_current_idx, indicator_values_published_idx).
CREATE FUNCTION indicator_latest_recompute(pairs_indicator integer[], pairs_zone integer[]) RETURNS void LANGUAGE sql AS $$
  UPDATE indicator_latest l SET
    current_value_id = c.id, current_period = c.period, current_value = c.value, current_qualifier = c.qualifier, current_is_sample = c.is_sample,
    published_value_id = p.id, published_period = p.period, published_value = p.value, published_qualifier = p.qualifier, published_is_sample = p.is_sample
  FROM unnest(pairs_indicator, pairs_zone) AS k (indicator_id, zone_id)
  LEFT JOIN LATERAL (SELECT v.id, v.period, v.value, v.qualifier, v.is_sample FROM indicator_values v
    WHERE v.indicator_id = k.indicator_id AND v.zone_id = k.zone_id AND v.superseded_at IS NULL
    ORDER BY v.period DESC LIMIT 1) c ON true
  LEFT JOIN LATERAL (SELECT v.id, v.period, v.value, v.qualifier, v.is_sample FROM indicator_values v
    WHERE v.indicator_id = k.indicator_id AND v.zone_id = k.zone_id AND v.published_at IS NOT NULL
    ORDER BY v.period DESC, v.id DESC LIMIT 1) p ON true
  WHERE l.indicator_id = k.indicator_id AND l.zone_id = k.zone_id;
$$;

-- Kept current by a statement trigger in the same transaction as every write of indicator_values
-- (the form, corrections, publication, the Excel import's commit, the demo loader and anything
-- else), so no write path can forget it. It recomputes the pairs the statement touched rather
-- than adding deltas, so the rollup is by construction what the raw aggregation gives.
-- Concurrency (READ COMMITTED): the pairs' rollup rows are locked first; the recomputation is a
-- later statement, so it sees what a concurrent writer of the same pair committed while we waited.
CREATE FUNCTION indicator_latest_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids integer[];
  zones integer[];
BEGIN
  SELECT array_agg(indicator_id ORDER BY indicator_id, zone_id), array_agg(zone_id ORDER BY indicator_id, zone_id) INTO ids, zones
    FROM (SELECT DISTINCT indicator_id, zone_id FROM changed_values) k;
  IF ids IS NULL THEN RETURN NULL; END IF;
  INSERT INTO indicator_latest (indicator_id, zone_id) SELECT * FROM unnest(ids, zones) ON CONFLICT DO NOTHING;
  PERFORM 1 FROM indicator_latest l JOIN unnest(ids, zones) AS k (indicator_id, zone_id) USING (indicator_id, zone_id)
    ORDER BY l.indicator_id, l.zone_id FOR UPDATE OF l;
  PERFORM indicator_latest_recompute(ids, zones);
  -- A pair left with no value at all (only a deletion does that) holds nothing: it goes.
  DELETE FROM indicator_latest l USING unnest(ids, zones) AS k (indicator_id, zone_id)
    WHERE l.indicator_id = k.indicator_id AND l.zone_id = k.zone_id AND l.current_value_id IS NULL AND l.published_value_id IS NULL;
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
INSERT INTO indicator_latest (indicator_id, zone_id) SELECT DISTINCT indicator_id, zone_id FROM indicator_values;
SELECT indicator_latest_recompute(array_agg(indicator_id), array_agg(zone_id)) FROM indicator_latest;
