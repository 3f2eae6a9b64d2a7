/**
 * The evaluation engine (评审引擎): campaign kinds, stage kinds, advancement rules, and the
 * campaign and stage lifecycles, shared by the API and the web client.
 *
 * Who takes the steps (`by`): a campaign is run by its organiser, the office whose zone it
 * belongs to. For a contest that is the zone's own staff (烟台片区 runs its 创新创业大赛), with
 * the province office able to step in; a best-case selection (十佳案例) is the province office's
 * alone. So every step is `['zone', 'province']`, and the server's rule for `zone`
 * (features/evaluation/evaluation.policy.ts) counts zone staff only for contests of their subtree.
 */
import type { Label } from './enums.js';
import type { DecisionFieldKind, Machine } from './lifecycle.js';

export const CAMPAIGN_KINDS = ['best_case', 'contest'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_KIND_LABELS = {
  best_case: { zh: '最佳案例评选', en: 'Best-case selection' },
  contest: { zh: '创新创业大赛', en: 'Innovation contest' },
} satisfies Record<CampaignKind, Label>;

export const STAGE_KINDS = ['registration', 'qualification', 'scored', 'activity', 'due_diligence'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export const STAGE_KIND_LABELS = {
  registration: { zh: '报名', en: 'Registration' },
  qualification: { zh: '资格审查', en: 'Qualification check' },
  scored: { zh: '评分', en: 'Scored round' },
  activity: { zh: '活动', en: 'Activity' },
  due_diligence: { zh: '尽职调查', en: 'Due diligence' },
} satisfies Record<StageKind, Label>;

/** How entries go on from a stage (stored as JSON in campaign_stages.advancement). */
export const ADVANCEMENT_KINDS = ['top_n', 'cutoff', 'quota', 'manual'] as const;
export type AdvancementKind = (typeof ADVANCEMENT_KINDS)[number];
export const ADVANCEMENT_KIND_LABELS = {
  top_n: { zh: '按名次晋级', en: 'Top N' },
  cutoff: { zh: '按分数线晋级', en: 'Cutoff score' },
  quota: { zh: '按组别名额晋级', en: 'Quota per category' },
  manual: { zh: '会议决定', en: 'Recorded decision' },
} satisfies Record<AdvancementKind, Label>;
export type AdvancementRule =
  | { kind: 'top_n'; n: number; per: 'overall' | 'category' }
  | { kind: 'cutoff'; score: number }
  | { kind: 'quota'; perCategory: Record<string, number> }
  | { kind: 'manual' };

/** An award tier of a category, best first (一等奖 × 1, 二等奖 × 2, …). */
export type PrizeTier = { name: string; count: number };

export const ENTRY_STATUSES = ['registered', 'qualified', 'advanced', 'eliminated', 'awarded', 'withdrawn'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABELS = {
  registered: { zh: '已报名', en: 'Registered' },
  qualified: { zh: '资格审查通过', en: 'Qualified' },
  advanced: { zh: '已晋级', en: 'Advanced' },
  eliminated: { zh: '未晋级', en: 'Not advanced' },
  awarded: { zh: '获奖', en: 'Awarded' },
  withdrawn: { zh: '已退出', en: 'Withdrawn' },
} satisfies Record<EntryStatus, Label>;

/**
 * Status and transition codes are one namespace across every lifecycle (the error messages show
 * them by label), so a code two machines share has one label: `draft` is the innovations' 草稿,
 * and campaigns and stages share open / closed / published and their steps.
 */
export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed', 'published', 'archived'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS = {
  draft: { zh: '草稿', en: 'Draft' },
  open: { zh: '进行中', en: 'In progress' },
  closed: { zh: '已结束', en: 'Closed' },
  published: { zh: '已公布', en: 'Published' },
  archived: { zh: '已归档', en: 'Archived' },
} satisfies Record<CampaignStatus, Label>;
/** Published campaigns and their archive are public; the rest is the organisers'. */
export const PUBLIC_CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['published', 'archived'];
/** While a campaign is being set up or runs, its organiser edits it; after it closes it is a record. */
export const EDITABLE_CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['draft', 'open'];

export const CAMPAIGN_TRANSITIONS = ['open', 'close', 'reopen', 'publish', 'archive'] as const;
export type CampaignTransition = (typeof CAMPAIGN_TRANSITIONS)[number];
/** What a campaign or stage step records: a note, a reason, the announcing document (文号). */
export const EVALUATION_DECISION_FIELDS = { note: 'note', comment: 'comment', document: 'document' } as const satisfies Record<string, DecisionFieldKind>;
type EvaluationDecisionField = keyof typeof EVALUATION_DECISION_FIELDS;
/**
 * The campaign lifecycle: 草稿 (set up: categories, stages, criteria) → 进行中 (registration and
 * the stages run; it needs at least one stage) → 已结束 (every stage closed; results pending) →
 * 已公布 (results announced, under a document) → 已归档. A closed campaign may be reopened, with
 * the reason recorded (a late stage, an objection upheld).
 */
export const CAMPAIGN_MACHINE = {
  open: { from: ['draft'], to: 'open', by: ['zone', 'province'], needs: { note: 'optional' } },
  close: { from: ['open'], to: 'closed', by: ['zone', 'province'], needs: { note: 'optional' } },
  reopen: { from: ['closed'], to: 'open', by: ['zone', 'province'], needs: { comment: 'required' } },
  publish: { from: ['closed'], to: 'published', by: ['zone', 'province'], needs: { document: 'optional', note: 'optional' } },
  archive: { from: ['published'], to: 'archived', by: ['zone', 'province'], needs: { note: 'optional' } },
} as const satisfies Machine<CampaignTransition, CampaignStatus, EvaluationDecisionField>;
export const CAMPAIGN_TRANSITION_LABELS = {
  open: { zh: '启动', en: 'Open' },
  close: { zh: '结束', en: 'Close' },
  reopen: { zh: '重新开放', en: 'Reopen' },
  publish: { zh: '公布结果', en: 'Publish results' },
  archive: { zh: '归档', en: 'Archive' },
} satisfies Record<CampaignTransition, Label>;

export const STAGE_STATUSES = ['planned', 'open', 'scoring', 'closed', 'published'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];
export const STAGE_STATUS_LABELS = {
  planned: { zh: '未开始', en: 'Not started' },
  open: CAMPAIGN_STATUS_LABELS.open,
  scoring: { zh: '评分中', en: 'Scoring' },
  closed: CAMPAIGN_STATUS_LABELS.closed,
  published: CAMPAIGN_STATUS_LABELS.published,
} satisfies Record<StageStatus, Label>;
/** A stage's setup (dates, rule, criteria) may change until its scoring starts. */
export const EDITABLE_STAGE_STATUSES: readonly StageStatus[] = ['planned', 'open'];

export const STAGE_TRANSITIONS = ['open', 'start_scoring', 'close', 'publish'] as const;
export type StageTransition = (typeof STAGE_TRANSITIONS)[number];
/**
 * The stage lifecycle: 未开始 → 进行中 (entries come in, materials are checked, the activity
 * runs) → 评分中 (scored stages only, with criteria whose weights sum to 1) → 已结束 → 已公布 (the
 * stage's outcome announced). Steps are taken only while the campaign is 进行中.
 */
export const STAGE_MACHINE = {
  open: { from: ['planned'], to: 'open', by: ['zone', 'province'], needs: { note: 'optional' } },
  start_scoring: { from: ['open'], to: 'scoring', by: ['zone', 'province'], needs: { note: 'optional' } },
  close: { from: ['open', 'scoring'], to: 'closed', by: ['zone', 'province'], needs: { note: 'optional' } },
  publish: { from: ['closed'], to: 'published', by: ['zone', 'province'], needs: { document: 'optional', note: 'optional' } },
} as const satisfies Machine<StageTransition, StageStatus, EvaluationDecisionField>;
export const STAGE_TRANSITION_LABELS = {
  open: CAMPAIGN_TRANSITION_LABELS.open,
  start_scoring: { zh: '开始评分', en: 'Start scoring' },
  close: CAMPAIGN_TRANSITION_LABELS.close,
  publish: CAMPAIGN_TRANSITION_LABELS.publish,
} satisfies Record<StageTransition, Label>;

/** The aggregation methods of a scored stage (defined in features/evaluation/aggregation/methods.ts). */
export const AGGREGATION_METHODS = ['mean', 'trimmed_mean', 'z_total', 'z_criterion'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];
export const AGGREGATION_METHOD_LABELS = {
  mean: { zh: '平均分', en: 'Mean' },
  trimmed_mean: { zh: '去掉最高最低分后平均', en: 'Trimmed mean' },
  z_total: { zh: '标准分（总分）', en: 'z-score (total)' },
  z_criterion: { zh: '标准分（分项）', en: 'z-score (per criterion)' },
} satisfies Record<AggregationMethod, Label>;

export const RESULTS_STATUSES = ['pending', 'publicizing', 'final'] as const;
export type ResultsStatus = (typeof RESULTS_STATUSES)[number];
export const RESULTS_STATUS_LABELS = {
  pending: { zh: '待发布', en: 'Pending' },
  publicizing: { zh: '公示中', en: 'Under public notice' },
  final: { zh: '已确认', en: 'Final' },
} satisfies Record<ResultsStatus, Label>;
/** Results the public sees: during the 公示 and after. */
export const PUBLIC_RESULTS_STATUSES: readonly ResultsStatus[] = ['publicizing', 'final'];

export const RESULTS_TRANSITIONS = ['publish', 'confirm', 'reopen'] as const;
export type ResultsTransition = (typeof RESULTS_TRANSITIONS)[number];
/**
 * A stage's results: 待发布 (computed and recomputed at will; nobody outside sees them) → 公示中
 * (published in one batch under a document, the entries' statuses set, objections taken for N
 * working days) → 已确认 (only once the 公示 has ended and every objection is answered, none
 * upheld). An upheld objection sends the results back to 待发布 (重新开放, with the reason): the
 * entries' statuses are restored, the organiser recomputes and publishes again.
 * The organiser takes every step (features/evaluation/evaluation.policy.ts).
 */
export const RESULTS_MACHINE = {
  publish: { from: ['pending'], to: 'publicizing', by: ['zone', 'province'], needs: { document: 'required', note: 'optional' } },
  confirm: { from: ['publicizing'], to: 'final', by: ['zone', 'province'], needs: { note: 'optional' } },
  reopen: { from: ['publicizing'], to: 'pending', by: ['zone', 'province'], needs: { comment: 'required' } },
} as const satisfies Machine<ResultsTransition, ResultsStatus, EvaluationDecisionField>;
export const RESULTS_TRANSITION_LABELS = {
  publish: CAMPAIGN_TRANSITION_LABELS.publish,
  confirm: { zh: '确认结果', en: 'Confirm the results' },
  reopen: CAMPAIGN_TRANSITION_LABELS.reopen,
} satisfies Record<ResultsTransition, Label>;
/** 公示 periods: the default length and the longest accepted, in working days. */
export const PUBLICITY_WORKING_DAYS = { default: 5, max: 60 } as const;
