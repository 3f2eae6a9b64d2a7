-- The indicator values import (features/imports/indicators) stores its batches beside the innovations'.
ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check;
ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check CHECK (kind IN ('innovations', 'indicators'));
