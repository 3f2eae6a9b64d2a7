/** The innovation import's own wording of engine messages (which columns the header needs, what is added). */
import type { ImportMessages } from '../imports.messages.js';

export const INNOVATION_MESSAGES: ImportMessages = {
  no_sheet: {
    zh: '没有找到可导入的工作表：表头需包含「成果名称」以及「创新领域」「所属区域」等列。{sheets}',
    en: 'No sheet can be imported: the header needs a 成果名称 (name) column and columns such as 创新领域 or 所属区域. {sheets}',
  },
  sheet_no_header: { zh: '未找到表头（需包含「成果名称」等列），未导入', en: 'No header found (needs a 成果名称 column), not imported' },
  zone_forbidden: { zh: '您无权在「{zone}」新增成果', en: 'You may not add innovations to {zone}' },
  duplicate_existing: { zh: '「{zone}」已有同名成果（编号 {id}）', en: '{zone} already has an innovation with this name (id {id})' },
};
