/** Platform ledger error codes (zh-CN first). */
import { defineMessages, type Catalog } from '../../shared/messages.js';

export const PLATFORM_MESSAGES = defineMessages({
  DATE_BEFORE_PREVIOUS: {
    status: 409,
    zh: '日期不能早于上一阶段的日期（{previous}）。',
    en: 'The date cannot be earlier than the previous stage ({previous}).',
    enums: { previous: 'partialDate' },
  },
});

declare module '../../shared/messages.js' {
  interface MessageCatalog extends Catalog<typeof PLATFORM_MESSAGES> {}
}
