-- The 放权事项 imports (features/imports/powers): the 放权清单 and the 月度办件量 store their batches beside the others'.
ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check CHECK (kind IN ('innovations', 'indicators', 'power_catalogue', 'power_cases'));
