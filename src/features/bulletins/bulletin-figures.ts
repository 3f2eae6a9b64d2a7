/**
 * A bulletin's figures evaluated: each spec (an indicator value, a figure derived from values, a
 * count of recognised innovations) read from the data now, written as a bulletin writes it
 * (约110万元, 增长55%, 由第43位升至第35位, 22项) in both languages, with what it is, how it was
 * computed and every input with its source. The indicators feature computes the figures; here they
 * are found, worded and traced. A figure the data does not allow is `available: false` with why.
 *
 * Figures are read as the issuing office sees them (its zone subtree), whoever reads the draft,
 * so the figures an editor saw are the ones the bulletin is issued with.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../kernel/actor.js';
import { AppError } from '../../kernel/errors.js';
import type { Label } from '../../shared/enums.js';
import { BULLETIN_COUNT_LABELS, BULLETIN_FIGURE_KIND_LABELS, type BulletinCount } from '../../shared/bulletins.enums.js';
import type { InnovationStatus } from '../../shared/innovations.enums.js';
import type { PowerLevel } from '../../shared/powers.enums.js';
import { formatGrowth, formatQuantity, formatRankChange } from '../../shared/indicators/format.js';
import { DERIVED_METHOD_TEXTS, ROUNDING_NOTE } from '../../shared/indicators/labels.js';
import { formatPeriod } from '../../shared/indicators/periods.js';
import { formatMessage, type MessageKey, type MessageParams } from '../../shared/messages.js';
import { derivedFigures } from '../indicators/derived.service.js';
import type { DerivedFigureDto } from '../indicators/indicators.schema.js';
import { valueCitations, type ValueCitation } from '../indicators/value-citations.js';
import { recognisedInnovationsUnder } from '../innovations/innovation-counts.js';
import { delegationsUnder } from '../powers/delegation-counts.js';
import './bulletins.messages.js';
import type { FigureDto, FigureSpec } from './bulletins.schema.js';

export type FigureRequest = { key: string; spec: FigureSpec; headlineLabel?: string | null };
/** A zone as figures name it. */
export type ZoneName = { id: number; path: string; name: string; nameEn: string | null; shortName: string };
type Derived = Awaited<ReturnType<typeof derivedFigures>>;

/** A record a count counts, as its input shows it. */
type Counted = { id: number; name: string; zoneId: number; isSample: boolean; link: 'innovationId' | 'delegationId' };
const innovations = (statuses: InnovationStatus[]) => async (db: Kysely<Database>, paths: string[]): Promise<Counted[]> =>
  (await recognisedInnovationsUnder(db, paths, statuses)).map((row) => ({ id: row.id, name: row.name, zoneId: row.zoneId, isSample: false, link: 'innovationId' as const }));
const delegations = (level: PowerLevel) => async (db: Kysely<Database>, paths: string[]): Promise<Counted[]> =>
  (await delegationsUnder(db, paths, level)).map((row) => ({ id: row.id, name: `${row.name}（${row.code}）`, zoneId: row.zoneId, isSample: row.isSample, link: 'delegationId' as const }));
const COUNTERS: Record<BulletinCount, (db: Kysely<Database>, paths: string[]) => Promise<Counted[]>> = {
  recognized_innovations: innovations(['recognized', 'province_replicated', 'nation_replicated']),
  province_replicated_innovations: innovations(['province_replicated', 'nation_replicated']),
  nation_replicated_innovations: innovations(['nation_replicated']),
  province_delegated_powers: delegations('province'),
  city_delegated_powers: delegations('city'),
  county_delegated_powers: delegations('county'),
};

const both = (key: MessageKey, params: MessageParams = {}): Label => ({ zh: formatMessage(key, 'zh', params), en: formatMessage(key, 'en', params) });
const zoneLabel = (zone: ZoneName | undefined, fallback: number): Label => ({ zh: zone?.shortName ?? String(fallback), en: zone?.nameEn ?? zone?.shortName ?? String(fallback) });
const periodLabel = (period: string): Label => ({ zh: formatPeriod(period, 'zh'), en: formatPeriod(period, 'en') });

/** Growth as written, with 约 where it is built on qualified inputs: 增长约55% / up about 55%. */
function growthText(figure: DerivedFigureDto): Label {
  const zh = formatGrowth(figure.value, 'zh');
  const en = formatGrowth(figure.value, 'en');
  if (!figure.approximate) return { zh, en };
  return { zh: zh.replace(/^(增长|下降)/, '$1约'), en: en.replace(/^(up|down) /, '$1 about ') };
}

function derivedText(figure: DerivedFigureDto): Label {
  const param = (name: string) => figure.params.find((p) => p.name === name)?.value;
  if (figure.method === 'rank_change') {
    const change = { from: Number(param('fromRank')), to: Number(param('toRank')) };
    return { zh: formatRankChange(change, 'zh'), en: formatRankChange(change, 'en') };
  }
  if (figure.method === 'yoy_growth' || figure.method === 'cagr' || figure.method === 'mean_growth') return growthText(figure);
  const quantity = { value: figure.value, unit: figure.unit, qualifier: figure.qualifier };
  return { zh: formatQuantity(quantity, 'zh'), en: formatQuantity(quantity, 'en') };
}

function citedInput(citation: ValueCitation | undefined, input: { valueId: number | null; zoneId: number | null; period: string | null; text: Label }, zones: Map<number, ZoneName>): FigureDto['inputs'][number] {
  const zone = input.zoneId === null ? undefined : zones.get(input.zoneId);
  return {
    valueId: input.valueId,
    innovationId: null,
    zoneId: input.zoneId,
    zoneName: zone?.name ?? citation?.zoneName ?? null,
    period: input.period,
    text: input.text,
    source: citation?.source ?? null,
    sourceSentence: citation?.sourceSentence ?? null,
    isSample: citation?.isSample ?? false,
  };
}

/**
 * Evaluates every figure of one bulletin. `office` is the context figures are read in (the issuing
 * office's scope); `coverage` the zones a count without its own zones is taken over.
 */
export async function evaluateFigures(
  db: Kysely<Database>,
  office: RequestContext,
  zones: Map<number, ZoneName>,
  coverage: readonly number[],
  figures: readonly FigureRequest[],
): Promise<FigureDto[]> {
  // One read per indicator, zone, period (and first year): a value and its derived figures together.
  const reads = new Map<string, Promise<Derived | AppError>>();
  const read = (spec: Extract<FigureSpec, { indicator: string }>) => {
    const from = spec.kind === 'derived' ? spec.from : undefined;
    const key = [spec.indicator, spec.zoneId, spec.period, from ?? ''].join('|');
    if (!reads.has(key)) {
      reads.set(key, derivedFigures(db, office, spec.indicator, { zone: spec.zoneId, period: spec.period, ...(from ? { from } : {}) }).catch((error: unknown) => {
        if (error instanceof AppError && error.statusCode < 500) return error;
        throw error;
      }));
    }
    return reads.get(key)!;
  };
  const results = await Promise.all(figures.map(async (figure) => ({ figure, outcome: figure.spec.kind === 'count' ? null : await read(figure.spec) })));
  const valueIds = results.flatMap(({ outcome }) => (outcome && !(outcome instanceof AppError) ? [outcome.value?.id ?? 0, ...outcome.figures.flatMap((f) => f.inputs.map((i) => i.valueId ?? 0))] : []));
  const citations = await valueCitations(db, valueIds.filter((id) => id > 0));
  return Promise.all(results.map(({ figure, outcome }) => (figure.spec.kind === 'count' ? countFigure(db, figure, figure.spec, zones, coverage) : indicatorFigure(figure, outcome!, citations, zones))));
}

function base(figure: FigureRequest, label: Label, explanation: Label): FigureDto {
  return {
    key: figure.key,
    kind: figure.spec.kind,
    spec: figure.spec,
    headlineLabel: figure.headlineLabel ?? null,
    available: false,
    text: null,
    value: null,
    unit: null,
    qualifier: null,
    approximate: false,
    label,
    explanation,
    inputs: [],
    problem: null,
  };
}

function indicatorFigure(figure: FigureRequest, outcome: Derived | AppError, citations: Map<number, ValueCitation>, zones: Map<number, ZoneName>): FigureDto {
  const spec = figure.spec as Extract<FigureSpec, { indicator: string }>;
  const where = zoneLabel(zones.get(spec.zoneId), spec.zoneId);
  const when = periodLabel(spec.period);
  if (outcome instanceof AppError) {
    return { ...base(figure, { zh: `${where.zh}${when.zh}`, en: `${where.en}, ${when.en}` }, BULLETIN_FIGURE_KIND_LABELS[spec.kind]), problem: both(outcome.code, outcome.params) };
  }
  const name: Label = { zh: outcome.definition.name_zh, en: outcome.definition.name_en };
  if (spec.kind === 'value') {
    const label = { zh: `${where.zh}${when.zh}${name.zh}`, en: `${name.en}, ${where.en}, ${when.en}` };
    const value = outcome.value;
    const explanation: Label = { zh: '录入并核对的数值，按来源所述写出（保留“约”“超”等修饰词）。', en: 'A recorded value, written as its source states it (with words such as "about" kept).' };
    if (!value) return { ...base(figure, label, explanation), problem: both('BULLETIN_FIGURE_NO_VALUE', { zone: where.zh, period: when.zh }) };
    const text = { zh: formatQuantity(value, 'zh'), en: formatQuantity(value, 'en') };
    const input = citedInput(citations.get(value.id), { valueId: value.id, zoneId: value.zoneId, period: value.period, text }, zones);
    return { ...base(figure, label, explanation), available: true, text, value: value.value, unit: value.unit, qualifier: value.qualifier, approximate: value.qualifier !== null, inputs: [input] };
  }
  const texts = DERIVED_METHOD_TEXTS[spec.method];
  const label = { zh: `${where.zh}${when.zh}${name.zh}${texts.label.zh}`, en: `${texts.label.en} of ${name.en}, ${where.en}, ${when.en}` };
  const isPercent = spec.method !== 'rank' && spec.method !== 'rank_change';
  const explanation = isPercent ? { zh: `${texts.explanation.zh}${ROUNDING_NOTE.zh}`, en: `${texts.explanation.en} ${ROUNDING_NOTE.en}` } : texts.explanation;
  const derived = outcome.figures.find((f) => f.method === spec.method);
  if (!derived) return { ...base(figure, label, explanation), problem: both('BULLETIN_FIGURE_NOT_COMPUTABLE') };
  const inputs = derived.inputs.map((input) => {
    const quantity = { value: input.value, unit: input.unit, qualifier: input.qualifier };
    const text = { zh: formatQuantity(quantity, 'zh'), en: formatQuantity(quantity, 'en') };
    return citedInput(input.valueId === null ? undefined : citations.get(input.valueId), { valueId: input.valueId, zoneId: input.zoneId, period: input.period, text }, zones);
  });
  return {
    ...base(figure, label, explanation),
    available: true,
    text: derivedText(derived),
    value: derived.value,
    unit: derived.unit,
    qualifier: derived.qualifier,
    approximate: derived.approximate,
    inputs,
  };
}

async function countFigure(db: Kysely<Database>, figure: FigureRequest, spec: Extract<FigureSpec, { kind: 'count' }>, zones: Map<number, ZoneName>, coverage: readonly number[]): Promise<FigureDto> {
  const zoneIds = spec.zoneIds ?? coverage;
  const paths = zoneIds.flatMap((id) => (zones.has(id) ? [zones.get(id)!.path] : []));
  const counted = await COUNTERS[spec.count](db, paths);
  const label = BULLETIN_COUNT_LABELS[spec.count];
  const n = String(counted.length);
  return {
    ...base(figure, label, DERIVED_METHOD_TEXTS.count.explanation),
    available: true,
    text: { zh: `${n}项`, en: n },
    value: n,
    unit: 'item',
    inputs: counted.map((record) => ({
      valueId: null,
      innovationId: record.link === 'innovationId' ? record.id : null,
      delegationId: record.link === 'delegationId' ? record.id : null,
      zoneId: record.zoneId,
      zoneName: zones.get(record.zoneId)?.name ?? null,
      period: null,
      text: { zh: record.name, en: record.name },
      source: null,
      sourceSentence: null,
      isSample: record.isSample,
    })),
  };
}
