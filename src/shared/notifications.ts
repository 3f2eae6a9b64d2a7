/**
 * The notification mechanism (站内通知 and e-mail). A feature declares the kinds it sends in
 * `src/shared/<feature>.notifications.ts` with `defineNotificationKinds`: each kind a title and a
 * body, both messages with {placeholders} (a parameter may be a date, worded 2021年11月16日 in
 * Chinese). A notification is stored as its kind and raw parameters and put into words in the
 * reader's language only when shown or mailed, so one stored row reads right in both languages
 * and a reworded text applies to old rows too. Shared, because the web shows the kinds' labels.
 * Stored kinds are a contract: rename none without a migration of old rows.
 */
import type { Lang } from './enums.js';
import { fillMessage, type Message, type MessageParams } from './messages.js';
import { namedRegistry } from './named-registry.js';

/** `label` names the kind in lists and settings; `title` and `body` are what the person reads. */
export type NotificationKind = { label: Message; title: Message; body: Message };

/**
 * Kind name → definition. Each `<feature>.notifications.ts` adds its table:
 *   declare module './notifications.js' { interface NotificationKindCatalog extends NotificationKinds<typeof MY_KINDS> {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NotificationKindCatalog {}
export type NotificationKinds<T extends Record<string, NotificationKind>> = { [K in keyof T]: NotificationKind };
export type NotificationKindName = keyof NotificationKindCatalog & string;

const REGISTRY = namedRegistry<NotificationKind>('notification kind');

export function defineNotificationKinds<const T extends Record<string, NotificationKind>>(table: T): T {
  REGISTRY.add(table);
  return table;
}

export function registeredNotificationKinds(): ReadonlyMap<string, NotificationKind> {
  return REGISTRY.all;
}

/** The title and body of a stored notification in `lang`; a kind no longer declared reads as a plain notice. */
export function renderNotification(kindName: string, params: MessageParams, lang: Lang): { title: string; body: string } {
  const kind = REGISTRY.all.get(kindName);
  if (!kind) return { title: lang === 'zh' ? '通知' : 'Notice', body: '' };
  return { title: fillMessage(kind.title, lang, params), body: fillMessage(kind.body, lang, params) };
}
