/**
 * Innovations (制度创新成果): reform tasks, domains, novelty claims, statuses and the innovation
 * lifecycle, shared by the API and the web client.
 */
import type { Label } from './enums.js';
import type { DecisionFieldKind, Machine } from './lifecycle.js';

export const REFORM_TASKS = ['institutional_alignment', 'platform_integration', 'industry_interaction'] as const;
export type ReformTask = (typeof REFORM_TASKS)[number];
export const REFORM_TASK_LABELS = {
  institutional_alignment: { zh: '制度对接', en: 'Institutional alignment' },
  platform_integration: { zh: '平台融通', en: 'Platform integration' },
  industry_interaction: { zh: '产业互动', en: 'Industrial interaction' },
} satisfies Record<ReformTask, Label>;
export const INNOVATION_DOMAINS = [
  'trade_facilitation',
  'investment_facilitation',
  'financial_innovation',
  'government_transformation',
  'rule_of_law',
] as const;
export type InnovationDomain = (typeof INNOVATION_DOMAINS)[number];
export const INNOVATION_DOMAIN_LABELS = {
  trade_facilitation: { zh: '贸易便利化', en: 'Trade facilitation' },
  investment_facilitation: { zh: '投资便利化', en: 'Investment facilitation' },
  financial_innovation: { zh: '金融管理与服务创新', en: 'Financial management and services' },
  government_transformation: { zh: '政府职能转变', en: 'Transformation of government functions' },
  rule_of_law: { zh: '法治化环境', en: 'Rule-of-law environment' },
} satisfies Record<InnovationDomain, Label>;

export const NOVELTY_CLAIMS = ['national_first', 'provincial_first', 'regional_first', 'none'] as const;
export type NoveltyClaim = (typeof NOVELTY_CLAIMS)[number];
export const NOVELTY_LABELS = {
  national_first: { zh: '全国首创', en: 'First in China' },
  provincial_first: { zh: '全省首创', en: 'First in the province' },
  regional_first: { zh: '区域首创', en: 'First in the region' },
  none: { zh: '无', en: 'None' },
} satisfies Record<NoveltyClaim, Label>;

export const INNOVATION_STATUSES = [
  'draft',
  'submitted',
  'reviewing',
  'recognized',
  'province_replicated',
  'nation_replicated',
  'returned',
  'rejected',
  'withdrawn',
] as const;
export type InnovationStatus = (typeof INNOVATION_STATUSES)[number];
export const INNOVATION_STATUS_LABELS = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已申报', en: 'Submitted' },
  reviewing: { zh: '审核中', en: 'Under review' },
  recognized: { zh: '已认定', en: 'Recognised' },
  province_replicated: { zh: '省内复制推广', en: 'Replicated in the province' },
  nation_replicated: { zh: '全国复制推广', en: 'Replicated nationwide' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  rejected: { zh: '不予认定', en: 'Not recognised' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
} satisfies Record<InnovationStatus, Label>;
/** Recognised and above: the published case library. Everything else is internal. */
export const PUBLISHED_INNOVATION_STATUSES: readonly InnovationStatus[] = ['recognized', 'province_replicated', 'nation_replicated'];
/** States in which the submitting zone may still edit the record. */
export const EDITABLE_INNOVATION_STATUSES: readonly InnovationStatus[] = ['draft', 'returned', 'withdrawn'];

export const INNOVATION_TRANSITIONS = [
  'submit',
  'withdraw',
  'start_review',
  'return',
  'reject',
  'recognize',
  'replicate_province',
  'replicate_national',
] as const;
export type InnovationTransition = (typeof INNOVATION_TRANSITIONS)[number];

/** What an innovation decision records: the document (文号), its date, the batch (第几批), an opinion. */
export const INNOVATION_DECISION_FIELDS = { document: 'document', occurredOn: 'day', batch: 'batch', comment: 'comment' } as const satisfies Record<string, DecisionFieldKind>;
type InnovationDecisionField = keyof typeof INNOVATION_DECISION_FIELDS;
/**
 * The innovation lifecycle, one row per transition (the shape is `Machine` in lifecycle.ts):
 * where it may start, where it leads, who may take it (`zone` = staff of the innovation's own
 * zone or above it in the tree; `province` = the province office), what it must record, and
 * which facts of the decision are copied onto the record (so the case library filters and sorts
 * without replaying history; see migration 0002).
 */
export const INNOVATION_MACHINE = {
  submit: { from: ['draft', 'returned', 'withdrawn'], to: 'submitted', by: ['zone', 'province'], needs: { comment: 'optional' } },
  withdraw: { from: ['submitted'], to: 'withdrawn', by: ['zone', 'province'], needs: { comment: 'required' } },
  start_review: { from: ['submitted'], to: 'reviewing', by: ['province'], needs: { comment: 'optional' } },
  return: { from: ['submitted', 'reviewing'], to: 'returned', by: ['province'], needs: { comment: 'required' } },
  reject: { from: ['reviewing'], to: 'rejected', by: ['province'], needs: { comment: 'required' } },
  recognize: {
    from: ['reviewing'],
    to: 'recognized',
    by: ['province'],
    needs: { document: 'required', occurredOn: 'required', batch: 'optional', comment: 'required' },
    sets: { recognized_on: 'occurredOn', recognized_precision: 'occurredOn.precision', recognized_document: 'document', recognized_batch: 'batch' },
  },
  replicate_province: {
    from: ['recognized'],
    to: 'province_replicated',
    by: ['province'],
    needs: { document: 'required', occurredOn: 'required', comment: 'optional' },
    sets: { province_replicated_on: 'occurredOn', province_replicated_precision: 'occurredOn.precision', province_replicated_document: 'document' },
  },
  replicate_national: {
    from: ['recognized', 'province_replicated'],
    to: 'nation_replicated',
    by: ['province'],
    needs: { document: 'required', occurredOn: 'required', batch: 'optional', comment: 'optional' },
    sets: { nation_replicated_on: 'occurredOn', nation_replicated_precision: 'occurredOn.precision', nation_replicated_document: 'document', nation_replicated_batch: 'batch' },
  },
} as const satisfies Machine<InnovationTransition, InnovationStatus, InnovationDecisionField>;
export const INNOVATION_TRANSITION_LABELS = {
  submit: { zh: '申报', en: 'Submit' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  start_review: { zh: '开始审核', en: 'Start review' },
  return: { zh: '退回修改', en: 'Return for revision' },
  reject: { zh: '不予认定', en: 'Reject' },
  recognize: { zh: '认定', en: 'Recognise' },
  replicate_province: { zh: '省内复制推广', en: 'Replicate in the province' },
  replicate_national: { zh: '全国复制推广', en: 'Replicate nationwide' },
} satisfies Record<InnovationTransition, Label>;
