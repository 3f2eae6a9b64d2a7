/**
 * What non-scored stages record (features/evaluation/activities): a 资格审查 or 尽职调查 stage's
 * checks and conclusions, an 活动 stage's attendance. Shared by the API and the web client.
 */
import type { Label } from './enums.js';
import type { StageKind } from './evaluation.enums.js';

/**
 * The stages kept as a checklist with a conclusion per entry: a 资格审查 (the registration
 * conditions, checked before any scoring) and a 尽职调查 (the finalists' verification). One
 * machinery: closing either applies the conclusions; a 资格审查 also marks those who passed 资格审查通过.
 */
export const CHECKLIST_STAGE_KINDS = ['qualification', 'due_diligence'] as const satisfies readonly StageKind[];
export const isChecklistStage = (kind: StageKind): kind is (typeof CHECKLIST_STAGE_KINDS)[number] => (CHECKLIST_STAGE_KINDS as readonly StageKind[]).includes(kind);

/** One checklist item's outcome for one entry. */
export const CHECK_OUTCOMES = ['pass', 'fail', 'pending'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];
export const CHECK_OUTCOME_LABELS = {
  pass: { zh: '通过', en: 'Passed' },
  fail: { zh: '未通过', en: 'Failed' },
  pending: { zh: '待补充', en: 'More needed' },
} satisfies Record<CheckOutcome, Label>;

/** An entry's conclusion of a due-diligence stage (不通过 needs its reason). */
export const CONCLUSION_LABELS = {
  passed: { zh: '通过', en: 'Passed' },
  failed: { zh: '不通过', en: 'Not passed' },
} satisfies Record<'passed' | 'failed', Label>;

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS = {
  present: { zh: '出席', en: 'Present' },
  absent: { zh: '缺席', en: 'Absent' },
  excused: { zh: '请假', en: 'Excused' },
} satisfies Record<AttendanceStatus, Label>;

/**
 * Entry statuses still in the running of a stage: not eliminated, withdrawn or already awarded.
 * Registered counts too: a contest without a 海选 has no step that qualifies its entries (and the
 * demo's 海选 qualifies every one), so "registered" is where an entry waits for its first cut.
 */
export const IN_RUNNING_STATUSES = ['registered', 'qualified', 'advanced'] as const;
export type InRunningStatus = (typeof IN_RUNNING_STATUSES)[number];
