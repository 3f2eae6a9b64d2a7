/**
 * 放权赋能事项 in bulk, for the Excel import and export (imports/powers/): the lookups a
 * preview checks its rows against, and the writes a commit makes under the import's own
 * transaction — the same rules as the single-record routes (powers.service.ts): the province
 * office keeps the catalogue and delegates, only the receiving zone's staff record 办件量, a 委托
 * needs its 委托书, an item is delegated to a zone once until it is withdrawn.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { canWriteZone, type RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/viewer.js';
import { writeAudit } from '../audit/audit.service.js';
import { reindexDelegations } from './powers-search.js';
import { requireCaseRecorder, requireCatalogueKeeper } from './powers.policy.js';
import { listDelegations, type DelegationRow } from './powers.repo.js';
import type { CreateDelegationBody, ItemBody } from './powers.schema.js';
import './powers.messages.js';

export type { DelegationRow };

type Db = Kysely<Database> | Transaction<Database>;

/** One row of a 放权清单: the item (found by its code, or added) and its delegation to a zone in the batch. */
export type CatalogueRowBody = Omit<ItemBody, 'parentId' | 'internalNote' | 'source'> &
  Pick<CreateDelegationBody, 'batchId' | 'zoneId' | 'delegationType' | 'entrustmentRef' | 'receivingBody' | 'promisedLimitDays' | 'internalNote'>;
/** One month's 办件量 of one delegation. */
export type CaseMonthBody = { delegationId: number; month: string; caseCount: number };

export function findBatch(db: Db, id: number) {
  return db.selectFrom('power_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Items by code (the codes a file names). */
export function itemsByCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('power_items').selectAll().where('code', 'in', [...new Set(codes)]).execute();
}

/** Items by exact name (for a cases file that names the item instead of giving its code). */
export function itemsByName(db: Db, names: readonly string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db.selectFrom('power_items').selectAll().where('name', 'in', [...new Set(names)]).execute();
}

/** The live (not withdrawn) delegations of these items, as 'itemId:zoneId'. */
export async function liveDelegationKeys(db: Db, itemIds: readonly number[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db.selectFrom('power_delegations').select(['item_id', 'zone_id']).where('item_id', 'in', [...new Set(itemIds)]).where('status', '<>', 'revoked').execute();
  return new Set(rows.map((r) => `${r.item_id}:${r.zone_id}`));
}

/** The live delegations of these items with their zone's path and status (for the cases a file names). */
export function liveDelegationsOf(db: Db, itemIds: readonly number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('power_delegations as d')
    .innerJoin('zones as z', 'z.id', 'd.zone_id')
    .select(['d.id', 'd.item_id', 'd.zone_id', 'd.status', 'z.path as zone_path'])
    .where('d.item_id', 'in', [...new Set(itemIds)])
    .where('d.status', '<>', 'revoked')
    .execute();
}

/** Delegations by id with their item's and zone's names, the zone's path and the status (a commit's recheck). */
export function delegationsById(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('power_delegations as d')
    .innerJoin('zones as z', 'z.id', 'd.zone_id')
    .innerJoin('power_items as i', 'i.id', 'd.item_id')
    .select(['d.id', 'd.status', 'z.path', 'z.name as zone_name', 'i.name as item_name'])
    .where('d.id', 'in', [...new Set(ids)])
    .execute();
}

/** The months already recorded for these delegations: 'delegationId:month' → the count and timed cases. */
export async function recordedMonths(db: Db, delegationIds: readonly number[]): Promise<Map<string, { caseCount: number; timed: number }>> {
  if (delegationIds.length === 0) return new Map();
  const rows = await db.selectFrom('power_case_months').select(['delegation_id', 'month', 'case_count', 'durations']).where('delegation_id', 'in', [...new Set(delegationIds)]).execute();
  return new Map(rows.map((r) => [`${r.delegation_id}:${r.month}`, { caseCount: r.case_count, timed: (r.durations as number[]).length }]));
}

/** Every delegation of the catalogue on a day the viewer sees (in the list's order), for the export. */
export async function catalogueOn(db: Db, viewer: Viewer, filter: { on: string; zonePath?: string }): Promise<DelegationRow[]> {
  return (await listDelegations(db, viewer, { on: filter.on, ...(filter.zonePath && { zonePath: filter.zonePath }) })).rows;
}

/**
 * Adds a 放权清单's rows under the caller's transaction: each item found by its code or added
 * (a found item is not changed: the catalogue's elements are edited there, not by a file),
 * then delegated to its zone in the batch, from the batch's effective date. Returns the
 * delegations' ids in the rows' order.
 */
export async function insertCatalogueRows(trx: Transaction<Database>, context: RequestContext, rows: readonly CatalogueRowBody[]): Promise<number[]> {
  requireCatalogueKeeper(context.actor);
  const actor = context.actor;
  const ids: number[] = [];
  const batches = new Map<number, NonNullable<Awaited<ReturnType<typeof findBatch>>>>();
  for (const body of rows) {
    const item = body;
    const delegation = body;
    const batch = batches.get(delegation.batchId) ?? (await findBatch(trx, delegation.batchId));
    if (!batch) throw new AppError('POWER_BATCH_UNKNOWN', { id: delegation.batchId });
    batches.set(batch.id, batch);
    const zone = await trx.selectFrom('zones').select(['id', 'path']).where('id', '=', delegation.zoneId).executeTakeFirst();
    if (!zone || !canWriteZone(actor, zone.path)) throw new AppError('POWER_ZONE_OUTSIDE');
    if (delegation.delegationType === 'entrust' && !delegation.entrustmentRef) throw new AppError('POWER_ENTRUSTMENT_REF');
    let itemRow = await trx.selectFrom('power_items').selectAll().where('code', '=', item.code).executeTakeFirst();
    if (!itemRow) {
      itemRow = await trx
        .insertInto('power_items')
        .values({
          parent_id: null, tier: item.tier, name: item.name, code: item.code, item_type: item.itemType, department: item.department, implementing_body: item.implementingBody,
          legal_basis: item.legalBasis, legal_limit_days: item.legalLimitDays ?? null, source: null, internal_note: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, context, { type: 'power.item_created', entityId: itemRow.id, after: itemRow });
    }
    const live = await trx.selectFrom('power_delegations').select('id').where('item_id', '=', itemRow.id).where('zone_id', '=', zone.id).where('status', '<>', 'revoked').executeTakeFirst();
    if (live) throw new AppError('POWER_ALREADY_DELEGATED');
    const terms = {
      delegation_type: delegation.delegationType, entrustment_ref: delegation.entrustmentRef ?? null, receiving_body: delegation.receivingBody ?? null,
      promised_limit_days: delegation.promisedLimitDays ?? null,
    };
    const row = await trx
      .insertInto('power_delegations')
      .values({ item_id: itemRow.id, batch_id: batch.id, zone_id: zone.id, ...terms, supervision_measures: null, source: null, internal_note: delegation.internalNote ?? null, created_by: actor.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    const change = await trx
      .insertInto('power_delegation_changes')
      .values({ delegation_id: row.id, batch_id: batch.id, action: 'add', effective_on: batch.effective_on, document: batch.document, ...terms, created_by: actor.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.delegated', entityId: row.id, after: { ...row, change } });
    ids.push(row.id);
  }
  await reindexDelegations(trx, ids);
  return ids;
}

/**
 * Records months of 办件量 under the caller's transaction, by the receiving zone's staff, for
 * delegations in operation. A month already recorded gets the file's count (an office resends
 * a month it corrected); its timed cases are kept, so the count may not fall below them.
 * Returns the case months' ids.
 */
export async function insertCaseMonths(trx: Transaction<Database>, context: RequestContext, rows: readonly CaseMonthBody[]): Promise<number[]> {
  const ids: number[] = [];
  for (const body of rows) {
    const delegation = await trx
      .selectFrom('power_delegations as d')
      .innerJoin('zones as z', 'z.id', 'd.zone_id')
      .select(['d.id', 'd.status', 'z.path as zone_path'])
      .where('d.id', '=', body.delegationId)
      .forUpdate(['d'])
      .executeTakeFirst();
    if (!delegation) throw new AppError('FORBIDDEN');
    requireCaseRecorder(context.actor, delegation);
    if (delegation.status !== 'in_operation') throw new AppError('POWER_NOT_RUNNING');
    const before = await trx.selectFrom('power_case_months').selectAll().where('delegation_id', '=', body.delegationId).where('month', '=', body.month).executeTakeFirst();
    const timed = before ? (before.durations as number[]).length : 0;
    if (timed > body.caseCount) throw new AppError('POWER_CASES_MISMATCH', { timed, count: body.caseCount });
    const values = { case_count: body.caseCount, recorded_by: context.actor!.id, recorded_at: new Date() };
    const after = before
      ? await trx.updateTable('power_case_months').set(values).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow()
      : await trx.insertInto('power_case_months').values({ delegation_id: body.delegationId, month: body.month, durations: JSON.stringify([]), ...values }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.cases_recorded', entityId: body.delegationId, ...(before && { before }), after });
    ids.push(after.id);
  }
  return ids;
}
