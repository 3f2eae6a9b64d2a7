/**
 * 指标看板 (dashboards): the formation ranking, the zone comparison, a zone's trend and the
 * overview of economic figures beside innovation counts — for staff (their scope) and the
 * public (published values only). Values are decimal strings with their qualifier and the
 * figure as written in the request language (`text`: 约110万元).
 */
import { z } from 'zod';
import { QUALIFIERS, UNITS } from '../../shared/indicators.enums.js';
import { idText } from '../../shared/schemas.js';
import { codeParam, indicatorCodeField, periodField, PublicIndicatorDto } from './indicators.schema.js';

const MAX_ZONES = 20;
const MAX_INDICATORS = 10;

/** "1,2,3": distinct zone ids, at most 20. */
const zoneList = z
  .string()
  .regex(/^\d{1,9}(,\d{1,9}){0,19}$/, 'indicator_zone_list')
  .transform((text) => [...new Set(text.split(',').map(Number))])
  .pipe(z.array(z.number().int().positive()).min(1).max(MAX_ZONES));
const codeList = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,47}(,[a-z][a-z0-9_]{1,47}){0,9}$/, 'indicator_code_list')
  .transform((text) => [...new Set(text.split(','))])
  .pipe(z.array(indicatorCodeField).min(1).max(MAX_INDICATORS));

/** A value on a chart: how much, how qualified, written out, and whether it is a sample (示例). */
const ChartValue = z.object({
  period: z.string(),
  value: z.string(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).nullable(),
  text: z.string(),
  isSample: z.boolean(),
});
export type ChartValue = z.infer<typeof ChartValue>;
const ZoneRef = z.object({ zoneId: z.number(), zoneName: z.string() });

export const RankingQuery = z.strictObject({
  period: periodField,
  /** Rank the children of this zone; without it, every pilot zone (协同改革先行区). */
  parent: idText.optional(),
});
export const SeriesQuery = z.strictObject({ zones: zoneList, from: periodField.optional(), to: periodField.optional() });
export const TrendQuery = z.strictObject({ zone: idText, from: periodField.optional(), to: periodField.optional() });
export const OverviewQuery = z.strictObject({ indicators: codeList, parent: idText.optional() });
export type RankingQuery = z.infer<typeof RankingQuery>;
export type SeriesQuery = z.infer<typeof SeriesQuery>;
export type TrendQuery = z.infer<typeof TrendQuery>;
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export const RankingDto = z.object({
  indicator: PublicIndicatorDto,
  period: z.string(),
  previousPeriod: z.string().nullable(),
  parent: ZoneRef.nullable(),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  /** How many zones are ranked (have a value in the period). */
  of: z.number(),
  items: z.array(
    ZoneRef.extend({
      rank: z.number(),
      value: ChartValue,
      /** The rank in the previous period among the same peers, and the places climbed (a fall is negative). */
      previousRank: z.number().nullable(),
      rankChange: z.number().nullable(),
    }),
  ),
  /** Peers without a value in the period: listed, never ranked last. */
  unranked: z.array(ZoneRef),
});
export type RankingDto = z.infer<typeof RankingDto>;

export const SeriesDto = z.object({
  indicator: PublicIndicatorDto,
  periods: z.array(z.string()),
  zones: z.array(ZoneRef.extend({ values: z.array(ChartValue) })),
});
export type SeriesDto = z.infer<typeof SeriesDto>;

export const TrendDto = z.object({
  indicator: PublicIndicatorDto,
  zone: ZoneRef,
  /** For a cumulative (累计值) indicator by month or quarter: each period's own value is derived. */
  derivesPeriodic: z.boolean(),
  points: z.array(
    z.object({
      period: z.string(),
      value: ChartValue.nullable(),
      /** The period's own value (当月值) from the cumulative ones; null with the periods it lacks. */
      periodic: z.string().nullable(),
      periodicText: z.string().nullable(),
      missing: z.array(z.string()),
    }),
  ),
});
export type TrendDto = z.infer<typeof TrendDto>;

export const OverviewDto = z.object({
  indicators: z.array(PublicIndicatorDto),
  parent: ZoneRef.nullable(),
  rows: z.array(
    ZoneRef.extend({
      /** Per requested indicator (same order), the zone's latest value, or null. */
      figures: z.array(ChartValue.nullable()),
      recognized: z.number(),
      provinceReplicated: z.number(),
      nationReplicated: z.number(),
    }),
  ),
});
export type OverviewDto = z.infer<typeof OverviewDto>;

export const DASHBOARD_SCHEMAS = {
  ranking: { params: codeParam, querystring: RankingQuery, dto: RankingDto },
  series: { params: codeParam, querystring: SeriesQuery, dto: SeriesDto },
  trend: { params: codeParam, querystring: TrendQuery, dto: TrendDto },
} as const;
