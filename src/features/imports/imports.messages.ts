/**
 * Messages of the Excel import, zh-CN first. Row issues are stored as keys with parameters
 * and localised when the preview is shown, so one batch serves both languages. A kind may word
 * a message its own way (`ImportKind.messages`: which columns its header needs, what it adds).
 */
import type { Lang } from '../../shared/enums.js';
import { defineEnumLabels, defineMessages, formatMessage, type Catalog, type MessageKey, type MessageParams } from '../../shared/messages.js';

export const IMPORT_MESSAGES = defineMessages({
  // The file
  too_large: { zh: '文件过大（上限 {limit}）。', en: 'The file is too large (limit {limit}).' },
  not_xlsx: { zh: '不是有效的 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 后再上传。', en: 'Not a valid Excel workbook (.xlsx). Save it as .xlsx in Excel or WPS and upload it again.' },
  xls_or_encrypted: {
    zh: '这是旧版 .xls 文件或加密的工作簿，请去掉密码并另存为 .xlsx 后再上传。',
    en: 'This is an old .xls file or a password-protected workbook; remove the password and save it as .xlsx.',
  },
  unreadable: { zh: '工作簿已损坏，无法读取。', en: 'The workbook is damaged and cannot be read.' },
  unpacked_too_large: { zh: '工作簿解压后过大（上限 {limit}）。', en: 'The workbook is too large once unpacked (limit {limit}).' },
  too_many_rows: { zh: '数据行超过 {limit} 行，请拆分为多个文件导入。', en: 'More than {limit} data rows; split the file and import the parts.' },
  no_sheet: { zh: '没有找到可导入的工作表：请使用导入模板的表头。{sheets}', en: 'No sheet can be imported: use the headers of the import template. {sheets}' },
  // Sheets
  sheet_hidden: { zh: '隐藏的工作表，未导入', en: 'Hidden sheet, not imported' },
  sheet_no_header: { zh: '未找到表头，未导入', en: 'No header found, not imported' },
  // Rows
  zone_missing: {
    zh: '未填写所属区域（可增加「所属区域」列，或以区域名称命名工作表）',
    en: 'No zone: add a 所属区域 column or name the sheet after the zone',
  },
  zone_unknown: { zh: '找不到区域「{value}」', en: 'No zone called "{value}"' },
  zone_ambiguous: { zh: '「{value}」对应多个区域，请填写全称', en: '"{value}" matches several zones; use the full name' },
  zone_forbidden: { zh: '您无权在「{zone}」导入', en: 'You may not import into {zone}' },
  unknown_label: { zh: '无法识别「{value}」，可填：{allowed}', en: 'Cannot read "{value}"; use one of: {allowed}' },
  date_unreadable: { zh: '无法识别的日期「{value}」，可写作 2021年7月、2021-07 或 2021.7', en: 'Cannot read the date "{value}"; write e.g. 2021-07 or 2021年7月' },
  duplicate_existing: { zh: '「{zone}」已有同名记录（编号 {id}）', en: '{zone} already has a record with this name (id {id})' },
  duplicate_in_file: { zh: '与工作表「{sheet}」第 {row} 行重名', en: 'Same name as row {row} of sheet "{sheet}"' },
  // Commit
  has_errors: { zh: '有 {count} 行存在错误，请修正文件后重新上传预览。', en: '{count} row(s) have errors; fix the file and upload it again.' },
  row_prefix: { zh: '工作表「{sheet}」第 {row} 行', en: 'Sheet "{sheet}", row {row}' },
  // Why a commit job ended without writing (stored with the batch, shown when it is previewed again)
  IMPORT_COMMIT_ABANDONED: {
    status: 409,
    zh: '确认导入已取消或中断，未写入任何记录，可重新确认导入。',
    en: 'The import was cancelled or interrupted before it wrote anything; commit it again.',
  },
});
export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof IMPORT_MESSAGES> {}
}

/** 已过期, the state of a batch past its 24 hours, as an INVALID_TRANSITION names it (the machine's own states are its lifecycle's). */
defineEnumLabels('status', { expired: { zh: '已过期', en: 'Expired' } });

/** A kind's own wording of some messages: engine key → a key the kind declares (stored issues keep the engine key). */
export type ImportMessages = Partial<Record<ImportMessageKey, MessageKey>>;

/** The key that words `key` for a kind. */
export function importKey(key: MessageKey, own: ImportMessages = {}): MessageKey {
  return (own as Partial<Record<MessageKey, MessageKey>>)[key] ?? key;
}

export function importMessage(key: ImportMessageKey, lang: Lang, params: MessageParams = {}, own: ImportMessages = {}): string {
  return formatMessage(importKey(key, own), lang, params);
}
