/** The innovation list: text search through the shared index, or a filtered listing without one, in the order asked for. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PUBLISHED_INNOVATION_STATUSES, type InnovationDomain, type InnovationStatus, type ReformTask } from '../../shared/innovations.enums.js';
import { getZone } from '../zones/zones.service.js';
import { highlightDocument, MAX_ID_HITS, searchDocuments, type HighlightSegment, type MatchMode } from '../search/search-query.js';
import { filteredVisibleQuery, findVisibleInnovationsByIds, findVisibleListRowsByIds, innovationYear, listVisibleInnovations, toListRow, type InnovationFilter, type InnovationListRow, type InnovationRow } from './innovations.repo.js';
import { INNOVATION_ENTITY, toSearchDocument } from './innovation-search.js';
import type { Viewer } from '../../kernel/viewer.js';

/**
 * relevance: best match first (with a query; without one, the default order below);
 * recognized: latest recognition (认定) first, records without a recognition date last;
 * name: by name in pinyin order.
 * No sort: relevance with a query, otherwise the latest first (the case library by its latest
 * decision, the console by its latest change).
 */
export const INNOVATION_SORTS = ['relevance', 'recognized', 'name'] as const;
export type InnovationSort = (typeof INNOVATION_SORTS)[number];

export type ListInput = {
  q?: string;
  zoneId?: number;
  domain?: InnovationDomain;
  task?: ReformTask;
  status?: InnovationStatus;
  level?: 'published' | 'province' | 'nation';
  year?: number;
  sort?: InnovationSort;
  page: number;
  pageSize: number;
};

const LEVEL_STATUSES: Record<NonNullable<ListInput['level']>, readonly InnovationStatus[]> = {
  published: PUBLISHED_INNOVATION_STATUSES,
  province: ['province_replicated', 'nation_replicated'],
  nation: ['nation_replicated'],
};

/**
 * Names in pinyin order. Neither engine can do it in SQL everywhere: PostgreSQL has
 * COLLATE "zh-x-icu" only when built with ICU, and PGlite 0.4 has no zh collation at all (only
 * "und-x-icu", which orders Han characters by code point) nor the GBK conversion. So names are
 * ordered here, with ICU's Chinese collation (Node ships full ICU): punctuation (“ ‘ （) is
 * ignored, ties go to the smaller id, the same on both engines.
 */
const NAME_COLLATOR = new Intl.Collator('zh-Hans-CN', { ignorePunctuation: true, numeric: true });
/**
 * Most records ordered by name in JavaScript. A listing without a query that matches more
 * falls back to ORDER BY name COLLATE "C" (code point order: deterministic, not pinyin).
 */
export const NAME_SORT_MAX = 5000;

export type ListedInnovation<Row = InnovationListRow> = { row: Row; highlight: { title: HighlightSegment[]; snippet: HighlightSegment[] } | null };
export type ListedInnovations<Row = InnovationListRow> = { items: ListedInnovation<Row>[]; total: number; totalIsCapped: boolean; match: MatchMode };

type Filter = Omit<InnovationFilter, 'limit' | 'offset'>;
type Orderable = { id: number; name: string; recognized_on: string | null };

function compareRecognized(a: Orderable, b: Orderable): number {
  if (a.recognized_on !== b.recognized_on) {
    if (a.recognized_on === null) return 1;
    if (b.recognized_on === null) return -1;
    return a.recognized_on < b.recognized_on ? 1 : -1;
  }
  return b.id - a.id;
}

function compareName(a: Orderable, b: Orderable): number {
  return NAME_COLLATOR.compare(a.name, b.name) || a.id - b.id;
}

/** Rows for ids in that order; visibility is checked again on the way. */
async function rowsInOrder<Row extends { id: number }>(find: (ids: number[]) => Promise<Row[]>, ids: number[]): Promise<Row[]> {
  const rows = await find(ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A listing without a query, by recognition date or by name. */
async function listSorted(db: Kysely<Database>, visibility: Viewer, filter: Filter, sort: 'recognized' | 'name', limit: number, offset: number): Promise<{ rows: InnovationListRow[]; total: number }> {
  const query = filteredVisibleQuery(db, visibility, filter);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(n);
  let ids: number[];
  if (sort === 'recognized') {
    const rows = await query.select('i.id').orderBy('i.recognized_on', (ob) => ob.desc().nullsLast()).orderBy('i.id', 'desc').limit(limit).offset(offset).execute();
    ids = rows.map((r) => r.id);
  } else if (total <= NAME_SORT_MAX) {
    const rows = await query.select(['i.id', 'i.name', 'i.recognized_on']).execute();
    ids = rows.sort(compareName).slice(offset, offset + limit).map((r) => r.id);
  } else {
    const rows = await query.select('i.id').orderBy(sql`i.name COLLATE "C"`).orderBy('i.id').limit(limit).offset(offset).execute();
    ids = rows.map((r) => r.id);
  }
  return { rows: await rowsInOrder((some) => findVisibleListRowsByIds(db, visibility, some), ids), total };
}

export async function listInnovations(db: Kysely<Database>, visibility: Viewer, input: ListInput): Promise<ListedInnovations> {
  const zonePath = input.zoneId ? (await getZone(db, input.zoneId)).path : undefined;
  const levelStatuses = input.level ? LEVEL_STATUSES[input.level] : undefined;
  const statuses = input.status ? (levelStatuses && !levelStatuses.includes(input.status) ? [] : [input.status]) : levelStatuses;
  const offset = (input.page - 1) * input.pageSize;
  const filter: Filter = { zonePath, domain: input.domain, task: input.task, statuses, year: input.year };
  const q = input.q?.trim();
  const sort = input.sort ?? 'relevance';
  if (!q) {
    const { rows, total } =
      sort === 'relevance'
        ? await listVisibleInnovations(db, visibility, { ...filter, limit: input.pageSize, offset })
        : await listSorted(db, visibility, filter, sort, input.pageSize, offset);
    return { items: rows.map((row) => ({ row, highlight: null })), total, totalIsCapped: false, match: 'all' };
  }
  const search = {
    q,
    entityType: INNOVATION_ENTITY,
    visibility,
    // The filters as the innovation kind's facets (innovation-search.ts).
    filters: { zonePath, facets: { status: statuses, domain: input.domain, task: input.task, year: input.year } },
  };
  if (sort === 'relevance') {
    const result = await searchDocuments(db, { ...search, limit: input.pageSize, offset });
    const rows = await rowsInOrder((some) => findVisibleListRowsByIds(db, visibility, some), result.hits.map((hit) => hit.entityId));
    const hitById = new Map(result.hits.map((hit) => [hit.entityId, hit]));
    const items = rows.map((row) => {
      const hit = hitById.get(row.id)!;
      return { row, highlight: { title: hit.title, snippet: hit.snippet } };
    });
    return { items, total: result.total, totalIsCapped: result.totalIsCapped, match: result.match };
  }
  // The matches (as many as are ranked), ordered by date or name, then one page highlighted here.
  const result = await searchDocuments(db, { ...search, limit: MAX_ID_HITS, offset: 0, withTexts: false });
  const ids = result.hits.map((hit) => hit.entityId);
  const orderable = ids.length === 0 ? [] : await db.selectFrom('innovations').select(['id', 'name', 'recognized_on']).where('id', 'in', ids).execute();
  const pageIds = orderable
    .sort(sort === 'name' ? compareName : compareRecognized)
    .slice(offset, offset + input.pageSize)
    .map((r) => r.id);
  // Highlighting needs the whole texts.
  const rows = await rowsInOrder((some) => findVisibleInnovationsByIds(db, visibility, some), pageIds);
  const items = rows.map((row) => {
    const doc = toSearchDocument(row, row.zone_path);
    const { title, snippet } = highlightDocument(q, doc);
    return { row: toListRow(row), highlight: { title, snippet } };
  });
  return { items, total: result.total, totalIsCapped: result.totalIsCapped, match: result.match };
}

/** The same listing with whole records (the Excel export): one more statement per page. */
export async function listInnovationsWhole(db: Kysely<Database>, visibility: Viewer, input: ListInput): Promise<ListedInnovations<InnovationRow>> {
  const listed = await listInnovations(db, visibility, input);
  const rows = await rowsInOrder((some) => findVisibleInnovationsByIds(db, visibility, some), listed.items.map((item) => item.row.id));
  const highlights = new Map(listed.items.map((item) => [item.row.id, item.highlight]));
  return { ...listed, items: rows.map((row) => ({ row, highlight: highlights.get(row.id) ?? null })) };
}
