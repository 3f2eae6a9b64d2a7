/** The innovation list: text search through the shared index, or a filtered listing without one. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PUBLISHED_INNOVATION_STATUSES, type InnovationStatus } from '../../shared/enums.js';
import { getZone } from '../zones/zones.service.js';
import { searchDocuments, type HighlightSegment } from '../search/search-query.js';
import { findVisibleInnovationsByIds, listVisibleInnovations, type InnovationRow, type Visibility } from './innovations.repo.js';
import { INNOVATION_ENTITY } from './innovation-search.js';

export type ListInput = {
  q?: string;
  zoneId?: number;
  domain?: string;
  task?: string;
  status?: string;
  level?: 'published' | 'province' | 'nation';
  year?: number;
  page: number;
  pageSize: number;
};

const LEVEL_STATUSES: Record<NonNullable<ListInput['level']>, readonly InnovationStatus[]> = {
  published: PUBLISHED_INNOVATION_STATUSES,
  province: ['province_replicated', 'nation_replicated'],
  nation: ['nation_replicated'],
};

export type ListedInnovation = { row: InnovationRow; highlight: { title: HighlightSegment[]; snippet: HighlightSegment[] } | null };

export async function listInnovations(db: Kysely<Database>, visibility: Visibility, input: ListInput): Promise<{ items: ListedInnovation[]; total: number; totalIsCapped: boolean }> {
  const zonePath = input.zoneId ? (await getZone(db, input.zoneId)).path : undefined;
  const levelStatuses = input.level ? LEVEL_STATUSES[input.level] : undefined;
  const statuses = input.status ? (levelStatuses && !levelStatuses.includes(input.status as InnovationStatus) ? [] : [input.status]) : levelStatuses;
  const offset = (input.page - 1) * input.pageSize;
  const q = input.q?.trim();
  if (!q) {
    const { rows, total } = await listVisibleInnovations(db, visibility, { zonePath, domain: input.domain, task: input.task, statuses, year: input.year, limit: input.pageSize, offset });
    return { items: rows.map((row) => ({ row, highlight: null })), total, totalIsCapped: false };
  }
  const result = await searchDocuments(db, {
    q,
    entityType: INNOVATION_ENTITY,
    visibility: visibility.kind === 'public' ? { kind: 'public' } : { kind: 'actor', actor: visibility.actor },
    filters: { zonePath, statuses: statuses ? [...statuses] : undefined, domain: input.domain, task: input.task, year: input.year },
    limit: input.pageSize,
    offset,
  });
  const rows = await findVisibleInnovationsByIds(db, visibility, result.hits.map((hit) => hit.entityId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = result.hits.flatMap((hit) => {
    const row = byId.get(hit.entityId);
    return row ? [{ row, highlight: { title: hit.title, snippet: hit.snippet } }] : [];
  });
  return { items, total: result.total, totalIsCapped: result.totalIsCapped ?? false };
}
