/**
 * Moves a campaign along CAMPAIGN_MACHINE through the shared runner (kernel/lifecycle). Beyond
 * the table: a campaign opens only with a stage to run, and closes only when every stage has
 * closed; both are checked on the loaded record and again under the lock, since a stage may
 * move meanwhile.
 */
import { AppError } from '../../kernel/errors.js';
import type { TransitionSpec } from '../../kernel/lifecycle/index.js';
import { viewerOf } from '../../kernel/viewer.js';
import type { CampaignStatus, CampaignTransition, EVALUATION_DECISION_FIELDS } from '../../shared/evaluation.enums.js';
import { writeAudit } from '../audit/audit.service.js';
import './evaluation.messages.js';
import { findVisibleCampaignWithStageCounts, type CampaignRow } from './campaigns.repo.js';
import type { CampaignDto } from './campaigns.schema.js';
import { reloadCampaign } from './campaigns.service.js';
import { CAMPAIGN_LIFECYCLE } from './evaluation.policy.js';

type CampaignRecord = CampaignRow & { stage_count: number; unfinished_stages: number };

function refusal(record: CampaignRecord, transition: CampaignTransition): AppError | null {
  if (transition === 'open' && record.stage_count === 0) return new AppError('CAMPAIGN_HAS_NO_STAGES');
  if (transition === 'close' && record.unfinished_stages > 0) return new AppError('STAGES_UNFINISHED', { count: record.unfinished_stages });
  return null;
}

export const campaignTransitionSpec: TransitionSpec<CampaignTransition, CampaignStatus, keyof typeof EVALUATION_DECISION_FIELDS, CampaignRecord, number, CampaignDto> = {
  lifecycle: CAMPAIGN_LIFECYCLE,
  table: 'campaigns',
  stampColumn: 'updated_at',
  load: (db, context, id) => findVisibleCampaignWithStageCounts(db, viewerOf(context), id),
  blocked: refusal,
  checkLocked: async (trx, record, _decision, transition) => {
    // Stages are changed under the campaign's lock (lockEditableCampaign) but step on their own rows; count them again now.
    const stages = await trx.selectFrom('campaign_stages').select('status').where('campaign_id', '=', record.id).forShare().execute();
    const fresh = { ...record, stage_count: stages.length, unfinished_stages: stages.filter((stage) => stage.status !== 'closed' && stage.status !== 'published').length };
    const refused = refusal(fresh, transition);
    if (refused) throw refused;
  },
  audit: { type: 'campaign.transitioned', write: writeAudit },
  present: (db, context, id) => reloadCampaign(db, context, id),
};
