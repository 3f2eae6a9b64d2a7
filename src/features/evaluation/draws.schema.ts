/** Schemas of the draw and assignment routes: what is published is what /draws/verify re-runs. */
import { z } from 'zod';
import { idField, idParam, nameField } from '../../shared/schemas.js';

export const DrawDto = z.object({
  stageId: z.number(),
  seed: z.number(),
  method: z.string(),
  /** The pool as drawn from: expert ids, ascending. */
  pool: z.array(z.number()),
  size: z.number(),
  exclusions: z.array(z.object({ expertId: z.number(), reason: z.string() })),
  /** The panel, in panel order. */
  panel: z.array(z.number()),
  drawnAt: z.string(),
  /** The portal page that re-runs this draw, its inputs filled in. */
  verifyPath: z.string(),
  assignment: z.object({ perEntry: z.number(), loadCap: z.number(), assignedAt: z.string() }).nullable(),
});
export type DrawDto = z.infer<typeof DrawDto>;

export const CreateDrawSchema = {
  params: idParam,
  body: z.strictObject({
    /** A 32-bit seed; chosen by the server with a cryptographic generator when not given. */
    seed: z.number().int().min(0).max(4_294_967_295).optional(),
    size: z.number().int().min(1).max(1000),
    exclusions: z.array(z.strictObject({ expertId: idField, reason: nameField(200) })).max(1000).default([]),
  }),
  response: { 201: z.object({ draw: DrawDto }) },
};
export type CreateDrawBody = z.infer<typeof CreateDrawSchema.body>;

export const GetDrawSchema = { params: idParam, response: { 200: z.object({ draw: DrawDto }) } };

export const AssignSchema = {
  params: idParam,
  body: z.strictObject({ perEntry: z.number().int().min(1).max(100), loadCap: z.number().int().min(1).max(100_000) }),
  response: {
    201: z.object({
      draw: DrawDto,
      assigned: z.number(),
      /** Entries that got fewer judges than asked (conflicts, the cap), with how many they got. */
      short: z.array(z.object({ entryId: z.number(), assigned: z.number() })),
    }),
  },
};
export type AssignBody = z.infer<typeof AssignSchema.body>;

export const DeclareConflictSchema = {
  params: idParam,
  body: z.strictObject({ reason: nameField(500) }),
  response: { 200: z.object({ replacedBy: z.object({ assignmentId: z.number(), expertId: z.number() }) }) },
};

/** 提醒评委: how many judges were reminded (those with sheets still to submit). */
export const RemindSchema = { params: idParam, response: { 200: z.object({ reminded: z.number() }) } };
