/** Zone tree error codes (zh-CN first). */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const ZONE_MESSAGES = defineMessages({
  DUPLICATE_CODE: { status: 409, zh: '编码「{code}」已被使用。', en: 'The code "{code}" is already in use.' },
  INVALID_PARENT: {
    status: 400,
    zh: '「{parentType}」下不能设立「{childType}」。',
    en: 'A {childType} cannot sit under a {parentType}.',
    enums: { parentType: 'zoneType', childType: 'zoneType' },
  },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof ZONE_MESSAGES> {}
}
