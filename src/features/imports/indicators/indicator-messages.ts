/** The indicator import's own messages and its wording of engine messages. */
import { defineMessages, type Catalog } from '../../../shared/messages.js';
import type { ImportMessages } from '../imports.messages.js';

export const INDICATOR_IMPORT_MESSAGES = defineMessages({
  indicator_import_no_sheet: {
    zh: '没有找到可导入的工作表：表头需包含区域列（如「区域」「片区」「地区」）以及指标或时期列。{sheets}',
    en: 'No sheet can be imported: the header needs a zone column (区域, 片区 or 地区) and indicator or period columns. {sheets}',
  },
  indicator_import_sheet_no_header: { zh: '未找到表头（需包含区域列），未导入', en: 'No header found (needs a zone column), not imported' },
  indicator_import_zone_forbidden: { zh: '您无权录入「{zone}」的指标数据', en: 'You may not record indicator values of {zone}' },
  indicator_import_indicator_unknown: { zh: '找不到指标「{value}」（写指标名称或代码）', en: 'No indicator called "{value}" (write its name or code)' },
  indicator_import_period_missing: {
    zh: '无法确定时期：工作表名称、标题或列名需写明时期，如「2021年」「2021年1-6月」「2021年第二季度」',
    en: 'No period: the sheet name, title or column must say it, e.g. 2021年, 2021年1-6月, 2021年第二季度',
  },
  indicator_import_period_kind: { zh: '时期「{period}」与指标「{indicator}」的统计周期不符', en: 'Period {period} does not fit the reporting period of {indicator}' },
  indicator_import_unit_incompatible: { zh: '单位「{unit}」不能换算为指标「{indicator}」的单位', en: 'The unit {unit} does not convert to the unit of {indicator}' },
  indicator_import_source_missing: { zh: '请填写资料来源（导入页的「来源」）', en: 'Give the source (来源 on the import page)' },
  indicator_import_total_mismatch: {
    zh: '「{indicator}」合计 {total} 与各区域之和 {sum} 不符',
    en: '{indicator}: the total {total} differs from the sum of the zones, {sum}',
  },
  indicator_import_no_values: { zh: '本行没有数值', en: 'This row has no figure' },
  indicator_import_exists: { zh: '「{zone}」{period}的「{indicator}」已有数值，请在指标数据中更正', en: '{zone} already has {indicator} for {period}; correct it on the indicator page' },
  indicator_import_repeated: { zh: '与工作表「{sheet}」第 {row} 行重复', en: 'Repeats sheet {sheet}, row {row}' },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof INDICATOR_IMPORT_MESSAGES> {}
}

export const INDICATOR_MESSAGES: ImportMessages = {
  no_sheet: 'indicator_import_no_sheet',
  sheet_no_header: 'indicator_import_sheet_no_header',
  zone_forbidden: 'indicator_import_zone_forbidden',
};
