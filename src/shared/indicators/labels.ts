/**
 * What each derived figure is called and how it was computed, for the "how it was computed"
 * panel: a label (zh first), a one-sentence explanation of the formula, and the label filled in
 * from the figure's own parameters where the name has a slot (2020年1月以来累计, 占全市比重).
 */
import type { Label, Lang } from '../enums.js';
import { ROUNDING } from './decimal.js';
import type { DerivedFigure, DerivedMethod } from './derived/figure.js';
import { formatPeriod } from './periods.js';

export type MethodText = { label: Label; explanation: Label };

export const DERIVED_METHOD_TEXTS = {
  yoy_growth: {
    label: { zh: '同比增长', en: 'Year-on-year growth' },
    explanation: { zh: '同比增长率 =（本期数值 ÷ 上年同期数值 − 1）× 100%。', en: 'Growth = (this period ÷ the same period a year earlier − 1) × 100%.' },
  },
  cagr: {
    label: { zh: '年均增长（复合）', en: 'Average annual growth (compound)' },
    explanation: { zh: '年均增长率 =（末年数值 ÷ 基年数值）的（1 ÷ 年数）次方 − 1，再乘以 100%。', en: 'Compound annual growth = (last year ÷ base year) to the power 1 ÷ years, minus 1, times 100%.' },
  },
  mean_growth: {
    label: { zh: '年均增长（算术平均）', en: 'Average annual growth (arithmetic mean)' },
    explanation: { zh: '先逐年计算同比增长率，再取各年增长率的算术平均值。', en: 'The year-on-year growth of each year, then the arithmetic mean of those rates.' },
  },
  span_total: {
    label: { zh: '累计', en: 'Total over the span' },
    explanation: { zh: '将所选期间内各期数值相加（单位统一后精确求和，缺少任何一期则不计算）。', en: 'The sum of the values of every period in the span (exact, in one unit; not computed if any period is missing).' },
  },
  since_total: {
    label: { zh: '以来累计', en: 'Total since' },
    explanation: { zh: '将起始月份至最新月份的各月数值相加；各月数值由当月值或累计值换算得出。', en: 'The sum of the monthly values from the first month to the latest, each month from a monthly or a year-to-date report.' },
  },
  share: {
    label: { zh: '占比', en: 'Share of the total' },
    explanation: { zh: '占比 = 本区域数值 ÷ 上级总量 × 100%；各组成部分齐全时，四舍五入后的占比合计恰为100%。', en: 'Share = this zone’s value ÷ the total × 100%; when all the parts are known, the rounded shares add up to exactly 100%.' },
  },
  rank: {
    label: { zh: '排名', en: 'Rank' },
    explanation: { zh: '按该指标在同级区域中排序，数值相同者并列，其后名次顺延（如 1、2、2、4），无数值者不参与排名。', en: 'Peers ordered by the indicator; equal values share a rank and the next rank skips (1, 2, 2, 4); peers without a value are not ranked.' },
  },
  rank_change: {
    label: { zh: '排名变化', en: 'Change of rank' },
    explanation: { zh: '两个时期的名次之差（前期名次 − 本期名次，正数为上升）；名次可由本平台计算，也可采用公开发布的排名。', en: 'The earlier rank minus the later one (positive is a climb); either rank may be computed here or as published.' },
  },
  count: {
    label: { zh: '数量', en: 'Count' },
    explanation: { zh: '平台中符合条件的记录条数，每条均可查看。', en: 'The number of matching records in Yanzhen, each of which can be opened.' },
  },
} as const satisfies Record<DerivedMethod, MethodText>;

/** The rounding note shown under every percent figure. */
export const ROUNDING_NOTE: Label = {
  zh: `百分比保留${ROUNDING.percentPlaces}位小数，四舍五入；引用的数值带有“约”“超”等修饰词时，结果为近似值。`,
  en: `Percentages to ${ROUNDING.percentPlaces} decimal place, rounded half up; a result built on a figure stated as "about", "over" and the like is approximate.`,
};

/**
 * The figure's name with its slot filled: 2020年1月以来累计, 2019年—2020年累计, 占全市比重; the
 * parent's name (全市, 全省) comes from the caller, which knows the zones.
 */
export function figureLabel(figure: Pick<DerivedFigure, 'method' | 'params'>, lang: Lang, context: { parent?: Label } = {}): string {
  const base = DERIVED_METHOD_TEXTS[figure.method].label[lang];
  const from = typeof figure.params.from === 'string' && figure.params.from ? formatPeriod(figure.params.from, lang) : '';
  const to = typeof figure.params.to === 'string' && figure.params.to ? formatPeriod(figure.params.to, lang) : '';
  if (figure.method === 'since_total' && from) return lang === 'zh' ? `${from}以来累计` : `Total since ${from}`;
  if (figure.method === 'span_total' && from && to) return lang === 'zh' ? `${from}—${to}累计` : `Total ${from}–${to}`;
  if (figure.method === 'share' && context.parent) return lang === 'zh' ? `占${context.parent.zh}比重` : `Share of ${context.parent.en}`;
  return base;
}
