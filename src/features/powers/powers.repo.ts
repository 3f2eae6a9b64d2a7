/**
 * 放权赋能事项 storage. Every read takes the viewer: staff see the delegations of their zone
 * subtree; the public answer sees every delegation (each comes from a published document) and
 * the service leaves out what is internal. The catalogue on a day is read through the latest
 * change of each delegation in effect on it (power_delegation_changes).
 */
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { pageWithTotal } from '../../db/page-with-total.js';
import { inZoneSubtree, type Viewer } from '../../kernel/viewer.js';
import type { DelegationStatus, DelegationType, PowerItemType, PowerLevel } from '../../shared/powers.enums.js';

type Db = Kysely<Database> | Transaction<Database>;

const ITEM_COLUMNS = [
  'i.id as item_id', 'i.parent_id as item_parent_id', 'i.tier as item_tier', 'i.name as item_name', 'i.code as item_code', 'i.item_type as item_type',
  'i.department as item_department', 'i.implementing_body as item_implementing_body', 'i.legal_basis as item_legal_basis',
  'i.legal_limit_days as item_legal_limit_days', 'i.is_sample as item_is_sample', 'i.source as item_source',
] as const;
const BATCH_COLUMNS = [
  'b.id as batch_id', 'b.level as batch_level', 'b.title as batch_title', 'b.document as batch_document', 'b.published_on as batch_published_on',
  'b.published_precision as batch_published_precision', 'b.effective_on as batch_effective_on', 'b.effective_precision as batch_effective_precision',
  'b.is_sample as batch_is_sample', 'b.source as batch_source', 'b.internal_note as batch_internal_note',
] as const;
const DELEGATION_COLUMNS = [
  'd.id', 'd.zone_id', 'd.receiving_body', 'd.delegation_type', 'd.entrustment_ref', 'd.supervision_measures', 'd.promised_limit_days', 'd.status',
  'd.accepted_on', 'd.running_on', 'd.withdrawn_on', 'd.withdrawn_document', 'd.is_sample', 'd.source', 'd.internal_note',
  'z.path as zone_path', 'z.name as zone_name', 'z.name_en as zone_name_en',
] as const;
/** The change in effect on the day asked about (null without one). */
const CHANGE_COLUMNS = [
  'ch.id as change_id', 'ch.action as change_action', 'ch.effective_on as change_effective_on', 'ch.batch_id as change_batch_id',
  'ch.delegation_type as change_delegation_type', 'ch.entrustment_ref as change_entrustment_ref', 'ch.receiving_body as change_receiving_body',
  'ch.promised_limit_days as change_promised_limit_days',
] as const;

/** The join to the change of `d` in effect on `on`: its range [effective_on, superseded_on) holds the day (migration 0031). */
const inEffectOn = (alias: string, on: string) =>
  sql<SqlBool>`${sql.ref(`${alias}.delegation_id`)} = d.id AND ${sql.ref(`${alias}.effective_on`)} <= ${on}::date
    AND (${sql.ref(`${alias}.superseded_on`)} IS NULL OR ${sql.ref(`${alias}.superseded_on`)} > ${on}::date)`;

/** Which delegations the viewer sees: the public answer every one, staff their zone subtree. */
export const visibleToViewer = (viewer: Viewer): Expression<SqlBool> => (viewer.kind === 'public' ? sql<SqlBool>`TRUE` : inZoneSubtree(viewer, 'z.path'));

/** `%words%` for ILIKE, with the wildcard characters of the words escaped. */
export const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Words (`q`) are the search engine's (powers-search.ts), which narrows by `ids`. */
export type DelegationFilter = {
  zonePath?: string; level?: PowerLevel; status?: DelegationStatus; type?: DelegationType; itemType?: PowerItemType; on?: string; ids?: number[];
};

function delegationsQuery(db: Db, viewer: Viewer, filter: DelegationFilter) {
  const on = filter.on ?? null;
  let query = db
    .selectFrom('power_delegations as d')
    .innerJoin('power_items as i', 'i.id', 'd.item_id')
    .innerJoin('power_batches as b', 'b.id', 'd.batch_id')
    .innerJoin('zones as z', 'z.id', 'd.zone_id')
    .leftJoin('power_delegation_changes as ch', (join) => join.on(on ? inEffectOn('ch', on) : sql<SqlBool>`FALSE`))
    .where(visibleToViewer(viewer));
  // On a day: what was in the catalogue then, withdrawn ones out.
  if (on) query = query.where('ch.id', 'is not', null).where('ch.action', '<>', 'withdraw');
  if (filter.zonePath) query = query.where('z.path', 'like', `${filter.zonePath}%`);
  if (filter.level) query = query.where('b.level', '=', filter.level);
  if (filter.status) query = query.where('d.status', '=', filter.status);
  // On a day, the type then in effect (a later batch may have turned a 委托 into a 下放).
  if (filter.type) query = query.where(sql<string>`coalesce(ch.delegation_type, d.delegation_type)`, '=', filter.type);
  if (filter.itemType) query = query.where('i.item_type', '=', filter.itemType);
  if (filter.ids) query = query.where('d.id', 'in', filter.ids.length > 0 ? filter.ids : [-1]);
  return query;
}

const selectAll = <Q extends ReturnType<typeof delegationsQuery>>(query: Q) => query.select([...DELEGATION_COLUMNS, ...ITEM_COLUMNS, ...BATCH_COLUMNS, ...CHANGE_COLUMNS]);
export type DelegationRow = Awaited<ReturnType<ReturnType<typeof selectAll>['executeTakeFirstOrThrow']>>;

/**
 * A page of the delegations the viewer sees, by zone, then batch date, then item code. A page is found as ids first and its
 * full rows read after: counting and ordering a province's tens of thousands of rows with every
 * column (names, bases, sources) cost ten times what the narrow rows do.
 */
export async function listDelegations(db: Db, viewer: Viewer, filter: DelegationFilter & { limit?: number; offset?: number }): Promise<{ rows: DelegationRow[]; total: number }> {
  if (filter.limit === undefined) {
    const rows = await selectAll(delegationsQuery(db, viewer, filter)).orderBy('z.path').orderBy('b.effective_on').orderBy('i.code').orderBy('d.id').execute();
    return { rows, total: rows.length };
  }
  const page = await pageWithTotal(delegationsQuery(db, viewer, filter), (q) => q.select('d.id').orderBy('z.path').orderBy('b.effective_on').orderBy('i.code').orderBy('d.id'), filter);
  if (page.rows.length === 0) return { rows: [], total: page.total };
  const ids = page.rows.map((row) => row.id);
  const full = await selectAll(delegationsQuery(db, viewer, { on: filter.on, ids })).execute();
  const byId = new Map(full.map((row) => [row.id, row]));
  return { rows: ids.map((id) => byId.get(id)!), total: page.total };
}

export function findDelegation(db: Db, viewer: Viewer, id: number): Promise<DelegationRow | undefined> {
  return selectAll(delegationsQuery(db, viewer, {}).where('d.id', '=', id)).executeTakeFirst();
}

export function listChanges(db: Db, delegationId: number) {
  return db.selectFrom('power_delegation_changes').selectAll().where('delegation_id', '=', delegationId).orderBy('effective_on').orderBy('id').execute();
}

export function listEvents(db: Db, delegationId: number) {
  return db.selectFrom('power_delegation_events').selectAll().where('delegation_id', '=', delegationId).orderBy('id').execute();
}

export function listCaseMonths(db: Db, delegationId: number) {
  return db.selectFrom('power_case_months').selectAll().where('delegation_id', '=', delegationId).orderBy('month').execute();
}

/** The latest change of a delegation (any day), under the step's lock. */
export function lastChange(db: Db, delegationId: number) {
  return db.selectFrom('power_delegation_changes').selectAll().where('delegation_id', '=', delegationId).orderBy('effective_on', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/**
 * The delegations in scope whose catalogue entry differs between two days: each with the change
 * in effect on either day (null when none was).
 */
export async function changedBetween(db: Db, viewer: Viewer, input: { from: string; to: string; zonePath?: string }) {
  let query = db
    .selectFrom('power_delegations as d')
    .innerJoin('zones as z', 'z.id', 'd.zone_id')
    .leftJoin('power_delegation_changes as cf', (join) => join.on(inEffectOn('cf', input.from)))
    .leftJoin('power_delegation_changes as ct', (join) => join.on(inEffectOn('ct', input.to)))
    .select(['d.id', 'cf.id as from_change', 'ct.id as to_change'])
    .where(visibleToViewer(viewer));
  if (input.zonePath) query = query.where('z.path', 'like', `${input.zonePath}%`);
  const rows = await db
    .selectFrom(query.as('s'))
    .selectAll()
    .where(sql<SqlBool>`s.from_change IS DISTINCT FROM s.to_change`)
    .orderBy('s.id')
    .execute();
  return rows.map((row) => ({ id: Number(row.id), fromChange: row.from_change === null ? null : Number(row.from_change), toChange: row.to_change === null ? null : Number(row.to_change) }));
}

export function changesById(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('power_delegation_changes').selectAll().where('id', 'in', ids).execute();
}

/** A page of the catalogue's items, by code; `q` finds words of the name or the code. */
export async function listItems(db: Db, filter: { q?: string; parentId?: number; limit: number; offset: number }) {
  let query = db.selectFrom('power_items');
  if (filter.parentId) query = query.where('parent_id', '=', filter.parentId);
  const q = filter.q?.trim();
  if (q) query = query.where((eb) => eb.or([eb('name', 'ilike', likePattern(q)), eb('code', 'ilike', likePattern(q))]));
  return pageWithTotal(query, (filtered) => filtered.selectAll().orderBy('code').orderBy('id'), filter);
}
