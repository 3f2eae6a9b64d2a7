-- External indices with their own ranks (issue 9): e.g. 中山大学 中国自由贸易试验区制度创新指数, kept
-- as published — by edition and level, each row with the publication it is read from. Their places
-- are not zones of the tree (广东前海, 四川成都), so they are names, not zone ids. The working note
-- (how a rank was read) is internal.
CREATE TABLE external_indices (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,47}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  publisher_zh text NOT NULL,
  publisher_en text NOT NULL
);

CREATE TABLE external_index_entries (
  id serial PRIMARY KEY,
  index_id integer NOT NULL REFERENCES external_indices (id) ON DELETE CASCADE,
  edition text NOT NULL CHECK (length(btrim(edition)) > 0),
  level text NOT NULL CHECK (length(btrim(level)) > 0),
  -- Null where the source names a place without its rank ("五省市得分超80分").
  rank integer CHECK (rank BETWEEN 1 AND 10000),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  score numeric,
  score_qualifier text CHECK (score_qualifier IN ('about', 'over', 'more_than', 'odd', 'past', 'nearly')),
  evaluated integer CHECK (evaluated > 0),
  average_score numeric,
  source_publication text NOT NULL,
  source_date text,
  source_url text,
  internal_note text,
  UNIQUE (index_id, edition, level, name)
);
CREATE INDEX external_index_entries_edition_idx ON external_index_entries (index_id, level, edition);
