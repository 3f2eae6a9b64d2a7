/** The 放权事项 imports' own messages (清单 and 办件量) and their wording of engine messages. */
import { defineMessages, type Catalog } from '../../../shared/messages.js';
import type { ImportMessages } from '../imports.messages.js';

export const POWER_IMPORT_MESSAGES = defineMessages({
  POWER_IMPORT_BATCH_REQUIRED: { status: 400, zh: '请先选择事项所属的放权批次（文号）再上传。', en: 'Choose the delegation batch (its document) the items belong to before uploading.' },
  power_catalogue_no_sheet: {
    zh: '没有找到可导入的工作表：表头需包含「事项名称」「事项编码」「承接主体」列（可下载导入模板）。{sheets}',
    en: 'No sheet can be imported: the header needs 事项名称, 事项编码 and 承接主体 columns (see the template). {sheets}',
  },
  power_catalogue_sheet_no_header: { zh: '未找到表头（需包含事项名称、事项编码、承接主体），未导入', en: 'No header found (needs 事项名称, 事项编码, 承接主体), not imported' },
  power_catalogue_zone_forbidden: { zh: '「{zone}」不在您所辖的区域内，不能向其下放事项', en: '{zone} is not one of the zones you oversee' },
  power_cases_no_sheet: {
    zh: '没有找到可导入的工作表：表头需包含「事项编码」或「事项名称」、「承接主体」「月份」「办件量」列（可下载导入模板）。{sheets}',
    en: 'No sheet can be imported: the header needs 事项编码 or 事项名称, 承接主体, 月份 and 办件量 columns (see the template). {sheets}',
  },
  power_cases_sheet_no_header: { zh: '未找到表头（需包含事项编码或名称、承接主体、月份、办件量），未导入', en: 'No header found (needs 事项编码 or 事项名称, 承接主体, 月份, 办件量), not imported' },
  power_cases_zone_forbidden: { zh: '只能导入本区域的办件量，「{zone}」不是您的区域', en: 'You record cases only for your own zone; {zone} is not yours' },
  power_import_level_mismatch: { zh: '下放层级「{value}」与所选批次「{batch}」的层级（{level}）不符', en: 'Level "{value}" differs from the chosen batch {batch} ({level})' },
  power_import_days: { zh: '时限「{value}」须为工作日数，如 20 或“20个工作日”', en: 'The limit "{value}" must be a number of working days, e.g. 20' },
  power_import_code_name: { zh: '事项编码「{code}」已是目录中「{name}」的编码，请核对编码或名称', en: 'The code {code} already belongs to "{name}" in the catalogue; check the code or the name' },
  power_import_code_repeated: { zh: '事项编码「{code}」在工作表「{sheet}」第 {row} 行对应另一事项名称', en: 'The code {code} names another item in sheet {sheet}, row {row}' },
  power_import_delegated: { zh: '「{item}」已下放给「{zone}」且尚未收回', en: '{item} is already delegated to {zone} and has not been withdrawn' },
  power_import_repeated: { zh: '与工作表「{sheet}」第 {row} 行重复', en: 'Repeats sheet {sheet}, row {row}' },
  power_import_item_missing: { zh: '未填写事项编码或事项名称', en: 'No item code or name' },
  power_import_item_unknown: { zh: '目录中没有事项「{value}」（填写事项编码或事项名称）', en: 'No item "{value}" in the catalogue (write its code or name)' },
  power_import_item_ambiguous: { zh: '名称为「{value}」的事项不止一个，请填写事项编码', en: 'Several items are called "{value}"; write the code' },
  power_import_not_delegated: { zh: '「{item}」没有下放给「{zone}」（或已收回）', en: '{item} is not delegated to {zone} (or was withdrawn)' },
  power_import_not_running: { zh: '「{item}」在「{zone}」尚未投入运行，不能录入办件量', en: '{item} is not in operation in {zone} yet; no cases can be recorded' },
  power_import_month: { zh: '无法识别的月份「{value}」，可写作 2024年3月、2024-03 或 202403', en: 'Cannot read the month "{value}"; write e.g. 2024-03, 2024年3月 or 202403' },
  power_import_count: { zh: '办件量「{value}」须为不小于 0 的整数', en: 'The case count "{value}" must be a whole number, 0 or more' },
  power_import_duration_column: {
    zh: '办理时长不能从表格导入：平均和最长时长由每件的受理、办结日期按工作日计算（在事项页录入计时办件）；请清空此列后再导入',
    en: 'Processing times are not imported: averages are computed from each case’s dates in working days (enter timed cases on the item’s page); clear this column',
  },
  power_import_month_repeated: { zh: '同一事项、同一承接主体的 {month} 已在工作表「{sheet}」第 {row} 行填写', en: '{month} of this item and zone is already in sheet {sheet}, row {row}' },
  power_import_timed_more: { zh: '{month} 已录入 {timed} 件计时办件，办件量不能少于此数', en: '{month} already has {timed} timed cases; the count cannot be lower' },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof POWER_IMPORT_MESSAGES> {}
}

export const CATALOGUE_IMPORT_MESSAGES: ImportMessages = {
  no_sheet: 'power_catalogue_no_sheet',
  sheet_no_header: 'power_catalogue_sheet_no_header',
  zone_forbidden: 'power_catalogue_zone_forbidden',
};
export const CASES_IMPORT_MESSAGES: ImportMessages = {
  no_sheet: 'power_cases_no_sheet',
  sheet_no_header: 'power_cases_sheet_no_header',
  zone_forbidden: 'power_cases_zone_forbidden',
};
