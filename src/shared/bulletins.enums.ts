/**
 * 简报 (bulletins): what an office composes from its own records, and the lifecycle that freezes
 * it. Statuses, the machine, the kinds of figure a bulletin may cite and their labels; the web
 * reads the same file.
 */
import type { Label } from './enums.js';
import type { DecisionFieldKind, Machine } from './lifecycle.js';

export const BULLETIN_STATUSES = ['draft', 'issued', 'withdrawn'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];
export const BULLETIN_STATUS_LABELS = {
  draft: { zh: '草稿', en: 'Draft' },
  issued: { zh: '已印发', en: 'Issued' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
} satisfies Record<BulletinStatus, Label>;
/** The public sees an issued bulletin, and nothing else. */
export const PUBLIC_BULLETIN_STATUSES = ['issued'] as const satisfies readonly BulletinStatus[];

export const BULLETIN_TRANSITIONS = ['issue', 'withdraw'] as const;
export type BulletinTransition = (typeof BULLETIN_TRANSITIONS)[number];
export const BULLETIN_DECISION_FIELDS = { issuedOn: 'day', comment: 'comment' } as const satisfies Record<string, DecisionFieldKind>;
type BulletinDecisionField = keyof typeof BULLETIN_DECISION_FIELDS;

/**
 * 印发 freezes the figures and the text with the issue date (irreversible: an issued bulletin is
 * never edited again); 撤回 takes an issued one off the portal, with the reason, and keeps it.
 */
export const BULLETIN_MACHINE = {
  issue: { from: ['draft'], to: 'issued', by: ['zone', 'province'], needs: { issuedOn: 'required', comment: 'optional' }, sets: { issued_on: 'issuedOn' } },
  withdraw: { from: ['issued'], to: 'withdrawn', by: ['province'], needs: { comment: 'required' } },
} as const satisfies Machine<BulletinTransition, BulletinStatus, BulletinDecisionField>;
export const BULLETIN_TRANSITION_LABELS = {
  issue: { zh: '印发', en: 'Issue' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
} satisfies Record<BulletinTransition, Label>;

/**
 * What a figure in a bulletin cites. `value`: a zone's stored value of an indicator for a period
 * (written as stated, 约110万元). `derived`: a figure computed from those values (同比增长, 年均增长,
 * 占上级比重, 排名 and its change). `count`: a count from the other capabilities over the
 * bulletin's zones (recognised innovations, of them replicated in the province).
 */
export const BULLETIN_FIGURE_KINDS = ['value', 'derived', 'count'] as const;
export type BulletinFigureKind = (typeof BULLETIN_FIGURE_KINDS)[number];
export const BULLETIN_FIGURE_KIND_LABELS = {
  value: { zh: '指标数值', en: 'Indicator value' },
  derived: { zh: '派生指标', en: 'Derived figure' },
  count: { zh: '工作计数', en: 'Count from the records' },
} satisfies Record<BulletinFigureKind, Label>;

/** The derived figures a bulletin may cite (the ones the indicators' derived endpoint computes per zone and period). */
export const BULLETIN_DERIVED_METHODS = ['yoy_growth', 'cagr', 'mean_growth', 'share', 'rank', 'rank_change'] as const;
export type BulletinDerivedMethod = (typeof BULLETIN_DERIVED_METHODS)[number];

/** Counts from other capabilities: innovations by how far they went, delegated items (放权事项) by the level that delegated them. */
export const BULLETIN_COUNTS = [
  'recognized_innovations', 'province_replicated_innovations', 'nation_replicated_innovations',
  'province_delegated_powers', 'city_delegated_powers', 'county_delegated_powers',
] as const;
export type BulletinCount = (typeof BULLETIN_COUNTS)[number];
export const BULLETIN_COUNT_LABELS = {
  recognized_innovations: { zh: '形成制度创新成果（项）', en: 'Institutional innovations recognised' },
  province_replicated_innovations: { zh: '在全省复制推广（项）', en: 'Replicated across the province' },
  nation_replicated_innovations: { zh: '在全国复制推广（项）', en: 'Replicated nationwide' },
  province_delegated_powers: { zh: '承接省级下放事项（项）', en: 'Provincial powers delegated' },
  city_delegated_powers: { zh: '市级下放事项（项）', en: 'Municipal powers delegated' },
  county_delegated_powers: { zh: '区县级下放事项（项）', en: 'District and county powers delegated' },
} satisfies Record<BulletinCount, Label>;

/** How a figure is written into the text: `{{key}}`, a key of letters, digits and underscores. */
export const FIGURE_TOKEN = /\{\{([A-Za-z][A-Za-z0-9_]{0,31})\}\}/g;
export const FIGURE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
