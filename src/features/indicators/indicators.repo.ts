/**
 * Indicator storage. Definitions are not zone data (every zone measures the same things); value
 * versions are, and every read of them takes the viewer and builds its WHERE from the zone
 * subtree predicate, or, for the public, from publication alone.
 */
import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Database, IndicatorDefinitionsTable, IndicatorValuesTable } from '../../db/schema.js';
import { inZoneSubtree, type Viewer } from '../../kernel/viewer.js';

export type DefinitionRow = Selectable<IndicatorDefinitionsTable>;
/** A value version with its zone and who recorded it; `value` as text, timestamps as Dates. */
export type ValueRow = Omit<Selectable<IndicatorValuesTable>, 'superseded_at' | 'published_at' | 'recorded_at'> & {
  recorded_at: Date;
  superseded_at: Date | null;
  published_at: Date | null;
  zone_name: string;
  zone_path: string;
  recorded_by_name: string | null;
};
type Db = Kysely<Database> | Transaction<Database>;

export function listDefinitions(db: Db): Promise<DefinitionRow[]> {
  return db.selectFrom('indicator_definitions').selectAll().orderBy('id').execute();
}

export function findDefinition(db: Db, code: string): Promise<DefinitionRow | undefined> {
  return db.selectFrom('indicator_definitions').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findDefinitionsById(db: Db, ids: readonly number[]): Promise<DefinitionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('indicator_definitions').selectAll().where('id', 'in', [...ids]).execute();
}

/** Definitions with at least one published value: what the portal lists. */
export function listPublishedDefinitions(db: Db): Promise<DefinitionRow[]> {
  return db
    .selectFrom('indicator_definitions as d')
    .selectAll('d')
    .where(({ exists, selectFrom }) => exists(selectFrom('indicator_values as v').select('v.id').whereRef('v.indicator_id', '=', 'd.id').where('v.published_at', 'is not', null)))
    .orderBy('d.id')
    .execute();
}

export async function hasPublishedValues(db: Db, indicatorId: number): Promise<boolean> {
  return !!(await db.selectFrom('indicator_values').select('id').where('indicator_id', '=', indicatorId).where('published_at', 'is not', null).limit(1).executeTakeFirst());
}

export async function definitionHasValues(db: Db, indicatorId: number): Promise<boolean> {
  return !!(await db.selectFrom('indicator_values').select('id').where('indicator_id', '=', indicatorId).limit(1).executeTakeFirst());
}

function valuesFrom(db: Db) {
  return db.selectFrom('indicator_values as v').innerJoin('zones as z', 'z.id', 'v.zone_id').leftJoin('users as u', 'u.id', 'v.recorded_by');
}
type ValuesFrom = ReturnType<typeof valuesFrom>;
/** The values' query with its columns `O`: every column (valuesQuery) or what a chart shows (chartValuesQuery). */
export type ValuesQuery<O> = ValuesFrom extends SelectQueryBuilder<infer DB, infer TB, object> ? SelectQueryBuilder<DB, TB, O> : never;

/** What a chart shows of a value: the dashboards read 2,800 zones at a time, and every column costs (PGlite above all). */
export type ChartRow = Pick<ValueRow, 'id' | 'indicator_id' | 'zone_id' | 'period' | 'value' | 'qualifier' | 'is_sample' | 'zone_name' | 'zone_path'>;
export function chartValuesQuery(db: Db): ValuesQuery<ChartRow> {
  return valuesFrom(db).select(['v.id', 'v.indicator_id', 'v.zone_id', 'v.period', sql<string>`v.value::text`.as('value'), 'v.qualifier', 'v.is_sample', 'z.name as zone_name', 'z.path as zone_path']);
}

function valuesQuery(db: Db): ValuesQuery<ValueRow> {
  return valuesFrom(db)
    .select([
      'v.id', 'v.indicator_id', 'v.zone_id', 'v.period', sql<string>`v.value::text`.as('value'), 'v.qualifier', 'v.source', 'v.source_sentence',
      'v.is_sample', 'v.internal_note', 'v.recorded_by', 'v.superseded_by', 'v.correction_reason', 'v.published_by',
      sql<Date>`v.recorded_at`.as('recorded_at'), sql<Date | null>`v.superseded_at`.as('superseded_at'), sql<Date | null>`v.published_at`.as('published_at'),
      'z.name as zone_name', 'z.path as zone_path', 'u.display_name as recorded_by_name',
    ]);
}

export type ValueFilter = {
  indicatorId: number;
  /** The zone's path: it and everything under it. */
  zonePath?: string;
  /** Only these zones (the comparison series): read by index instead of filtered afterwards. */
  zoneIds?: readonly number[];
  from?: string;
  to?: string;
  /** The versions standing at this instant; without it, the current ones. */
  asOf?: Date;
};

/**
 * The versions of one indicator that stood at `asOf` (or stand now) in the viewer's zones, one
 * per zone and period: recorded by then and not yet superseded then (indicator_values_versions_idx).
 */
export function listVisibleValues<O = ValueRow>(db: Db, viewer: Viewer, filter: ValueFilter, columns: (db: Db) => ValuesQuery<O> = valuesQuery as never): Promise<O[]> {
  let query = columns(db).where('v.indicator_id', '=', filter.indicatorId).where(inZoneSubtree(viewer, 'z.path'));
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.zoneIds) query = query.where('v.zone_id', 'in', filter.zoneIds.length ? [...filter.zoneIds] : [0]);
  if (filter.from) query = query.where('v.period', '>=', filter.from);
  if (filter.to) query = query.where('v.period', '<=', filter.to);
  const asOf = filter.asOf;
  query = asOf
    ? query.where('v.recorded_at', '<=', asOf).where((eb) => eb.or([eb('v.superseded_at', 'is', null), eb('v.superseded_at', '>', asOf)]))
    : query.where('v.superseded_at', 'is', null);
  return query.orderBy('z.sort_order').orderBy('z.id').orderBy('v.period').execute();
}

/** Every version of one (indicator, zone, period) in the viewer's zones, oldest first. */
export function listVisibleHistory(db: Db, viewer: Viewer, key: { indicatorId: number; zoneId: number; period: string }): Promise<ValueRow[]> {
  return valuesQuery(db)
    .where('v.indicator_id', '=', key.indicatorId)
    .where('v.zone_id', '=', key.zoneId)
    .where('v.period', '=', key.period)
    .where(inZoneSubtree(viewer, 'z.path'))
    .orderBy('v.recorded_at')
    .orderBy('v.id')
    .execute();
}

/** Value versions by id in the viewer's zones (any the viewer may not see are simply absent). */
export function findVisibleValues(db: Db, viewer: Viewer, ids: readonly number[]): Promise<ValueRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return valuesQuery(db).where('v.id', 'in', [...ids]).where(inZoneSubtree(viewer, 'z.path')).orderBy('v.id').execute();
}

/** The current version of (indicator, zone, period), whoever asks: the caller has the zone in scope. */
export function unsafeFindCurrentValue(db: Db, key: { indicatorId: number; zoneId: number; period: string }) {
  return db
    .selectFrom('indicator_values')
    .select('id')
    .where('indicator_id', '=', key.indicatorId)
    .where('zone_id', '=', key.zoneId)
    .where('period', '=', key.period)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

/** What the public filters published values by: one indicator (a zone subtree, a range of periods) or one zone's every indicator. */
export type PublishedFilter = Omit<ValueFilter, 'asOf' | 'indicatorId'> & { indicatorId?: number; zoneId?: number };

/**
 * For the public: per indicator, zone and period, the latest version that was published (a
 * correction not yet published leaves the figure the office published standing). indicator_values_published_idx.
 */
export async function listPublishedValues<O = ValueRow>(db: Db, filter: PublishedFilter, columns: (db: Db) => ValuesQuery<O> = valuesQuery as never): Promise<O[]> {
  let latest = db
    .selectFrom('indicator_values as v')
    .innerJoin('zones as z', 'z.id', 'v.zone_id')
    .distinctOn(['v.indicator_id', 'v.zone_id', 'v.period'])
    .select('v.id')
    .where('v.published_at', 'is not', null);
  if (filter.indicatorId !== undefined) latest = latest.where('v.indicator_id', '=', filter.indicatorId);
  if (filter.zoneId !== undefined) latest = latest.where('v.zone_id', '=', filter.zoneId);
  if (filter.zonePath) latest = latest.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.zoneIds) latest = latest.where('v.zone_id', 'in', filter.zoneIds.length ? [...filter.zoneIds] : [0]);
  if (filter.from) latest = latest.where('v.period', '>=', filter.from);
  if (filter.to) latest = latest.where('v.period', '<=', filter.to);
  latest = latest.orderBy('v.indicator_id').orderBy('v.zone_id').orderBy('v.period').orderBy('v.id', 'desc');
  return columns(db).where('v.id', 'in', latest).orderBy('v.indicator_id').orderBy('z.sort_order').orderBy('z.id').orderBy('v.period').execute();
}

/** The zones a ranking or overview compares (a parent's children, or every pilot zone), in display order, with only what it shows of them. */
export function listPeerZones(db: Db, peers: { parentId: number } | { type: 'pilot' }) {
  const query = db.selectFrom('zones').select(['id', 'name', 'path', 'parent_id', 'type']).orderBy('sort_order').orderBy('id');
  return ('parentId' in peers ? query.where('parent_id', '=', peers.parentId) : query.where('type', '=', peers.type)).execute();
}

/**
 * Per zone, the version of each indicator a reader sees as its latest figure — the current one
 * of its last period (a viewer) or the last published one (the public) — from the indicator_latest
 * rollup (0029), which a trigger keeps equal to that aggregation over every value. Zones under
 * `zonePath`; ordered by indicator, then as the zones are.
 */
export async function listLatestValues(db: Db, viewer: Viewer, filter: { indicatorIds: readonly number[]; zonePath?: string }): Promise<ChartRow[]> {
  if (filter.indicatorIds.length === 0) return [];
  const side = viewer.kind === 'public' ? 'published' : 'current';
  const column = (name: string) => sql.ref(`l.${side}_${name}`);
  let query = db
    .selectFrom('indicator_latest as l')
    .innerJoin('zones as z', 'z.id', 'l.zone_id')
    .select([
      sql<number>`${column('value_id')}`.as('id'), 'l.indicator_id', 'l.zone_id', sql<string>`${column('period')}`.as('period'), sql<string>`${column('value')}::text`.as('value'),
      sql<ChartRow['qualifier']>`${column('qualifier')}`.as('qualifier'), sql<boolean>`${column('is_sample')}`.as('is_sample'), 'z.name as zone_name', 'z.path as zone_path',
    ])
    .where('l.indicator_id', 'in', [...filter.indicatorIds])
    .where(sql<SqlBool>`${column('value_id')} IS NOT NULL`);
  if (viewer.kind !== 'public') query = query.where(inZoneSubtree(viewer, 'z.path'));
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  return query.orderBy('l.indicator_id').orderBy('z.sort_order').orderBy('z.id').execute();
}

/** A version as stored (what audit entries hold), the value as text: numeric never passes through a float. */
export type StoredValue = Selectable<IndicatorValuesTable>;
export const STORED_VALUE_COLUMNS = [
  'id', 'indicator_id', 'zone_id', 'period', sql<string>`value::text`.as('value'), 'qualifier', 'source', 'source_sentence', 'is_sample',
  'internal_note', 'recorded_by', 'recorded_at', 'superseded_at', 'superseded_by', 'correction_reason', 'published_at', 'published_by',
] as const;

/** The version as stored, locked for a correction or publication (audit `before`). */
export function lockValue(trx: Transaction<Database>, id: number): Promise<StoredValue> {
  return trx.selectFrom('indicator_values').select(STORED_VALUE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}
