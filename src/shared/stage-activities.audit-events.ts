/** What the non-scored stages record: checklists, checks, conclusions, sessions, attendance (features/evaluation/activities). Each concerns its stage. Payloads: src/features/evaluation/activities/activities.audit.ts. */
import { defineAuditEvents, type Definitions } from './audit-events.js';

export const STAGE_ACTIVITY_AUDIT_EVENTS = defineAuditEvents({
  'stage_checklist.set': { entityType: 'campaign_stage', action: 'update', zh: '设置核查清单', en: 'Checklist set' },
  'stage_checks.recorded': { entityType: 'campaign_stage', action: 'update', zh: '登记核查情况', en: 'Checks recorded' },
  'stage_conclusion.set': { entityType: 'campaign_stage', action: 'update', zh: '给出核查结论', en: 'Conclusion given' },
  'stage_activity_rule.set': { entityType: 'campaign_stage', action: 'update', zh: '设置出勤要求', en: 'Attendance rule set' },
  'stage_session.created': { entityType: 'campaign_stage', action: 'create', zh: '新增活动场次', en: 'Activity session added' },
  'stage_session.deleted': { entityType: 'campaign_stage', action: 'delete', zh: '删除活动场次', en: 'Activity session deleted' },
  'stage_attendance.recorded': { entityType: 'campaign_stage', action: 'update', zh: '登记出勤', en: 'Attendance recorded' },
  'stage_outcomes.applied': { entityType: 'campaign_stage', action: 'update', zh: '阶段结论生效', en: 'Stage outcomes applied' },
});

declare module './audit-events.js' {
  interface AuditEventDefinitions extends Definitions<typeof STAGE_ACTIVITY_AUDIT_EVENTS> {}
}
