/** Schemas of the stage routes: stages, their advancement rules and their scoring criteria. */
import { z } from 'zod';
import { STAGE_KINDS, STAGE_STATUSES } from '../../shared/evaluation.enums.js';
import { dateField, idParam, nameField } from '../../shared/schemas.js';

/** A number with at most `places` decimals (weights to 0.01 %, scores to 0.01), so the stored numeric keeps it exactly. */
const decimals = (places: number) => (value: number) => Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) < 1e-6;

/** Who goes on from a stage. Quota keys are the campaign's category ids. */
export const AdvancementRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('top_n'), n: z.number().int().min(1).max(100_000), per: z.enum(['overall', 'category']) }),
  z.strictObject({ kind: z.literal('cutoff'), score: z.number().min(-1_000_000).max(1_000_000).refine(decimals(2), 'decimal_format') }),
  z.strictObject({ kind: z.literal('quota'), perCategory: z.record(z.string().regex(/^[1-9]\d{0,8}$/), z.number().int().min(0).max(100_000)) }),
  z.strictObject({ kind: z.literal('manual') }),
]);

/** numeric(8, 2) in stage_criteria holds up to 999,999.99. */
const scaleValue = z.number().min(-999_999).max(999_999).refine(decimals(2), 'decimal_format');
const LevelSchema = z.strictObject({ min: scaleValue, max: scaleValue, zh: nameField(200), en: nameField(200).nullable().optional() });

export const CriterionInput = z.strictObject({
  nameZh: nameField(60),
  nameEn: nameField(60).nullable().optional(),
  /** A fraction of the total: 0.3 is 30 %, at most four decimals. */
  weight: z.number().gt(0).max(1).refine(decimals(4), 'decimal_format'),
  scaleMin: scaleValue.default(0),
  scaleMax: scaleValue.default(100),
  levels: z.array(LevelSchema).max(10).default([]),
});
export type CriterionInput = z.infer<typeof CriterionInput>;

export const CriterionDto = z.object({
  id: z.number(),
  ordinal: z.number(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  weight: z.number(),
  scaleMin: z.number(),
  scaleMax: z.number(),
  levels: z.array(z.object({ min: z.number(), max: z.number(), zh: z.string(), en: z.string().nullable() })),
});
export type CriterionDto = z.infer<typeof CriterionDto>;

export const StageDto = z.object({
  id: z.number(),
  campaignId: z.number(),
  ordinal: z.number(),
  kind: z.enum(STAGE_KINDS),
  name: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  blind: z.boolean(),
  advancement: AdvancementRuleSchema,
  status: z.enum(STAGE_STATUSES),
  criteria: z.array(CriterionDto),
  abilities: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    setCriteria: z.boolean(),
    open: z.boolean(),
    start_scoring: z.boolean(),
    close: z.boolean(),
    publish: z.boolean(),
  }),
});
export type StageDto = z.infer<typeof StageDto>;

const stageFields = {
  name: nameField(60),
  startsOn: dateField.nullable().optional(),
  endsOn: dateField.nullable().optional(),
  /** Judges see entries without their applicants' names. */
  blind: z.boolean().optional(),
  advancement: AdvancementRuleSchema.optional(),
};

export const CreateStageSchema = {
  params: idParam,
  body: z.strictObject({
    kind: z.enum(STAGE_KINDS),
    ...stageFields,
    /** Where the stage goes (1 = first); the stages from there on move down one. Default: last. */
    ordinal: z.number().int().min(1).max(100).optional(),
  }),
  response: { 201: z.object({ stage: StageDto }) },
};
export type CreateStageBody = z.infer<typeof CreateStageSchema.body>;

export const GetStageSchema = { params: idParam, response: { 200: z.object({ stage: StageDto }) } };

export const UpdateStageSchema = {
  params: idParam,
  body: z.strictObject(stageFields).partial(),
  response: { 200: z.object({ stage: StageDto }) },
};
export type UpdateStageBody = z.infer<typeof UpdateStageSchema.body>;

export const DeleteStageSchema = { params: idParam, response: { 204: z.null() } };

export const SetCriteriaSchema = {
  params: idParam,
  body: z.strictObject({
    /** The stage's whole set, in order; weights add up to 1. An empty list removes them. */
    criteria: z.array(CriterionInput).max(20),
  }),
  response: { 200: z.object({ stage: StageDto }) },
};
export type SetCriteriaBody = z.infer<typeof SetCriteriaSchema.body>;
