/**
 * Kysely types of the search tables (migrations/0003_search.sql). To be merged into
 * db/schema.ts; until then the search module reads and writes through `SearchDb`.
 */
import type { ColumnType } from 'kysely';
import type { Database } from '../../db/schema.js';

export type SearchDocumentsTable = {
  entity_type: string;
  entity_id: number;
  zone_id: number;
  zone_path: string;
  is_public: boolean;
  status: string;
  domain: string | null;
  task: string | null;
  year: number | null;
  title: string;
  measures: string | null;
  effects: string | null;
  rest: string | null;
  grams: number[];
  title_grams: number[];
  word_hashes: number[];
  similarity_features: number[];
  similarity_bands: number[];
  indexed_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type SearchDb = Database & { search_documents: SearchDocumentsTable };
