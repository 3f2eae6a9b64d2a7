import { z } from 'zod';
import {
  INNOVATION_DOMAINS,
  INNOVATION_STATUSES,
  INNOVATION_TRANSITIONS,
  NOVELTY_CLAIMS,
  REFORM_TASKS,
} from '../../shared/innovations.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { idField, idParam, idText, nameField, optionalText, pageQuery, pastDateField, plainText, textField } from '../../shared/schemas.js';
import { DATE_PRECISIONS, partialDateField } from '../../shared/partial-date.js';
import { AttachmentDto } from '../files/attachments.schema.js';

const shortText = (max: number) => nameField(max);

export const EffectSchema = z.strictObject({
  label: shortText(60),
  /** A decimal string such as "110" or "1.4"; null when the effect is not a number. */
  value: z.string().regex(/^-?\d{1,12}(\.\d{1,4})?$/, 'effect_value_format').nullable().optional(),
  unit: shortText(20).nullable().optional(),
  period: shortText(40).nullable().optional(),
  text: textField(300).nullable().optional(),
});
export type Effect = z.infer<typeof EffectSchema>;

const HighlightSegment = z.object({ text: z.string(), hit: z.boolean() });

const editableFields = {
  name: nameField(LIMITS.nameMax * 2),
  domain: z.enum(INNOVATION_DOMAINS),
  task: z.enum(REFORM_TASKS).nullable().optional(),
  novelty: z.enum(NOVELTY_CLAIMS).optional(),
  painPoint: optionalText(),
  measures: optionalText(),
  effects: z.array(EffectSchema).max(20).optional(),
  departments: z.array(shortText(60)).max(20).optional(),
  tags: z.array(shortText(20)).max(20).optional(),
  exploredOn: partialDateField.nullable().optional(),
  source: optionalText(LIMITS.sourceMax),
  /** Working notes behind the source (files used, what was inferred): staff in scope only. */
  sourceNote: optionalText(LIMITS.sourceMax),
};

export const CreateInnovationSchema = {
  body: z.strictObject({ zoneId: idField, ...editableFields }),
};
export type CreateInnovationBody = z.infer<typeof CreateInnovationSchema.body>;

export const UpdateInnovationSchema = {
  params: idParam,
  body: z.strictObject(editableFields).partial(),
};
export type UpdateInnovationBody = z.infer<typeof UpdateInnovationSchema.body>;

export const Abilities = z.object({
  update: z.boolean(),
  adopt: z.boolean(),
  attach: z.boolean(),
  ...Object.fromEntries(INNOVATION_TRANSITIONS.map((t) => [t, z.boolean()])),
}) as z.ZodObject<Record<'update' | 'adopt' | 'attach' | (typeof INNOVATION_TRANSITIONS)[number], z.ZodBoolean>>;

/** The record as staff see it. Public endpoints use PublicInnovationDto, which has no internal fields. */
export const InnovationDto = z.object({
  id: z.number(),
  zoneId: z.number(),
  zoneName: z.string(),
  zoneShortName: z.string(),
  name: z.string(),
  domain: z.enum(INNOVATION_DOMAINS),
  task: z.enum(REFORM_TASKS).nullable(),
  novelty: z.enum(NOVELTY_CLAIMS),
  painPoint: z.string().nullable(),
  measures: z.string().nullable(),
  effects: z.array(z.object({ label: z.string(), value: z.string().nullable(), unit: z.string().nullable(), period: z.string().nullable(), text: z.string().nullable() })),
  departments: z.array(z.string()),
  tags: z.array(z.string()),
  exploredOn: z.string().nullable(),
  exploredPrecision: z.enum(DATE_PRECISIONS).nullable(),
  status: z.enum(INNOVATION_STATUSES),
  isPublished: z.boolean(),
  recognition: z.object({ on: z.string().nullable(), precision: z.enum(DATE_PRECISIONS).nullable(), document: z.string().nullable(), batch: z.string().nullable() }).nullable(),
  provinceReplication: z.object({ on: z.string().nullable(), precision: z.enum(DATE_PRECISIONS).nullable(), document: z.string().nullable() }).nullable(),
  nationReplication: z
    .object({ on: z.string().nullable(), precision: z.enum(DATE_PRECISIONS).nullable(), document: z.string().nullable(), batch: z.string().nullable() })
    .nullable(),
  adoptionCount: z.number(),
  source: z.string().nullable(),
  sourceNote: z.string().nullable(),
  isSample: z.boolean(),
  updatedAt: z.string(),
  abilities: Abilities,
});
export type InnovationDto = z.infer<typeof InnovationDto>;

export const PublicInnovationDto = InnovationDto.omit({ abilities: true, sourceNote: true });
export type PublicInnovationDto = z.infer<typeof PublicInnovationDto>;

/** The long texts stay on the record's own page; lists carry the first characters of the measures (else the pain point). */
const LONG_TEXTS = { painPoint: true, measures: true, effects: true, departments: true, tags: true } as const;
const excerpt = z.string().nullable().describe('首段措施摘录 The first 141 characters of the measures, else of the pain point');
export const InnovationListItemDto = InnovationDto.omit({ ...LONG_TEXTS, sourceNote: true }).extend({ excerpt });
export type InnovationListItemDto = z.infer<typeof InnovationListItemDto>;
export const PublicInnovationListItemDto = PublicInnovationDto.omit(LONG_TEXTS).extend({ excerpt });
export type PublicInnovationListItemDto = z.infer<typeof PublicInnovationListItemDto>;

export const InnovationEventDto = z.object({
  id: z.number(),
  action: z.string(),
  fromStatus: z.enum(INNOVATION_STATUSES).nullable(),
  toStatus: z.enum(INNOVATION_STATUSES),
  comment: z.string().nullable(),
  document: z.string().nullable(),
  batch: z.string().nullable(),
  occurredOn: z.string().nullable(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
});

export const AdoptionDto = z.object({
  id: z.number(),
  innovationId: z.number(),
  innovationName: z.string(),
  zoneId: z.number(),
  zoneName: z.string(),
  adoptedOn: z.string(),
  isSample: z.boolean(),
  sourceNote: z.string().nullable(),
  adaptation: z.string().nullable(),
  observedEffect: z.string().nullable(),
  source: z.string().nullable(),
  attachments: z.array(AttachmentDto),
});
export type AdoptionDto = z.infer<typeof AdoptionDto>;

export const SimilarDto = z.object({ id: z.number(), name: z.string(), zoneName: z.string(), status: z.enum(INNOVATION_STATUSES), score: z.number() });

export const listFilters = {
  q: plainText(100).optional(),
  zoneId: idText.optional(),
  domain: z.enum(INNOVATION_DOMAINS).optional(),
  task: z.enum(REFORM_TASKS).optional(),
  status: z.enum(INNOVATION_STATUSES).optional(),
  /** 'published' = recognised and above; 'province' = replicated in the province or nationwide. */
  level: z.enum(['published', 'province', 'nation']).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
};

const SearchHit = z.object({ title: z.array(HighlightSegment), snippet: z.array(HighlightSegment) });

/** List order (see list-innovations.ts): no sort = relevance with a query, latest first without. */
const listSort = z.enum(['relevance', 'recognized', 'name']).optional();
/** 'partial': no record holds every word of the query; the items hold some of them, best first. */
const listMatch = z.enum(['all', 'partial']);

export const ListInnovationsSchema = {
  querystring: z.strictObject({ ...listFilters, sort: listSort, ...pageQuery }),
  response: {
    200: z.object({ items: z.array(InnovationListItemDto.extend({ highlight: SearchHit.nullable() })), total: z.number(), totalIsCapped: z.boolean(), match: listMatch }),
  },
};
export type ListInnovationsQuery = z.infer<typeof ListInnovationsSchema.querystring>;

export const ListPublicInnovationsSchema = {
  querystring: z.strictObject({ ...listFilters, status: z.enum(['recognized', 'province_replicated', 'nation_replicated']).optional(), sort: listSort, ...pageQuery }),
  response: {
    200: z.object({ items: z.array(PublicInnovationListItemDto.extend({ highlight: SearchHit.nullable() })), total: z.number(), totalIsCapped: z.boolean(), match: listMatch }),
  },
};

export const GetInnovationSchema = {
  params: idParam,
  response: {
    200: z.object({
      innovation: InnovationDto,
      events: z.array(InnovationEventDto),
      adoptions: z.array(AdoptionDto),
      attachments: z.array(AttachmentDto),
      similar: z.array(SimilarDto),
    }),
  },
};

export const GetPublicInnovationSchema = {
  params: idParam,
  response: {
    200: z.object({
      innovation: PublicInnovationDto,
      /** Public milestones only: no comments, no actors. */
      milestones: z.array(z.object({ toStatus: z.enum(INNOVATION_STATUSES), occurredOn: z.string().nullable(), document: z.string().nullable(), batch: z.string().nullable() })),
      adoptions: z.array(AdoptionDto.omit({ attachments: true, sourceNote: true })),
      attachments: z.array(AttachmentDto.omit({ isInternal: true })),
    }),
  },
};

export const CreateAdoptionSchema = {
  params: idParam,
  body: z.strictObject({
    /** The adopting zone; zone staff may leave it out to mean their own zone. */
    zoneId: idField.optional(),
    adoptedOn: pastDateField,
    adaptation: optionalText(),
    observedEffect: optionalText(),
    source: optionalText(LIMITS.sourceMax),
    /** Working notes behind the source (files used, what was inferred): staff in scope only. */
    sourceNote: optionalText(LIMITS.sourceMax),
  }),
  response: { 201: z.object({ adoption: AdoptionDto }) },
};
export type CreateAdoptionBody = z.infer<typeof CreateAdoptionSchema.body>;

export const SimilarCheckSchema = {
  body: z.strictObject({
    name: plainText(LIMITS.nameMax * 2),
    measures: plainText(LIMITS.textMax).optional(),
    painPoint: plainText(LIMITS.textMax).optional(),
    excludeId: idField.optional(),
  }),
  response: { 200: z.object({ items: z.array(SimilarDto) }) },
};
