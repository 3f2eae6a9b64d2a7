/**
 * Stage use cases: add, edit and remove a campaign's stages, and set a scored stage's criteria
 * as one set whose weights add up to 1. Same order as the campaign's: load within scope (404) →
 * organiser (403) → under the campaign's lock, its status and the stage's (409), the setup
 * checks (400), write and audit. Lifecycle steps: transition-stage.ts.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { viewerOf } from '../../kernel/viewer.js';
import { EDITABLE_STAGE_STATUSES, type AdvancementRule } from '../../shared/evaluation.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import './evaluation.messages.js';
import { findVisibleStage, type StageRow } from './campaigns.repo.js';
import { organises } from './evaluation.policy.js';
import { checkDatesForward, checkStagesWithin, checkUniqueNames } from './setup-checks.js';
import type { CreateStageBody, CriterionInput, SetCriteriaBody, StageDto, UpdateStageBody } from './stages.schema.js';
import { getVisibleCampaign, lockEditableCampaign } from './campaigns.service.js';
import { presentStage } from './stage-present.js';

type Db = Kysely<Database>;
/** The ordinal's range in campaign_stages (1…100). */
const MAX_STAGES = 100;

export async function getVisibleStage(db: Db | Transaction<Database>, context: RequestContext, id: number): Promise<StageRow> {
  const row = await findVisibleStage(db, viewerOf(context), id);
  if (!row) throw notFound();
  return row;
}

export async function reloadStage(db: Db | Transaction<Database>, context: RequestContext, id: number): Promise<StageDto> {
  return presentStage(await getVisibleStage(db, context, id), context);
}

/** A quota rule may name only the campaign's own categories. */
async function checkAdvancement(trx: Transaction<Database>, campaignId: number, rule: AdvancementRule | undefined) {
  if (rule?.kind !== 'quota') return;
  const ids = Object.keys(rule.perCategory).map(Number);
  if (ids.length === 0) return;
  const known = new Set((await trx.selectFrom('campaign_categories').select('id').where('campaign_id', '=', campaignId).where('id', 'in', ids).execute()).map((row) => row.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('UNKNOWN_CATEGORY', { id: unknown }, [{ path: `advancement/perCategory/${unknown}`, key: 'UNKNOWN_CATEGORY', params: { id: unknown } }]);
}

/** Adds a stage at `ordinal` (default: after the last); the stages from there on move down one. */
export async function createStage(db: Db, context: RequestContext, campaignId: number, body: CreateStageBody): Promise<StageDto> {
  const campaign = await getVisibleCampaign(db, context, campaignId);
  if (!organises(context.actor, campaign)) throw new AppError('FORBIDDEN');
  const dates = { starts_on: body.startsOn ?? null, ends_on: body.endsOn ?? null };
  checkDatesForward(dates);
  return db.transaction().execute(async (trx) => {
    const locked = await lockEditableCampaign(trx, campaignId);
    checkStagesWithin(locked, [{ name: body.name, ...dates }]);
    await checkAdvancement(trx, campaignId, body.advancement);
    const { last } = await trx.selectFrom('campaign_stages').select((eb) => eb.fn.coalesce(eb.fn.max('ordinal'), eb.lit(0)).as('last')).where('campaign_id', '=', campaignId).executeTakeFirstOrThrow();
    if (Number(last) >= MAX_STAGES) throw new AppError('TOO_MANY_STAGES', { max: MAX_STAGES });
    const ordinal = Math.min(body.ordinal ?? Number(last) + 1, Number(last) + 1);
    // One statement, the unique (campaign, ordinal) key checked at its end (deferrable in 0016).
    await trx.updateTable('campaign_stages').set((eb) => ({ ordinal: eb('ordinal', '+', 1) })).where('campaign_id', '=', campaignId).where('ordinal', '>=', ordinal).execute();
    const row = await trx
      .insertInto('campaign_stages')
      .values({
        campaign_id: campaignId,
        ordinal,
        kind: body.kind,
        name: body.name,
        ...dates,
        blind: body.blind ?? false,
        advancement: JSON.stringify(body.advancement ?? { kind: 'manual' }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign_stage.created', entityId: row.id, after: row });
    return reloadStage(trx, context, row.id);
  });
}

/** The stage as its organiser may change it: the campaign and the stage both still editable, under the campaign's lock. */
async function lockEditableStage(trx: Transaction<Database>, stage: StageRow) {
  const campaign = await lockEditableCampaign(trx, stage.campaign_id);
  const locked = await trx.selectFrom('campaign_stages').selectAll().where('id', '=', stage.id).forUpdate().executeTakeFirstOrThrow();
  return { campaign, locked };
}

/** A stage the viewer sees (404 otherwise) and organises (403 otherwise). */
export async function getOrganisedStage(db: Db, context: RequestContext, id: number) {
  const stage = await getVisibleStage(db, context, id);
  if (!organises(context.actor, stage)) throw new AppError('FORBIDDEN');
  return stage;
}

export async function updateStage(db: Db, context: RequestContext, id: number, body: UpdateStageBody): Promise<StageDto> {
  const stage = await getOrganisedStage(db, context, id);
  return db.transaction().execute(async (trx) => {
    const { campaign, locked: before } = await lockEditableStage(trx, stage);
    if (!EDITABLE_STAGE_STATUSES.includes(before.status)) throw new AppError('STAGE_NOT_EDITABLE', { status: before.status });
    const changes = {
      ...(body.name !== undefined && { name: body.name }),
      ...(body.startsOn !== undefined && { starts_on: body.startsOn }),
      ...(body.endsOn !== undefined && { ends_on: body.endsOn }),
      ...(body.blind !== undefined && { blind: body.blind }),
      ...(body.advancement !== undefined && { advancement: JSON.stringify(body.advancement) }),
    };
    if (Object.keys(changes).length === 0) return reloadStage(trx, context, id);
    const dates = { starts_on: changes.starts_on !== undefined ? changes.starts_on : before.starts_on, ends_on: changes.ends_on !== undefined ? changes.ends_on : before.ends_on };
    checkDatesForward(dates);
    checkStagesWithin(campaign, [{ name: changes.name ?? before.name, ...dates }]);
    await checkAdvancement(trx, before.campaign_id, body.advancement);
    const after = await trx.updateTable('campaign_stages').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await writeAudit(trx, context, { type: 'campaign_stage.updated', entityId: id, before, after });
    return reloadStage(trx, context, id);
  });
}

/** Removes a stage not yet started from a campaign still in draft; the later stages move up one. */
export async function deleteStage(db: Db, context: RequestContext, id: number): Promise<void> {
  const stage = await getOrganisedStage(db, context, id);
  await db.transaction().execute(async (trx) => {
    const { campaign, locked } = await lockEditableStage(trx, stage);
    if (campaign.status !== 'draft' || locked.status !== 'planned') throw new AppError('STAGE_NOT_DELETABLE');
    await trx.deleteFrom('campaign_stages').where('id', '=', id).execute();
    await trx.updateTable('campaign_stages').set((eb) => ({ ordinal: eb('ordinal', '-', 1) })).where('campaign_id', '=', locked.campaign_id).where('ordinal', '>', locked.ordinal).execute();
    await writeAudit(trx, context, { type: 'campaign_stage.deleted', entityId: id, before: locked });
  });
}

/** Weights in ten-thousandths, so that 0.3 + 0.25 + 0.25 + 0.2 is exactly 1 (the schema allows four decimals). */
const weightUnits = (weight: number) => Math.round(weight * 10_000);

/** The criteria must add up to the whole, name each thing once, and keep their level bands on the scale. */
function checkCriteria(criteria: readonly CriterionInput[]) {
  checkUniqueNames(criteria.map((criterion) => criterion.nameZh), 'criteria');
  criteria.forEach((criterion, index) => {
    if (criterion.scaleMin >= criterion.scaleMax) throw new AppError('SCALE_REVERSED', {}, [{ path: `criteria/${index}/scaleMax`, key: 'SCALE_REVERSED', params: {} }]);
    criterion.levels.forEach((level, place) => {
      if (level.min > level.max || level.min < criterion.scaleMin || level.max > criterion.scaleMax) {
        const params = { min: level.min, max: level.max, scaleMin: criterion.scaleMin, scaleMax: criterion.scaleMax };
        throw new AppError('LEVEL_OUTSIDE_SCALE', params, [{ path: `criteria/${index}/levels/${place}`, key: 'LEVEL_OUTSIDE_SCALE', params }]);
      }
    });
  });
  const total = criteria.reduce((sum, criterion) => sum + weightUnits(criterion.weight), 0);
  if (criteria.length > 0 && total !== 10_000) {
    const params = { sum: String(total / 10_000) };
    throw new AppError('CRITERIA_WEIGHTS_SUM', params, [{ path: 'criteria', key: 'CRITERIA_WEIGHTS_SUM', params }]);
  }
}

/** Replaces a scored stage's criteria with `body.criteria`, in order, while the stage has not started scoring. */
export async function setCriteria(db: Db, context: RequestContext, id: number, body: SetCriteriaBody): Promise<StageDto> {
  const stage = await getOrganisedStage(db, context, id);
  if (stage.kind !== 'scored') throw new AppError('STAGE_NOT_SCORED');
  checkCriteria(body.criteria);
  return db.transaction().execute(async (trx) => {
    const { locked } = await lockEditableStage(trx, stage);
    if (!EDITABLE_STAGE_STATUSES.includes(locked.status)) throw new AppError('CRITERIA_LOCKED', { status: locked.status });
    const before = await trx.deleteFrom('stage_criteria').where('stage_id', '=', id).returningAll().execute();
    const after =
      body.criteria.length === 0
        ? []
        : await trx
            .insertInto('stage_criteria')
            .values(
              body.criteria.map((criterion, index) => ({
                stage_id: id,
                ordinal: index + 1,
                name_zh: criterion.nameZh,
                name_en: criterion.nameEn ?? null,
                weight: criterion.weight,
                scale_min: criterion.scaleMin,
                scale_max: criterion.scaleMax,
                levels: JSON.stringify(criterion.levels.map((level) => ({ ...level, en: level.en ?? null }))),
              })),
            )
            .returningAll()
            .execute();
    await writeAudit(trx, context, { type: 'campaign_stage.criteria_set', entityId: id, before: before.sort((a, b) => a.ordinal - b.ordinal), after });
    return reloadStage(trx, context, id);
  });
}
