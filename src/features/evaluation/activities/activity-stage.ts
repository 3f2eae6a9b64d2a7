/**
 * The one way the activity services reach a stage: seen by the viewer (404), organised by the
 * viewer (403), of the kind the route is for (409); writes then lock the stage row (the close
 * step takes the same lock, so nothing is recorded after its count) and check, under the lock,
 * that setup is still open (campaign and stage editable) or that records are (campaign in
 * progress, stage 进行中).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../kernel/actor.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { viewerOf } from '../../../kernel/viewer.js';
import { EDITABLE_CAMPAIGN_STATUSES, EDITABLE_STAGE_STATUSES, type StageKind } from '../../../shared/evaluation.enums.js';
import { isChecklistStage } from '../../../shared/stage-activities.enums.js';
import { findVisibleStage, type StageRow } from '../campaigns.repo.js';
import { organises, stagesMayMove } from '../evaluation.policy.js';
import './activities.messages.js';

type Db = Kysely<Database>;
/** What a route is for: an activity's sessions and attendance, or a checklist with conclusions (资格审查 or 尽职调查). */
export type ActivityKind = Extract<StageKind, 'activity'> | 'checklist';

export async function organisedStageOfKind(db: Db, context: RequestContext, stageId: number, kind: ActivityKind): Promise<StageRow> {
  const stage = await findVisibleStage(db, viewerOf(context), stageId);
  if (!stage) throw notFound();
  if (!organises(context.actor, stage)) throw new AppError('FORBIDDEN');
  if (kind === 'activity' ? stage.kind !== 'activity' : !isChecklistStage(stage.kind)) throw new AppError(kind === 'activity' ? 'STAGE_NOT_ACTIVITY' : 'STAGE_NOT_DILIGENCE');
  return stage;
}

/** What the organiser may do on the stage now: change its setup, keep its records. */
export function activityAbilities(stage: Pick<StageRow, 'status' | 'campaign_status'>) {
  return {
    setup: EDITABLE_CAMPAIGN_STATUSES.includes(stage.campaign_status) && EDITABLE_STAGE_STATUSES.includes(stage.status),
    record: stagesMayMove(stage.campaign_status) && stage.status === 'open',
  };
}

/** Locks the stage row and checks, against the locked statuses, that `what` is open (409 otherwise). */
export async function lockStageFor(trx: Transaction<Database>, stage: StageRow, what: 'setup' | 'record'): Promise<void> {
  const campaign = await trx.selectFrom('campaigns').select('status').where('id', '=', stage.campaign_id).executeTakeFirstOrThrow();
  const locked = await trx.selectFrom('campaign_stages').select('status').where('id', '=', stage.id).forUpdate().executeTakeFirstOrThrow();
  const able = activityAbilities({ status: locked.status, campaign_status: campaign.status });
  if (what === 'setup' && !able.setup) {
    if (!EDITABLE_CAMPAIGN_STATUSES.includes(campaign.status)) throw new AppError('CAMPAIGN_NOT_EDITABLE', { status: campaign.status });
    throw new AppError('STAGE_NOT_EDITABLE', { status: locked.status });
  }
  if (what === 'record' && !able.record) {
    if (!stagesMayMove(campaign.status)) throw new AppError('STAGE_CAMPAIGN_NOT_OPEN', { status: campaign.status });
    throw new AppError('STAGE_NOT_RECORDING', { status: locked.status });
  }
}

/** One write on the stage: in a transaction, under the stage's lock with `what` open, then the stage's record as it now stands. */
export async function writeOnStage<T>(db: Db, stage: StageRow, what: 'setup' | 'record', present: (db: Db, stage: StageRow) => Promise<T>, write: (trx: Transaction<Database>) => Promise<void>): Promise<T> {
  await db.transaction().execute(async (trx) => {
    await lockStageFor(trx, stage, what);
    await write(trx);
  });
  return present(db, stage);
}

/** Refuses (400) any entry not in the running of the stage's campaign, naming the first. */
export function refuseOutsiders(outsiders: readonly number[], path: (index: number) => string, entryIds: readonly number[]): void {
  const first = outsiders[0];
  if (first === undefined) return;
  throw new AppError('ENTRY_NOT_IN_RUNNING', { id: first }, [{ path: path(entryIds.indexOf(first)), key: 'ENTRY_NOT_IN_RUNNING', params: { id: first } }]);
}

export const iso = (value: Date | string) => new Date(value).toISOString();
