-- The catalogue on a day is each delegation's latest change on or before it. Read as "the latest"
-- that costs a lookup per delegation, ten times the bare scan across a province. Each change
-- keeps instead the day the next one took over from it (superseded_on, null for the latest), so
-- "in effect on D" is the range effective_on <= D < superseded_on: one join. A change overtaken
-- on its own day (two on one day, the later id wins) has an empty range and is never in effect.
-- The database keeps the column itself after every insert or delete, whoever writes.

ALTER TABLE power_delegation_changes ADD COLUMN superseded_on date;

CREATE FUNCTION power_changes_set_superseded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE power_delegation_changes c SET superseded_on = n.next_on
  FROM (
    SELECT id, lead(effective_on) OVER (PARTITION BY delegation_id ORDER BY effective_on, id) AS next_on
    FROM power_delegation_changes WHERE delegation_id IN (SELECT delegation_id FROM touched)
  ) n
  WHERE c.id = n.id AND c.superseded_on IS DISTINCT FROM n.next_on;
  RETURN NULL;
END $$;

CREATE TRIGGER power_changes_superseded_insert AFTER INSERT ON power_delegation_changes
  REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION power_changes_set_superseded();
CREATE TRIGGER power_changes_superseded_delete AFTER DELETE ON power_delegation_changes
  REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION power_changes_set_superseded();

-- Changes already recorded.
UPDATE power_delegation_changes c SET superseded_on = n.next_on
FROM (SELECT id, lead(effective_on) OVER (PARTITION BY delegation_id ORDER BY effective_on, id) AS next_on FROM power_delegation_changes) n
WHERE c.id = n.id AND n.next_on IS NOT NULL;
