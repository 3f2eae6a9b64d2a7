/**
 * The one message registry and formatter. Every feature declares its codes and messages next
 * to its code in a `<feature>.messages.ts` with `defineMessages` (and adds them to the typed
 * `MessageCatalog`, see below); errors and issues carry a key and raw parameters, and only the
 * error handler and the presenters turn them into text with `formatMessage`.
 *
 * A message may name parameters whose values are enum codes (a status, a transition, a role, a
 * zone type): `enums: { from: 'status' }`. Those are shown through their labels, so a stored
 * code such as `draft` never reaches a reader. A parameter of kind `message` holds another
 * message's key (WEAK_PASSWORD's reason), filled with the same parameters; one of kind
 * `partialDate` a partial date as text (2021, 2021-07, 2021-07-05), worded 2021年7月 in Chinese.
 */
import { ROLE_LABELS, type Label, type Lang } from './enums.js';
import { ZONE_TYPE_LABELS } from './zones.enums.js';
import { PLATFORM_STATUS_LABELS, PLATFORM_TRANSITION_LABELS } from './platforms.enums.js';
import { INNOVATION_STATUS_LABELS, INNOVATION_TRANSITION_LABELS } from './innovations.enums.js';
import { namedRegistry } from './named-registry.js';
import { formatPartialDate, parsePartialDate } from './partial-date.js';

export type MessageParams = Record<string, string | number>;

/** Enum codes by kind → their labels; features add their own codes with `defineEnumLabels`. */
const ENUM_LABELS = {
  status: new Map<string, Label>(),
  transition: new Map<string, Label>(),
  role: new Map<string, Label>(),
  zoneType: new Map<string, Label>(),
  valueType: new Map<string, Label>(),
  /** Units and period kinds of indicators (src/shared/indicators.enums.ts). */
  unit: new Map<string, Label>(),
  periodKind: new Map<string, Label>(),
  /** Small counts, which Chinese writes as words (至少三类) and English as digits. */
  count: new Map<string, Label>(['零', '一', '两', '三', '四'].map((zh, n) => [String(n), { zh, en: String(n) }])),
};
export type EnumKind = keyof typeof ENUM_LABELS;
/** How a parameter is shown: an enum code through its label, or another message's key through that message. */
export type ParamKind = EnumKind | 'message' | 'partialDate';

/** A message: zh-CN and English (both required), optionally an HTTP status and the enum kind of some parameters. */
export type Message = Label & { status?: number; enums?: Record<string, ParamKind> };

/**
 * Every message key → its definition. Each `<feature>.messages.ts` adds its table by declaration merging:
 *   declare module '…/shared/messages.js' { interface MessageCatalog extends Catalog<typeof MY_MESSAGES> {} }
 * so a key nobody declared, or an error code with no status, is a type error at the `throw`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageCatalog {}
export type Catalog<T extends Record<string, Message>> = { [K in keyof T]: T[K] };
export type MessageKey = keyof MessageCatalog & string;
/** The keys that are error codes: the ones declared with an HTTP status. */
export type ErrorCode = { [K in MessageKey]: MessageCatalog[K] extends { status: number } ? K : never }[MessageKey];

const REGISTRY = namedRegistry<Message>('message');

/** Registers a feature's messages. One flat namespace: a key declared twice is a programming error. */
export function defineMessages<const T extends Record<string, Message>>(table: T): T {
  REGISTRY.add(table);
  return table;
}

/** Adds enum codes and their labels to a kind (a feature's own statuses, e.g. an import batch's). */
export function defineEnumLabels(kind: EnumKind, labels: Record<string, Label>): void {
  for (const [code, label] of Object.entries(labels)) {
    const known = ENUM_LABELS[kind].get(code);
    if (known && (known.zh !== label.zh || known.en !== label.en)) throw new Error(`enum code ${kind}.${code} has two labels`);
    ENUM_LABELS[kind].set(code, label);
  }
}
defineEnumLabels('status', { ...PLATFORM_STATUS_LABELS, ...INNOVATION_STATUS_LABELS });
defineEnumLabels('transition', { ...PLATFORM_TRANSITION_LABELS, ...INNOVATION_TRANSITION_LABELS });
defineEnumLabels('role', ROLE_LABELS);
defineEnumLabels('zoneType', ZONE_TYPE_LABELS);

export function enumLabel(kind: EnumKind, code: string, lang: Lang): string | undefined {
  return ENUM_LABELS[kind].get(code)?.[lang];
}

/** Every registered message (for the completeness test). */
export function registeredMessages(): ReadonlyMap<string, Message> {
  return REGISTRY.all;
}

/** The definition of `key`; an unregistered key is a programming error (its module was not loaded). */
export function messageOf(key: string): Message {
  return REGISTRY.of(key);
}

/** Fills {placeholders} of one message in `lang`, enum parameters through their labels. */
export function fillMessage(message: Message, lang: Lang, params: MessageParams = {}): string {
  return message[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    const kind = message.enums?.[name];
    if (kind === 'message') return fillMessage(messageOf(String(value)), lang, params);
    if (kind === 'partialDate') {
      const date = parsePartialDate(String(value));
      return date ? formatPartialDate(date.on, date.precision, lang) : String(value);
    }
    return (kind && enumLabel(kind, String(value), lang)) ?? String(value);
  });
}

export function formatMessage(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  return fillMessage(messageOf(key), lang, params);
}

/** The HTTP status of an error code. */
export function errorStatus(code: ErrorCode): number {
  return messageOf(code).status ?? 500;
}

/** Picks zh unless the caller clearly prefers English (Accept-Language or ?lang=en). */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

/**
 * A field of the refused request: a message key with raw parameters; `place` words where the
 * field is when that needs words too (an import row: 工作表「…」第 3 行, then the column in `path`).
 * Text already in the caller's language is for fields a zod schema names for the handler.
 */
export type FieldIssue =
  | { path: string; key: MessageKey; params?: MessageParams; place?: { key: MessageKey; params?: MessageParams } }
  | { path: string; message: string };

/** An error kept for later (a job's refusal stored with its record): its code and raw parameters, localised when shown. */
export type StoredError = { code: ErrorCode; params: MessageParams; fields: FieldIssue[] };
