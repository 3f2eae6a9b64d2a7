/**
 * Status enums, labels and lifecycle tables shared by the API and the web client.
 * Stored values are stable English identifiers; labels are what users read.
 */

export type Lang = 'zh' | 'en';
export type Label = { zh: string; en: string };

export const ROLES = ['province_admin', 'zone_staff', 'judge', 'applicant', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS = {
  province_admin: { zh: '省自贸办管理员', en: 'Province office admin' },
  zone_staff: { zh: '区域填报员', en: 'Zone staff' },
  judge: { zh: '评审专家', en: 'Expert judge' },
  applicant: { zh: '申报企业', en: 'Applicant enterprise' },
  auditor: { zh: '审计员', en: 'Auditor' },
} satisfies Record<Role, Label>;

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
/**
 * The platform lifecycle, one row per transition. `operate` is allowed straight from
 * `approved` because pilot designations (e.g. 跨境电商零售进口试点) have no construction phase.
 */
export const PLATFORM_MACHINE = {
  apply: { from: ['planning'], to: 'applying' },
  approve: { from: ['applying'], to: 'approved' },
  build: { from: ['approved'], to: 'building' },
  operate: { from: ['approved', 'building'], to: 'operating' },
} satisfies Record<PlatformTransition, { from: readonly PlatformStatus[]; to: PlatformStatus }>;
export const PLATFORM_TRANSITION_LABELS = {
  apply: { zh: '提交申建', en: 'Apply' },
  approve: { zh: '登记获批', en: 'Record approval' },
  build: { zh: '开始建设', en: 'Start construction' },
  operate: { zh: '封关运营', en: 'Start operation' },
} satisfies Record<PlatformTransition, Label>;
