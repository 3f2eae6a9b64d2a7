/**
 * Every feature's audit event table, loaded so the registry is complete (a table registers
 * itself when it is imported), and the lists built from it: the audit filter schema and the
 * web's filters offer these. A new `<feature>.audit-events.ts` is listed here, in the order
 * the web's filter shows it; the audit tests check every registered event.
 */
import { registeredAuditEntities, registeredAuditEvents, type AuditEventDefinition, type AuditEventType } from './audit-events.js';
import type { Label } from './enums.js';
import './auth.audit-events.js';
import './users.audit-events.js';
import './zones.audit-events.js';
import './platforms.audit-events.js';
import './innovations.audit-events.js';
import './imports.audit-events.js';
import './files.audit-events.js';
import './evaluation.audit-events.js';
import './follow-up.audit-events.js';
import './stage-activities.audit-events.js';
import './indicators.audit-events.js';
import './bulletins.audit-events.js';
import './powers.audit-events.js';
import './system.audit-events.js';

/** Event type → its definition. */
export const AUDIT_EVENTS = Object.fromEntries(registeredAuditEvents()) as Readonly<Record<AuditEventType, AuditEventDefinition>>;
export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_EVENTS) as AuditEventType[];
export const AUDIT_ENTITY_TYPES = [...new Set(Object.values(AUDIT_EVENTS).map((e) => e.entityType))];

/** Entity type → the name people read (对象); every entity type an event names is declared. */
export const AUDIT_ENTITY_LABELS = Object.fromEntries(registeredAuditEntities()) as Readonly<Record<string, Label>>;
