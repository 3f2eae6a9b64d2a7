/**
 * Status enums, labels and lifecycle tables shared by the API and the web client.
 * Stored values are stable English identifiers; labels are what users read.
 */
import type { DecisionFieldKind, Machine } from './lifecycle.js';

export type Lang = 'zh' | 'en';
export type Label = { zh: string; en: string };

export const ROLES = ['province_admin', 'zone_staff', 'judge', 'applicant', 'auditor', 'security_admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS = {
  province_admin: { zh: '省自贸办管理员', en: 'Province office admin' },
  zone_staff: { zh: '区域填报员', en: 'Zone staff' },
  judge: { zh: '评审专家', en: 'Expert judge' },
  applicant: { zh: '申报企业', en: 'Applicant enterprise' },
  auditor: { zh: '审计员', en: 'Auditor' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
} satisfies Record<Role, Label>;
/**
 * What each role is, in one table (三员分立, 等保2.0): `zone` roles hold a zone subtree as their
 * scope and write its business data; `none` roles hold no zone, so they see public data only and
 * write no business data. Only the security admin manages accounts; only the auditor reads the log.
 */
export const ROLE_SCOPE = {
  province_admin: 'zone',
  zone_staff: 'zone',
  judge: 'none',
  applicant: 'none',
  auditor: 'none',
  security_admin: 'none',
} as const satisfies Record<Role, 'zone' | 'none'>;
export const roleHasZoneScope = (role: Role): boolean => ROLE_SCOPE[role] === 'zone';

/** How the account list filters accounts (one account may be locked and must change its password too). */
export const USER_STATUSES = ['active', 'disabled', 'locked', 'must_change'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS_LABELS = {
  active: { zh: '正常', en: 'Active' },
  disabled: { zh: '已停用', en: 'Disabled' },
  locked: { zh: '登录锁定', en: 'Sign-in locked' },
  must_change: { zh: '待修改密码', en: 'Must change password' },
} satisfies Record<UserStatus, Label>;

export const ZONE_TYPES = ['country', 'ftz', 'area', 'pilot', 'block'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];
export const ZONE_TYPE_LABELS = {
  country: { zh: '国家', en: 'Country' },
  ftz: { zh: '自由贸易试验区', en: 'Pilot free trade zone' },
  area: { zh: '片区', en: 'FTZ area' },
  pilot: { zh: '协同改革先行区', en: 'Coordinated reform pilot zone' },
  block: { zh: '区块/园区', en: 'Block / park' },
} satisfies Record<ZoneType, Label>;
/** Which zone types may sit directly under which: keeps the tree 国家 → 自贸试验区 → 片区/先行区 → 区块. */
export const ZONE_CHILD_TYPES = {
  country: ['ftz'],
  ftz: ['area', 'pilot'],
  area: ['block'],
  pilot: ['block'],
  block: [],
} satisfies Record<ZoneType, readonly ZoneType[]>;

export const REFORM_TASKS = ['institutional_alignment', 'platform_integration', 'industry_interaction'] as const;
export type ReformTask = (typeof REFORM_TASKS)[number];
export const REFORM_TASK_LABELS = {
  institutional_alignment: { zh: '制度对接', en: 'Institutional alignment' },
  platform_integration: { zh: '平台融通', en: 'Platform integration' },
  industry_interaction: { zh: '产业互动', en: 'Industrial interaction' },
} satisfies Record<ReformTask, Label>;

export const PLATFORM_TYPES = [
  'comprehensive_bonded_zone',
  'bonded_logistics_center_b',
  'port',
  'cbec_import_pilot',
  'trade_transformation_base',
  'rail_consolidation_hub',
  'import_promotion_zone',
  'logistics_hub',
  'industrial_park',
  'other',
] as const;
export type PlatformType = (typeof PLATFORM_TYPES)[number];
export const PLATFORM_TYPE_LABELS = {
  comprehensive_bonded_zone: { zh: '综合保税区', en: 'Comprehensive bonded zone' },
  bonded_logistics_center_b: { zh: '保税物流中心(B型)', en: 'Bonded logistics center (type B)' },
  port: { zh: '口岸', en: 'Port of entry' },
  cbec_import_pilot: { zh: '跨境电商零售进口试点', en: 'Cross-border e-commerce retail import pilot' },
  trade_transformation_base: { zh: '国家外贸转型升级基地', en: 'National foreign-trade transformation base' },
  rail_consolidation_hub: { zh: '中欧班列组货基地', en: 'China–Europe Railway consolidation hub' },
  import_promotion_zone: { zh: '国家进口贸易促进创新示范区', en: 'National import trade promotion zone' },
  logistics_hub: { zh: '物流枢纽与通道基地', en: 'Logistics hub / corridor base' },
  industrial_park: { zh: '开放型产业园区', en: 'Open industrial park' },
  other: { zh: '其他开放平台', en: 'Other opening platform' },
} satisfies Record<PlatformType, Label>;

export const PLATFORM_STATUSES = ['planning', 'applying', 'approved', 'building', 'operating'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];
export const PLATFORM_STATUS_LABELS = {
  planning: { zh: '谋划', en: 'Planning' },
  applying: { zh: '申建', en: 'Applying' },
  approved: { zh: '获批', en: 'Approved' },
  building: { zh: '建设', en: 'Under construction' },
  operating: { zh: '封关运营', en: 'In operation' },
} satisfies Record<PlatformStatus, Label>;
/** Entries still being planned are internal to their zone and the province; later stages are public. */
export const PUBLIC_PLATFORM_STATUSES: readonly PlatformStatus[] = ['applying', 'approved', 'building', 'operating'];

export const PLATFORM_TRANSITIONS = ['apply', 'approve', 'build', 'operate'] as const;
export type PlatformTransition = (typeof PLATFORM_TRANSITIONS)[number];
/** What a platform step records: when it happened (to the day, month or year known), under which document, with a note. */
export const PLATFORM_DECISION_FIELDS = { occurredOn: 'partialDate', document: 'document', note: 'note' } as const satisfies Record<string, DecisionFieldKind>;
type PlatformDecisionField = keyof typeof PLATFORM_DECISION_FIELDS;
/**
 * The platform lifecycle, one row per transition (the shape is `Machine` in lifecycle.ts). The
 * zone's staff and the province office keep the ledger, so both may record every step; each
 * step is dated, and 获批 names the approving document (批复文号). `operate` is allowed straight
 * from `approved` because pilot designations (e.g. 跨境电商零售进口试点) have no construction phase.
 */
export const PLATFORM_MACHINE = {
  apply: { from: ['planning'], to: 'applying', by: ['zone', 'province'], needs: { occurredOn: 'required', document: 'optional', note: 'optional' } },
  approve: { from: ['applying'], to: 'approved', by: ['zone', 'province'], needs: { occurredOn: 'required', document: 'required', note: 'optional' } },
  build: { from: ['approved'], to: 'building', by: ['zone', 'province'], needs: { occurredOn: 'required', document: 'optional', note: 'optional' } },
  operate: { from: ['approved', 'building'], to: 'operating', by: ['zone', 'province'], needs: { occurredOn: 'required', document: 'optional', note: 'optional' } },
} as const satisfies Machine<PlatformTransition, PlatformStatus, PlatformDecisionField>;
export const PLATFORM_TRANSITION_LABELS = {
  apply: { zh: '提交申建', en: 'Apply' },
  approve: { zh: '登记获批', en: 'Record approval' },
  build: { zh: '开始建设', en: 'Start construction' },
  operate: { zh: '封关运营', en: 'Start operation' },
} satisfies Record<PlatformTransition, Label>;

// ── Import batches (Excel 导入) ─────────────────────────────────────────────

export const IMPORT_BATCH_STATUSES = ['previewed', 'committing', 'committed', 'discarded'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];
export const IMPORT_BATCH_STATUS_LABELS = {
  previewed: { zh: '待导入', en: 'Previewed' },
  committing: { zh: '导入中', en: 'Importing' },
  committed: { zh: '已导入', en: 'Imported' },
  discarded: { zh: '已放弃', en: 'Discarded' },
} satisfies Record<ImportBatchStatus, Label>;
export const IMPORT_BATCH_TRANSITIONS = ['commit', 'discard'] as const;
export type ImportBatchTransition = (typeof IMPORT_BATCH_TRANSITIONS)[number];
/** A batch's steps record nothing but who took them. */
export const IMPORT_BATCH_DECISION_FIELDS = {} as const satisfies Record<string, DecisionFieldKind>;
/**
 * An uploaded file between its preview and its records, its previewer's alone (`owner`). 确认导入
 * queues the commit job (previewed → committing); the job's end moves the batch on itself —
 * committing → committed, or back to previewed when it fails (the commit is one transaction, so
 * nothing was written) — which is why those two are not steps anyone takes. A batch past its 24
 * hours takes no step (the transition spec's `blocked`).
 */
export const IMPORT_BATCH_MACHINE = {
  commit: { from: ['previewed'], to: 'committing', by: ['owner'], needs: {} },
  discard: { from: ['previewed'], to: 'discarded', by: ['owner'], needs: {} },
} as const satisfies Machine<ImportBatchTransition, ImportBatchStatus, never>;
export const IMPORT_BATCH_TRANSITION_LABELS = {
  commit: { zh: '确认导入', en: 'Commit the import' },
  discard: { zh: '放弃导入', en: 'Discard the import' },
} satisfies Record<ImportBatchTransition, Label>;

// ── Innovations (制度创新成果) ─────────────────────────────────────────────

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
