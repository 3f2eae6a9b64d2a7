/**
 * Writing the shared search index. A record's documents are written inside the transaction
 * that changes the record (reindexDocuments with its kind, or indexDocument), so the index
 * never disagrees with committed data; removeDocument when the record goes away.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { addTextGrams } from './grams.js';
import { hashString, similarityFeatures, similarityKeys } from './minhash.js';
import { checkFacets, type SearchDocument, type SearchKind } from './search-kinds.js';
import { segmentForSearch } from './segment.js';

export type { SearchDocument } from './search-kinds.js';

/** Text beyond this many characters per field is stored and shown but not indexed. */
export const MAX_INDEXED_CHARS = 20_000;
/** Rows per INSERT in indexDocuments: 16 parameters each, far below the 65 535 limit. */
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

/** Text compared by findSimilar for a stored record: its title against body parts B and D. */
export function similarityBody(body: SearchDocument['body']): string {
  return [body.b, body.d].filter(Boolean).join('\n');
}

/** The facets as stored: nulls left out, so "has no value" is one thing (absent). */
function facetsJson(doc: SearchDocument): string {
  checkFacets(doc.entityType, doc.facets);
  return JSON.stringify(Object.fromEntries(Object.entries(doc.facets).filter(([, value]) => value !== null && value !== undefined)));
}

function toRow(doc: SearchDocument) {
  const { b = null, c = null, d = null } = doc.body;
  const similarity = similarityKeys(similarityFeatures(doc.title.slice(0, MAX_INDEXED_CHARS), similarityBody(doc.body).slice(0, MAX_INDEXED_CHARS)));
  const intArray = (values: number[]): RawBuilder<number[]> => sql<number[]>`${values}::int4[]`;
  return {
    entity_type: doc.entityType,
    entity_id: doc.entityId,
    zone_id: doc.zoneId,
    zone_path: doc.zonePath,
    is_public: doc.isPublic,
    title: doc.title,
    body_b: b,
    body_c: c,
    body_d: d,
    facets: sql<string>`${facetsJson(doc)}::jsonb`,
    grams: intArray(gramsOf([doc.title, b, c, d])),
    title_grams: intArray(gramsOf([doc.title])),
    word_hashes: intArray(wordHashes([doc.title, b, c, d])),
    similarity_features: intArray(similarity.features),
    similarity_bands: intArray(similarity.bands),
  };
}

/**
 * Adds or replaces documents, many rows per statement. Pass the caller's transaction to make
 * the index change part of the record change; for a bulk load, pass the database.
 */
export async function indexDocuments(db: Kysely<Database>, docs: readonly SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH_SIZE) {
    const rows = docs.slice(i, i + BATCH_SIZE).map(toRow);
    await db
      .insertInto('search_documents')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['entity_type', 'entity_id']).doUpdateSet((eb) => ({
          zone_id: eb.ref('excluded.zone_id'),
          zone_path: eb.ref('excluded.zone_path'),
          is_public: eb.ref('excluded.is_public'),
          title: eb.ref('excluded.title'),
          body_b: eb.ref('excluded.body_b'),
          body_c: eb.ref('excluded.body_c'),
          body_d: eb.ref('excluded.body_d'),
          facets: eb.ref('excluded.facets'),
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

/**
 * Rewrites the documents of records `ids` of `kind` from their rows, read in the caller's
 * transaction; ids whose record is gone lose their document.
 */
export async function reindexDocuments(db: Kysely<Database>, kind: SearchKind, ids: readonly number[], options: { lock?: boolean } = {}): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const docs = await kind.documents(db, ids, options);
  await indexDocuments(db, docs);
  const found = new Set(docs.map((doc) => doc.entityId));
  const gone = ids.filter((id) => !found.has(id));
  if (gone.length > 0) await db.deleteFrom('search_documents').where('entity_type', '=', kind.entityType).where('entity_id', 'in', gone).execute();
  return docs;
}

/** Removes a record from the index (no error when it is not there). */
export async function removeDocument(db: Kysely<Database>, entityType: string, entityId: number): Promise<void> {
  await db.deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
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

