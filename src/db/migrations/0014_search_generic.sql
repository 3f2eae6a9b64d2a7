-- search_documents becomes generic: any kind of record (innovations, platforms, later powers,
-- campaigns, indicators) maps its fields onto the same shape, and search/ knows nothing of
-- what the fields mean.
--
--   measures, effects, rest            → body_b, body_c, body_d (weights B > C > D under the title A)
--   status, domain, task, year         → facets jsonb: the kind's filter values by name
--
-- The innovation documents keep their texts, grams, word hashes and similarity keys: they are
-- renamed and their filter columns folded into facets, not rebuilt, so search results are
-- unchanged. Kinds without documents yet (platforms) are built by ensureSearchIndex at start,
-- because it needs the segmenter: search_kind_versions says which kinds are current.

ALTER TABLE search_documents ADD COLUMN facets jsonb NOT NULL DEFAULT '{}'::jsonb;
-- Absent = null, as indexDocuments writes them.
UPDATE search_documents SET facets = jsonb_strip_nulls(jsonb_build_object('status', status, 'domain', domain, 'task', task, 'year', year));
ALTER TABLE search_documents DROP COLUMN status, DROP COLUMN domain, DROP COLUMN task, DROP COLUMN year;
ALTER TABLE search_documents RENAME COLUMN measures TO body_b;
ALTER TABLE search_documents RENAME COLUMN effects TO body_c;
ALTER TABLE search_documents RENAME COLUMN rest TO body_d;

-- Which version of each kind's document mapping the stored documents were built with. A kind
-- whose declared version differs (or that has no row) is rebuilt by ensureSearchIndex.
CREATE TABLE search_kind_versions (
  entity_type text PRIMARY KEY,
  version integer NOT NULL,
  built_at timestamptz NOT NULL DEFAULT now()
);
-- The innovation documents above are version 1 of their mapping, converted in place.
INSERT INTO search_kind_versions (entity_type, version) VALUES ('innovation', 1);
