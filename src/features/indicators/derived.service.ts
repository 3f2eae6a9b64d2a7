/**
 * 派生指标: the figures computed from one zone's value for a period — 同比增长, 年均增长 (compound
 * and arithmetic mean, over the zone's yearly series or from a given period), 占上级比重 and 排名
 * among the sibling zones with its change on a year before — each with its method, parameters and
 * the stored value versions it was computed from (the shared library, src/shared/indicators,
 * does the arithmetic; here the values are found). Never typed in, computed per request.
 *
 * Everything is read in the viewer's scope: a zone outside it is 404, and a rank is among the
 * sibling zones the viewer may see (none is given below two). A figure the data does not allow
 * (no value a year before, a base of zero) is left out rather than refused: the answer says what
 * can be computed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isInScope, type RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { viewerOf } from '../../kernel/viewer.js';
import { getZone } from '../zones/zones.service.js';
import { samePeriodLastYear } from '../../shared/indicators/periods.js';
import { FigureError } from '../../shared/indicators/errors.js';
import type { DerivedFigure, FigureInput } from '../../shared/indicators/derived/figure.js';
import { cagr, meanGrowth, yoyGrowth } from '../../shared/indicators/derived/growth.js';
import { share } from '../../shared/indicators/derived/share.js';
import { rankChange, rankOf, rankPeers, type RankDirection } from '../../shared/indicators/derived/rank.js';
import { assertPeriodKind } from './indicator-units.js';
import { listVisibleValues, type DefinitionRow, type ValueRow } from './indicators.repo.js';
import { requireIndicatorStaff } from './indicators.policy.js';
import { getDefinition, presentValue } from './indicators.service.js';
import type { DerivedFigureDto, DerivedQuery } from './indicators.schema.js';

const refOf = (row: ValueRow) => `value:${row.id}`;
const inputOf = (row: ValueRow, definition: DefinitionRow): FigureInput => ({
  ref: refOf(row),
  quantity: { value: row.value, unit: definition.unit, qualifier: row.qualifier },
  period: row.period,
  zone: String(row.zone_id),
});

/** A figure, or nothing where the data does not allow it (the library's refusals). */
function attempt<F>(compute: () => F): F[] {
  try {
    return [compute()];
  } catch (error) {
    if (error instanceof FigureError) return [];
    throw error;
  }
}

const isChildOf = (path: string, parentPath: string) => path.startsWith(parentPath) && /^\d+\/$/.test(path.slice(parentPath.length));

export async function derivedFigures(db: Kysely<Database>, context: RequestContext, code: string, query: DerivedQuery) {
  requireIndicatorStaff(context.actor);
  const definition = await getDefinition(db, code);
  const zone = await getZone(db, query.zone);
  if (!isInScope(context.actor, zone.path)) throw notFound();
  assertPeriodKind(query.period, definition.period_kind);
  if (query.from) {
    assertPeriodKind(query.from, definition.period_kind);
    if (query.from >= query.period) throw new AppError('INDICATOR_RANGE_ORDER');
  }
  const parent = zone.parent_id === null ? null : await getZone(db, zone.parent_id);
  // One read: the parent's subtree (the zone, its siblings, the parent itself) up to the period.
  const rows = await listVisibleValues(db, viewerOf(context), { indicatorId: definition.id, zonePath: (parent ?? zone).path, to: query.period });
  const own = rows.filter((row) => row.zone_id === zone.id);
  const at = (period: string | null, zoneId = zone.id) => (period === null ? undefined : rows.find((row) => row.zone_id === zoneId && row.period === period));
  const current = at(query.period);
  const figures: DerivedFigure[] = [];
  if (current) {
    const input = inputOf(current, definition);
    const yearBefore = at(samePeriodLastYear(query.period));
    if (yearBefore) figures.push(...attempt(() => yoyGrowth(input, inputOf(yearBefore, definition))));
    if (definition.period_kind === 'year') {
      const series = own.filter((row) => row.period <= query.period && (!query.from || row.period >= query.from)).sort((a, b) => a.period.localeCompare(b.period));
      if (series.length >= 3 || (query.from && series.length >= 2)) {
        const first = series[0]!;
        figures.push(...attempt(() => cagr(inputOf(first, definition), input)));
        figures.push(...attempt(() => meanGrowth(series.map((row) => inputOf(row, definition)))));
      }
    }
    const parentValue = parent ? at(query.period, parent.id) : undefined;
    if (parentValue) figures.push(...attempt(() => share(input, inputOf(parentValue, definition))));
    if (parent) figures.push(...siblingRanks(definition, rows, parent.path, zone.id, query.period));
  }
  return { definition, zoneId: zone.id, period: query.period, value: current ? presentValue(current, definition, context) : null, figures: figures.map(presentFigure) };
}

/** A figure as the API gives it: its inputs point at the stored value versions they are. */
function presentFigure(figure: DerivedFigure): DerivedFigureDto {
  return {
    method: figure.method,
    value: figure.value,
    exact: figure.exact,
    unit: figure.unit,
    qualifier: figure.qualifier,
    approximate: figure.approximate,
    inputQualifiers: figure.inputQualifiers,
    params: Object.entries(figure.params).map(([name, value]) => ({ name, value: String(value) })),
    inputs: figure.inputs.map((input) => ({
      ref: input.ref,
      valueId: input.ref.startsWith('value:') ? Number(input.ref.slice('value:'.length)) : null,
      zoneId: input.zone === undefined ? null : Number(input.zone),
      period: input.period ?? null,
      value: input.quantity.value,
      unit: input.quantity.unit,
      qualifier: input.quantity.qualifier,
    })),
  };
}

/** The zone's rank among the sibling zones with a value in the period, and its change on the same period a year before. */
function siblingRanks(definition: DefinitionRow, rows: readonly ValueRow[], parentPath: string, zoneId: number, period: string): DerivedFigure[] {
  // Ranks of ranks (a published position) go the other way: first is best.
  const direction: RankDirection = definition.unit === 'rank' ? 'lower_is_better' : 'higher_is_better';
  const ranking = (p: string | null) => {
    const peers = rows.filter((row) => row.period === p && isChildOf(row.zone_path, parentPath));
    return peers.length >= 2 && peers.some((row) => row.zone_id === zoneId) ? { peers, ranking: rankPeers(peers.map((row) => inputOf(row, definition)), direction) } : null;
  };
  const now = ranking(period);
  if (!now) return [];
  const ref = refOf(now.peers.find((row) => row.zone_id === zoneId)!);
  const rank = attempt(() => rankOf(now.ranking, ref));
  const earlierPeriod = samePeriodLastYear(period);
  const before = ranking(earlierPeriod);
  if (!before || rank.length === 0) return rank;
  const earlierRef = refOf(before.peers.find((row) => row.zone_id === zoneId)!);
  const earlier = attempt(() => rankOf(before.ranking, earlierRef));
  if (earlier.length === 0) return rank;
  const change = attempt(() =>
    rankChange(
      { ref: earlierRef, rank: Number(earlier[0]!.value), period: earlierPeriod!, of: before.ranking.of, source: 'computed' },
      { ref, rank: Number(rank[0]!.value), period, of: now.ranking.of, source: 'computed' },
    ),
  );
  return [...rank, ...change];
}
