/** The fixed words the bulletin renderers print (zh-CN first). */
import { defineMessages, type Catalog } from '../../../shared/messages.js';

export const BULLETIN_RENDER_MESSAGES = defineMessages({
  BULLETIN_RENDER_FIGURES: { zh: '主要数据', en: 'Key figures' },
  BULLETIN_RENDER_NOTES: { zh: '数据来源', en: 'Sources of the figures' },
  BULLETIN_RENDER_PRINTED: { zh: '{printedBy}　　{printedOn}印发', en: 'Issued by {printedBy}, {printedOn}' },
  BULLETIN_RENDER_PAGE: { zh: '— {page} —', en: '— {page} —' },
});

declare module '../../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof BULLETIN_RENDER_MESSAGES> {}
}
