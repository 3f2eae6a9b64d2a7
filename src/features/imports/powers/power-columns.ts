/**
 * What the columns of a 放权清单 and of a 月度办件量 table mean: header labels with the synonyms
 * offices use (merged two-row headers such as 办理时限（工作日） over 法定 / 承诺 included; 序号
 * and other columns are not read), and the labels of 事项类型, 下放层级 and 下放方式 back to the
 * stored values. The template and the export write the first synonym of each field.
 */
import type { Label } from '../../../shared/enums.js';
import { DELEGATION_TYPE_LABELS, POWER_ITEM_TYPE_LABELS, POWER_LEVEL_LABELS, type DelegationType, type PowerItemType, type PowerLevel } from '../../../shared/powers.enums.js';
import type { Column, HeaderMatcher } from '../read-workbook.js';
import { headerKey } from '../innovations/innovation-columns.js';

export const CATALOGUE_FIELDS = [
  'name', 'code', 'itemType', 'department', 'implementingBody', 'legalBasis', 'legalLimitDays', 'level', 'delegationType', 'entrustmentRef', 'zone',
  'receivingBody', 'promisedLimitDays', 'note', 'batchRef',
] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

/** The column names the template and the export write, in their order (序号 first, not a field). */
export const CATALOGUE_HEADERS: Record<CatalogueField, Label> = {
  name: { zh: '事项名称', en: 'Item' },
  code: { zh: '事项编码', en: 'Item code' },
  itemType: { zh: '事项类型', en: 'Item type' },
  department: { zh: '主管部门', en: 'Competent department' },
  implementingBody: { zh: '实施机关', en: 'Implementing body' },
  legalBasis: { zh: '设定和实施依据', en: 'Legal basis' },
  legalLimitDays: { zh: '法定时限（工作日）', en: 'Legal limit (working days)' },
  level: { zh: '下放层级', en: 'Level' },
  delegationType: { zh: '下放方式', en: 'Delegation type' },
  entrustmentRef: { zh: '委托书文号', en: 'Letter of entrustment' },
  zone: { zh: '承接主体', en: 'Receiving zone' },
  receivingBody: { zh: '承接单位', en: 'Receiving body' },
  promisedLimitDays: { zh: '承诺时限（工作日）', en: 'Promised limit (working days)' },
  note: { zh: '备注', en: 'Note' },
  batchRef: { zh: '所属批次', en: 'Batch' },
};

const CATALOGUE_SYNONYMS: [CatalogueField | 'departmentAndBody', string[]][] = [
  ['code', ['事项编码', '编码', '事项代码', '基本编码', '实施编码', '权力编码', '事项编号', 'code']],
  ['itemType', ['事项类型', '类型', '权力类型', '事项类别', '权力类别', '类别']],
  ['departmentAndBody', ['主管部门/实施机关', '主管部门（实施机关）', '主管部门、实施机关', '主管部门和实施机关']],
  ['department', ['主管部门', '行业主管部门', '省级主管部门', '业务主管部门', '原实施部门']],
  ['implementingBody', ['实施机关', '实施主体', '实施部门', '实施单位', '原实施机关']],
  ['legalBasis', ['设定和实施依据', '设定依据', '实施依据', '设定和实施依据及条款', '法律依据', '依据']],
  ['legalLimitDays', ['法定时限', '法定办结时限', '法定期限']],
  ['promisedLimitDays', ['承诺时限', '承诺办结时限', '承诺期限']],
  ['level', ['下放层级', '层级', '权限层级', '来源层级', '下放级别', '事项层级']],
  ['entrustmentRef', ['委托书文号', '委托书', '委托文号', '委托书编号']],
  ['delegationType', ['下放方式', '方式', '放权方式', '下放类型', '赋权方式', '下放形式']],
  ['receivingBody', ['承接单位', '承接机构', '具体承接单位', '承接部门']],
  ['zone', ['承接主体', '承接区域', '承接片区', '所属区域', '区域', '片区', '先行区']],
  ['note', ['备注', '说明']],
  ['batchRef', ['所属批次', '批次', '文号', '批次文号', '发文文号']],
  ['name', ['事项名称', '权力事项名称', '政务服务事项名称', '项目名称', '名称', '事项', 'name']],
];

export const CASES_FIELDS = ['code', 'name', 'zone', 'month', 'caseCount', 'duration'] as const;
export type CasesField = (typeof CASES_FIELDS)[number];
export const CASES_HEADERS: Record<Exclude<CasesField, 'duration'>, Label> = {
  code: { zh: '事项编码', en: 'Item code' },
  name: { zh: '事项名称', en: 'Item' },
  zone: { zh: '承接主体', en: 'Receiving zone' },
  month: { zh: '月份', en: 'Month' },
  caseCount: { zh: '办件量', en: 'Cases' },
};
const CASES_SYNONYMS: [CasesField, string[]][] = [
  ['code', ['事项编码', '编码', '事项代码', '基本编码', '实施编码', 'code']],
  ['zone', ['承接主体', '承接区域', '承接片区', '所属区域', '区域', '片区', '先行区', 'zone']],
  ['month', ['月份', '统计月份', '年月', '办件月份', '时间', '统计时间', 'month']],
  ['caseCount', ['办件量', '办件数', '办件数量', '受理量', '办结量', '办理量', '件数', 'cases']],
  ['duration', ['平均办理时长', '最长办理时长', '平均时长', '最长时长', '办理时长', '平均用时', '最长用时']],
  ['name', ['事项名称', '权力事项名称', '名称', '事项', 'name']],
];

function matchIn<F extends string>(table: [F, string[]][], label: string): F | null {
  const key = headerKey(label);
  if (!key) return null;
  for (const [field, words] of table) if (words.includes(key)) return field;
  return null;
}

/** 办理时限（工作日） over 法定 / 承诺, or 时限 as the group of any two-row header. */
function limitOf(group: string, sub: string): 'legalLimitDays' | 'promisedLimitDays' | null {
  if (!headerKey(group).includes('时限') && !headerKey(group).includes('期限')) return null;
  const key = headerKey(sub);
  if (key.includes('法定')) return 'legalLimitDays';
  if (key.includes('承诺')) return 'promisedLimitDays';
  return null;
}

export const matchCatalogueHeader: HeaderMatcher = ({ label, group, sub }) => {
  if (group && sub) return limitOf(group, sub) ?? matchIn(CATALOGUE_SYNONYMS, sub) ?? matchIn(CATALOGUE_SYNONYMS, group);
  return matchIn(CATALOGUE_SYNONYMS, label);
};
export const acceptsCatalogueColumns = (columns: Column[]) => ['name', 'code', 'zone'].every((field) => columns.some((c) => c.field === field));

export const matchCasesHeader: HeaderMatcher = ({ label, group, sub }) =>
  group && sub ? (headerKey(group).includes('时长') ? 'duration' : (matchIn(CASES_SYNONYMS, sub) ?? matchIn(CASES_SYNONYMS, group))) : matchIn(CASES_SYNONYMS, label);
export const acceptsCasesColumns = (columns: Column[]) =>
  columns.some((c) => c.field === 'code' || c.field === 'name') && ['zone', 'month', 'caseCount'].every((field) => columns.some((c) => c.field === field));

const labelKey = (text: string) => headerKey(text).replace(/事项$/, '');

function labelMatcher<V extends string>(labels: Record<V, Label>, aliases: Record<string, V>) {
  const byKey = new Map<string, V>();
  for (const [value, label] of Object.entries(labels) as [V, Label][]) {
    byKey.set(labelKey(label.zh), value);
    byKey.set(labelKey(label.en), value);
  }
  for (const [alias, value] of Object.entries(aliases)) byKey.set(labelKey(alias), value);
  return (text: string): V | null => byKey.get(labelKey(text)) ?? null;
}

export const matchItemType = labelMatcher<PowerItemType>(POWER_ITEM_TYPE_LABELS, {
  许可: 'licensing', 确认: 'confirmation', 给付: 'payment', 检查: 'inspection', 处罚: 'penalty', 强制: 'enforcement', 征收: 'levy', 裁决: 'adjudication',
  奖励: 'reward', 其他权力: 'other_power', 其他职权: 'other_power', 其他行政职权: 'other_power', 公共服务事项: 'public_service',
});
export const matchLevel = labelMatcher<PowerLevel>(POWER_LEVEL_LABELS, { 省: 'province', 省本级: 'province', 市: 'city', 市州级: 'city', 地市级: 'city', 县级: 'county', 区级: 'county', 县: 'county' });
export const matchDelegationType = labelMatcher<DelegationType>(DELEGATION_TYPE_LABELS, { 直接下放: 'devolve', 委托实施: 'entrust', 委托下放: 'entrust', 授权实施: 'authorise' });

/** The zh labels of an enum, for "可填：…" in a row error. */
export const allowedLabels = (labels: Record<string, Label>) => Object.values(labels).map((l) => l.zh).join('、');
