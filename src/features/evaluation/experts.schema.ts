/** Schemas of the expert pool routes (专家库). `contact` is the organisers' alone: no public route shows an expert. */
import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { idField, idParam, idText, nameField, optionalText, pageQuery, plainText } from '../../shared/schemas.js';

/** A judge account as the organisers see it when linking: nothing beyond who it is. */
export const JudgeAccountDto = z.object({ id: z.number(), username: z.string(), displayName: z.string() });
export type JudgeAccountDto = z.infer<typeof JudgeAccountDto>;

export const ExpertDto = z.object({
  id: z.number(),
  name: z.string(),
  field: z.string(),
  zoneId: z.number().nullable(),
  zoneName: z.string().nullable(),
  organisation: z.string().nullable(),
  contact: z.string().nullable(),
  isActive: z.boolean(),
  /** The judge account the expert signs in with to score (null: not linked, so never drawn). */
  judgeAccount: JudgeAccountDto.nullable(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type ExpertDto = z.infer<typeof ExpertDto>;

/** Active judge accounts not yet linked to an expert (made by the security admin, 三员分立), by username. */
export const ListJudgeAccountsSchema = {
  querystring: z.strictObject({
    /** Part of a username or display name. */
    q: plainText(LIMITS.filterTextMax).optional(),
  }),
  response: { 200: z.object({ items: z.array(JudgeAccountDto), total: z.number() }) },
};
export type ListJudgeAccountsQuery = z.infer<typeof ListJudgeAccountsSchema.querystring>;

export const ListExpertsSchema = {
  querystring: z.strictObject({
    /** Part of a name, field or organisation. */
    q: plainText(LIMITS.filterTextMax).optional(),
    zoneId: idText.optional(),
    active: z.enum(['true', 'false']).optional(),
    ...pageQuery,
  }),
  response: { 200: z.object({ items: z.array(ExpertDto), total: z.number() }) },
};
export type ListExpertsQuery = z.infer<typeof ListExpertsSchema.querystring>;

export const GetExpertSchema = { params: idParam, response: { 200: z.object({ expert: ExpertDto }) } };

const expertFields = {
  name: nameField(60),
  /** 专业领域, e.g. 国际贸易, 金融, 法律. */
  field: nameField(60),
  /** Where the expert works, if in one of the zones (a conflict of interest with its entries). */
  zoneId: idField.nullable().optional(),
  organisation: nameField(LIMITS.nameMax).nullable().optional(),
  /** Telephone or e-mail: internal. */
  contact: optionalText(200),
  /** The expert's judge account (role judge, active, linked to no other expert); null unlinks. */
  userId: idField.nullable().optional(),
};

export const CreateExpertSchema = { body: z.strictObject(expertFields), response: { 201: z.object({ expert: ExpertDto }) } };
export type CreateExpertBody = z.infer<typeof CreateExpertSchema.body>;
export const UpdateExpertSchema = {
  params: idParam,
  body: z.strictObject({ ...expertFields, isActive: z.boolean() }).partial(),
  response: { 200: z.object({ expert: ExpertDto }) },
};
export type UpdateExpertBody = z.infer<typeof UpdateExpertSchema.body>;
