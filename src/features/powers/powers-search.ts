/**
 * 放权事项 as a search kind, so that the catalogue finds words the way the case library does (jieba
 * words, FTZ terms, ranked, several words at once): 事项名称 and 事项编码 (A) > 主管部门, 实施机关
 * and 设定和实施依据 (B) > 承接主体 and the zone (C) > the batch and its 文号 (D). Every delegation
 * comes from a published document, so every one is public (as the repository's visibility rule
 * says); the working notes are never indexed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Viewer } from '../../kernel/viewer.js';
import { reindexDocuments } from '../search/search-index.js';
import { registerSearchKind, walkTable, type SearchDocument, type SearchKind } from '../search/search-kinds.js';
import { MAX_ID_HITS, searchDocuments } from '../search/search-query.js';
import { listDelegations, type DelegationFilter, type DelegationRow } from './powers.repo.js';

export const DELEGATION_ENTITY = 'power_delegation';

type IndexableDelegation = {
  id: number;
  zone_id: number;
  zone_path: string;
  zone_name: string;
  status: string;
  delegation_type: string;
  item_type: string;
  receiving_body: string | null;
  name: string;
  code: string;
  department: string;
  implementing_body: string;
  legal_basis: string;
  level: string;
  batch_title: string;
  batch_document: string | null;
};

export function delegationSearchDocument(row: IndexableDelegation): SearchDocument {
  return {
    entityType: DELEGATION_ENTITY,
    entityId: row.id,
    zoneId: row.zone_id,
    zonePath: row.zone_path,
    isPublic: true,
    title: `${row.name} ${row.code}`,
    body: {
      b: [row.department, row.implementing_body, row.legal_basis].filter(Boolean).join('\n'),
      c: [row.receiving_body, row.zone_name].filter(Boolean).join(' '),
      d: [row.batch_title, row.batch_document].filter(Boolean).join(' '),
    },
    facets: { status: row.status, level: row.level, type: row.delegation_type, itemType: row.item_type },
  };
}

export const DELEGATION_SEARCH_KIND: SearchKind = registerSearchKind({
  entityType: DELEGATION_ENTITY,
  // 2: the delegation type and the item type as facets.
  version: 2,
  facets: { status: 'text', level: 'text', type: 'text', itemType: 'text' },
  async documents(db, ids, options) {
    let query = db
      .selectFrom('power_delegations as d')
      .innerJoin('power_items as i', 'i.id', 'd.item_id')
      .innerJoin('power_batches as b', 'b.id', 'd.batch_id')
      .innerJoin('zones as z', 'z.id', 'd.zone_id')
      .select([
        'd.id', 'd.zone_id', 'z.path as zone_path', 'z.name as zone_name', 'd.status', 'd.delegation_type', 'i.item_type', 'd.receiving_body',
        'i.name', 'i.code', 'i.department', 'i.implementing_body', 'i.legal_basis', 'b.level', 'b.title as batch_title', 'b.document as batch_document',
      ])
      .where('d.id', 'in', [...ids]);
    if (options?.lock) query = query.forShare('d');
    return ((await query.execute()) as IndexableDelegation[]).map(delegationSearchDocument);
  },
  ...walkTable('power_delegations'),
});

/** Re-indexes delegations in the writer's transaction: after one is delegated, changed by a batch or takes a step. */
export async function reindexDelegations(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await reindexDocuments(db, DELEGATION_SEARCH_KIND, ids);
}

export type FoundDelegations = { rows: DelegationRow[]; total: number; totalIsCapped: boolean };

/**
 * A page of the delegations the viewer sees. With words, the search engine's matches: best first,
 * or — when the catalogue is asked as it stood on a day, which only the rows can answer — the
 * matches (as many as are ranked) narrowed to that day and listed in catalogue order.
 */
export async function findVisibleDelegations(db: Kysely<Database>, viewer: Viewer, filter: DelegationFilter & { q?: string; limit: number; offset: number }): Promise<FoundDelegations> {
  const { q: words, ...rest } = filter;
  const q = words?.trim();
  if (!q) return { ...(await listDelegations(db, viewer, rest)), totalIsCapped: false };
  const search = {
    q,
    entityType: DELEGATION_ENTITY,
    visibility: viewer,
    filters: { zonePath: rest.zonePath, facets: { status: rest.status, level: rest.level, type: rest.type, itemType: rest.itemType } },
  };
  if (rest.on) {
    const result = await searchDocuments(db, { ...search, limit: MAX_ID_HITS, offset: 0, withTexts: false });
    const page = await listDelegations(db, viewer, { ...rest, ids: result.hits.map((hit) => hit.entityId) });
    return { ...page, totalIsCapped: result.totalIsCapped };
  }
  const result = await searchDocuments(db, { ...search, limit: filter.limit, offset: filter.offset, withTexts: false });
  const ids = result.hits.map((hit) => hit.entityId);
  if (ids.length === 0) return { rows: [], total: result.total, totalIsCapped: result.totalIsCapped };
  const { rows } = await listDelegations(db, viewer, { ids, limit: ids.length, offset: 0 });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total: result.total, totalIsCapped: result.totalIsCapped };
}
