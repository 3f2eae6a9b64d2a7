/**
 * Who may organise a campaign, its stages and the expert pool. A campaign belongs to its
 * organiser zone: the province office with that zone in scope organises every kind; a zone's
 * own staff organise only contests (创新创业大赛) of their subtree — best-case selections are the
 * province's (BEST_CASE_BY_PROVINCE). The same rule decides both lifecycles' parties, the edit
 * routes and the abilities, so the console shows only what works.
 */
import { canWriteZone, isInScope, isZoneWriter, type Actor } from '../../kernel/actor.js';
import { defineLifecycle, transitionAbilities, type PartyRules } from '../../kernel/lifecycle/index.js';
import {
  CAMPAIGN_MACHINE,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_TRANSITION_LABELS,
  EDITABLE_CAMPAIGN_STATUSES,
  EDITABLE_STAGE_STATUSES,
  EVALUATION_DECISION_FIELDS,
  RESULTS_MACHINE,
  RESULTS_STATUS_LABELS,
  RESULTS_TRANSITION_LABELS,
  STAGE_MACHINE,
  STAGE_STATUS_LABELS,
  STAGE_TRANSITION_LABELS,
  type CampaignKind,
  type CampaignStatus,
  type CampaignTransition,
  type ResultsStatus,
  type ResultsTransition,
  type StageStatus,
  type StageTransition,
} from '../../shared/evaluation.enums.js';

/** What the rules read of a campaign (or of the campaign a stage belongs to). */
export type Organised = { zone_path: string; campaign_kind: CampaignKind };

/** The province office with the organiser zone in scope. */
const provinceOrganises = (actor: Actor, record: Organised) => actor.role === 'province_admin' && isInScope(actor, record.zone_path);
/** The organiser zone's own staff, for a contest. */
const zoneOrganises = (actor: Actor, record: Organised) => actor.role === 'zone_staff' && canWriteZone(actor, record.zone_path) && record.campaign_kind === 'contest';

const ORGANISER_PARTIES: PartyRules<Organised> = { province: provinceOrganises, zone: zoneOrganises };

/** May the actor set up and run this campaign (edit it, its categories, stages and criteria)? */
export function organises(actor: Actor | null, record: Organised): boolean {
  return !!actor && (provinceOrganises(actor, record) || zoneOrganises(actor, record));
}

type CampaignTarget = Organised & { status: CampaignStatus };
type StageTarget = Organised & { status: StageStatus; campaign_status: CampaignStatus; kind: string };

export const CAMPAIGN_LIFECYCLE = defineLifecycle<CampaignTransition, CampaignStatus, keyof typeof EVALUATION_DECISION_FIELDS, CampaignTarget>({
  name: 'campaign', machine: CAMPAIGN_MACHINE, fields: EVALUATION_DECISION_FIELDS,
  labels: { status: CAMPAIGN_STATUS_LABELS, transition: CAMPAIGN_TRANSITION_LABELS },
  parties: ORGANISER_PARTIES,
});

export const STAGE_LIFECYCLE = defineLifecycle<StageTransition, StageStatus, keyof typeof EVALUATION_DECISION_FIELDS, StageTarget>({
  name: 'campaign_stage', machine: STAGE_MACHINE, fields: EVALUATION_DECISION_FIELDS,
  labels: { status: STAGE_STATUS_LABELS, transition: STAGE_TRANSITION_LABELS },
  parties: ORGANISER_PARTIES,
});

type ResultsTarget = Organised & { status: ResultsStatus };

/** A stage's results are the organiser's: computing, publishing, answering objections, confirming. */
export const RESULTS_LIFECYCLE = defineLifecycle<ResultsTransition, ResultsStatus, keyof typeof EVALUATION_DECISION_FIELDS, ResultsTarget>({
  name: 'stage_results', machine: RESULTS_MACHINE, fields: EVALUATION_DECISION_FIELDS,
  labels: { status: RESULTS_STATUS_LABELS, transition: RESULTS_TRANSITION_LABELS },
  parties: ORGANISER_PARTIES,
});

const setupOpen = (record: { status: CampaignStatus }) => EDITABLE_CAMPAIGN_STATUSES.includes(record.status);

export function campaignAbilities(actor: Actor | null, campaign: CampaignTarget) {
  return { update: organises(actor, campaign) && setupOpen(campaign), ...transitionAbilities(CAMPAIGN_LIFECYCLE, actor, campaign) };
}

/** A stage takes steps only while its campaign runs (the transition spec refuses otherwise; the abilities say so first). */
export const stagesMayMove = (campaignStatus: CampaignStatus): boolean => campaignStatus === 'open';

export function stageAbilities(actor: Actor | null, stage: StageTarget) {
  const editable = organises(actor, stage) && setupOpen({ status: stage.campaign_status }) && EDITABLE_STAGE_STATUSES.includes(stage.status);
  const steps = transitionAbilities(STAGE_LIFECYCLE, actor, stage);
  const moving = stagesMayMove(stage.campaign_status);
  return {
    update: editable,
    delete: organises(actor, stage) && stage.campaign_status === 'draft' && stage.status === 'planned',
    setCriteria: editable && stage.kind === 'scored',
    ...(Object.fromEntries(Object.entries(steps).map(([step, able]) => [step, able && moving])) as typeof steps),
  };
}

/** The expert pool is the organisers' working list: the province office and zone staff read it. */
export const readsExpertPool = (actor: Actor | null): actor is Actor => isZoneWriter(actor);

/**
 * Who keeps an expert's record: the province office any; zone staff the experts of their own
 * subtree (`zonePath` null: an expert outside every zone, kept by the province).
 */
export function keepsExpert(actor: Actor | null, zonePath: string | null): boolean {
  if (!actor) return false;
  if (actor.role === 'province_admin') return zonePath === null || isInScope(actor, zonePath);
  return zonePath !== null && canWriteZone(actor, zonePath);
}
