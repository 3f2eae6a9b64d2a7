-- The shared full-text search index: one row per searchable record (innovations first; platforms,
-- powers and contests later), written by the owning feature in its own transaction. It is
-- derived data: every row can be rebuilt from its source record, so there are no foreign keys.

CREATE TABLE search_documents (
  entity_type text NOT NULL,
  entity_id integer NOT NULL,
  zone_id integer NOT NULL,
  -- The zone's materialised path ('/1/4/12/'): subtree filters and actor scope are one prefix match.
  zone_path text NOT NULL,
  is_public boolean NOT NULL,
  status text NOT NULL,
  domain text,
  task text,
  year integer,
  -- The record's text as written, by weight: title A > measures B > effects C > rest D.
  -- Kept here so results can be ranked and highlighted without reading the source tables.
  title text NOT NULL,
  measures text,
  effects text,
  rest text,
  -- Character unigrams and bigrams of all fields as int4 codes (see search/grams.ts). Every
  -- query, of any length, finds its candidates through these; an exact substring check then
  -- confirms them. (pg_trgm cannot serve one- or two-character queries, and a jieba tsvector
  -- would miss a query that jieba cuts differently from the text.)
  grams integer[] NOT NULL,
  -- The same for the title alone: title hits are collected first, so they rank on top even
  -- when a frequent word matches more records than are ranked.
  title_grams integer[] NOT NULL,
  -- Hashes of the jieba words (search mode) of all fields: ranking prefers a query word found
  -- as a word (关税 in 降低关税) over the same characters across words (海关税务).
  word_hashes integer[] NOT NULL,
  -- Near-duplicates (search/minhash.ts): hashed feature words for the Jaccard score, and the
  -- 32 MinHash LSH band keys through which candidates are found.
  similarity_features integer[] NOT NULL,
  similarity_bands integer[] NOT NULL,
  indexed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity_type, entity_id)
)
-- Rows are about 2.5 kB. Keeping them whole in the heap (no TOAST below 8 kB) means a scan
-- that checks the grams of a row finds them in the same page instead of in the TOAST table.
WITH (toast_tuple_target = 8160);

-- GIN indexes buffer new entries in a pending list that every query reads through. PGlite runs
-- no autovacuum to merge it, so keep it short: writers merge it every 256 kB.
CREATE INDEX search_documents_grams_idx ON search_documents USING gin (grams) WITH (gin_pending_list_limit = 256);
CREATE INDEX search_documents_title_grams_idx ON search_documents USING gin (title_grams) WITH (gin_pending_list_limit = 256);
CREATE INDEX search_documents_similarity_bands_idx ON search_documents USING gin (similarity_bands) WITH (gin_pending_list_limit = 256);
-- text_pattern_ops lets "zone_path LIKE '/1/4/%'" use the index whatever the collation.
CREATE INDEX search_documents_zone_path_idx ON search_documents (zone_path text_pattern_ops);
