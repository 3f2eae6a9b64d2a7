/**
 * Open-economy indicators (开放型经济指标, issue 9): units, period kinds, how values combine, and
 * the qualifiers of Chinese statistical writing — shared by the API, the import engine and the web.
 *
 * Values are decimals held as strings (PostgreSQL `numeric`, decimal.js in code), never binary
 * floats: 11.6亿元 must convert to 116000万元 and back exactly.
 */
import type { Label } from './enums.js';

/**
 * A unit is a dimension and a power of ten: 亿元 is 元 × 10^8. Units of one dimension convert
 * exactly (a shift of the decimal point); units of different dimensions never mix — 亿元 and
 * 亿美元 only with a stated exchange rate and date, which is a derived figure, not a conversion.
 */
export const UNIT_DIMENSIONS = ['cny', 'usd', 'tonne', 'train', 'item', 'firm', 'person', 'person_time', 'percent', 'rank'] as const;
export type UnitDimension = (typeof UNIT_DIMENSIONS)[number];

export const UNITS = [
  'cny', 'cny_10k', 'cny_100m',
  'usd', 'usd_10k', 'usd_100m',
  't', 't_10k',
  'train',
  'item', 'item_10k',
  'firm',
  'person', 'person_10k',
  'person_time', 'person_time_10k',
  'percent',
  'rank',
] as const;
export type Unit = (typeof UNITS)[number];

export type UnitDefinition = { label: Label; dimension: UnitDimension; /** power of ten of the dimension's base */ exponent: number };
export const UNIT_DEFINITIONS = {
  cny: { label: { zh: '元', en: 'yuan' }, dimension: 'cny', exponent: 0 },
  cny_10k: { label: { zh: '万元', en: '10k yuan' }, dimension: 'cny', exponent: 4 },
  cny_100m: { label: { zh: '亿元', en: '100m yuan' }, dimension: 'cny', exponent: 8 },
  usd: { label: { zh: '美元', en: 'US dollars' }, dimension: 'usd', exponent: 0 },
  usd_10k: { label: { zh: '万美元', en: '10k US dollars' }, dimension: 'usd', exponent: 4 },
  usd_100m: { label: { zh: '亿美元', en: '100m US dollars' }, dimension: 'usd', exponent: 8 },
  t: { label: { zh: '吨', en: 'tonnes' }, dimension: 'tonne', exponent: 0 },
  t_10k: { label: { zh: '万吨', en: '10k tonnes' }, dimension: 'tonne', exponent: 4 },
  train: { label: { zh: '列', en: 'trains' }, dimension: 'train', exponent: 0 },
  item: { label: { zh: '个', en: 'items' }, dimension: 'item', exponent: 0 },
  item_10k: { label: { zh: '万个', en: '10k items' }, dimension: 'item', exponent: 4 },
  firm: { label: { zh: '家', en: 'firms' }, dimension: 'firm', exponent: 0 },
  person: { label: { zh: '人', en: 'people' }, dimension: 'person', exponent: 0 },
  person_10k: { label: { zh: '万人', en: '10k people' }, dimension: 'person', exponent: 4 },
  person_time: { label: { zh: '人次', en: 'person-times' }, dimension: 'person_time', exponent: 0 },
  person_time_10k: { label: { zh: '万人次', en: '10k person-times' }, dimension: 'person_time', exponent: 4 },
  percent: { label: { zh: '%', en: '%' }, dimension: 'percent', exponent: 0 },
  rank: { label: { zh: '位', en: 'rank' }, dimension: 'rank', exponent: 0 },
} satisfies Record<Unit, UnitDefinition>;

/** Period keys: '2020' (year), '2020Q3' (quarter), '2020-07' (month). */
export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS = {
  year: { zh: '年度', en: 'Year' },
  quarter: { zh: '季度', en: 'Quarter' },
  month: { zh: '月度', en: 'Month' },
} satisfies Record<PeriodKind, Label>;

/** How an indicator's values combine over periods and over zones. */
export const COMBINE_KINDS = ['sum', 'latest', 'average', 'none'] as const;
export type CombineKind = (typeof COMBINE_KINDS)[number];
export const COMBINE_KIND_LABELS = {
  sum: { zh: '累加', en: 'Sum' },
  latest: { zh: '取最新值', en: 'Latest' },
  average: { zh: '取平均', en: 'Average' },
  none: { zh: '不可加总', en: 'Not additive' },
} satisfies Record<CombineKind, Label>;

/**
 * The qualifiers of Chinese statistical writing, kept with the value and written back wherever
 * it is shown: 约110万元, 超3000万元, 300多人, 20余家, 过亿元, 近1/3. `position` says where the word
 * goes around the number. A figure derived from a qualified input is itself approximate.
 */
export const QUALIFIERS = ['about', 'over', 'more_than', 'odd', 'past', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export type QualifierDefinition = { label: Label; word: string; position: 'before' | 'after' };
export const QUALIFIER_DEFINITIONS = {
  about: { label: { zh: '约', en: 'about' }, word: '约', position: 'before' },
  over: { label: { zh: '超', en: 'over' }, word: '超', position: 'before' },
  more_than: { label: { zh: '多', en: 'more than' }, word: '多', position: 'after' },
  odd: { label: { zh: '余', en: 'odd' }, word: '余', position: 'after' },
  past: { label: { zh: '过', en: 'past' }, word: '过', position: 'before' },
  nearly: { label: { zh: '近', en: 'nearly' }, word: '近', position: 'before' },
} satisfies Record<Qualifier, QualifierDefinition>;
