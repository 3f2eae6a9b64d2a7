/**
 * Opening-platform types, statuses and the platform lifecycle (平台台账), shared by the API and
 * the web client.
 */
import type { Label } from './enums.js';
import type { DecisionFieldKind, Machine } from './lifecycle.js';

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
