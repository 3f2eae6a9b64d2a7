-- Recognition and replication dates are often known only to the month or year (e.g. a
-- national batch announced "2020年"); keep the precision so they are shown as recorded.
ALTER TABLE innovations
  ADD COLUMN recognized_precision text CHECK (recognized_precision IN ('day', 'month', 'year')),
  ADD COLUMN province_replicated_precision text CHECK (province_replicated_precision IN ('day', 'month', 'year')),
  ADD COLUMN nation_replicated_precision text CHECK (nation_replicated_precision IN ('day', 'month', 'year'));
UPDATE innovations SET recognized_precision = 'day' WHERE recognized_on IS NOT NULL;
UPDATE innovations SET province_replicated_precision = 'day' WHERE province_replicated_on IS NOT NULL;
UPDATE innovations SET nation_replicated_precision = 'day' WHERE nation_replicated_on IS NOT NULL;
