/** Innovation error codes (zh-CN first). `adopt` is the adoption step as an INVALID_TRANSITION names it. */
import { defineEnumLabels, defineMessages, type Catalog } from '../../shared/messages.js';

export const INNOVATION_MESSAGES = defineMessages({
  ADOPTION_OWN_ZONE: { status: 409, zh: '不能登记本区域成果的复制推广。', en: 'A zone cannot adopt its own innovation.' },
  adoption_own_zone: { zh: '不能登记本区域成果的复制推广', en: 'A zone cannot adopt its own innovation' },
  DUPLICATE_ADOPTION: { status: 409, zh: '{zone}已登记过该成果的复制推广。', en: '{zone} has already recorded this adoption.' },
  duplicate_adoption: { zh: '{zone}已登记过该成果的复制推广', en: '{zone} already adopted this' },
});
defineEnumLabels('transition', { adopt: { zh: '登记复制推广', en: 'record an adoption' } });

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof INNOVATION_MESSAGES> {}
}
