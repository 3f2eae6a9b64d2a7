/**
 * Innovation storage. Reads take the actor: published records (recognised and above) are
 * visible to everyone, the rest only inside the actor's zone subtree.
 */
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { Actor } from '../../kernel/actor.js';
import type { Database, InnovationEventsTable, InnovationsTable } from '../../db/schema.js';
import { pageWithTotal } from '../../db/page-with-total.js';
import { PUBLISHED_INNOVATION_STATUSES, type InnovationDomain, type InnovationStatus, type ReformTask } from '../../shared/innovations.enums.js';
import { attachmentsJson, type presentAttachment } from '../files/attachments.service.js';
import { inZoneSubtree, type Viewer } from '../../kernel/viewer.js';

export type InnovationRow = Selectable<InnovationsTable> & { zone_name: string; zone_short_name: string; zone_path: string; adoption_count: number };
export type InnovationEventRow = Selectable<InnovationEventsTable> & { actor_name: string | null };

/** An adoption as read with its innovation and adopting zone (replication.service and the detail read). */
export type AdoptionRow = {
  id: number;
  innovation_id: number;
  innovation_name: string;
  zone_id: number;
  zone_name: string;
  adopted_on: string;
  adaptation: string | null;
  observed_effect: string | null;
  source: string | null;
  source_note: string | null;
  is_sample: boolean;
  zone_path: string;
};

/** The year an innovation is filed under: when recognised, else when explored, else when entered. */
export const innovationYear = sql<number>`EXTRACT(YEAR FROM COALESCE(i.recognized_on, i.explored_on, i.created_at::date))::int`;


function visibleQuery(db: Kysely<Database>, visibility: Viewer) {
  return db
    .selectFrom('innovations as i')
    .innerJoin('zones as z', 'z.id', 'i.zone_id')
    .where((eb) =>
      visibility.kind === 'public'
        ? eb('i.status', 'in', PUBLISHED_INNOVATION_STATUSES)
        : eb.or([eb('i.status', 'in', PUBLISHED_INNOVATION_STATUSES), inZoneSubtree(visibility, 'z.path')]),
    );
}

/** The innovations the viewer may see that pass the filters (no text query): the listing's and the sorted listing's one source of rules. */
export function filteredVisibleQuery(db: Kysely<Database>, visibility: Viewer, filter: Omit<InnovationFilter, 'limit' | 'offset'>) {
  let query = visibleQuery(db, visibility);
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.domain) query = query.where('i.domain', '=', filter.domain);
  if (filter.task) query = query.where('i.task', '=', filter.task);
  // An empty list (a status outside the chosen level) matches nothing; `IN ()` is not SQL.
  if (filter.statuses) query = filter.statuses.length ? query.where('i.status', 'in', filter.statuses) : query.where(sql<boolean>`FALSE`);
  if (filter.year) query = query.where(innovationYear, '=', filter.year);
  return query;
}

function withColumns(query: ReturnType<typeof visibleQuery>) {
  return query
    .selectAll('i')
    .select(['z.name as zone_name', 'z.short_name as zone_short_name', 'z.path as zone_path'])
    .select((eb) =>
      eb.selectFrom('innovation_adoptions as a').whereRef('a.innovation_id', '=', 'i.id').select((e) => e.fn.countAll<number>().as('n')).as('adoption_count'),
    );
}

function normalise(row: Record<string, unknown>): InnovationRow {
  return { ...(row as InnovationRow), adoption_count: Number(row.adoption_count ?? 0) };
}

/** How much of the measures (else the pain point) a list shows; one more tells it was cut. */
export const EXCERPT_CHARS = 141;

/**
 * What the lists show (case library cards, the console table): the long texts (measures, pain
 * point, effects, departments, tags, working notes) stay behind, an excerpt comes instead. On
 * PGlite every column of every row costs, so a page reads a third fewer values than the whole record.
 */
export type InnovationListRow = Pick<
  InnovationRow,
  | 'id' | 'zone_id' | 'name' | 'domain' | 'task' | 'novelty' | 'explored_on' | 'explored_precision' | 'status'
  | 'recognized_on' | 'recognized_precision' | 'recognized_document' | 'recognized_batch'
  | 'province_replicated_on' | 'province_replicated_precision' | 'province_replicated_document'
  | 'nation_replicated_on' | 'nation_replicated_precision' | 'nation_replicated_document' | 'nation_replicated_batch'
  | 'source' | 'is_sample' | 'updated_at' | 'zone_name' | 'zone_short_name' | 'zone_path' | 'adoption_count'
> & { excerpt: string | null };

const LIST_COLUMNS = [
  'i.id', 'i.zone_id', 'i.name', 'i.domain', 'i.task', 'i.novelty', 'i.explored_on', 'i.explored_precision', 'i.status',
  'i.recognized_on', 'i.recognized_precision', 'i.recognized_document', 'i.recognized_batch',
  'i.province_replicated_on', 'i.province_replicated_precision', 'i.province_replicated_document',
  'i.nation_replicated_on', 'i.nation_replicated_precision', 'i.nation_replicated_document', 'i.nation_replicated_batch',
  'i.source', 'i.is_sample', 'i.updated_at', 'z.name as zone_name', 'z.short_name as zone_short_name', 'z.path as zone_path',
] as const;

function withListColumns(query: ReturnType<typeof visibleQuery>) {
  return query
    .select(LIST_COLUMNS)
    .select(sql<string | null>`left(coalesce(i.measures, i.pain_point), ${sql.lit(EXCERPT_CHARS)})`.as('excerpt'))
    .select(sql<number>`(SELECT count(*)::int FROM innovation_adoptions a WHERE a.innovation_id = i.id)`.as('adoption_count'));
}

/** The list fields of a whole record (for rows read whole anyway, e.g. to highlight them). */
export function toListRow(row: InnovationRow): InnovationListRow {
  const text = row.measures ?? row.pain_point;
  // Code points, as SQL's left() counts them.
  return { ...row, excerpt: text === null ? null : Array.from(text).slice(0, EXCERPT_CHARS).join('') };
}

export async function findVisibleListRowsByIds(db: Kysely<Database>, visibility: Viewer, ids: number[]): Promise<InnovationListRow[]> {
  if (ids.length === 0) return [];
  return withListColumns(visibleQuery(db, visibility)).where('i.id', 'in', ids).execute();
}

export async function findVisibleInnovation(db: Kysely<Database>, visibility: Viewer, id: number): Promise<InnovationRow | undefined> {
  const row = await withColumns(visibleQuery(db, visibility)).where('i.id', '=', id).executeTakeFirst();
  return row ? normalise(row) : undefined;
}

export async function findVisibleInnovationsByIds(db: Kysely<Database>, visibility: Viewer, ids: number[]): Promise<InnovationRow[]> {
  if (ids.length === 0) return [];
  const rows = await withColumns(visibleQuery(db, visibility)).where('i.id', 'in', ids).execute();
  return rows.map(normalise);
}

type Json<Row> = { [K in keyof Row]: Row[K] extends Date ? string : Row[K] };

/** The record page in one statement: the record, its history, its adoptions and the files of both. */
export type InnovationDetailRow = InnovationRow & {
  events: Json<InnovationEventRow>[];
  adoptions: AdoptionRow[];
  attachments: Parameters<typeof presentAttachment>[0][];
  adoption_attachments: Parameters<typeof presentAttachment>[0][];
};

/**
 * A visible innovation with everything its page shows, as JSON columns beside the row: its events
 * (with who took each step), its adoptions (published records only, as listAdoptions), its files
 * (internal ones only for staff whose scope holds the record) and, for staff, the public files of
 * its adoptions. The public case page asks for `public`: no internal files, no adoption files.
 */
export async function findVisibleInnovationDetail(db: Kysely<Database>, visibility: Viewer, id: number): Promise<InnovationDetailRow | undefined> {
  const staff = visibility.kind === 'actor';
  const published = sql.join(PUBLISHED_INNOVATION_STATUSES.map((status) => sql.lit(status)));
  const row = await withColumns(visibleQuery(db, visibility))
    .select(
      sql<Json<InnovationEventRow>[]>`(SELECT coalesce(json_agg(to_jsonb(e) || jsonb_build_object('actor_name', u.display_name) ORDER BY e.id), '[]')
        FROM innovation_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.innovation_id = i.id)`.as('events'),
    )
    .select(
      sql<AdoptionRow[]>`(SELECT coalesce(json_agg(json_build_object('id', a.id, 'innovation_id', a.innovation_id, 'innovation_name', i.name, 'zone_id', a.zone_id,
          'zone_name', az.name, 'adopted_on', a.adopted_on, 'adaptation', a.adaptation, 'observed_effect', a.observed_effect, 'source', a.source,
          'source_note', a.source_note, 'is_sample', a.is_sample, 'zone_path', az.path) ORDER BY a.adopted_on, a.id), '[]')
        FROM innovation_adoptions a JOIN zones az ON az.id = a.zone_id WHERE a.innovation_id = i.id AND i.status IN (${published}))`.as('adoptions'),
    )
    .select(attachmentsJson('innovation', sql`i.id`, staff ? inZoneSubtree(visibility, 'z.path') : sql<SqlBool>`FALSE`).as('attachments'))
    .select(
      (staff
        ? attachmentsJson('adoption', sql`SELECT a.id FROM innovation_adoptions a WHERE a.innovation_id = i.id AND i.status IN (${published})`, sql<SqlBool>`FALSE`)
        : sql<[]>`'[]'::json`
      ).as('adoption_attachments'),
    )
    .where('i.id', '=', id)
    .executeTakeFirst();
  return row ? (normalise(row) as InnovationDetailRow) : undefined;
}

export type InnovationFilter = {
  zonePath?: string;
  domain?: InnovationDomain;
  task?: ReformTask;
  statuses?: readonly InnovationStatus[];
  year?: number;
  limit: number;
  offset: number;
};

/**
 * Filtered listing without a text query (see the ordering below): list rows and the total of all
 * pages in one statement (a window count; a page past the end counts apart).
 */
export async function listVisibleInnovations(db: Kysely<Database>, visibility: Viewer, filter: InnovationFilter): Promise<{ rows: InnovationListRow[]; total: number }> {
  return pageWithTotal(
    filteredVisibleQuery(db, visibility, filter),
    (query) =>
      (visibility.kind === 'public'
        ? // The case library leads with the latest decisions.
          withListColumns(query).orderBy(sql`COALESCE(i.nation_replicated_on, i.province_replicated_on, i.recognized_on)`, (ob) => ob.desc().nullsLast())
        : // Staff see what changed last; records loaded together keep their entry order.
          withListColumns(query).orderBy('i.updated_at', 'desc')
      ).orderBy('i.id', visibility.kind === 'public' ? 'desc' : 'asc'),
    filter,
  );
}
