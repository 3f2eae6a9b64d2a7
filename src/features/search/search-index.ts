/**
 * Writing the shared search index. Each feature turns its record into a SearchDocument and
 * calls indexDocument inside the transaction that changes the record, so the index never
 * disagrees with committed data; removeDocument when the record goes away.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { addTextGrams } from './grams.js';
import { hashString, similarityFeatures, similarityKeys } from './minhash.js';
import { segmentForSearch } from './segment.js';
import type { SearchDb } from './search.schema-types.js';

/** One searchable record. `title` weighs most, then `fields.measures`, `fields.effects`, `fields.rest`. */
export type SearchDocument = {
  entityType: 'innovation' | 'platform' | (string & {});
  entityId: number;
  zoneId: number;
  /** The zone's materialised path, e.g. '/1/4/12/'. */
  zonePath: string;
  /** Visible to the public; otherwise only to actors whose scope covers zonePath. */
  isPublic: boolean;
  status: string;
  domain: string | null;
  task: string | null;
  year: number | null;
  title: string;
  fields: { measures?: string | null; effects?: string | null; rest?: string | null };
};

/** Text beyond this many characters per field is stored and shown but not indexed. */
export const MAX_INDEXED_CHARS = 20_000;
/** Rows per INSERT in indexDocuments: 18 parameters each, far below the 65 535 limit. */
const BATCH_SIZE = 500;

/** Distinct hashes of the jieba search-mode words of all fields (see word_hashes in the migration). */
export function wordHashes(texts: Array<string | null | undefined>): number[] {
  const hashes = new Set<number>();
  for (const text of texts) {
    if (text) for (const token of segmentForSearch(text.slice(0, MAX_INDEXED_CHARS))) hashes.add(hashString(token));
  }
  return [...hashes].sort((a, b) => a - b);
}

function gramsOf(texts: Array<string | null | undefined>): number[] {
  const grams = new Set<number>();
  for (const text of texts) if (text) addTextGrams(text.slice(0, MAX_INDEXED_CHARS), grams);
  return [...grams].sort((a, b) => a - b);
}

/** Text compared by findSimilar for a stored record: its title against measures and the rest. */
export function similarityBody(fields: SearchDocument['fields']): string {
  return [fields.measures, fields.rest].filter(Boolean).join('\n');
}

function toRow(doc: SearchDocument) {
  const { measures = null, effects = null, rest = null } = doc.fields;
  const similarity = similarityKeys(similarityFeatures(doc.title.slice(0, MAX_INDEXED_CHARS), similarityBody(doc.fields).slice(0, MAX_INDEXED_CHARS)));
  const intArray = (values: number[]): RawBuilder<number[]> => sql<number[]>`${values}::int4[]`;
  return {
    entity_type: doc.entityType,
    entity_id: doc.entityId,
    zone_id: doc.zoneId,
    zone_path: doc.zonePath,
    is_public: doc.isPublic,
    status: doc.status,
    domain: doc.domain,
    task: doc.task,
    year: doc.year,
    title: doc.title,
    measures,
    effects,
    rest,
    grams: intArray(gramsOf([doc.title, measures, effects, rest])),
    title_grams: intArray(gramsOf([doc.title])),
    word_hashes: intArray(wordHashes([doc.title, measures, effects, rest])),
    similarity_features: intArray(similarity.features),
    similarity_bands: intArray(similarity.bands),
  };
}

function searchDb(db: Kysely<Database>): Kysely<SearchDb> {
  return db as unknown as Kysely<SearchDb>;
}

/**
 * Adds or replaces documents, many rows per statement. Pass the caller's transaction to make
 * the index change part of the record change; for a bulk load, pass the database.
 */
export async function indexDocuments(db: Kysely<Database>, docs: readonly SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH_SIZE) {
    const rows = docs.slice(i, i + BATCH_SIZE).map(toRow);
    await searchDb(db)
      .insertInto('search_documents')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['entity_type', 'entity_id']).doUpdateSet((eb) => ({
          zone_id: eb.ref('excluded.zone_id'),
          zone_path: eb.ref('excluded.zone_path'),
          is_public: eb.ref('excluded.is_public'),
          status: eb.ref('excluded.status'),
          domain: eb.ref('excluded.domain'),
          task: eb.ref('excluded.task'),
          year: eb.ref('excluded.year'),
          title: eb.ref('excluded.title'),
          measures: eb.ref('excluded.measures'),
          effects: eb.ref('excluded.effects'),
          rest: eb.ref('excluded.rest'),
          grams: eb.ref('excluded.grams'),
          title_grams: eb.ref('excluded.title_grams'),
          word_hashes: eb.ref('excluded.word_hashes'),
          similarity_features: eb.ref('excluded.similarity_features'),
          similarity_bands: eb.ref('excluded.similarity_bands'),
          indexed_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
}

/** Adds or replaces one document; call it in the transaction that writes the record. */
export function indexDocument(db: Kysely<Database>, doc: SearchDocument): Promise<void> {
  return indexDocuments(db, [doc]);
}

/** Removes a record from the index (no error when it is not there). */
export async function removeDocument(db: Kysely<Database>, entityType: string, entityId: number): Promise<void> {
  await searchDb(db).deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
}

const GIN_INDEXES = ['search_documents_grams_idx', 'search_documents_title_grams_idx', 'search_documents_similarity_bands_idx'] as const;
/** The pending-list size the migration gives the GIN indexes (kB), restored after a bulk load. */
const STEADY_PENDING_LIST_KB = 256;
const BULK_PENDING_LIST_KB = 4096;

/**
 * Runs a bulk load (`fn` calling indexDocuments many times) about twice as fast: the GIN
 * indexes buffer 4 MB of new entries instead of 256 kB between merges. Afterwards the small
 * buffer is restored, the buffered entries are merged and statistics refreshed, so queries
 * are fast at once. Takes a brief lock on the search indexes: for imports and demo loads,
 * not for ordinary writes.
 */
export async function withBulkIndexing<T>(db: Kysely<Database>, fn: () => Promise<T>): Promise<T> {
  const setPendingList = async (kb: number) => {
    for (const index of GIN_INDEXES) await sql.raw(`ALTER INDEX ${index} SET (gin_pending_list_limit = ${kb})`).execute(db);
  };
  await setPendingList(BULK_PENDING_LIST_KB);
  try {
    return await fn();
  } finally {
    await setPendingList(STEADY_PENDING_LIST_KB);
    for (const index of GIN_INDEXES) await sql`SELECT gin_clean_pending_list(${index}::regclass)`.execute(db);
    await sql`ANALYZE search_documents`.execute(db);
  }
}

