/** Schemas of the entry routes: a best case nominated by the province, a contest's public registration, the lists. */
import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { emailField, idField, idParam, nameField, plainText } from '../../shared/schemas.js';
import { PublicCampaignDto } from './campaigns.schema.js';

export const EntryDto = z.object({
  id: z.number(),
  campaignId: z.number(),
  kind: z.enum(['best_case', 'contest']),
  campaignTitle: z.string(),
  categoryId: z.number().nullable(),
  /** The category's (a contest's 参赛组别) name, for an applicant who does not see the campaign itself. */
  categoryName: z.string().nullable(),
  innovationId: z.number().nullable(),
  /** The innovation's name (best case) or the project's (contest). */
  title: z.string(),
  companyName: z.string().nullable(),
  creditCode: z.string().nullable(),
  /** A sample (示例): an invented entry of the demo, or one whose credit code is a sample (the source gives none): shown with the code. */
  isSample: z.boolean(),
  contact: z.string().nullable(),
  zoneName: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
});
export type EntryDto = z.infer<typeof EntryDto>;

export const NominateEntrySchema = {
  params: idParam,
  body: z.strictObject({ innovationId: idField, categoryId: idField.nullable().optional() }),
  response: { 201: z.object({ entry: EntryDto }) },
};
export type NominateEntryBody = z.infer<typeof NominateEntrySchema.body>;

export const RegisterEntrySchema = {
  params: idParam,
  body: z.strictObject({
    companyName: nameField(LIMITS.nameMax),
    /** 统一社会信用代码: 18 characters, the check character verified (GB 32100-2015); also the applicant's username. */
    creditCode: plainText(40),
    projectName: nameField(LIMITS.nameMax),
    /** 参赛组别: one of the campaign's categories. */
    categoryId: idField,
    /** Contact person and telephone. */
    contact: nameField(200),
    /** The applicant's e-mail address, optional: notifications are mailed there when the office mails. */
    email: emailField.optional(),
    /** The applicant account's password (the office's password policy applies). */
    password: z.string().min(1).max(LIMITS.passwordMax),
  }),
  response: { 201: z.object({ entry: EntryDto, username: z.string() }) },
};
export type RegisterEntryBody = z.infer<typeof RegisterEntrySchema.body>;

/** What the public registration form needs of an open contest: the contest, its groups, the password policy the account will meet. */
export const RegistrationFormSchema = {
  params: idParam,
  response: {
    200: z.object({
      campaign: PublicCampaignDto,
      groups: z.array(z.object({ id: z.number(), name: z.string() })),
      passwordPolicy: z.object({ minLength: z.number(), minClasses: z.number() }),
    }),
  },
};

export const ListEntriesSchema = { params: idParam, response: { 200: z.object({ items: z.array(EntryDto) }) } };
export const MyEntriesSchema = { response: { 200: z.object({ items: z.array(EntryDto) }) } };
