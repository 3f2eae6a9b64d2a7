/**
 * Figures written back the way they were stated: Chinese statistical writing first (约110万元,
 * 超3000万元, 300多人, 2.3万余人, 20余家, 过亿元, 近1/3, 45.7%, −3.2%), then English with
 * thousands separators and million/billion. The unit is the stored one unless the caller asks
 * to normalise (116000万元 → 11.6亿元).
 */
import type { Label, Lang } from '../enums.js';
import { QUALIFIER_DEFINITIONS, UNIT_DEFINITIONS, UNITS, type Unit, type UnitDimension } from '../indicators.enums.js';
import { Dec, decString } from './decimal.js';
import { convert, dimensionOf, exponentOf, type Quantity } from './quantity.js';

/** The minus sign of printed figures (U+2212), not a hyphen. */
export const MINUS = '−';

const ZH_MAGNITUDE: Record<number, string> = { 0: '', 4: '万', 8: '亿' };

function baseUnit(dimension: UnitDimension): Unit {
  return UNITS.find((unit) => UNIT_DEFINITIONS[unit].dimension === dimension && UNIT_DEFINITIONS[unit].exponent === 0)!;
}

/**
 * The unit a quantity reads best in: the largest of its dimension in which the value is at
 * least 1 (116000万元 → 亿元, 0.5亿元 → 万元); zero stays as it is.
 */
export function displayUnit(quantity: Quantity): Unit {
  const value = new Dec(quantity.value).abs();
  if (value.isZero()) return quantity.unit;
  const dimension = dimensionOf(quantity.unit);
  const candidates = UNITS.filter((unit) => UNIT_DEFINITIONS[unit].dimension === dimension).sort((a, b) => exponentOf(b) - exponentOf(a));
  return candidates.find((unit) => value.times(new Dec(10).pow(exponentOf(quantity.unit) - exponentOf(unit))).gte(1)) ?? candidates.at(-1)!;
}

/** A decimal string with the printed minus and, in English, thousands separators ('1234.5' → '1,234.5'). */
export function formatNumber(value: string, lang: Lang): string {
  const text = decString(new Dec(value));
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = lang === 'en' ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole!;
  return `${negative ? MINUS : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function ordinal(n: string): string {
  const last2 = Number(n.slice(-2));
  const suffix = last2 >= 11 && last2 <= 13 ? 'th' : ({ '1': 'st', '2': 'nd', '3': 'rd' } as Record<string, string>)[n.slice(-1)] ?? 'th';
  return `${n}${suffix}`;
}

function formatZh(q: Quantity): string {
  const qualifier = q.qualifier ? QUALIFIER_DEFINITIONS[q.qualifier] : null;
  const before = qualifier?.position === 'before' ? qualifier.word : '';
  const after = qualifier?.position === 'after' ? qualifier.word : '';
  const dimension = dimensionOf(q.unit);
  if (q.fraction) return `${before}${q.fraction.numerator}/${q.fraction.denominator}${after}`;
  if (dimension === 'percent') return `${before}${formatNumber(q.value, 'zh')}${after}%`;
  if (dimension === 'rank') return `${before}第${formatNumber(q.value, 'zh')}${after}位`;
  const magnitude = ZH_MAGNITUDE[exponentOf(q.unit)] ?? '';
  const base = UNIT_DEFINITIONS[baseUnit(dimension)].label.zh;
  // 过亿元, 过万人: "past one 亿" is written without the one.
  const number = q.qualifier === 'past' && magnitude && q.value === '1' ? '' : formatNumber(q.value, 'zh');
  return `${before}${number}${magnitude}${after}${base}`;
}

const EN_QUALIFIER = { about: 'about', over: 'over', more_than: 'more than', past: 'over', nearly: 'nearly' } as const;

function formatEn(q: Quantity): string {
  const dimension = dimensionOf(q.unit);
  let body: string;
  if (q.fraction) body = `${q.fraction.numerator}/${q.fraction.denominator}`;
  else if (dimension === 'percent') body = `${formatNumber(q.value, 'en')}%`;
  else if (dimension === 'rank') body = ordinal(formatNumber(q.value, 'en'));
  else {
    const base = baseUnit(dimension);
    const value = new Dec(convert(q, base).value);
    const scale = value.abs().gte(1e9) ? ([9, ' billion'] as const) : value.abs().gte(1e6) ? ([6, ' million'] as const) : ([0, ''] as const);
    const number = formatNumber(decString(value.div(new Dec(10).pow(scale[0]))), 'en');
    body = `${number}${scale[1]}${q.qualifier === 'odd' ? '-odd' : ''} ${UNIT_DEFINITIONS[base].label.en}`;
    if (q.qualifier === 'odd') return body;
  }
  if (!q.qualifier) return body;
  if (q.qualifier === 'odd') return `${body}-odd`;
  return `${EN_QUALIFIER[q.qualifier]} ${body}`;
}

/** The quantity as text: 约110万元 / about 1.1 million yuan. */
export function formatQuantity(quantity: Quantity, lang: Lang, options: { normalise?: boolean } = {}): string {
  const q = options.normalise && !quantity.fraction ? convert(quantity, displayUnit(quantity)) : quantity;
  return lang === 'zh' ? formatZh(q) : formatEn(q);
}

/** A growth rate in percent as a bulletin words it: 增长45.7% / 下降3.2% / 持平; up 45.7% / down 3.2% / unchanged. */
export function formatGrowth(percent: string, lang: Lang): string {
  const value = new Dec(percent);
  const size = formatNumber(decString(value.abs()), lang);
  if (value.isZero()) return lang === 'zh' ? '持平' : 'unchanged';
  if (lang === 'zh') return `${value.isNegative() ? '下降' : '增长'}${size}%`;
  return `${value.isNegative() ? 'down' : 'up'} ${size}%`;
}

/**
 * A change of rank: 由第43位升至第35位, 由全省第4位跃升至第2位 (a climb into the top three from
 * below it is 跃升, as the article writes 4 → 2 but 43 → 35 and 9 → 7 as 升); English "up from 43rd to 35th".
 */
export function formatRankChange(change: { from: number; to: number; scope?: Label }, lang: Lang): string {
  const { from, to, scope } = change;
  if (lang === 'en') {
    const where = scope ? ` in ${scope.en}` : '';
    if (from === to) return `unchanged at ${ordinal(String(to))}${where}`;
    return `${to < from ? 'up' : 'down'} from ${ordinal(String(from))} to ${ordinal(String(to))}${where}`;
  }
  const where = scope?.zh ?? '';
  if (from === to) return `保持${where}第${to}位`;
  const verb = to > from ? '降至' : to <= 3 && from > 3 ? '跃升至' : '升至';
  return `由${where}第${from}位${verb}第${to}位`;
}
