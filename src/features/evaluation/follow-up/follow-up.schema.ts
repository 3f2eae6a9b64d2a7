/** Schemas of the follow-up routes: service agreements and milestones (the organiser's), KPI reports (the winner's or the organiser's on its behalf), and the two views. */
import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { PERIOD_PATTERN, PROVIDER_KINDS } from '../../../shared/follow-up.enums.js';
import { dateField, decimalField, idParam, nameField, optionalText, pastDateField, textField } from '../../../shared/schemas.js';

const MilestoneBody = z.strictObject({
  title: nameField(LIMITS.nameMax),
  dueOn: dateField,
  /** 完成日期: null while not done; not after today. */
  doneOn: pastDateField.nullable().optional(),
  /** The organiser's internal note (not shown to the applicant). */
  note: optionalText(LIMITS.commentMax),
});
export type MilestoneBody = z.infer<typeof MilestoneBody>;

const AgreementFields = {
  provider: nameField(LIMITS.nameMax),
  providerKind: z.enum(PROVIDER_KINDS),
  content: textField(LIMITS.commentMax).pipe(z.string().min(1, 'not_blank')),
  /** 金额（万元）, a decimal string; null when the agreement names no sum. */
  amountWan: decimalField.nullable().optional(),
  signedOn: pastDateField,
};

export const MilestoneDto = z.object({ id: z.number(), title: z.string(), dueOn: z.string(), doneOn: z.string().nullable(), overdue: z.boolean(), note: z.string().nullable() });
/** What the applicant sees of a milestone: no internal note. */
export const PublicMilestoneDto = MilestoneDto.omit({ note: true });
export const AgreementDto = z.object({
  id: z.number(),
  entryId: z.number(),
  provider: z.string(),
  providerKind: z.enum(PROVIDER_KINDS),
  content: z.string(),
  amountWan: z.string().nullable(),
  signedOn: z.string(),
  isSample: z.boolean(),
  milestones: z.array(MilestoneDto),
});
export type AgreementDto = z.infer<typeof AgreementDto>;
export const ApplicantAgreementDto = AgreementDto.extend({ milestones: z.array(PublicMilestoneDto) });

const Figures = z.object({ jobs: z.number(), revenueWan: z.string(), financingWan: z.string() });
export const KpiReportDto = Figures.extend({
  id: z.number(),
  entryId: z.number(),
  period: z.string(),
  narrative: z.string().nullable(),
  isSample: z.boolean(),
  /** 代报: filed by the organiser for the winner. */
  onBehalf: z.boolean(),
  filedAt: z.string(),
  revision: z.number(),
  /** May the viewer still correct it (its window, and the viewer one who may)? */
  correctable: z.boolean(),
  /** The figures corrections replaced, oldest first. */
  history: z.array(Figures.extend({ revision: z.number(), narrative: z.string().nullable(), onBehalf: z.boolean(), filedAt: z.string() })),
});
export type KpiReportDto = z.infer<typeof KpiReportDto>;

const WinnerFields = {
  entryId: z.number(),
  title: z.string(),
  companyName: z.string().nullable(),
  categoryName: z.string().nullable(),
  /** The award tier (一等奖 …) from the published results. */
  award: z.string().nullable(),
};

const Totals = Figures.extend({ reports: z.number() });
export const FollowUpSchema = {
  params: idParam,
  response: {
    200: z.object({
      campaignId: z.number(),
      /** Agreements and reports are taken (the campaign is published). */
      accepting: z.boolean(),
      today: z.string(),
      winners: z.array(z.object({ ...WinnerFields, agreements: z.array(AgreementDto), reports: z.array(KpiReportDto), latest: KpiReportDto.nullable() })),
      totals: z.object({
        winners: z.number(),
        winnersWithAgreement: z.number(),
        agreements: z.number(),
        /** Sum of the agreements' sums (万元), those that name one. */
        agreementAmountWan: z.string(),
        milestones: z.object({ total: z.number(), done: z.number(), overdue: z.number() }),
        /** Per period: the sum over each winner's report of that period (its current figures). */
        periods: z.array(Totals.extend({ period: z.string() })),
        /** Over each winner's latest report. */
        latest: Totals,
      }),
    }),
  },
};

export const MyFollowUpSchema = {
  params: idParam,
  response: {
    200: z.object({
      ...WinnerFields,
      campaignTitle: z.string(),
      status: z.string(),
      accepting: z.boolean(),
      today: z.string(),
      agreements: z.array(ApplicantAgreementDto),
      reports: z.array(KpiReportDto),
    }),
  },
};

export const CreateAgreementSchema = {
  params: idParam,
  body: z.strictObject({ ...AgreementFields, milestones: z.array(MilestoneBody).max(LIMITS.listItemsMax).optional() }),
  response: { 201: z.object({ agreement: AgreementDto }) },
};
export type CreateAgreementBody = z.infer<typeof CreateAgreementSchema.body>;

export const UpdateAgreementSchema = {
  params: idParam,
  body: z.strictObject({
    provider: AgreementFields.provider.optional(),
    providerKind: AgreementFields.providerKind.optional(),
    content: AgreementFields.content.optional(),
    amountWan: AgreementFields.amountWan,
    signedOn: AgreementFields.signedOn.optional(),
  }),
  response: { 200: z.object({ agreement: AgreementDto }) },
};
export type UpdateAgreementBody = z.infer<typeof UpdateAgreementSchema.body>;

export const AddMilestoneSchema = { params: idParam, body: MilestoneBody, response: { 201: z.object({ agreement: AgreementDto }) } };
export const UpdateMilestoneSchema = {
  params: idParam,
  body: z.strictObject({ title: MilestoneBody.shape.title.optional(), dueOn: dateField.optional(), doneOn: MilestoneBody.shape.doneOn, note: MilestoneBody.shape.note }),
  response: { 200: z.object({ agreement: AgreementDto }) },
};
export type UpdateMilestoneBody = z.infer<typeof UpdateMilestoneSchema.body>;

const ReportFigures = {
  jobs: z.number().int().min(0).max(10_000_000),
  revenueWan: decimalField,
  financingWan: decimalField,
  narrative: optionalText(LIMITS.textMax),
};
export const FileReportSchema = {
  params: idParam,
  body: z.strictObject({ period: z.string().regex(PERIOD_PATTERN, 'period_format'), ...ReportFigures }),
  response: { 201: z.object({ report: KpiReportDto }) },
};
export type FileReportBody = z.infer<typeof FileReportSchema.body>;

export const CorrectReportSchema = { params: idParam, body: z.strictObject(ReportFigures), response: { 200: z.object({ report: KpiReportDto }) } };
export type CorrectReportBody = z.infer<typeof CorrectReportSchema.body>;
