import {
  CAMPAIGN_MACHINE,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_TRANSITIONS,
  CAMPAIGN_TRANSITION_LABELS,
  EVALUATION_DECISION_FIELDS,
  STAGE_MACHINE,
  STAGE_STATUS_LABELS,
  STAGE_TRANSITIONS,
  STAGE_TRANSITION_LABELS,
  type CampaignTransition,
  type StageTransition,
} from '@shared/evaluation.enums';
import { useTransitionCampaign, useTransitionStage } from '../../../../api/campaigns';
import type { Campaign, CampaignStage } from '../../../../api/types';
import { TransitionActions } from '../../../../components/transition-actions';
import type { TransitionMutation, TransitionPresentation } from '../../../../components/transition-presentation';
import type { DictKey } from '../../../../i18n/dictionary';

const FIELD_LABELS: Record<keyof typeof EVALUATION_DECISION_FIELDS, DictKey> = {
  note: 'campaign.decision.note',
  comment: 'campaign.decision.comment',
  document: 'campaign.decision.document',
};
const fieldLabel = (field: string, _transition: string, t: (key: DictKey) => string) => t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]);

/** A campaign's steps (启动, 结束, 公布结果 …); publishing makes it public, so it is a decision. */
const CAMPAIGN_STEPS: TransitionPresentation<CampaignTransition> = {
  kind: 'campaign',
  transitions: CAMPAIGN_TRANSITIONS,
  machine: CAMPAIGN_MACHINE,
  fields: EVALUATION_DECISION_FIELDS,
  statusLabels: CAMPAIGN_STATUS_LABELS,
  transitionLabels: CAMPAIGN_TRANSITION_LABELS,
  useTransition: (id, transition) => useTransitionCampaign(id, transition) as TransitionMutation,
  fieldLabel,
  isDecision: (transition) => transition === 'publish' || transition === 'archive',
  notice: (transition, t) => (transition === 'publish' ? <> {t('campaign.publishNotice')}</> : null),
  button: (transition) => ({ type: transition === 'reopen' || transition === 'archive' ? 'default' : 'primary' }),
};

/** A stage's steps (启动, 开始评分, 结束, 公布结果). */
const STAGE_STEPS: TransitionPresentation<StageTransition> = {
  kind: 'stage',
  transitions: STAGE_TRANSITIONS,
  machine: STAGE_MACHINE,
  fields: EVALUATION_DECISION_FIELDS,
  statusLabels: STAGE_STATUS_LABELS,
  transitionLabels: STAGE_TRANSITION_LABELS,
  useTransition: (id, transition) => useTransitionStage(id, transition) as TransitionMutation,
  fieldLabel,
  isDecision: (transition) => transition === 'publish',
  button: () => ({ type: 'default' }),
};

export function CampaignActions({ campaign }: { campaign: Campaign }) {
  return <TransitionActions presentation={CAMPAIGN_STEPS} record={{ id: campaign.id, name: campaign.title, status: campaign.status }} abilities={campaign.abilities} />;
}

export function StageActions({ stage }: { stage: CampaignStage }) {
  return <TransitionActions presentation={STAGE_STEPS} record={stage} abilities={stage.abilities} size="small" />;
}
