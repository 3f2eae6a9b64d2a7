import { z } from 'zod';
import { PLATFORM_STATUSES, PLATFORM_TYPES } from '../../shared/platforms.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { idParam, idText, nameField, optionalText, pageQuery, plainText, textField } from '../../shared/schemas.js';
import { DATE_PRECISIONS, partialDateField } from '../../shared/partial-date.js';

const StageDate = z.object({ on: z.string().nullable(), precision: z.enum(DATE_PRECISIONS).nullable() });

export const PlatformDto = z.object({
  id: z.number(),
  zoneId: z.number(),
  zoneName: z.string(),
  type: z.enum(PLATFORM_TYPES),
  name: z.string(),
  status: z.enum(PLATFORM_STATUSES),
  isPublic: z.boolean(),
  note: z.string().nullable(),
  source: z.string().nullable(),
  sourceNote: z.string().nullable(),
  statusDates: z.partialRecord(z.enum(PLATFORM_STATUSES), StageDate),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), apply: z.boolean(), approve: z.boolean(), build: z.boolean(), operate: z.boolean() }),
});
export type PlatformDto = z.infer<typeof PlatformDto>;

export const PlatformEventDto = z.object({
  id: z.number(),
  action: z.string(),
  fromStatus: z.enum(PLATFORM_STATUSES).nullable(),
  toStatus: z.enum(PLATFORM_STATUSES).nullable(),
  occurredOn: z.string().nullable(),
  precision: z.enum(DATE_PRECISIONS).nullable(),
  document: z.string().nullable(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  /** Whether a person recorded the step (false for imported and demo history); never who. */
  hasActor: z.boolean(),
  createdAt: z.string(),
});
export type PlatformEventDto = z.infer<typeof PlatformEventDto>;

export const ListPlatformsSchema = {
  querystring: z.strictObject({
    /** Text search over name, note, type and stage names and source, best match first. */
    q: plainText(100).optional(),
    zoneId: idText.optional(),
    status: z.enum(PLATFORM_STATUSES).optional(),
    type: z.enum(PLATFORM_TYPES).optional(),
    ...pageQuery,
  }),
  response: { 200: z.object({ items: z.array(PlatformDto), total: z.number() }) },
};
export type ListPlatformsQuery = z.infer<typeof ListPlatformsSchema.querystring>;

export const ZonePlatformsSchema = { params: idParam, response: { 200: z.object({ items: z.array(PlatformDto) }) } };

export const CreatePlatformSchema = {
  params: idParam,
  body: z.strictObject({
    type: z.enum(PLATFORM_TYPES),
    name: nameField(),
    note: optionalText(),
    source: optionalText(LIMITS.sourceMax),
    /** Working notes behind the source (files used, what was inferred): staff in scope only. */
    sourceNote: optionalText(LIMITS.sourceMax),
  }),
  response: { 201: z.object({ platform: PlatformDto }) },
};
export type CreatePlatformBody = z.infer<typeof CreatePlatformSchema.body>;

export const GetPlatformSchema = {
  params: idParam,
  response: { 200: z.object({ platform: PlatformDto, events: z.array(PlatformEventDto) }) },
};

export const UpdatePlatformSchema = {
  params: idParam,
  body: z
    .strictObject({ type: z.enum(PLATFORM_TYPES), name: nameField(), note: optionalText(), source: optionalText(LIMITS.sourceMax), sourceNote: optionalText(LIMITS.sourceMax) })
    .partial(),
  response: { 200: z.object({ platform: PlatformDto }) },
};
export type UpdatePlatformBody = z.infer<typeof UpdatePlatformSchema.body>;
