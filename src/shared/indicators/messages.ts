/**
 * Messages of indicator figures (a refused cell in the import preview, a refused conversion or
 * derived figure), zh-CN first. Keys without a status: the import stores them per row, and the
 * server wraps them in its own error code.
 */
import { UNIT_DEFINITIONS, UNITS, type Unit } from '../indicators.enums.js';
import { defineEnumLabels, defineMessages, type Catalog } from '../messages.js';

export const FIGURE_MESSAGES = defineMessages({
  figure_unreadable: { zh: '无法识别的数值「{value}」，可写作 11.6、11.6亿元、约110万元、45.7% 或 “—”（缺失）', en: 'Cannot read the figure "{value}"; write e.g. 11.6, 11.6亿元, 约110万元, 45.7% or "—" for missing' },
  figure_too_long: { zh: '数值过长（上限 {limit} 个字符）', en: 'The figure is too long (limit {limit} characters)' },
  figure_bad_characters: { zh: '数值中包含无法保存的字符（控制字符或残缺的编码）', en: 'The figure contains characters that cannot be stored (control characters or a broken encoding)' },
  figure_too_many_digits: { zh: '数值位数过多（上限 {limit} 位有效数字）', en: 'Too many digits (limit {limit} significant digits)' },
  figure_two_qualifiers: { zh: '「{value}」同时使用了两个修饰词（如“约”和“多”），请只保留一个', en: '"{value}" has two qualifiers (such as 约 and 多); keep one' },
  figure_unit_mismatch: { zh: '单元格中的单位「{cell}」与该列的单位「{column}」不是同一类，不能换算', en: 'The unit "{cell}" in the cell cannot be converted to the column\'s unit ({column})', enums: { column: 'valueType' } },
  figure_bad_fraction: { zh: '无法识别的分数「{value}」（分母不能为零，分子不能大于分母）', en: 'Cannot read the fraction "{value}" (the denominator must not be zero or smaller than the numerator)' },
  figure_bad_rank: { zh: '排名「{value}」应为正整数', en: 'The rank "{value}" must be a positive whole number' },
  figure_unit_incompatible: { zh: '单位「{from}」与「{to}」不是同一类，不能换算（不同币种需注明汇率和日期）', en: 'Cannot convert {from} to {to} (currencies need a stated exchange rate and date)', enums: { from: 'valueType', to: 'valueType' } },
  figure_no_inputs: { zh: '没有可用于计算的数值', en: 'There are no figures to compute from' },
  figure_base_not_positive: { zh: '基期数值为零或负数，无法计算增长率', en: 'The base value is zero or negative, so no growth rate can be computed' },
  figure_periods_missing: { zh: '缺少以下期间的数值：{periods}', en: 'Values are missing for: {periods}' },
  figure_bad_period: { zh: '无法识别的期间「{period}」，可写作 2020、2020Q3 或 2020-07', en: 'Cannot read the period "{period}"; write e.g. 2020, 2020Q3 or 2020-07' },
  figure_period_kinds_differ: { zh: '期间「{from}」与「{to}」不是同一种（年、季、月）', en: 'The periods {from} and {to} are not of one kind (year, quarter, month)' },
  figure_span_reversed: { zh: '起始期间「{from}」晚于截止期间「{to}」', en: 'The first period {from} is after the last one {to}' },
  figure_period_not_sub_year: { zh: '期间「{period}」应为月或季度（累计值按年内累加）', en: 'The period {period} must be a month or a quarter (cumulative values add up within a year)' },
  figure_not_year_before: { zh: '「{previous}」不是「{period}」的上年同期，不能计算同比', en: '{previous} is not the same period a year before {period}, so no year-on-year growth can be computed' },
  figure_bad_span: { zh: '「{from}」至「{to}」不是整年的跨度，不能计算年均增长', en: 'From {from} to {to} is not a span of whole years, so no average growth can be computed' },
  figure_outside_span: { zh: '期间「{period}」不在「{from}」至「{to}」之内', en: 'The period {period} is outside {from} to {to}' },
  figure_period_twice: { zh: '期间「{period}」的数值出现了两次', en: 'There are two values for {period}' },
  figure_not_ranked: { zh: '该区域在此期间没有数值，未参与排名', en: 'This zone has no value for the period and is not ranked' },
  figure_parent_not_positive: { zh: '总量为零或负数，无法计算占比', en: 'The total is zero or negative, so no share can be computed' },
});
export type FigureMessageKey = keyof typeof FIGURE_MESSAGES;

declare module '../messages.js' {
  interface MessageCatalog extends Catalog<typeof FIGURE_MESSAGES> {}
}

/**
 * Units as message parameters: a unit code is shown through its label (亿元 / 100m yuan), never
 * as 'cny_100m'. They join the 'valueType' kind (what a value is expected to be), prefixed so
 * they cannot collide with its other codes.
 */
export const unitParam = (unit: Unit): string => `unit:${unit}`;
defineEnumLabels('valueType', Object.fromEntries(UNITS.map((unit) => [unitParam(unit), UNIT_DEFINITIONS[unit].label])));
