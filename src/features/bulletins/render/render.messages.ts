/** The fixed words the bulletin renderers print (zh-CN first). */
import { defineMessages, type Catalog } from '../../../shared/messages.js';

export const BULLETIN_RENDER_MESSAGES = defineMessages({
  BULLETIN_RENDER_FIGURES: { zh: '主要数据', en: 'Key figures' },
  BULLETIN_RENDER_NOTES: { zh: '数据来源', en: 'Sources of the figures' },
  BULLETIN_RENDER_PRINTED: { zh: '{printedBy}　　{printedOn}印发', en: 'Issued by {printedBy}, {printedOn}' },
  BULLETIN_RENDER_PAGE: { zh: '— {page} —', en: '— {page} —' },
  BULLETIN_PDF_NO_FONTS: {
    status: 409,
    zh: '服务器未安装中文字体，暂不能生成 PDF，请先下载 Word 文件；管理员可按部署说明安装字体。',
    en: 'The server has no Chinese font, so the PDF cannot be made yet; download the Word file. Administrators: the deployment notes say how to install one.',
  },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof BULLETIN_RENDER_MESSAGES> {}
}
