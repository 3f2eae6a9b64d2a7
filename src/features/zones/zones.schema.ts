import { z } from 'zod';
import { ZONE_TYPES } from '../../shared/zones.enums.js';
import { REFORM_TASKS } from '../../shared/innovations.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { decimalField, idField, idParam, nameField, optionalText, textField, zoneCodeField } from '../../shared/schemas.js';
import { DATE_PRECISIONS, partialDateField } from '../../shared/partial-date.js';

export const ZoneDto = z.object({
  id: z.number(),
  code: z.string(),
  parentId: z.number().nullable(),
  type: z.enum(ZONE_TYPES),
  name: z.string(),
  nameEn: z.string().nullable(),
  shortName: z.string(),
  establishedOn: z.string().nullable(),
  establishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
  areaKm2: z.string().nullable(),
  positioning: z.string().nullable(),
  tasks: z.array(z.enum(REFORM_TASKS)),
  group: z.string().nullable(),
  description: z.string().nullable(),
  source: z.string(),
  sourceNote: z.string().nullable(),
  platformCount: z.number(),
  abilities: z.object({ update: z.boolean(), createChild: z.boolean(), createPlatform: z.boolean() }),
});
export type ZoneDto = z.infer<typeof ZoneDto>;

const editableFields = {
  name: nameField(),
  nameEn: nameField(LIMITS.nameMax * 2).nullable().optional(),
  shortName: nameField(20),
  establishedOn: partialDateField.nullable().optional(),
  areaKm2: decimalField.nullable().optional(),
  positioning: optionalText(),
  tasks: z.array(z.enum(REFORM_TASKS)).max(REFORM_TASKS.length).optional(),
  group: nameField(LIMITS.nameMax).nullable().optional(),
  description: optionalText(),
  source: textField(LIMITS.sourceMax).pipe(z.string().min(1, 'not_blank')),
  /** Working notes behind the source (files used, what was inferred): staff in scope only. */
  sourceNote: optionalText(LIMITS.sourceMax),
};

export const ListZonesSchema = { response: { 200: z.object({ items: z.array(ZoneDto) }) } };

export const GetZoneSchema = {
  params: idParam,
  response: {
    200: z.object({
      zone: ZoneDto,
      ancestors: z.array(z.object({ id: z.number(), name: z.string(), type: z.enum(ZONE_TYPES) })),
      children: z.array(ZoneDto),
    }),
  },
};

export const CreateZoneSchema = {
  body: z.strictObject({
    parentId: idField,
    code: zoneCodeField,
    type: z.enum(ZONE_TYPES),
    ...editableFields,
  }),
  response: { 201: z.object({ zone: ZoneDto }) },
};
export type CreateZoneBody = z.infer<typeof CreateZoneSchema.body>;

export const UpdateZoneSchema = {
  params: idParam,
  body: z.strictObject(editableFields).partial(),
  response: { 200: z.object({ zone: ZoneDto }) },
};
export type UpdateZoneBody = z.infer<typeof UpdateZoneSchema.body>;
