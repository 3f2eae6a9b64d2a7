/** Schemas of the stage-activity routes: a due-diligence stage's checklist, checks and conclusions; an activity stage's sessions and attendance; an applicant's view of both. */
import { z } from 'zod';
import { ENTRY_STATUSES, STAGE_KINDS, STAGE_STATUSES } from '../../../shared/evaluation.enums.js';
import { dateField, idField, idParam, nameField, optionalText } from '../../../shared/schemas.js';
import { ATTENDANCE_STATUSES, CHECK_OUTCOMES } from '../../../shared/stage-activities.enums.js';

const EntryName = {
  entryId: z.number(),
  /** A contest entry's company and project, a best case's innovation (title) and zone. */
  title: z.string(),
  companyName: z.string().nullable(),
  categoryName: z.string().nullable(),
  isSample: z.boolean(),
  status: z.enum(ENTRY_STATUSES),
};

const Who = { by: z.string(), at: z.string() };

export const ChecklistItemDto = z.object({ id: z.number(), ordinal: z.number(), name: z.string(), description: z.string().nullable(), required: z.boolean() });
export type ChecklistItemDto = z.infer<typeof ChecklistItemDto>;

const CheckDto = z.object({ itemId: z.number(), outcome: z.enum(CHECK_OUTCOMES), note: z.string().nullable(), ...Who });
const ConclusionDto = z.object({ passed: z.boolean(), reason: z.string().nullable(), ...Who });

const Abilities = z.object({ setup: z.boolean(), record: z.boolean() });

export const DiligenceDto = z.object({
  stageId: z.number(),
  status: z.enum(STAGE_STATUSES),
  items: z.array(ChecklistItemDto),
  entries: z.array(z.object({ ...EntryName, checks: z.array(CheckDto), conclusion: ConclusionDto.nullable() })),
  /** Entries in the running without a conclusion: the stage closes only at 0. */
  missing: z.number(),
  abilities: Abilities,
});
export type DiligenceDto = z.infer<typeof DiligenceDto>;

export const GetDiligenceSchema = { params: idParam, response: { 200: DiligenceDto } };

export const ChecklistItemInput = z.strictObject({
  /** An item kept (its checks with it); without an id, a new item. */
  id: idField.optional(),
  name: nameField(100),
  description: optionalText(500),
  required: z.boolean().default(true),
});
export const SetChecklistSchema = {
  params: idParam,
  body: z.strictObject({ items: z.array(ChecklistItemInput).max(30) }),
  response: { 200: DiligenceDto },
};
export type SetChecklistBody = z.infer<typeof SetChecklistSchema.body>;

export const RecordChecksSchema = {
  params: idParam,
  body: z.strictObject({
    checks: z.array(z.strictObject({ entryId: idField, itemId: idField, outcome: z.enum(CHECK_OUTCOMES), note: optionalText(1000) })).min(1).max(1000),
  }),
  response: { 200: DiligenceDto },
};
export type RecordChecksBody = z.infer<typeof RecordChecksSchema.body>;

export const SetConclusionSchema = {
  params: idParam,
  body: z.strictObject({ entryId: idField, passed: z.boolean(), reason: optionalText(1000) }),
  response: { 200: DiligenceDto },
};
export type SetConclusionBody = z.infer<typeof SetConclusionSchema.body>;

export const SessionDto = z.object({ id: z.number(), heldOn: z.string(), title: z.string(), place: z.string().nullable(), present: z.number() });
const AttendanceRecordDto = z.object({ sessionId: z.number(), status: z.enum(ATTENDANCE_STATUSES), note: z.string().nullable(), ...Who });

export const AttendanceDto = z.object({
  stageId: z.number(),
  status: z.enum(STAGE_STATUSES),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  /** The fewest sessions attended to stay in the running; null: attendance is informative only. */
  minAttendance: z.number().nullable(),
  sessions: z.array(SessionDto),
  entries: z.array(z.object({ ...EntryName, attended: z.number(), records: z.array(AttendanceRecordDto), passed: z.boolean().nullable() })),
  abilities: Abilities,
});
export type AttendanceDto = z.infer<typeof AttendanceDto>;

export const GetAttendanceSchema = { params: idParam, response: { 200: AttendanceDto } };

export const SetAttendanceRuleSchema = {
  params: idParam,
  body: z.strictObject({ minAttendance: z.number().int().min(1).max(1000).nullable() }),
  response: { 200: AttendanceDto },
};

export const AddSessionSchema = {
  params: idParam,
  body: z.strictObject({ heldOn: dateField, title: nameField(100), place: nameField(100).nullable().optional() }),
  response: { 201: AttendanceDto },
};
export type AddSessionBody = z.infer<typeof AddSessionSchema.body>;

export const DeleteSessionSchema = { params: idParam, response: { 200: AttendanceDto } };

export const RecordAttendanceSchema = {
  params: idParam,
  body: z.strictObject({
    /** 全部出席 is every entry in the running with `present`. */
    records: z.array(z.strictObject({ entryId: idField, status: z.enum(ATTENDANCE_STATUSES), note: optionalText(500) })).min(1).max(1000),
  }),
  response: { 200: AttendanceDto },
};
export type RecordAttendanceBody = z.infer<typeof RecordAttendanceSchema.body>;

/** What an applicant sees of its own entry in the non-scored stages: counts and conclusions, never notes or who checked. */
export const MyEntryStagesSchema = {
  params: idParam,
  response: {
    200: z.object({
      entryId: z.number(),
      stages: z.array(
        z.object({
          stageId: z.number(),
          name: z.string(),
          kind: z.enum(STAGE_KINDS),
          status: z.enum(STAGE_STATUSES),
          attendance: z.object({ sessions: z.number(), present: z.number(), excused: z.number(), absent: z.number(), minAttendance: z.number().nullable() }).nullable(),
          /** Once the stage has closed: whether the entry passed it (null: nothing decided). */
          passed: z.boolean().nullable(),
        }),
      ),
    }),
  },
};
