/**
 * 放权赋能事项 (delegated powers) and 通办: the catalogue's kinds, the delegation lifecycle and
 * its labels. The web reads the same file.
 */
import type { Label } from './enums.js';
import type { DecisionFieldKind, Machine } from './lifecycle.js';

/** 政务服务事项 practice: a 主项 splits into 子项, a 子项 into the 办理项 people actually apply for. */
export const POWER_TIERS = ['main', 'sub', 'handling'] as const;
export type PowerTier = (typeof POWER_TIERS)[number];
export const POWER_TIER_LABELS = {
  main: { zh: '主项', en: 'Main item' },
  sub: { zh: '子项', en: 'Sub-item' },
  handling: { zh: '办理项', en: 'Handling item' },
} satisfies Record<PowerTier, Label>;

/** 事项类型, as the 权责清单 classify administrative powers and public services. */
export const POWER_ITEM_TYPES = ['licensing', 'confirmation', 'payment', 'inspection', 'penalty', 'enforcement', 'levy', 'adjudication', 'reward', 'other_power', 'public_service'] as const;
export type PowerItemType = (typeof POWER_ITEM_TYPES)[number];
export const POWER_ITEM_TYPE_LABELS = {
  licensing: { zh: '行政许可', en: 'Administrative licensing' },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  payment: { zh: '行政给付', en: 'Administrative payment' },
  inspection: { zh: '行政检查', en: 'Administrative inspection' },
  penalty: { zh: '行政处罚', en: 'Administrative penalty' },
  enforcement: { zh: '行政强制', en: 'Administrative enforcement' },
  levy: { zh: '行政征收', en: 'Administrative levy' },
  adjudication: { zh: '行政裁决', en: 'Administrative adjudication' },
  reward: { zh: '行政奖励', en: 'Administrative reward' },
  other_power: { zh: '其他行政权力', en: 'Other administrative power' },
  public_service: { zh: '公共服务', en: 'Public service' },
} satisfies Record<PowerItemType, Label>;

/** The level of government the power comes from. */
export const POWER_LEVELS = ['province', 'city', 'county'] as const;
export type PowerLevel = (typeof POWER_LEVELS)[number];
export const POWER_LEVEL_LABELS = {
  province: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'Municipal' },
  county: { zh: '区县级', en: 'District / county' },
} satisfies Record<PowerLevel, Label>;

/** 下放 hands the power over; 委托 lets the zone act in the office's name (needs its 委托书); 授权 by law or regulation. */
export const DELEGATION_TYPES = ['devolve', 'entrust', 'authorise'] as const;
export type DelegationType = (typeof DELEGATION_TYPES)[number];
export const DELEGATION_TYPE_LABELS = {
  devolve: { zh: '下放', en: 'Devolved' },
  entrust: { zh: '委托', en: 'Entrusted' },
  authorise: { zh: '授权', en: 'Authorised' },
} satisfies Record<DelegationType, Label>;

export const DELEGATION_STATUSES = ['delegated', 'taken_up', 'in_operation', 'revoked'] as const;
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];
export const DELEGATION_STATUS_LABELS = {
  delegated: { zh: '待承接', en: 'Awaiting take-up' },
  taken_up: { zh: '已承接', en: 'Taken up' },
  in_operation: { zh: '运行中', en: 'In operation' },
  revoked: { zh: '已收回', en: 'Withdrawn' },
} satisfies Record<DelegationStatus, Label>;

export const DELEGATION_TRANSITIONS = ['take_up', 'begin_operation', 'revoke'] as const;
export type DelegationTransition = (typeof DELEGATION_TRANSITIONS)[number];
export const DELEGATION_DECISION_FIELDS = { occurredOn: 'day', document: 'document', comment: 'comment' } as const satisfies Record<string, DecisionFieldKind>;
type DelegationDecisionField = keyof typeof DELEGATION_DECISION_FIELDS;

/**
 * The receiving zone's staff take a delegation up (承接, the day it did) and start handling
 * cases (运行, the day the first could be filed); the province office takes it back (收回) with
 * the document and the day, which ends it in the catalogue from that day on.
 */
export const DELEGATION_MACHINE = {
  take_up: { from: ['delegated'], to: 'taken_up', by: ['zone'], needs: { occurredOn: 'required', comment: 'optional' }, sets: { accepted_on: 'occurredOn' } },
  begin_operation: { from: ['taken_up'], to: 'in_operation', by: ['zone'], needs: { occurredOn: 'required', comment: 'optional' }, sets: { running_on: 'occurredOn' } },
  revoke: { from: ['delegated', 'taken_up', 'in_operation'], to: 'revoked', by: ['province'], needs: { occurredOn: 'required', document: 'required', comment: 'optional' }, sets: { withdrawn_on: 'occurredOn', withdrawn_document: 'document' } },
} as const satisfies Machine<DelegationTransition, DelegationStatus, DelegationDecisionField>;
export const DELEGATION_TRANSITION_LABELS = {
  take_up: { zh: '承接', en: 'Take up' },
  begin_operation: { zh: '投入运行', en: 'Start operating' },
  revoke: { zh: '收回', en: 'Withdraw' },
} satisfies Record<DelegationTransition, Label>;

/** What a batch does to a delegation: the catalogue on a day is the latest change in effect then. */
export const DELEGATION_CHANGE_ACTIONS = ['add', 'change', 'withdraw'] as const;
export type DelegationChangeAction = (typeof DELEGATION_CHANGE_ACTIONS)[number];
export const DELEGATION_CHANGE_ACTION_LABELS = {
  add: { zh: '新增', en: 'Added' },
  change: { zh: '调整', en: 'Changed' },
  withdraw: { zh: '收回', en: 'Withdrawn' },
} satisfies Record<DelegationChangeAction, Label>;

/** 通办 modes. */
export const TONGBAN_MODES = ['online', 'proxy', 'joint'] as const;
export type TongbanMode = (typeof TONGBAN_MODES)[number];
export const TONGBAN_MODE_LABELS = {
  online: { zh: '全程网办', en: 'Fully online' },
  proxy: { zh: '异地代收代办', en: 'Received and handled on behalf' },
  joint: { zh: '多地联办', en: 'Handled jointly' },
} satisfies Record<TongbanMode, Label>;

/** Months of cases the 用得好 count looks back over, unless the request says otherwise. */
export const DEFAULT_USE_MONTHS = 12;
