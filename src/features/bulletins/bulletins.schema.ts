/**
 * 简报 routes: drafts an office composes (报头, sections whose text cites figures as {{key}},
 * the figures each a live reference to the data), the issue and withdraw steps, and the public
 * view of issued bulletins. A figure travels with its value, how it was computed and its inputs.
 */
import { z } from 'zod';
import {
  BULLETIN_COUNTS,
  BULLETIN_DERIVED_METHODS,
  BULLETIN_FIGURE_KINDS,
  BULLETIN_STATUSES,
  FIGURE_KEY,
} from '../../shared/bulletins.enums.js';
import { QUALIFIERS, UNITS } from '../../shared/indicators.enums.js';
import { LIMITS } from '../../shared/limits.js';
import { idField, idParam, idText, nameField, optionalText, pageQuery, plainText, textField } from '../../shared/schemas.js';
import { indicatorCodeField, periodField } from '../indicators/indicators.schema.js';

const LabelDto = z.object({ zh: z.string(), en: z.string() });
const MAX_SECTIONS = 40;
const MAX_FIGURES = 200;
const MAX_COVERAGE = 60;
const SECTION_BODY_MAX = 20_000;

/** What a figure cites; see BULLETIN_FIGURE_KINDS. */
export const FigureSpec = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('value'), indicator: indicatorCodeField, zoneId: idField, period: periodField }),
  z.strictObject({
    kind: z.literal('derived'),
    indicator: indicatorCodeField,
    zoneId: idField,
    period: periodField,
    method: z.enum(BULLETIN_DERIVED_METHODS),
    /** The first year of 年均增长 (cagr, mean_growth). */
    from: periodField.optional(),
  }),
  /** Over `zoneIds`, or the bulletin's coverage when left out. */
  z.strictObject({ kind: z.literal('count'), count: z.enum(BULLETIN_COUNTS), zoneIds: z.array(idField).min(1).max(MAX_COVERAGE).optional() }),
]);
export type FigureSpec = z.infer<typeof FigureSpec>;

const FigureKey = z.string().regex(FIGURE_KEY, 'bulletin_figure_key');

export const FigureBody = z.strictObject({
  key: FigureKey,
  spec: FigureSpec,
  /** Shown in the headline-figures box under this label when set. */
  headlineLabel: nameField(60).nullable().optional(),
});

export const SectionBody = z.strictObject({ heading: nameField(LIMITS.nameMax), body: textField(SECTION_BODY_MAX) });

export const BulletinBody = z.strictObject({
  zoneId: idField,
  title: nameField(LIMITS.nameMax),
  issueNo: z.number().int().min(1).max(9999),
  issuer: nameField(LIMITS.nameMax),
  headline: nameField(LIMITS.nameMax),
  periodLabel: nameField(60).nullable().optional(),
  coverage: z.array(idField).max(MAX_COVERAGE).default([]),
  sections: z.array(SectionBody).max(MAX_SECTIONS).default([]),
  figures: z.array(FigureBody).max(MAX_FIGURES).default([]),
  internalNote: optionalText(LIMITS.textMax),
});
export type BulletinBody = z.infer<typeof BulletinBody>;
/** An edit replaces the whole draft and names the version it was made on (a stale one: 409). */
export const UpdateBulletinBody = BulletinBody.omit({ zoneId: true }).extend({ version: z.number().int().min(1).max(2_147_483_647) });
export type UpdateBulletinBody = z.infer<typeof UpdateBulletinBody>;

const InputDto = z.object({
  /** A stored value version, when the input is one. */
  valueId: z.number().nullable(),
  /** A counted record (an innovation), when the input is one. */
  innovationId: z.number().nullable(),
  /** A counted delegated item (放权事项), when the input is one (absent from figures frozen before they were counted). */
  delegationId: z.number().nullable().optional(),
  zoneId: z.number().nullable(),
  zoneName: z.string().nullable(),
  period: z.string().nullable(),
  text: LabelDto,
  source: z.string().nullable(),
  sourceSentence: z.string().nullable(),
  isSample: z.boolean(),
});

/** A figure as evaluated: live for a draft, as frozen for an issued bulletin. */
export const FigureDto = z.object({
  key: z.string(),
  kind: z.enum(BULLETIN_FIGURE_KINDS),
  spec: FigureSpec,
  headlineLabel: z.string().nullable(),
  available: z.boolean(),
  /** As the text writes it: 约110万元, 增长55%, 由第43位升至第35位, 22项. */
  text: LabelDto.nullable(),
  value: z.string().nullable(),
  unit: z.enum(UNITS).nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  approximate: z.boolean(),
  /** What it is and how it was computed. */
  label: LabelDto,
  explanation: LabelDto,
  inputs: z.array(InputDto),
  /** Why it cannot be computed now (no value for the period, no year before…). */
  problem: LabelDto.nullable(),
});
export type FigureDto = z.infer<typeof FigureDto>;

/** A paragraph's runs: text, and the figures it cites in place. */
export const RunDto = z.union([z.object({ text: z.string() }), z.object({ figure: z.string() })]);
export type RunDto = z.infer<typeof RunDto>;
const SectionDto = z.object({ heading: z.string(), body: z.string(), paragraphs: z.array(z.array(RunDto)) });

const ZoneRef = z.object({ id: z.number(), name: z.string(), nameEn: z.string().nullable() });

export const BulletinSummaryDto = z.object({
  id: z.number(),
  zone: ZoneRef,
  title: z.string(),
  issueNo: z.number(),
  issuer: z.string(),
  headline: z.string(),
  periodLabel: z.string().nullable(),
  status: z.enum(BULLETIN_STATUSES),
  issuedOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type BulletinSummaryDto = z.infer<typeof BulletinSummaryDto>;

export const BulletinDto = BulletinSummaryDto.extend({
  coverage: z.array(ZoneRef),
  sections: z.array(SectionDto),
  figures: z.array(FigureDto),
  /** The figures are live references (a draft) or as issued. */
  live: z.boolean(),
  /** The issued bulletin's files: made by a job after 印发 (its id, for the progress bar), then downloadable. */
  files: z.object({ pdf: z.boolean(), docx: z.boolean(), renderJobId: z.number().nullable(), missingGlyphs: z.array(z.string()) }),
  version: z.number(),
  internalNote: z.string().nullable(),
  events: z.array(z.object({ action: z.string(), fromStatus: z.string(), toStatus: z.string(), issuedOn: z.string().nullable(), comment: z.string().nullable(), at: z.string() })),
  abilities: z.object({ update: z.boolean(), delete: z.boolean(), issue: z.boolean(), withdraw: z.boolean() }),
});
export type BulletinDto = z.infer<typeof BulletinDto>;

export const PublicBulletinDto = BulletinSummaryDto.omit({ updatedAt: true }).extend({
  files: z.object({ pdf: z.boolean(), docx: z.boolean() }),
  coverage: z.array(ZoneRef),
  sections: z.array(SectionDto),
  figures: z.array(FigureDto),
});
export type PublicBulletinDto = z.infer<typeof PublicBulletinDto>;

export const ListBulletinsSchema = {
  querystring: z.strictObject({ status: z.enum(BULLETIN_STATUSES).optional(), zoneId: idText.optional(), q: plainText(100).optional(), ...pageQuery }),
  response: { 200: z.object({ items: z.array(BulletinSummaryDto), total: z.number() }) },
};
export type ListBulletinsQuery = z.infer<typeof ListBulletinsSchema.querystring>;
export const CreateBulletinSchema = { body: BulletinBody, response: { 201: z.object({ bulletin: BulletinDto }) } };
export const GetBulletinSchema = { params: idParam, response: { 200: z.object({ bulletin: BulletinDto }) } };
export const UpdateBulletinSchema = { params: idParam, body: UpdateBulletinBody, response: { 200: z.object({ bulletin: BulletinDto }) } };
export const DeleteBulletinSchema = { params: idParam, response: { 204: z.null() } };
export const EvaluateFigureSchema = { body: z.strictObject({ zoneId: idField, coverage: z.array(idField).max(MAX_COVERAGE).default([]), figure: FigureBody }), response: { 200: z.object({ figure: FigureDto }) } };

export const PublicListBulletinsSchema = {
  querystring: z.strictObject({ q: plainText(100).optional(), ...pageQuery }),
  response: { 200: z.object({ items: z.array(BulletinSummaryDto.omit({ updatedAt: true })), total: z.number() }) },
};
export type PublicListBulletinsQuery = z.infer<typeof PublicListBulletinsSchema.querystring>;
export const PublicGetBulletinSchema = { params: idParam, response: { 200: z.object({ bulletin: PublicBulletinDto }) } };

/** What 印发 freezes: the zones covered, the text and the figures as they stood (the files and the reader read only this). */
export type FrozenDocument = { coverage: BulletinDto['coverage']; sections: BulletinDto['sections']; figures: FigureDto[] };
