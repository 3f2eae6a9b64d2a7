/** The innovation import's own wording of engine messages (which columns the header needs, what is added). */
import { defineMessages, type Catalog } from '../../../shared/messages.js';
import type { ImportMessages } from '../imports.messages.js';

export const INNOVATION_IMPORT_MESSAGES = defineMessages({
  innovation_import_no_sheet: {
    zh: '没有找到可导入的工作表：表头需包含「成果名称」以及「创新领域」「所属区域」等列。{sheets}',
    en: 'No sheet can be imported: the header needs a 成果名称 (name) column and columns such as 创新领域 or 所属区域. {sheets}',
  },
  innovation_import_sheet_no_header: { zh: '未找到表头（需包含「成果名称」等列），未导入', en: 'No header found (needs a 成果名称 column), not imported' },
  innovation_import_zone_forbidden: { zh: '您无权在「{zone}」新增成果', en: 'You may not add innovations to {zone}' },
  innovation_import_duplicate_existing: { zh: '「{zone}」已有同名成果（编号 {id}）', en: '{zone} already has an innovation with this name (id {id})' },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof INNOVATION_IMPORT_MESSAGES> {}
}

/** Engine key → the innovation kind's own key. */
export const INNOVATION_MESSAGES: ImportMessages = {
  no_sheet: 'innovation_import_no_sheet',
  sheet_no_header: 'innovation_import_sheet_no_header',
  zone_forbidden: 'innovation_import_zone_forbidden',
  duplicate_existing: 'innovation_import_duplicate_existing',
};
