/**
 * A checklist stage — 资格审查 or 尽职调查 (shared/stage-activities.enums.ts): its checklist (set as one list while the stage's setup is
 * open; items keep their id, and their checks, across edits), the organiser's check of each item
 * for each entry in the running (通过 / 未通过 / 待补充, with a note; who and when), and each
 * entry's conclusion (通过 only once every required item has passed; 不通过 with its reason).
 * Conclusions are applied when the stage closes (stage-outcomes.ts). Every write audited in its
 * transaction, under the stage's lock.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError } from '../../../kernel/errors.js';
import type { EntryStatus } from '../../../shared/evaluation.enums.js';
import { writeAudit } from '../../audit/audit.service.js';
import type { StageRow } from '../campaigns.repo.js';
import { checkUniqueNames } from '../setup-checks.js';
import { countMissingConclusions, listChecklist, listChecks, listOutcomes, notInRunning, unsafeStageEntries } from './activities.repo.js';
import type { DiligenceDto, RecordChecksBody, SetChecklistBody, SetConclusionBody } from './activities.schema.js';
import { activityAbilities, iso, organisedStageOfKind, refuseOutsiders, writeOnStage } from './activity-stage.js';

type Db = Kysely<Database>;

async function present(db: Db, stage: StageRow): Promise<DiligenceDto> {
  const [items, entries, checks, outcomes, missing] = await Promise.all([
    listChecklist(db, stage.id), unsafeStageEntries(db, stage), listChecks(db, stage.id), listOutcomes(db, stage.id), countMissingConclusions(db, stage),
  ]);
  const current = await db.selectFrom('campaign_stages').select('status').where('id', '=', stage.id).executeTakeFirstOrThrow();
  const conclusion = new Map(outcomes.map((o) => [o.entry_id, o]));
  return {
    stageId: stage.id,
    status: current.status,
    items: items.map((item) => ({ id: item.id, ordinal: item.ordinal, name: item.name, description: item.description, required: item.required })),
    entries: entries.map((entry) => {
      const decided = conclusion.get(entry.id);
      return {
        entryId: entry.id,
        title: entry.title,
        companyName: entry.company_name,
        categoryName: entry.category_name,
        isSample: entry.is_sample,
        status: entry.status as EntryStatus,
        checks: checks.filter((c) => c.entry_id === entry.id).map((c) => ({ itemId: c.item_id, outcome: c.outcome, note: c.note, by: c.checked_by_name, at: iso(c.checked_at) })),
        conclusion: decided ? { passed: decided.passed, reason: decided.reason, by: decided.decided_by_name, at: iso(decided.decided_at) } : null,
      };
    }),
    missing,
    abilities: activityAbilities({ status: current.status, campaign_status: stage.campaign_status }),
  };
}

export async function getDiligence(db: Db, context: RequestContext, stageId: number): Promise<DiligenceDto> {
  return present(db, await organisedStageOfKind(db, context, stageId, 'checklist'));
}

/** Replaces the checklist with `items`, in order: an item with an id is kept (it must be one of the stage's), the rest are new, the missing ones go with their checks. */
export async function setChecklist(db: Db, context: RequestContext, stageId: number, body: SetChecklistBody): Promise<DiligenceDto> {
  const stage = await organisedStageOfKind(db, context, stageId, 'checklist');
  checkUniqueNames(body.items.map((item) => item.name), 'items');
  return writeOnStage(db, stage, 'setup', present, async (trx) => {
    const before = await listChecklist(trx, stageId);
    const known = new Set(before.map((item) => item.id));
    body.items.forEach((item, index) => {
      if (item.id !== undefined && !known.has(item.id)) throw new AppError('CHECKLIST_ITEM_UNKNOWN', { id: item.id }, [{ path: `items/${index}/id`, key: 'CHECKLIST_ITEM_UNKNOWN', params: { id: item.id } }]);
    });
    const kept = new Set(body.items.flatMap((item) => (item.id === undefined ? [] : [item.id])));
    const gone = before.filter((item) => !kept.has(item.id)).map((item) => item.id);
    if (gone.length > 0) await trx.deleteFrom('stage_checklist_items').where('id', 'in', gone).execute();
    // The (stage, ordinal) key is checked at commit (deferred), so the items may pass through each other's places.
    for (const [index, item] of body.items.entries()) {
      const values = { ordinal: index + 1, name: item.name, description: item.description ?? null, required: item.required };
      if (item.id === undefined) await trx.insertInto('stage_checklist_items').values({ stage_id: stageId, ...values }).execute();
      else await trx.updateTable('stage_checklist_items').set(values).where('id', '=', item.id).execute();
    }
    await writeAudit(trx, context, { type: 'stage_checklist.set', entityId: stageId, before, after: await listChecklist(trx, stageId) });
  });
}

/** Records checks (one per entry and item; a later one replaces the earlier) for entries in the running. */
export async function recordChecks(db: Db, context: RequestContext, stageId: number, body: RecordChecksBody): Promise<DiligenceDto> {
  const stage = await organisedStageOfKind(db, context, stageId, 'checklist');
  return writeOnStage(db, stage, 'record', present, async (trx) => {
    const entryIds = body.checks.map((check) => check.entryId);
    refuseOutsiders(await notInRunning(trx, stage.campaign_id, entryIds), (i) => `checks/${i}/entryId`, entryIds);
    const items = new Set((await listChecklist(trx, stageId)).map((item) => item.id));
    body.checks.forEach((check, index) => {
      if (!items.has(check.itemId)) throw new AppError('CHECKLIST_ITEM_UNKNOWN', { id: check.itemId }, [{ path: `checks/${index}/itemId`, key: 'CHECKLIST_ITEM_UNKNOWN', params: { id: check.itemId } }]);
    });
    // The last word on a pair wins within one request, as it would across two.
    const byPair = new Map(body.checks.map((check) => [`${check.itemId}:${check.entryId}`, check]));
    const rows = [...byPair.values()].map((check) => ({ item_id: check.itemId, entry_id: check.entryId, outcome: check.outcome, note: check.note ?? null, checked_by: context.actor!.id }));
    const pairs = (query: ReturnType<typeof trx.selectFrom<'stage_checks'>>) =>
      query.where((eb) => eb.or(rows.map((row) => eb.and([eb('item_id', '=', row.item_id), eb('entry_id', '=', row.entry_id)]))));
    const before = await pairs(trx.selectFrom('stage_checks')).selectAll().execute();
    const after = await trx
      .insertInto('stage_checks')
      .values(rows)
      .onConflict((oc) => oc.columns(['item_id', 'entry_id']).doUpdateSet((eb) => ({ outcome: eb.ref('excluded.outcome'), note: eb.ref('excluded.note'), checked_by: eb.ref('excluded.checked_by'), checked_at: new Date() })))
      .returningAll()
      .execute();
    await writeAudit(trx, context, { type: 'stage_checks.recorded', entityId: stageId, before, after });
  });
}

/** Gives (or changes) an entry's conclusion while the stage is in progress. */
export async function setConclusion(db: Db, context: RequestContext, stageId: number, body: SetConclusionBody): Promise<DiligenceDto> {
  const stage = await organisedStageOfKind(db, context, stageId, 'checklist');
  const reason = body.reason ?? null;
  if (!body.passed && !reason) throw new AppError('CONCLUSION_REASON_REQUIRED', {}, [{ path: 'reason', key: 'CONCLUSION_REASON_REQUIRED', params: {} }]);
  return writeOnStage(db, stage, 'record', present, async (trx) => {
    refuseOutsiders(await notInRunning(trx, stage.campaign_id, [body.entryId]), () => 'entryId', [body.entryId]);
    if (body.passed) {
      const open = await trx
        .selectFrom('stage_checklist_items as i')
        .leftJoin('stage_checks as k', (join) => join.onRef('k.item_id', '=', 'i.id').on('k.entry_id', '=', body.entryId))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('i.stage_id', '=', stageId)
        .where('i.required', '=', true)
        .where((eb) => eb.or([eb('k.outcome', 'is', null), eb('k.outcome', '<>', 'pass')]))
        .executeTakeFirstOrThrow();
      if (Number(open.n) > 0) throw new AppError('CONCLUSION_ITEMS_OPEN', { count: Number(open.n) });
    }
    const before = (await trx.selectFrom('stage_outcomes').selectAll().where('stage_id', '=', stageId).where('entry_id', '=', body.entryId).executeTakeFirst()) ?? null;
    const values = { passed: body.passed, reason, decided_by: context.actor!.id, decided_at: new Date() };
    const after = await trx
      .insertInto('stage_outcomes')
      .values({ stage_id: stageId, entry_id: body.entryId, basis: 'conclusion', ...values })
      .onConflict((oc) => oc.columns(['stage_id', 'entry_id']).doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'stage_conclusion.set', entityId: stageId, before, after });
  });
}
