/**
 * 放权赋能事项 use cases: the province office adds items and batches, delegates a power to a
 * zone under it and adjusts it by a later batch; the receiving zone's staff record its 事中事后
 * 监管 measures and its monthly cases. Each write is one transaction with its audit entry, and
 * every refusal comes before it, so a refused request changes nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { canWriteZone, type RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { viewerOf } from '../../kernel/viewer.js';
import { CalendarYearNotCovered } from '../../shared/calendar/working-days.js';
import { parsePartialDate } from '../../shared/partial-date.js';
import { POWER_TIER_LABELS, type DelegationType, type PowerTier } from '../../shared/powers.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import { requireCaseRecorder, requireCatalogueKeeper, requirePowerStaff } from './powers.policy.js';
import { presentBatch, presentChange, presentDelegation, presentItem, presentMonth } from './powers-present.js';
import { findDelegation, lastChange, listCaseMonths, listChanges, listEvents, type DelegationRow } from './powers.repo.js';
import type { BatchBody, ChangeDelegationBody, CreateDelegationBody, ItemBody, RecordCasesBody } from './powers.schema.js';
import { caseWorkingDays, processingTime } from './processing-time.js';
import './powers.messages.js';
import { reindexDelegations } from './powers-search.js';

type Db = Kysely<Database>;
const PARENT_TIER: Record<PowerTier, PowerTier | null> = { main: null, sub: 'main', handling: 'sub' };

export async function createItem(db: Db, context: RequestContext, body: ItemBody) {
  requireCatalogueKeeper(context.actor);
  const parentTier = PARENT_TIER[body.tier];
  const parent = body.parentId ? await db.selectFrom('power_items').select(['id', 'tier']).where('id', '=', body.parentId).executeTakeFirst() : undefined;
  if (body.parentId && !parent) throw new AppError('POWER_ITEM_UNKNOWN', { id: body.parentId });
  if ((parent?.tier ?? null) !== parentTier) {
    throw new AppError('POWER_PARENT_TIER', { tier: POWER_TIER_LABELS[body.tier].zh, parentTier: parentTier ? POWER_TIER_LABELS[parentTier].zh : '（无）' });
  }
  const taken = await db.selectFrom('power_items').select('id').where('code', '=', body.code).executeTakeFirst();
  if (taken) throw new AppError('POWER_CODE_TAKEN', { code: body.code });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('power_items')
      .values({
        parent_id: body.parentId ?? null, tier: body.tier, name: body.name, code: body.code, item_type: body.itemType, department: body.department,
        implementing_body: body.implementingBody, legal_basis: body.legalBasis, legal_limit_days: body.legalLimitDays ?? null, source: body.source ?? null, internal_note: body.internalNote ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.item_created', entityId: row.id, after: row });
    return presentItem(row);
  });
}

export async function createBatch(db: Db, context: RequestContext, body: BatchBody) {
  requireCatalogueKeeper(context.actor);
  const effective = parsePartialDate(body.effectiveOn)!;
  const published = body.publishedOn ? parsePartialDate(body.publishedOn) : null;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('power_batches')
      .values({
        level: body.level, title: body.title, document: body.document ?? null, published_on: published?.on ?? null, published_precision: published?.precision ?? null,
        effective_on: effective.on, effective_precision: effective.precision, source: body.source ?? null, internal_note: body.internalNote ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.batch_created', entityId: row.id, after: row });
    return presentBatch(row);
  });
}

async function batchOf(db: Db, id: number) {
  const batch = await db.selectFrom('power_batches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!batch) throw new AppError('POWER_BATCH_UNKNOWN', { id });
  return batch;
}

function checkEntrustment(type: DelegationType, ref: string | null | undefined) {
  if (type === 'entrust' && !ref) throw new AppError('POWER_ENTRUSTMENT_REF');
}

export async function createDelegation(db: Db, context: RequestContext, body: CreateDelegationBody) {
  requireCatalogueKeeper(context.actor);
  const item = await db.selectFrom('power_items').select('id').where('id', '=', body.itemId).executeTakeFirst();
  if (!item) throw new AppError('POWER_ITEM_UNKNOWN', { id: body.itemId });
  const batch = await batchOf(db, body.batchId);
  const zone = await db.selectFrom('zones').select(['id', 'path']).where('id', '=', body.zoneId).executeTakeFirst();
  if (!zone || !canWriteZone(context.actor, zone.path)) throw new AppError('POWER_ZONE_OUTSIDE');
  checkEntrustment(body.delegationType, body.entrustmentRef);
  const effectiveOn = body.effectiveOn ?? batch.effective_on;
  if (effectiveOn < batch.effective_on) throw new AppError('POWER_EFFECTIVE_BEFORE_BATCH', { batchOn: batch.effective_on });
  const live = await db.selectFrom('power_delegations').select('id').where('item_id', '=', body.itemId).where('zone_id', '=', body.zoneId).where('status', '<>', 'revoked').executeTakeFirst();
  if (live) throw new AppError('POWER_ALREADY_DELEGATED');
  const id = await db.transaction().execute(async (trx) => {
    const terms = { delegation_type: body.delegationType, entrustment_ref: body.entrustmentRef ?? null, receiving_body: body.receivingBody ?? null, promised_limit_days: body.promisedLimitDays ?? null };
    const row = await trx
      .insertInto('power_delegations')
      .values({
        item_id: body.itemId, batch_id: body.batchId, zone_id: body.zoneId, ...terms, supervision_measures: body.supervisionMeasures ?? null,
        source: body.source ?? null, internal_note: body.internalNote ?? null, created_by: context.actor!.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const change = await trx
      .insertInto('power_delegation_changes')
      .values({ delegation_id: row.id, batch_id: body.batchId, action: 'add', effective_on: effectiveOn, document: batch.document, ...terms, created_by: context.actor!.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.delegated', entityId: row.id, after: { ...row, change } });
    await reindexDelegations(trx, [row.id]);
    return row.id;
  });
  return presentDelegation((await findDelegation(db, viewerOf(context), id))!, context.actor);
}

/** The delegation as staff see it, or 404 (outside the scope, or none). */
async function staffDelegation(db: Db, context: RequestContext, id: number): Promise<DelegationRow> {
  requirePowerStaff(context.actor);
  const row = await findDelegation(db, viewerOf(context), id);
  if (!row) throw notFound();
  return row;
}

export async function changeDelegation(db: Db, context: RequestContext, id: number, body: ChangeDelegationBody) {
  const row = await staffDelegation(db, context, id);
  requireCatalogueKeeper(context.actor);
  if (row.status === 'revoked') throw new AppError('POWER_WITHDRAWN');
  const batch = await batchOf(db, body.batchId);
  checkEntrustment(body.delegationType, body.entrustmentRef);
  const effectiveOn = body.effectiveOn ?? batch.effective_on;
  if (effectiveOn < batch.effective_on) throw new AppError('POWER_EFFECTIVE_BEFORE_BATCH', { batchOn: batch.effective_on });
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('power_delegations').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (before.status === 'revoked') throw new AppError('POWER_WITHDRAWN');
    const last = await lastChange(trx, id);
    if (last && effectiveOn < last.effective_on) throw new AppError('POWER_CHANGE_BEFORE_LAST', { lastOn: last.effective_on });
    const terms = { delegation_type: body.delegationType, entrustment_ref: body.entrustmentRef ?? null, receiving_body: body.receivingBody ?? null, promised_limit_days: body.promisedLimitDays ?? null };
    const change = await trx
      .insertInto('power_delegation_changes')
      .values({ delegation_id: id, batch_id: body.batchId, action: 'change', effective_on: effectiveOn, document: batch.document, ...terms, created_by: context.actor!.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    // The row holds the latest terms; what held on an earlier day is read from the changes.
    const after = await trx.updateTable('power_delegations').set({ ...terms, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.changed', entityId: id, before, after: { ...after, change } });
    await reindexDelegations(trx, [id]);
  });
  return presentDelegation((await findDelegation(db, viewerOf(context), id))!, context.actor);
}

/** 事中事后监管 measures are the receiving zone's: its staff (or the province office) write them. */
export async function updateMeasures(db: Db, context: RequestContext, id: number, measures: string | null | undefined) {
  const row = await staffDelegation(db, context, id);
  if (!canWriteZone(context.actor, row.zone_path)) throw new AppError('FORBIDDEN');
  if (row.status === 'revoked') throw new AppError('POWER_WITHDRAWN');
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('power_delegations').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const after = await trx.updateTable('power_delegations').set({ supervision_measures: measures ?? null, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.changed', entityId: id, before, after });
  });
  return presentDelegation((await findDelegation(db, viewerOf(context), id))!, context.actor);
}

/** Working days of each dated case, checked against the month; a year without a holiday arrangement is refused, not guessed. */
function durationsOf(body: RecordCasesBody): number[] {
  if (body.cases.length > body.caseCount) throw new AppError('POWER_CASES_MISMATCH', { timed: body.cases.length, count: body.caseCount });
  const durations = body.cases.map((c, index) => {
    const row = index + 1;
    if (c.completedOn.slice(0, 7) !== body.month) throw new AppError('POWER_CASE_OUTSIDE_MONTH', { row, month: body.month });
    if (c.completedOn < c.receivedOn) throw new AppError('POWER_CASE_ORDER', { row });
    try {
      return caseWorkingDays(c.receivedOn, c.completedOn);
    } catch (error) {
      if (error instanceof CalendarYearNotCovered) throw new AppError('POWER_CALENDAR_YEAR', { year: error.year });
      throw error;
    }
  });
  return durations.sort((a, b) => a - b);
}

/** A month's 办件量 (replacing what was recorded for that month), by the receiving zone's staff. */
export async function recordCases(db: Db, context: RequestContext, id: number, body: RecordCasesBody) {
  const row = await staffDelegation(db, context, id);
  requireCaseRecorder(context.actor, row);
  if (row.status !== 'in_operation') throw new AppError('POWER_NOT_RUNNING');
  const durations = durationsOf(body);
  const saved = await db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('power_delegations').select('status').where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (locked.status !== 'in_operation') throw new AppError('POWER_NOT_RUNNING');
    const before = await trx.selectFrom('power_case_months').selectAll().where('delegation_id', '=', id).where('month', '=', body.month).executeTakeFirst();
    const values = { case_count: body.caseCount, durations: JSON.stringify(durations), recorded_by: context.actor!.id, recorded_at: new Date() };
    const after = before
      ? await trx.updateTable('power_case_months').set(values).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow()
      : await trx.insertInto('power_case_months').values({ delegation_id: id, month: body.month, ...values }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'power.cases_recorded', entityId: id, ...(before && { before }), after });
    return after;
  });
  const months = await listCaseMonths(db, id);
  return { month: presentMonth(saved), processingTime: processingTime(row.item_legal_limit_days, row.promised_limit_days, months.flatMap((m) => m.durations)) };
}

/** One delegation with its history, its months and its processing time over every timed case. */
export async function delegationDetail(db: Db, row: DelegationRow) {
  const [months, changes, events] = await Promise.all([listCaseMonths(db, row.id), listChanges(db, row.id), listEvents(db, row.id)]);
  return {
    processingTime: processingTime(row.item_legal_limit_days, row.promised_limit_days, months.flatMap((m) => m.durations)),
    months: months.map(presentMonth),
    changes: changes.map(presentChange),
    events: events.map((e) => ({ action: e.action, fromStatus: e.from_status, toStatus: e.to_status, occurredOn: e.occurred_on, document: e.document, comment: e.comment, at: new Date(e.created_at).toISOString() })),
  };
}

export async function getDelegation(db: Db, context: RequestContext, id: number) {
  const row = await staffDelegation(db, context, id);
  return { delegation: presentDelegation(row, context.actor), ...(await delegationDetail(db, row)) };
}
