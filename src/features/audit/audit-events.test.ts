/**
 * The audit event declarations: every type a feature declares has its labels, entity type and
 * action, and a payload (checked by tsc: this file is in the program with every feature's
 * `<feature>.audit.ts`); the stored type strings are a contract and stay as they are.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AUDIT_ENTITY_LABELS, AUDIT_ENTITY_TYPES, AUDIT_EVENTS, AUDIT_EVENT_TYPES } from '../../shared/audit-catalog.js';
import { auditEventOf, defineAuditEvents, registeredAuditEvents, type AuditEventCatalog, type AuditEventType } from '../../shared/audit-events.js';

/** What stored entries say; a rename needs a migration of old rows, not an edit here. */
const STORED_TYPES = [
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.account_locked',
  'auth.logout',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'user.unlocked',
  'user.sessions_ended',
  'settings.security_updated',
  'zone.created',
  'zone.updated',
  'platform.created',
  'platform.updated',
  'platform.transitioned',
  'innovation.created',
  'innovation.updated',
  'innovation.transitioned',
  'innovation.adopted',
  'innovation.imported',
  'indicator_value.imported',
  'power.imported',
  'power.cases_imported',
  'import.transitioned',
  'attachment.uploaded',
  'attachment.deleted',
  'campaign_series.created',
  'campaign.created',
  'campaign.updated',
  'campaign.transitioned',
  'campaign_category.created',
  'campaign_category.updated',
  'campaign_category.deleted',
  'campaign_stage.created',
  'campaign_stage.updated',
  'campaign_stage.deleted',
  'campaign_stage.transitioned',
  'campaign_stage.criteria_set',
  'expert.created',
  'expert.updated',
  'campaign_entry.created',
  'campaign_entry.registered',
  'stage_draw.created',
  'stage_draw.assigned',
  'stage_assignment.replaced',
  'judge_commitment.confirmed',
  'campaign_stage.reminded',
  'score_sheet.submitted',
  'stage_results.computed',
  'stage_results.transitioned',
  'result_objection.filed',
  'result_objection.answered',
  'service_agreement.created', 'service_agreement.updated', 'agreement_milestone.created', 'agreement_milestone.updated', 'kpi_report.filed', 'kpi_report.corrected',
  'stage_checklist.set',
  'stage_checks.recorded',
  'stage_conclusion.set',
  'stage_activity_rule.set',
  'stage_session.created',
  'stage_session.deleted',
  'stage_attendance.recorded',
  'stage_outcomes.applied',
  'indicator.created',
  'indicator.updated',
  'indicator_value.recorded',
  'indicator_value.corrected',
  'indicator_value.published',
  'bulletin.created',
  'bulletin.updated',
  'bulletin.deleted',
  'bulletin.transitioned',
  'power.item_created',
  'power.batch_created',
  'power.delegated',
  'power.changed',
  'power.transitioned',
  'power.cases_recorded',
  'system.demo_loaded',
];

describe('audit event declarations', () => {
  it('every declared event type has a payload, and every payload a declared type', () => {
    expectTypeOf<keyof AuditEventCatalog>().toEqualTypeOf<AuditEventType>();
  });

  it('lists every registered event, in the order the web filter shows them, with the stored type strings', () => {
    expect(AUDIT_EVENT_TYPES).toEqual([...registeredAuditEvents().keys()]);
    expect(AUDIT_EVENT_TYPES).toEqual(STORED_TYPES);
    expect(AUDIT_ENTITY_TYPES).toEqual(['user', 'settings', 'zone', 'platform', 'innovation', 'indicator_value', 'power_delegation', 'import_batch', 'attachment', 'campaign_series', 'campaign', 'campaign_category', 'campaign_stage', 'expert', 'campaign_entry', 'stage_assignment', 'score_sheet', 'stage_results', 'result_objection', 'service_agreement', 'agreement_milestone', 'kpi_report', 'indicator', 'bulletin', 'power_item', 'power_batch', 'system']);
  });

  it.each(STORED_TYPES)('%s has zh and en labels, an entity type and an action', (type) => {
    const definition = auditEventOf(type);
    expect(definition).toBe(AUDIT_EVENTS[type as AuditEventType]);
    expect(definition.zh).toMatch(/\p{Script=Han}/u);
    expect(definition.en).toMatch(/^[A-Z][\x20-\x7e]*$/);
    expect(definition.entityType).toMatch(/^[a-z_]+$/);
    expect(AUDIT_ENTITY_TYPES).toContain(definition.entityType);
    // Its record has a name people read, in both languages (declared by its feature).
    expect(AUDIT_ENTITY_LABELS[definition.entityType]?.zh).toMatch(/\p{Script=Han}/u);
    expect(AUDIT_ENTITY_LABELS[definition.entityType]?.en).toMatch(/^[A-Z][\x20-\x7e]*$/);
    expect(definition.action).toMatch(/^[a-z_]+$/);
  });

  it('refuses a type declared twice, and names a type nobody registered', () => {
    expect(() => defineAuditEvents({ 'zone.created': { entityType: 'zone', action: 'create', zh: '另一个', en: 'Another' } })).toThrow('audit event zone.created is declared twice');
    expect(auditEventOf('zone.created').zh).toBe('新增区域');
    expect(() => auditEventOf('zone.vanished')).toThrow('no audit event registered for zone.vanished');
  });
});
