/**
 * The audit event mechanism. Every event type is declared twice over, by the feature that writes it:
 *   - its table (entity type, default action, zh and en labels) in `src/shared/<feature>.audit-events.ts`
 *     with `defineAuditEvents`, because the web shows those labels and may import only src/shared;
 *     each table is listed in `audit-catalog.ts`, which builds the lists the filters use;
 *   - its payload (what `before`, `after` and `action` hold) in `src/features/<feature>/<feature>.audit.ts`,
 *     next to the code that writes it, because a payload is a row type of src/db/schema.ts or the
 *     feature's own and src/shared may not import those.
 * Both are added to interfaces here by declaration merging, as messages are (messages.ts), so an
 * event type nobody declared, or a payload of the wrong shape, is a type error at the `writeAudit` call.
 * Stored entries are a contract: rename no event type without a migration of old rows.
 */
import type { Label } from './enums.js';
import { namedRegistry } from './named-registry.js';

/** What the log and the web know of an event type: the entity it concerns, its default action, its labels. */
export type AuditEventDefinition = Label & { entityType: string; action: string };

/**
 * Event type → its definition. Each `<feature>.audit-events.ts` adds its table:
 *   declare module './audit-events.js' { interface AuditEventDefinitions extends Definitions<typeof MY_AUDIT_EVENTS> {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuditEventDefinitions {}
export type Definitions<T extends Record<string, AuditEventDefinition>> = { [K in keyof T]: AuditEventDefinition };
/** Every declared event type (the web knows these; the server also knows their payloads). */
export type AuditEventType = keyof AuditEventDefinitions & string;

/** What one entry may carry besides its type and entity: the record before and after, and the action when it is not the table's. */
export type AuditPayload = { before?: unknown; after?: unknown; action?: string };

/**
 * Event type → its payload. Each feature's `<feature>.audit.ts` adds one for every event of its table:
 *   declare module '…/shared/audit-events.js' {
 *     interface AuditEventCatalog extends Payloads<typeof MY_AUDIT_EVENTS, { 'my.created': Created<MyRow> }> {}
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuditEventCatalog {}
/** A feature's payloads, one for each event of its table: a missing one is a type error here; one for a type not in the table is dropped, so writing that type is one at the call. */
export type Payloads<T extends Record<string, AuditEventDefinition>, P extends { [K in keyof T]: AuditPayload }> = { [K in keyof T]: P[K] };

/** A record's creation: the row as inserted. */
export type Created<Row> = { after: Row };
/** A record's edit: the row locked before it and the row after. */
export type Changed<Row> = { before: Row; after: Row };
/** A record's deletion: the row as it was. */
export type Deleted<Row> = { before: Row };

/** The payload of an event that records only who did it, when and to which entity (a sign-in, a sign-out). */
export type NoPayload = Record<never, never>;

/** A lifecycle step's entry (kernel/lifecycle/run-transition.ts): the step as action, the locked row, the row after with the step's history row when the lifecycle keeps one. */
export type TransitionPayload<Transition extends string, Row, Event = undefined> = {
  action: Transition;
  before: Row;
  after: Event extends undefined ? Row : Row & { event: Event };
};

/** A payload's fields it does not declare are absent, so a stray `before` is a type error and `event.action` can be read on any entry. */
type Exact<P> = P & { [K in Exclude<keyof AuditPayload, keyof P>]?: undefined };

/** One entry to write: the event type, the entity's id, and that type's payload. */
export type AuditEvent = { [T in keyof AuditEventCatalog]: { type: T; entityId: string | number | null } & Exact<AuditEventCatalog[T]> }[keyof AuditEventCatalog];

/** The event types whose payload is a `P` (e.g. the ones a lifecycle with these transitions may write). */
export type AuditEventTypeWith<P> = { [T in keyof AuditEventCatalog]: AuditEventCatalog[T] extends P ? T : never }[keyof AuditEventCatalog];

const REGISTRY = namedRegistry<AuditEventDefinition>('audit event');

/** Registers a feature's event table. One flat namespace: a type declared twice is a programming error. */
export function defineAuditEvents<const T extends Record<string, AuditEventDefinition>>(table: T): T {
  REGISTRY.add(table);
  return table;
}

const ENTITIES = namedRegistry<Label>('audit entity type');

/**
 * Registers the names people read for a feature's entity types (the audit list's 对象 column and
 * filter), next to its events: every entity type an event names must be declared (the audit
 * tests check it), so a new kind of record never shows up as its code.
 */
export function defineAuditEntities<const T extends Record<string, Label>>(table: T): T {
  ENTITIES.add(table);
  return table;
}

export function registeredAuditEntities(): ReadonlyMap<string, Label> {
  return ENTITIES.all;
}

/** Every registered event type, in the order the tables were loaded (audit-catalog.ts loads them all). */
export function registeredAuditEvents(): ReadonlyMap<string, AuditEventDefinition> {
  return REGISTRY.all;
}

/** The definition of `type`; an unregistered type is a programming error (its table was not loaded). */
export function auditEventOf(type: string): AuditEventDefinition {
  return REGISTRY.of(type);
}
