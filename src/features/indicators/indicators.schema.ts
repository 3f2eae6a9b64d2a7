/**
 * Indicator routes: definitions (the province office keeps them), value versions in the
 * viewer's zones (entered, corrected with a reason, published), their history and the public,
 * published-only view. Values travel as decimal strings, never numbers.
 */
import { z } from 'zod';
import { COMBINE_KINDS, PERIOD_KINDS, QUALIFIERS, UNITS } from '../../shared/indicators.enums.js';
import { DERIVED_METHODS } from '../../shared/indicators/derived/figure.js';
import { LIMITS } from '../../shared/limits.js';
import { dateField, idField, idParam, idText, nameField, optionalText, textField } from '../../shared/schemas.js';

/** An indicator's code: ASCII, stable, what URLs and imports name it by (trade_total). */
export const indicatorCodeField = z.string().regex(/^[a-z][a-z0-9_]{1,47}$/, 'indicator_code_format');
/** A period key of any kind; the service checks it against the definition's kind. */
export const periodField = z.string().regex(/^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'indicator_period_format');
/** A decimal as text: up to 15 integer digits and 8 decimals, optionally negative (growth rates). */
export const indicatorValueField = z.string().regex(/^-?\d{1,15}(\.\d{1,8})?$/, 'indicator_value_format');
const requiredText = (max: number) => textField(max).pipe(z.string().min(1, 'not_blank'));
const sourceField = nameField(LIMITS.sourceMax);
const MAX_VALUES_PER_REQUEST = 500;

export const codeParam = z.strictObject({ code: indicatorCodeField });

export const IndicatorDto = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.enum(UNITS),
  periodKind: z.enum(PERIOD_KINDS),
  combine: z.enum(COMBINE_KINDS),
  cumulative: z.boolean(),
  descriptionZh: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  source: z.string().nullable(),
  isSample: z.boolean(),
  abilities: z.object({ update: z.boolean() }),
});
export type IndicatorDto = z.infer<typeof IndicatorDto>;

/** What every answer says of a value: where, when, how much (in the indicator's unit, an exact decimal string), how qualified, from where. */
const ValueFigure = z.object({
  zoneId: z.number(),
  zoneName: z.string(),
  period: z.string(),
  value: z.string(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).nullable(),
  source: z.string(),
  sourceSentence: z.string().nullable(),
  isSample: z.boolean(),
});
export type ValueFigure = z.infer<typeof ValueFigure>;

/** One version of a value as staff in its zone see it. */
export const IndicatorValueDto = ValueFigure.extend({
  id: z.number(),
  indicatorCode: z.string(),
  internalNote: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  /** Set once a correction replaced this version (then `supersededBy` is the next version's id). */
  supersededAt: z.string().nullable(),
  supersededBy: z.number().nullable(),
  /** Why this version replaced the one before it; null for a first version. */
  correctionReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  abilities: z.object({ correct: z.boolean(), publish: z.boolean() }),
});
export type IndicatorValueDto = z.infer<typeof IndicatorValueDto>;

/** A published value as the public sees it: no internal note, nobody's name. */
export const PublicIndicatorValueDto = ValueFigure.extend({
  /** Whether this figure replaced an earlier recorded one. */
  corrected: z.boolean(),
  publishedAt: z.string(),
});
export type PublicIndicatorValueDto = z.infer<typeof PublicIndicatorValueDto>;

export const PublicIndicatorDto = IndicatorDto.omit({ abilities: true });
export type PublicIndicatorDto = z.infer<typeof PublicIndicatorDto>;

const definitionFields = {
  nameZh: nameField(),
  nameEn: nameField(),
  unit: z.enum(UNITS),
  periodKind: z.enum(PERIOD_KINDS),
  combine: z.enum(COMBINE_KINDS),
  cumulative: z.boolean(),
  descriptionZh: optionalText(),
  descriptionEn: optionalText(),
  source: optionalText(LIMITS.sourceMax),
  isSample: z.boolean(),
};

export const ListIndicatorsSchema = { response: { 200: z.object({ items: z.array(IndicatorDto) }) } };

export const CreateIndicatorSchema = {
  body: z.strictObject({ code: indicatorCodeField, ...definitionFields, cumulative: definitionFields.cumulative.default(false), isSample: definitionFields.isSample.default(false) }),
  response: { 201: z.object({ indicator: IndicatorDto }) },
};
export type CreateIndicatorBody = z.infer<typeof CreateIndicatorSchema.body>;

export const UpdateIndicatorSchema = {
  params: codeParam,
  body: z.strictObject(definitionFields).partial(),
  response: { 200: z.object({ indicator: IndicatorDto }) },
};
export type UpdateIndicatorBody = z.infer<typeof UpdateIndicatorSchema.body>;

const rangeQuery = {
  /** The zone and everything under it; without it, every zone the viewer may see. */
  zone: idText.optional(),
  from: periodField.optional(),
  to: periodField.optional(),
};

export const ListValuesSchema = {
  params: codeParam,
  querystring: z.strictObject({
    ...rangeQuery,
    /** The values as they were recorded at the end of this day (China time): what the office knew then. */
    asOf: dateField.optional(),
  }),
  response: { 200: z.object({ indicator: IndicatorDto, asOf: z.string().nullable(), items: z.array(IndicatorValueDto) }) },
};
export type ValuesQuery = z.infer<typeof ListValuesSchema.querystring>;

export const ValueHistorySchema = {
  params: codeParam,
  querystring: z.strictObject({ zone: idText, period: periodField }),
  response: { 200: z.object({ indicator: IndicatorDto, items: z.array(IndicatorValueDto) }) },
};

const valueFields = {
  value: indicatorValueField,
  /** The unit the figure is given in; converted exactly to the indicator's unit when of the same dimension. */
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).nullable().optional(),
  source: sourceField,
  sourceSentence: optionalText(),
  internalNote: optionalText(),
  isSample: z.boolean().optional(),
};

export const RecordValuesSchema = {
  body: z.strictObject({
    values: z
      .array(z.strictObject({ indicator: indicatorCodeField, zoneId: idField, period: periodField, ...valueFields }))
      .min(1)
      .max(MAX_VALUES_PER_REQUEST),
  }),
  response: { 201: z.object({ items: z.array(IndicatorValueDto) }) },
};
export type RecordValuesBody = z.infer<typeof RecordValuesSchema.body>;
export type ValueInput = RecordValuesBody['values'][number];

export const CorrectValueSchema = {
  params: idParam,
  /** What is left out is carried over from the version corrected. */
  body: z.strictObject({
    ...valueFields,
    source: sourceField.optional(),
    reason: requiredText(LIMITS.commentMax),
  }),
  response: { 201: z.object({ value: IndicatorValueDto, previous: IndicatorValueDto }) },
};
export type CorrectValueBody = z.infer<typeof CorrectValueSchema.body>;

export const PublishValuesSchema = {
  body: z.strictObject({ ids: z.array(idField).min(1).max(MAX_VALUES_PER_REQUEST) }),
  response: { 200: z.object({ items: z.array(IndicatorValueDto) }) },
};

export const PublicIndicatorsSchema = { response: { 200: z.object({ items: z.array(PublicIndicatorDto) }) } };

export const PublicValuesSchema = {
  params: codeParam,
  querystring: z.strictObject(rangeQuery),
  response: { 200: z.object({ indicator: PublicIndicatorDto, items: z.array(PublicIndicatorValueDto) }) },
};
export type PublicValuesQuery = z.infer<typeof PublicValuesSchema.querystring>;

export const PublicZoneIndicatorsSchema = {
  params: idParam,
  response: { 200: z.object({ items: z.array(z.object({ indicator: PublicIndicatorDto, values: z.array(PublicIndicatorValueDto) })) }) },
};

/** One input of a derived figure: a stored value version (`valueId`), or a rank it was computed from. */
const DerivedInputDto = z.object({
  ref: z.string(),
  valueId: z.number().nullable(),
  zoneId: z.number().nullable(),
  period: z.string().nullable(),
  value: z.string(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).nullable(),
});

/** A figure computed from the values, with how: its method, parameters and inputs. */
export const DerivedFigureDto = z.object({
  method: z.enum(DERIVED_METHODS),
  value: z.string(),
  exact: z.string(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).nullable(),
  approximate: z.boolean(),
  inputQualifiers: z.array(z.enum(QUALIFIERS)),
  params: z.array(z.object({ name: z.string(), value: z.string() })),
  inputs: z.array(DerivedInputDto),
});
export type DerivedFigureDto = z.infer<typeof DerivedFigureDto>;

export const DerivedSchema = {
  params: codeParam,
  querystring: z.strictObject({
    zone: idText,
    period: periodField,
    /** The first year of 年均增长; without it, the zone's whole yearly series up to the period. */
    from: periodField.optional(),
  }),
  response: { 200: z.object({ indicator: IndicatorDto, zoneId: z.number(), period: z.string(), value: IndicatorValueDto.nullable(), figures: z.array(DerivedFigureDto) }) },
};
export type DerivedQuery = z.infer<typeof DerivedSchema.querystring>;
