/**
 * 放权赋能事项 routes: the catalogue (items, batches, delegations to zones), the as-of-day view
 * and the comparison of two days, case counts with processing time, the 放得下、接得住、用得好
 * view, and the public equivalents (nothing internal: no working notes, no abilities).
 */
import { z } from 'zod';
import { DATE_MIN, DATE_MAX, DATE_PRECISIONS, parsePartialDate, partialDateField } from '../../shared/partial-date.js';
import {
  DELEGATION_CHANGE_ACTIONS,
  DELEGATION_STATUSES,
  DELEGATION_TYPES,
  POWER_ITEM_TYPES,
  POWER_LEVELS,
  POWER_TIERS,
} from '../../shared/powers.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { dateField, idField, idParam, idText, nameField, optionalText, pageQuery, plainText, textField } from '../../shared/schemas.js';

/** A day, a month or a year that may lie ahead (a batch published today may take effect next month). */
const effectiveDateField = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'date_format', abort: true })
  .refine((value) => parsePartialDate(value) !== null, { message: 'date_invalid', abort: true })
  .refine((value) => parsePartialDate(value)!.on >= DATE_MIN && parsePartialDate(value)!.on <= DATE_MAX, 'date_range');

export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month_format');
const limitDays = z.number().int().min(1).max(3650);
const sourceField = textField(LIMITS.sourceMax).nullable().optional();

const ZoneRef = z.object({ id: z.number(), name: z.string(), nameEn: z.string().nullable() });

export const PowerItemDto = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  tier: z.enum(POWER_TIERS),
  name: z.string(),
  code: z.string(),
  itemType: z.enum(POWER_ITEM_TYPES),
  department: z.string(),
  implementingBody: z.string(),
  legalBasis: z.string(),
  legalLimitDays: z.number().nullable(),
  isSample: z.boolean(),
  source: z.string().nullable(),
});
export type PowerItemDto = z.infer<typeof PowerItemDto>;

export const PublicBatchDto = z.object({
  id: z.number(),
  level: z.enum(POWER_LEVELS),
  title: z.string(),
  document: z.string().nullable(),
  publishedOn: z.string().nullable(),
  publishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
  effectiveOn: z.string(),
  effectivePrecision: z.enum(DATE_PRECISIONS),
  isSample: z.boolean(),
  source: z.string().nullable(),
});
export const BatchDto = PublicBatchDto.extend({ internalNote: z.string().nullable() });
export type BatchDto = z.infer<typeof BatchDto>;

/** The terms a delegation had on the day asked about, and the change that set them. */
const AsOfDto = z.object({ on: z.string(), action: z.enum(DELEGATION_CHANGE_ACTIONS), effectiveOn: z.string(), batchId: z.number().nullable() });

export const PublicDelegationDto = z.object({
  id: z.number(),
  item: PowerItemDto,
  batch: PublicBatchDto,
  zone: ZoneRef,
  receivingBody: z.string().nullable(),
  delegationType: z.enum(DELEGATION_TYPES),
  entrustmentRef: z.string().nullable(),
  supervisionMeasures: z.string().nullable(),
  promisedLimitDays: z.number().nullable(),
  /** 承诺时限压缩率 (legal − promised) / legal, computed on every read. */
  compressionRate: z.number().nullable(),
  status: z.enum(DELEGATION_STATUSES),
  acceptedOn: z.string().nullable(),
  runningOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawnDocument: z.string().nullable(),
  isSample: z.boolean(),
  source: z.string().nullable(),
  asOf: AsOfDto.nullable(),
});
export const DelegationDto = PublicDelegationDto.extend({
  batch: BatchDto,
  internalNote: z.string().nullable(),
  abilities: z.object({ change: z.boolean(), recordCases: z.boolean(), take_up: z.boolean(), begin_operation: z.boolean(), revoke: z.boolean() }),
});
export type DelegationDto = z.infer<typeof DelegationDto>;
export type PublicDelegationDto = z.infer<typeof PublicDelegationDto>;

const ProcessingTimeDto = z.object({
  legalLimitDays: z.number().nullable(),
  promisedLimitDays: z.number().nullable(),
  compressionRate: z.number().nullable(),
  timedCases: z.number(),
  averageDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  /** The quickest timed case (最快X个工作日). */
  fastestDays: z.number().nullable(),
  slowerThanPromised: z.boolean(),
});
const CaseMonthDto = z.object({ month: z.string(), caseCount: z.number(), timedCases: z.number(), averageDays: z.number().nullable(), p90Days: z.number().nullable(), isSample: z.boolean() });
const EventDto = z.object({ action: z.string(), fromStatus: z.string(), toStatus: z.string(), occurredOn: z.string().nullable(), document: z.string().nullable(), comment: z.string().nullable(), at: z.string() });
const ChangeDto = z.object({
  id: z.number(),
  action: z.enum(DELEGATION_CHANGE_ACTIONS),
  effectiveOn: z.string(),
  batchId: z.number().nullable(),
  document: z.string().nullable(),
  delegationType: z.enum(DELEGATION_TYPES),
  entrustmentRef: z.string().nullable(),
  receivingBody: z.string().nullable(),
  promisedLimitDays: z.number().nullable(),
});

const listQuery = {
  /** The zone and everything under it; without it, every zone the viewer may see. */
  zone: idText.optional(),
  level: z.enum(POWER_LEVELS).optional(),
  status: z.enum(DELEGATION_STATUSES).optional(),
  /** 下放, 委托 or 授权 (with `on`, as in effect that day). */
  type: z.enum(DELEGATION_TYPES).optional(),
  itemType: z.enum(POWER_ITEM_TYPES).optional(),
  /** The catalogue as it stood on this day (the terms then in effect; withdrawn ones left out). */
  on: dateField.optional(),
  /** Words of the item's name or its code. */
  q: plainText(LIMITS.searchQueryMax).optional(),
  ...pageQuery,
};
export const ListDelegationsSchema = {
  querystring: z.strictObject(listQuery),
  response: { 200: z.object({ items: z.array(DelegationDto), total: z.number() }) },
};
export type ListDelegationsQuery = z.infer<typeof ListDelegationsSchema.querystring>;
export const PublicListDelegationsSchema = {
  querystring: z.strictObject({ ...listQuery, status: z.enum(DELEGATION_STATUSES).optional() }),
  response: { 200: z.object({ items: z.array(PublicDelegationDto), total: z.number() }) },
};

export const GetDelegationSchema = {
  params: idParam,
  response: {
    200: z.object({ delegation: DelegationDto, processingTime: ProcessingTimeDto, months: z.array(CaseMonthDto), changes: z.array(ChangeDto), events: z.array(EventDto) }),
  },
};
export const PublicGetDelegationSchema = {
  params: idParam,
  response: { 200: z.object({ delegation: PublicDelegationDto, processingTime: ProcessingTimeDto, months: z.array(CaseMonthDto), changes: z.array(ChangeDto) }) },
};

export const ItemBody = z.strictObject({
  parentId: idField.nullable().optional(),
  tier: z.enum(POWER_TIERS),
  name: nameField(200),
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, 'power_code_format'),
  itemType: z.enum(POWER_ITEM_TYPES),
  department: nameField(LIMITS.nameMax),
  implementingBody: nameField(LIMITS.nameMax),
  legalBasis: textField(LIMITS.textMax).pipe(z.string().min(1, 'not_blank')),
  legalLimitDays: limitDays.nullable().optional(),
  source: sourceField,
  internalNote: optionalText(),
});
export type ItemBody = z.infer<typeof ItemBody>;
export const CreateItemSchema = { body: ItemBody, response: { 201: z.object({ item: PowerItemDto }) } };
export const ListItemsSchema = {
  querystring: z.strictObject({ q: plainText(LIMITS.searchQueryMax).optional(), parentId: idText.optional(), ...pageQuery }),
  response: { 200: z.object({ items: z.array(PowerItemDto), total: z.number() }) },
};

export const BatchBody = z.strictObject({
  level: z.enum(POWER_LEVELS),
  title: nameField(LIMITS.nameMax),
  document: nameField(LIMITS.documentMax).nullable().optional(),
  /** A day, a month or a year (the sources often give only 2017-12). */
  publishedOn: partialDateField.nullable().optional(),
  effectiveOn: effectiveDateField,
  source: sourceField,
  internalNote: optionalText(),
});
export type BatchBody = z.infer<typeof BatchBody>;
export const CreateBatchSchema = { body: BatchBody, response: { 201: z.object({ batch: BatchDto }) } };
export const ListBatchesSchema = { response: { 200: z.object({ items: z.array(BatchDto) }) } };

const termsFields = {
  receivingBody: nameField(LIMITS.nameMax).nullable().optional(),
  delegationType: z.enum(DELEGATION_TYPES),
  entrustmentRef: nameField(LIMITS.documentMax).nullable().optional(),
  promisedLimitDays: limitDays.nullable().optional(),
};
export const CreateDelegationBody = z.strictObject({
  itemId: idField,
  batchId: idField,
  zoneId: idField,
  ...termsFields,
  supervisionMeasures: optionalText(),
  /** When it took effect for this zone, if not the batch's effective date. */
  effectiveOn: dateField.optional(),
  source: sourceField,
  internalNote: optionalText(),
});
export type CreateDelegationBody = z.infer<typeof CreateDelegationBody>;
export const CreateDelegationSchema = { body: CreateDelegationBody, response: { 201: z.object({ delegation: DelegationDto }) } };

/** A batch adjusts a delegation's terms (type, 委托书, receiving body, promise) from a day on. */
export const ChangeDelegationBody = z.strictObject({ batchId: idField, effectiveOn: dateField.optional(), ...termsFields });
export type ChangeDelegationBody = z.infer<typeof ChangeDelegationBody>;
export const ChangeDelegationSchema = { params: idParam, body: ChangeDelegationBody, response: { 200: z.object({ delegation: DelegationDto }) } };

export const MeasuresSchema = { params: idParam, body: z.strictObject({ supervisionMeasures: optionalText() }), response: { 200: z.object({ delegation: DelegationDto }) } };

export const MAX_TIMED_CASES = 5000;
export const RecordCasesBody = z.strictObject({
  month: monthField,
  caseCount: z.number().int().min(0).max(10_000_000),
  /** The month's completed cases with their dates, when the office keeps them: the durations are counted in working days and only they are kept. */
  cases: z.array(z.strictObject({ receivedOn: dateField, completedOn: dateField })).max(MAX_TIMED_CASES).default([]),
});
export type RecordCasesBody = z.infer<typeof RecordCasesBody>;
export const RecordCasesSchema = { params: idParam, body: RecordCasesBody, response: { 200: z.object({ month: CaseMonthDto, processingTime: ProcessingTimeDto }) } };

const FlaggedDto = z.object({
  id: z.number(),
  itemName: z.string(),
  itemCode: z.string(),
  zone: ZoneRef,
  cases: z.number(),
  averageDays: z.number().nullable(),
  promisedLimitDays: z.number().nullable(),
  isSample: z.boolean(),
});
const CountsDto = z.record(z.string(), z.number());
export const StatsDto = z.object({
  months: z.number(),
  firstMonth: z.string(),
  lastMonth: z.string(),
  byLevel: CountsDto,
  byType: CountsDto,
  byStatus: CountsDto,
  byItemType: CountsDto,
  /** 放得下: delegations not withdrawn; 接得住: taken up or running; 用得好: with cases in the months; slower than promised over them. */
  delegated: z.number(),
  takenUp: z.number(),
  used: z.number(),
  slow: z.number(),
  zeroUse: z.object({ total: z.number(), items: z.array(FlaggedDto) }),
  slowItems: z.object({ total: z.number(), items: z.array(FlaggedDto) }),
  /**
   * Processing time of the delegations taken up, over the months: their cases, the timed ones pooled
   * (average working days), how many have a promised limit, and the mean 承诺时限压缩率 of those with both limits.
   */
  processingTime: z.object({ cases: z.number(), timedCases: z.number(), averageDays: z.number().nullable(), withPromise: z.number(), averageCompressionRate: z.number().nullable() }),
  trend: z.array(z.object({ month: z.string(), cases: z.number(), itemsUsed: z.number() })),
});
export type StatsDto = z.infer<typeof StatsDto>;
export const StatsQuery = z.strictObject({
  zone: idText.optional(),
  /** N: the months of cases that count as use (default 12). */
  months: z.coerce.number().int().min(1).max(120).default(12),
  /** The last month counted (default: this month). */
  until: monthField.optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;
export const StatsSchema = { querystring: StatsQuery, response: { 200: StatsDto } };

const CompareEntryDto = z.object({ delegation: PublicDelegationDto, before: ChangeDto.nullable(), after: ChangeDto.nullable() });
export const CompareQuery = z.strictObject({ from: dateField, to: dateField, zone: idText.optional() });
export const CompareDto = z.object({ from: z.string(), to: z.string(), added: z.array(CompareEntryDto), changed: z.array(CompareEntryDto), withdrawn: z.array(CompareEntryDto) });
export type CompareDto = z.infer<typeof CompareDto>;
export const CompareSchema = { querystring: CompareQuery, response: { 200: CompareDto } };
