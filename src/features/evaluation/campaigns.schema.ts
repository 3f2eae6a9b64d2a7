/** Schemas of the campaign routes: series, campaigns and their categories, and the public list. */
import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from '../../shared/evaluation.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { dateField, idField, idParam, idText, nameField, optionalText, pageQuery } from '../../shared/schemas.js';
import { StageDto } from './stages.schema.js';

const titleField = nameField(200);
const editionField = z.number().int().min(1).max(1000);
const yearField = z.number().int().min(1990).max(2100);

/** `description`: what the series says of itself over its editions (public), from `source`. */
export const SeriesDto = z.object({ id: z.number(), name: z.string(), organiserZoneId: z.number(), organiserZoneName: z.string(), description: z.string().nullable(), source: z.string().nullable(), abilities: z.object({ createCampaign: z.boolean() }) });
export type SeriesDto = z.infer<typeof SeriesDto>;

export const ListSeriesSchema = { response: { 200: z.object({ items: z.array(SeriesDto) }) } };
export const CreateSeriesSchema = {
  body: z.strictObject({ name: titleField, organiserZoneId: idField }),
  response: { 201: z.object({ series: SeriesDto }) },
};
export type CreateSeriesBody = z.infer<typeof CreateSeriesSchema.body>;

export const CampaignDto = z.object({
  id: z.number(),
  seriesId: z.number(),
  seriesName: z.string(),
  edition: z.number(),
  year: z.number(),
  kind: z.enum(CAMPAIGN_KINDS),
  title: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  isPublic: z.boolean(),
  organiserZoneId: z.number(),
  organiserZoneName: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  source: z.string().nullable(),
  /** A public note on the edition: a winner's words, who follows the winners up. */
  note: z.string().nullable(),
  /** A contest open (进行中): it takes public registrations. */
  registrationOpen: z.boolean(),
  /** Working notes behind the source: staff whose scope holds the organiser only. */
  sourceNote: z.string().nullable(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), open: z.boolean(), close: z.boolean(), reopen: z.boolean(), publish: z.boolean(), archive: z.boolean() }),
});
export type CampaignDto = z.infer<typeof CampaignDto>;

export const PrizeTierSchema = z.strictObject({ name: nameField(40), count: z.number().int().min(1).max(1000) });
export const CategoryDto = z.object({
  id: z.number(),
  campaignId: z.number(),
  name: z.string(),
  sortOrder: z.number(),
  slots: z.number().nullable(),
  prizes: z.array(z.object({ name: z.string(), count: z.number() })),
});
export type CategoryDto = z.infer<typeof CategoryDto>;

export const ListCampaignsSchema = {
  querystring: z.strictObject({
    kind: z.enum(CAMPAIGN_KINDS).optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    seriesId: idText.optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
    ...pageQuery,
  }),
  response: { 200: z.object({ items: z.array(CampaignDto), total: z.number() }) },
};
export type ListCampaignsQuery = z.infer<typeof ListCampaignsSchema.querystring>;

export const GetCampaignSchema = {
  params: idParam,
  response: { 200: z.object({ campaign: CampaignDto, categories: z.array(CategoryDto), stages: z.array(StageDto) }) },
};

const campaignFields = {
  edition: editionField,
  year: yearField,
  title: titleField,
  startsOn: dateField.nullable().optional(),
  endsOn: dateField.nullable().optional(),
  source: optionalText(LIMITS.sourceMax),
  sourceNote: optionalText(LIMITS.sourceMax),
};

export const CreateCampaignSchema = {
  body: z.strictObject({ seriesId: idField, kind: z.enum(CAMPAIGN_KINDS), ...campaignFields }),
  response: { 201: z.object({ campaign: CampaignDto }) },
};
export type CreateCampaignBody = z.infer<typeof CreateCampaignSchema.body>;

export const UpdateCampaignSchema = {
  params: idParam,
  body: z.strictObject(campaignFields).partial(),
  response: { 200: z.object({ campaign: CampaignDto }) },
};
export type UpdateCampaignBody = z.infer<typeof UpdateCampaignSchema.body>;

const categoryFields = {
  name: nameField(60),
  sortOrder: z.number().int().min(0).max(1000).optional(),
  slots: z.number().int().min(1).max(100_000).nullable().optional(),
  prizes: z.array(PrizeTierSchema).max(10).optional(),
};
export const CreateCategorySchema = {
  params: idParam,
  body: z.strictObject(categoryFields),
  response: { 201: z.object({ category: CategoryDto }) },
};
export type CreateCategoryBody = z.infer<typeof CreateCategorySchema.body>;
export const UpdateCategorySchema = {
  params: idParam,
  body: z.strictObject(categoryFields).partial(),
  response: { 200: z.object({ category: CategoryDto }) },
};
export type UpdateCategoryBody = z.infer<typeof UpdateCategorySchema.body>;
export const DeleteCategorySchema = { params: idParam, response: { 204: z.null() } };

/** What the public sees of a published campaign: no abilities, no working notes. */
export const PublicCampaignDto = CampaignDto.omit({ sourceNote: true, abilities: true, isPublic: true, updatedAt: true });
export type PublicCampaignDto = z.infer<typeof PublicCampaignDto>;
export const PublicCampaignsSchema = {
  querystring: z.strictObject({ kind: z.enum(CAMPAIGN_KINDS).optional(), ...pageQuery }),
  response: {
    200: z.object({
      /** resultsPublished: some stage's results are under public notice or final (the portal links its results page). */
      items: z.array(PublicCampaignDto.extend({ resultsPublished: z.boolean() })),
      total: z.number(),
    }),
  },
};
