/** Schemas of a judge's work: their assignments, the commitment, score sheets; and the organiser's progress. */
import { z } from 'zod';
import { idParam, idText } from '../../shared/schemas.js';
import { CriterionDto } from './stages.schema.js';

const SheetDto = z.object({ status: z.enum(['draft', 'submitted']), scores: z.record(z.string(), z.number()), submittedAt: z.string().nullable() });

export const MyAssignmentDto = z.object({
  id: z.number(),
  stageId: z.number(),
  stageName: z.string(),
  campaignTitle: z.string(),
  stageStatus: z.string(),
  endsOn: z.string().nullable(),
  blind: z.boolean(),
  committed: z.boolean(),
  entry: z.object({
    id: z.number(),
    title: z.string(),
    categoryId: z.number().nullable(),
    /** Null on a blind stage: the judge sees neither the company nor the zone. */
    companyName: z.string().nullable(),
    zoneName: z.string().nullable(),
  }),
  sheet: SheetDto.nullable(),
});

/** The criteria of each stage the judge has assignments on: what the score sheet asks, with weights, scales and level descriptions. */
const MyStageCriteriaDto = z.object({ stageId: z.number(), criteria: z.array(CriterionDto) });

export const MyAssignmentsSchema = { response: { 200: z.object({ items: z.array(MyAssignmentDto), stages: z.array(MyStageCriteriaDto) }) } };

export const CommitmentSchema = {
  params: idParam,
  body: z.strictObject({ accept: z.literal(true) }),
  response: { 200: z.object({ commitment: z.object({ stageId: z.number(), textVersion: z.string(), confirmedAt: z.string() }) }) },
};

const sheetParams = z.strictObject({ id: idText, entryId: idText });
/** criterion id → score. */
const scoresField = z.record(z.string().regex(/^[1-9]\d{0,9}$/, 'id_format'), z.number().finite().min(-1e6).max(1e6)).refine((scores) => Object.keys(scores).length <= 100, 'too_many');

export const SaveSheetSchema = { params: sheetParams, body: z.strictObject({ scores: scoresField }), response: { 200: z.object({ sheet: SheetDto }) } };
export const SubmitSheetSchema = { params: sheetParams, body: z.strictObject({ scores: scoresField.optional() }), response: { 200: z.object({ sheet: SheetDto }) } };

export const ProgressSchema = {
  params: idParam,
  response: {
    200: z.object({
      judges: z.array(z.object({ expertId: z.number(), name: z.string(), committed: z.boolean(), assigned: z.number(), submitted: z.number() })),
      entries: z.array(z.object({ entryId: z.number(), title: z.string(), assigned: z.number(), submitted: z.number() })),
    }),
  },
};
