/**
 * Rebuilding the search index from the records, kind by kind: after a change to a kind's
 * mapping (its version), for a database upgraded from before a kind was searchable, or as a
 * job. Searches keep working throughout: each page of records is rewritten in its own
 * transaction (old and new documents never mix for one record), and documents whose record
 * is gone are removed at the end.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { reindexDocuments } from './search-index.js';
import { searchKinds, type SearchKind } from './search-kinds.js';

/** Records read and rewritten per transaction. */
const REBUILD_PAGE = 500;

export type RebuildProgress = { entityType: string; done: number; total: number };
export type RebuildSummary = Array<{ entityType: string; version: number; documents: number; removed: number }>;

/** Runs fn in a transaction of its own, or in the caller's when db already is one. */
function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

async function rebuildKind(db: Kysely<Database>, kind: SearchKind, onProgress?: (progress: RebuildProgress) => void) {
  const total = await kind.count(db);
  // The database's clock, as text: documents rewritten below are stamped later than this.
  const { rows } = await sql<{ started: string }>`SELECT now()::text AS started`.execute(db);
  const started = rows[0]!.started;
  let done = 0;
  let documents = 0;
  onProgress?.({ entityType: kind.entityType, done, total });
  for (let afterId = 0; ; ) {
    const ids = await kind.idsAfter(db, afterId, REBUILD_PAGE);
    if (ids.length === 0) break;
    // The share lock makes a concurrent writer's document win: the page waits for its commit and reads its row.
    documents += (await inTransaction(db, (trx) => reindexDocuments(trx, kind, ids, { lock: true }))).length;
    afterId = ids[ids.length - 1]!;
    done += ids.length;
    onProgress?.({ entityType: kind.entityType, done, total: Math.max(total, done) });
  }
  // Not rewritten above: a record deleted since, or one a writer indexed while the walk had
  // passed it. Checking them against their records tells the two apart.
  const stale = await db
    .selectFrom('search_documents')
    .select('entity_id')
    .where('entity_type', '=', kind.entityType)
    .where(sql<boolean>`indexed_at < ${started}::timestamptz`)
    .execute();
  let removed = 0;
  for (let i = 0; i < stale.length; i += REBUILD_PAGE) {
    const ids = stale.slice(i, i + REBUILD_PAGE).map((row) => row.entity_id);
    const kept = await inTransaction(db, (trx) => reindexDocuments(trx, kind, ids, { lock: true }));
    removed += ids.length - kept.length;
  }
  await db
    .insertInto('search_kind_versions')
    .values({ entity_type: kind.entityType, version: kind.version })
    .onConflict((oc) => oc.column('entity_type').doUpdateSet({ version: kind.version, built_at: sql<Date>`now()` }))
    .execute();
  return { entityType: kind.entityType, version: kind.version, documents, removed };
}

/**
 * Rewrites every document of every kind (default: all registered kinds) from its records and
 * records each kind's version. `onProgress` is called before the first page and after each.
 * Inside a transaction (the demo loader) it all happens in that transaction.
 */
export async function rebuildSearchIndex(
  db: Kysely<Database>,
  onProgress?: (progress: RebuildProgress) => void,
  kinds: readonly SearchKind[] = searchKinds(),
): Promise<RebuildSummary> {
  const summary: RebuildSummary = [];
  for (const kind of kinds) summary.push(await rebuildKind(db, kind, onProgress));
  return summary;
}

/** The kinds whose stored documents were built with another version of their mapping, or never. */
export async function outdatedSearchKinds(db: Kysely<Database>, kinds: readonly SearchKind[] = searchKinds()): Promise<SearchKind[]> {
  const rows = await db.selectFrom('search_kind_versions').select(['entity_type', 'version']).execute();
  const built = new Map(rows.map((row) => [row.entity_type, row.version]));
  return kinds.filter((kind) => built.get(kind.entityType) !== kind.version);
}

/** Rebuilds the outdated kinds only (at start: cheap when nothing changed, one small read). */
export async function ensureSearchIndex(
  db: Kysely<Database>,
  onProgress?: (progress: RebuildProgress) => void,
  kinds: readonly SearchKind[] = searchKinds(),
): Promise<RebuildSummary> {
  return rebuildSearchIndex(db, onProgress, await outdatedSearchKinds(db, kinds));
}
