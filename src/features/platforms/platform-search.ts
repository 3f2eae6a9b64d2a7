/**
 * Opening platforms as a search kind: name (A) > note (B) > type and stage names (C) > source (D);
 * faceted by status and type. Visible by the ledger's rule: public stages to everyone, planning
 * entries inside their zone's subtree. The working notes behind the source (source_note) are
 * internal, so they are not indexed: a public search must not match on them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  PLATFORM_STATUS_LABELS,
  PLATFORM_TYPE_LABELS,
  PUBLIC_PLATFORM_STATUSES,
  type PlatformStatus,
  type PlatformType,
} from '../../shared/platforms.enums.js';
import { reindexDocuments } from '../search/search-index.js';
import { registerSearchKind, walkTable, type SearchDocument, type SearchKind } from '../search/search-kinds.js';
import { searchDocuments } from '../search/search-query.js';
import { listVisiblePlatforms, type PlatformFilter } from './platforms.repo.js';
import type { Viewer } from '../../kernel/viewer.js';

export const PLATFORM_ENTITY = 'platform';

type IndexablePlatform = { id: number; zone_id: number; zone_path: string; type: PlatformType; name: string; status: PlatformStatus; note: string | null; source: string | null };

export function platformSearchDocument(row: IndexablePlatform): SearchDocument {
  const type = PLATFORM_TYPE_LABELS[row.type];
  const status = PLATFORM_STATUS_LABELS[row.status];
  return {
    entityType: PLATFORM_ENTITY,
    entityId: row.id,
    zoneId: row.zone_id,
    zonePath: row.zone_path,
    isPublic: PUBLIC_PLATFORM_STATUSES.includes(row.status),
    title: row.name,
    body: { b: row.note, c: [type?.zh, status?.zh].filter(Boolean).join(' '), d: row.source },
    facets: { status: row.status, type: row.type },
  };
}

export const PLATFORM_SEARCH_KIND: SearchKind = registerSearchKind({
  entityType: PLATFORM_ENTITY,
  version: 1,
  facets: { status: 'text', type: 'text' },
  async documents(db, ids, options) {
    let query = db
      .selectFrom('platforms as p')
      .innerJoin('zones as z', 'z.id', 'p.zone_id')
      .select(['p.id', 'p.zone_id', 'z.path as zone_path', 'p.type', 'p.name', 'p.status', 'p.note', 'p.source'])
      .where('p.id', 'in', [...ids]);
    if (options?.lock) query = query.forShare('p');
    return (await query.execute()).map(platformSearchDocument);
  },
  ...walkTable('platforms'),
});

/**
 * Re-indexes one platform inside the caller's transaction: after it is created or edited, and
 * after each lifecycle transition (its stage decides who may see it).
 */
export async function reindexPlatform(db: Kysely<Database>, id: number): Promise<void> {
  await reindexDocuments(db, PLATFORM_SEARCH_KIND, [id]);
}

/**
 * The platform list for a text query: the search engine ranks the platforms the viewer may see
 * that pass the filters, best match first; the ledger rows of that page follow in that order.
 */
export async function searchVisiblePlatforms(db: Kysely<Database>, viewer: Viewer, q: string, filter: Omit<PlatformFilter, 'ids'> & { limit: number; offset: number }) {
  const result = await searchDocuments(db, {
    q,
    entityType: PLATFORM_ENTITY,
    visibility: viewer,
    filters: { zonePath: filter.zonePath, facets: { status: filter.status, type: filter.type } },
    limit: filter.limit,
    offset: filter.offset,
    withTexts: false,
  });
  const ids = result.hits.map((hit) => hit.entityId);
  const { rows } = await listVisiblePlatforms(db, viewer, { ids });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total: result.total, totalIsCapped: result.totalIsCapped, match: result.match };
}
