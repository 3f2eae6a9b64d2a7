/**
 * What the columns of an innovation table mean: header labels with the synonyms offices use,
 * and enum labels (领域/任务/首创性) back to the stored values.
 */
import { type Label } from '../../../shared/enums.js';
import {
  INNOVATION_DOMAIN_LABELS,
  NOVELTY_LABELS,
  REFORM_TASK_LABELS,
  type InnovationDomain,
  type NoveltyClaim,
  type ReformTask,
} from '../../../shared/innovations.enums.js';
import { compact } from '../cell-values.js';
import type { Column, HeaderMatcher } from '../read-workbook.js';

export const INNOVATION_FIELDS = [
  'name',
  'zone',
  'domain',
  'task',
  'novelty',
  'painPoint',
  'measures',
  'effects',
  'effectLabel',
  'effectValue',
  'effectUnit',
  'effectPeriod',
  'effectText',
  'departments',
  'exploredOn',
  'tags',
  'source',
] as const;
export type InnovationField = (typeof INNOVATION_FIELDS)[number];

/** The column name shown when a field has no column in the file, and used by the export. */
export const FIELD_LABELS: Record<InnovationField, Label> = {
  name: { zh: '成果名称', en: 'Name' },
  zone: { zh: '所属区域', en: 'Zone' },
  domain: { zh: '创新领域', en: 'Domain' },
  task: { zh: '三大任务', en: 'Reform task' },
  novelty: { zh: '首创性', en: 'Novelty' },
  painPoint: { zh: '痛点问题', en: 'Pain point' },
  measures: { zh: '创新举措', en: 'Measures' },
  effects: { zh: '实践效果', en: 'Effects' },
  effectLabel: { zh: '成效/指标', en: 'Effect/indicator' },
  effectValue: { zh: '成效/数值', en: 'Effect/value' },
  effectUnit: { zh: '成效/单位', en: 'Effect/unit' },
  effectPeriod: { zh: '成效/时期', en: 'Effect/period' },
  effectText: { zh: '成效/说明', en: 'Effect/note' },
  departments: { zh: '牵头部门', en: 'Departments' },
  exploredOn: { zh: '探索时间', en: 'Explored on' },
  tags: { zh: '标签', en: 'Tags' },
  source: { zh: '来源', en: 'Source' },
};

/**
 * Header synonyms per field, in tie-break order (the name column last: "名称" is part of many labels).
 * Matching is on the compacted label (half-width, no spaces, no "*", no trailing "（必填）").
 */
const SYNONYMS: [InnovationField, string[]][] = [
  ['zone', ['所属区域', '区域', '所属先行区', '先行区', '协同改革先行区', '所属片区', '片区', '申报区域', '区域名称', '所属地区', '地区', 'zone']],
  ['domain', ['创新领域', '领域', '所属领域', '改革领域', '类别', '分类', 'domain']],
  ['task', ['三大任务', '任务', '改革任务', '所属任务', '任务类型', 'task']],
  ['novelty', ['首创性', '首创情况', '创新程度', '首创级别', '是否首创', 'novelty']],
  ['painPoint', ['痛点问题', '痛点', '问题', '改革痛点', '存在问题', '问题与痛点', '背景', '改革背景', 'painpoint']],
  ['measures', ['创新举措', '举措', '主要做法', '做法', '具体做法', '创新做法', '改革举措', '主要举措', '创新内容', '主要内容', 'measures']],
  ['effectLabel', ['成效指标', '指标名称', '效果指标']],
  ['effectValue', ['成效数值', '指标数值', '指标值', '数值']],
  ['effectUnit', ['成效单位', '计量单位', '单位']],
  ['effectPeriod', ['统计时期', '统计期', '时期']],
  ['effects', ['实践效果', '成效', '实践成效', '取得成效', '主要成效', '创新成效', '实施效果', '改革成效', '效果', 'effects']],
  ['departments', ['牵头部门', '部门', '责任部门', '牵头单位', '责任单位', '实施部门', '实施单位', '参与部门', 'departments']],
  ['exploredOn', ['探索时间', '时间', '推出时间', '实施时间', '首创时间', '创新时间', '开始时间', '形成时间', 'exploredon']],
  ['tags', ['标签', '关键词', '关键字', 'tags']],
  ['source', ['来源', '出处', '资料来源', '信息来源', 'source']],
  ['name', ['成果名称', '创新成果名称', '制度创新成果名称', '名称', '成果', '案例名称', '创新成果', '项目名称', 'name']],
];

/** Lower row of a "成效" group: which part of an effect the column holds. */
const EFFECT_PARTS: [InnovationField, string[]][] = [
  ['effectLabel', ['指标', '指标名称', '名称', '项目', '内容', '事项']],
  ['effectValue', ['数值', '数量', '金额', '数据', '值', '指标值', '数额']],
  ['effectUnit', ['单位', '计量单位']],
  ['effectPeriod', ['时期', '期间', '统计期', '统计时期', '年度', '时间', '统计时间']],
  ['effectText', ['说明', '备注', '描述', '情况', '文字说明', '成效描述', '具体成效', '效果']],
];

/** The compacted form of a header label for comparison. */
export function headerKey(label: string): string {
  return compact(label)
    .toLowerCase()
    .replace(/[*＊]/g, '')
    .replace(/^(\d+|[一二三四五六七八九十]+)[、.．]/, '')
    .replace(/[:：]$/, '')
    .replace(/[(（][^()（）]*[)）]$/, '');
}

function matchIn(table: [InnovationField, string[]][], label: string): InnovationField | null {
  const key = headerKey(label);
  if (!key) return null;
  for (const [field, words] of table) if (words.includes(key)) return field;
  // "主要做法及创新举措": the longest synonym it contains, for labels short enough to be headers.
  if (key.length > 16) return null;
  let best: { field: InnovationField; length: number } | null = null;
  for (const [field, words] of table) {
    for (const word of words) if (word.length >= 2 && key.includes(word) && (!best || word.length > best.length)) best = { field, length: word.length };
  }
  return best?.field ?? null;
}

const isEffectGroup = (group: string) => matchIn(SYNONYMS, group) === 'effects';

export const matchInnovationHeader: HeaderMatcher = ({ label, group, sub }) => {
  if (group && sub) {
    if (isEffectGroup(group)) return matchIn(EFFECT_PARTS, sub) ?? matchIn(SYNONYMS, sub);
    return matchIn(SYNONYMS, sub) ?? matchIn(SYNONYMS, group);
  }
  return matchIn(SYNONYMS, label);
};

/** A sheet is an innovation table when it names the innovations and says at least one more thing about them. */
export function acceptsInnovationColumns(columns: Column[]): boolean {
  const fields = new Set(columns.map((c) => c.field).filter(Boolean));
  return fields.has('name') && fields.size >= 2;
}

type Labelled<V extends string> = Record<V, Label>;

/** Maps a label ("贸易便利化", "Trade facilitation", "trade_facilitation", "贸易") to its value; null when unknown or ambiguous. */
function matchLabel<V extends string>(text: string, labels: Labelled<V>, aliases: Record<string, V> = {}): V | null {
  const key = compact(text).toLowerCase();
  if (!key) return null;
  const entries = Object.entries(labels) as [V, Label][];
  for (const [value, label] of entries) {
    if (key === value || key === compact(label.zh).toLowerCase() || key === compact(label.en).toLowerCase()) return value;
  }
  if (aliases[key]) return aliases[key]!;
  const hits = new Set<V>();
  for (const [alias, value] of Object.entries(aliases)) if (key.includes(alias)) hits.add(value);
  for (const [value, label] of entries) if (compact(label.zh).includes(key) && key.length >= 2) hits.add(value);
  return hits.size === 1 ? [...hits][0]! : null;
}

const DOMAIN_ALIASES: Record<string, InnovationDomain> = {
  贸易: 'trade_facilitation',
  通关: 'trade_facilitation',
  投资: 'investment_facilitation',
  金融: 'financial_innovation',
  政府职能: 'government_transformation',
  政务: 'government_transformation',
  营商: 'government_transformation',
  法治: 'rule_of_law',
  法制: 'rule_of_law',
  司法: 'rule_of_law',
};

const TASK_ALIASES: Record<string, ReformTask> = {
  制度: 'institutional_alignment',
  对接: 'institutional_alignment',
  平台: 'platform_integration',
  融通: 'platform_integration',
  产业: 'industry_interaction',
  互动: 'industry_interaction',
};

const NOVELTY_ALIASES: Record<string, NoveltyClaim> = {
  全国: 'national_first',
  国内首创: 'national_first',
  全省: 'provincial_first',
  省内首创: 'provincial_first',
  四川首创: 'provincial_first',
  区域: 'regional_first',
  市内首创: 'regional_first',
  全市首创: 'regional_first',
  片区首创: 'regional_first',
  否: 'none',
  无: 'none',
  非首创: 'none',
  '/': 'none',
  '-': 'none',
};

export const matchDomain = (text: string) => matchLabel(text, INNOVATION_DOMAIN_LABELS, DOMAIN_ALIASES);
export const matchTask = (text: string) => matchLabel(text, REFORM_TASK_LABELS, TASK_ALIASES);
export const matchNovelty = (text: string) => matchLabel(text, NOVELTY_LABELS, NOVELTY_ALIASES);
