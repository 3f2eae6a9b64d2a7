/**
 * Moves a stage along STAGE_MACHINE through the shared runner. Beyond the table: stages move
 * only while their campaign is in progress, and only a scored stage with its criteria starts
 * scoring. Checked on the loaded record and again under the stage's lock. Locks are taken in one
 * order everywhere, campaign before stage (setup writes, the campaign's steps), so a stage's
 * step takes none on its campaign: it reads the campaign's status, and a campaign closing at the
 * same moment waits for the stage's lock and then sees where the stage went.
 * Closing a due-diligence or activity stage applies its outcomes (activities/stage-outcomes.ts):
 * a due-diligence stage closes only once every entry in the running has its conclusion.
 */
import { AppError } from '../../kernel/errors.js';
import type { TransitionSpec } from '../../kernel/lifecycle/index.js';
import { viewerOf } from '../../kernel/viewer.js';
import type { EVALUATION_DECISION_FIELDS, StageStatus, StageTransition } from '../../shared/evaluation.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import './evaluation.messages.js';
import { findVisibleStage, type StageRow } from './campaigns.repo.js';
import { STAGE_LIFECYCLE, stagesMayMove } from './evaluation.policy.js';
import type { StageDto } from './stages.schema.js';
import { reloadStage } from './stages.service.js';
import { applyStageOutcomes, outcomesRefusal } from './activities/stage-outcomes.js';

type StageFacts = Pick<StageRow, 'campaign_status' | 'kind'> & { criteriaCount: number };
/** The stage with what the close step's guard reads: its missing due-diligence conclusions. */
type StageTarget = StageRow & { refusedClose: AppError | null };

function refusal(stage: StageFacts, transition: StageTransition): AppError | null {
  if (!stagesMayMove(stage.campaign_status)) return new AppError('STAGE_CAMPAIGN_NOT_OPEN', { status: stage.campaign_status });
  if (transition === 'start_scoring' && stage.kind !== 'scored') return new AppError('STAGE_NOT_SCORED');
  if (transition === 'start_scoring' && stage.criteriaCount === 0) return new AppError('STAGE_HAS_NO_CRITERIA');
  return null;
}

export const stageTransitionSpec: TransitionSpec<StageTransition, StageStatus, keyof typeof EVALUATION_DECISION_FIELDS, StageTarget, number, StageDto> = {
  lifecycle: STAGE_LIFECYCLE,
  table: 'campaign_stages',
  stampColumn: 'updated_at',
  load: async (db, context, id) => {
    const stage = await findVisibleStage(db, viewerOf(context), id);
    return stage && { ...stage, refusedClose: await outcomesRefusal(db, stage) };
  },
  blocked: (record, transition) => refusal({ ...record, criteriaCount: record.criteria.length }, transition) ?? (transition === 'close' ? record.refusedClose : null),
  checkLocked: async (trx, record, _decision, transition) => {
    const campaign = await trx.selectFrom('campaigns').select('status').where('id', '=', record.campaign_id).executeTakeFirstOrThrow();
    // Criteria change under the stage's lock too (setCriteria), so these are the stage's criteria now.
    const criteria = await trx.selectFrom('stage_criteria').select('id').where('stage_id', '=', record.id).execute();
    const refused = refusal({ campaign_status: campaign.status, kind: record.kind, criteriaCount: criteria.length }, transition);
    if (refused) throw refused;
    // Conclusions are written under the stage's lock too (activities/), so this count is final.
    const missing = transition === 'close' ? await outcomesRefusal(trx, record) : null;
    if (missing) throw missing;
  },
  effects: async (trx, record, step, context) => {
    if (step.transition === 'close') await applyStageOutcomes(trx, record, context);
    return {};
  },
  audit: { type: 'campaign_stage.transitioned', write: writeAudit },
  present: (db, context, id) => reloadStage(db, context, id),
};
