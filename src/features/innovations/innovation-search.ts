/**
 * Innovations as a search kind: name (A) > measures (B) > effects (C) > pain point, departments
 * and tags (D); faceted by status, domain, task and year (the case library's filters).
 */
import type { Kysely } from 'kysely';
import type { Database, InnovationEffect } from '../../db/schema.js';
import { PUBLISHED_INNOVATION_STATUSES, type InnovationDomain, type InnovationStatus, type ReformTask } from '../../shared/innovations.enums.js';
import { reindexDocuments } from '../search/search-index.js';
import { registerSearchKind, walkTable, type SearchDocument, type SearchKind } from '../search/search-kinds.js';

export const INNOVATION_ENTITY = 'innovation';

type IndexableInnovation = {
  id: number;
  zone_id: number;
  name: string;
  domain: InnovationDomain;
  task: ReformTask | null;
  status: InnovationStatus;
  pain_point: string | null;
  measures: string | null;
  effects: InnovationEffect[];
  departments: string[];
  tags: string[];
  recognized_on: string | null;
  explored_on: string | null;
  created_at: Date | string;
};

export function effectsText(effects: InnovationEffect[]): string {
  return effects.map((e) => e.text || [e.label, e.value, e.unit, e.period].filter(Boolean).join(' ')).join('；');
}

export function toSearchDocument(row: IndexableInnovation, zonePath: string): SearchDocument {
  const yearSource = row.recognized_on ?? row.explored_on ?? new Date(row.created_at).toISOString().slice(0, 10);
  return {
    entityType: INNOVATION_ENTITY,
    entityId: row.id,
    zoneId: row.zone_id,
    zonePath,
    isPublic: PUBLISHED_INNOVATION_STATUSES.includes(row.status),
    title: row.name,
    body: {
      b: row.measures,
      c: effectsText(row.effects ?? []),
      d: [row.pain_point, row.departments.join(' '), row.tags.join(' ')].filter(Boolean).join('\n'),
    },
    facets: { status: row.status, domain: row.domain, task: row.task, year: Number(yearSource.slice(0, 4)) },
  };
}

export const INNOVATION_SEARCH_KIND: SearchKind = registerSearchKind({
  entityType: INNOVATION_ENTITY,
  version: 1,
  facets: { status: 'text', domain: 'text', task: 'text', year: 'integer' },
  async documents(db, ids, options) {
    let query = db
      .selectFrom('innovations as i')
      .innerJoin('zones as z', 'z.id', 'i.zone_id')
      .selectAll('i')
      .select('z.path as zone_path')
      .where('i.id', 'in', [...ids]);
    if (options?.lock) query = query.forShare('i');
    return (await query.execute()).map((row) => toSearchDocument(row, row.zone_path));
  },
  ...walkTable('innovations'),
});

/** Re-indexes one innovation inside the caller's transaction. */
export async function reindexInnovation(db: Kysely<Database>, id: number): Promise<void> {
  await reindexInnovations(db, [id]);
}

export async function reindexInnovations(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  await reindexDocuments(db, INNOVATION_SEARCH_KIND, ids);
}
