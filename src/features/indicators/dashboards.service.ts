/**
 * 指标看板: what the charts show, computed from the stored values on each request.
 * - ranking (雁阵): the peers (a parent zone's children, or every pilot zone) ranked by one
 *   indicator in one period, with each peer's rank in the previous period and the places climbed;
 * - series: several zones' values of one indicator over a range of periods (the comparison);
 * - trend: one zone's series; for a cumulative (累计值) indicator by month or quarter, each
 *   period's own value derived by the shared library (never guessed: a gap says what it lacks);
 * - overview: per peer zone, its latest value of each chosen indicator beside the counts of
 *   recognised and replicated innovations (the innovations feature's public counts).
 * Staff read their scope (the values they may see; zones outside it are 404 or left out), the
 * public reads published values only. The arithmetic is the shared library's.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isInScope, type RequestContext } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { PUBLIC_VIEWER, viewerOf } from '../../kernel/viewer.js';
import type { Lang } from '../../shared/enums.js';
import { cumulativeToPeriodic } from '../../shared/indicators/cumulative-periods.js';
import { rankPeers, type RankDirection } from '../../shared/indicators/derived/rank.js';
import { formatQuantity } from '../../shared/indicators/format.js';
import { periodSpan, previousPeriod } from '../../shared/indicators/periods.js';
import { getZone } from '../zones/zones.service.js';
import { formationCounts } from '../innovations/replication.service.js';
import { assertPeriodKind } from './indicator-units.js';
import { chartValuesQuery, findDefinition, hasPublishedValues, listLatestValues, listPeerZones, listPublishedValues, listVisibleValues, type ChartRow, type DefinitionRow, type ValueFilter } from './indicators.repo.js';
import { requireIndicatorStaff } from './indicators.policy.js';
import { presentPublicDefinition } from './indicators.service.js';
import type { ChartValue, OverviewDto, OverviewQuery, RankingDto, RankingQuery, SeriesDto, SeriesQuery, TrendDto, TrendQuery } from './dashboards.schema.js';

type Db = Kysely<Database>;
/** Who reads: staff in their scope, or the public (published values only). */
export type Reader = { kind: 'staff'; context: RequestContext } | { kind: 'public' };
type ZoneLike = { id: number; name: string; path: string; parent_id: number | null; type: string };

function canSee(reader: Reader, zone: ZoneLike): boolean {
  return reader.kind === 'public' || isInScope(reader.context.actor, zone.path);
}

/** The definition for this reader: any for staff; for the public only one with published values. */
async function definitionFor(db: Db, reader: Reader, code: string): Promise<DefinitionRow> {
  if (reader.kind === 'staff') requireIndicatorStaff(reader.context.actor);
  const definition = await findDefinition(db, code);
  if (!definition || (reader.kind === 'public' && !(await hasPublishedValues(db, definition.id)))) throw notFound();
  return definition;
}

/** What the charts show of the values (not who recorded them, notes, timestamps). */
function readValues(db: Db, reader: Reader, filter: ValueFilter): Promise<ChartRow[]> {
  return reader.kind === 'staff' ? listVisibleValues(db, viewerOf(reader.context), filter, chartValuesQuery) : listPublishedValues(db, filter, chartValuesQuery);
}

/** A zone the reader may name: 404 when it is not there or outside a staff member's scope. */
async function zoneFor(db: Db, reader: Reader, id: number): Promise<ZoneLike> {
  const zone = await getZone(db, id);
  if (!canSee(reader, zone)) throw notFound();
  return zone;
}

function checkRange(definition: DefinitionRow, from: string | undefined, to: string | undefined) {
  if (from) assertPeriodKind(from, definition.period_kind);
  if (to) assertPeriodKind(to, definition.period_kind);
  if (from && to && from > to) throw new AppError('INDICATOR_RANGE_ORDER');
}

export function chartValue(row: ChartRow, definition: DefinitionRow, lang: Lang): ChartValue {
  const quantity = { value: row.value, unit: definition.unit, qualifier: row.qualifier };
  return { period: row.period, value: row.value, unit: definition.unit, qualifier: row.qualifier, text: formatQuantity(quantity, lang), isSample: row.is_sample };
}

/** The peers: the parent's children, or every pilot zone; with the parent (a ranking names it). */
async function peersOf(db: Db, parentId: number | undefined) {
  if (parentId === undefined) return { parent: null, peers: await listPeerZones(db, { type: 'pilot' }) };
  const parent = await getZone(db, parentId);
  return { parent, peers: await listPeerZones(db, { parentId: parent.id }) };
}

const refOf = (row: ChartRow) => String(row.zone_id);

/** Competition ranks (1224) of the peers' values in one period, by zone id. */
function ranksIn(rows: readonly ChartRow[], definition: DefinitionRow, direction: RankDirection): Map<number, number> {
  if (rows.length === 0) return new Map();
  const ranking = rankPeers(rows.map((row) => ({ ref: refOf(row), quantity: { value: row.value, unit: definition.unit, qualifier: row.qualifier } })), direction);
  return new Map(ranking.ranked.map((peer) => [Number(peer.input.ref), peer.rank]));
}

export async function ranking(db: Db, reader: Reader, code: string, query: RankingQuery, lang: Lang): Promise<RankingDto> {
  const definition = await definitionFor(db, reader, code);
  assertPeriodKind(query.period, definition.period_kind);
  const { parent, peers } = await peersOf(db, query.parent);
  const earlier = previousPeriod(query.period);
  const from = earlier ?? query.period;
  const rows = await readValues(db, reader, { indicatorId: definition.id, zonePath: parent?.path, from, to: query.period });
  const peerIds = new Set(peers.filter((zone) => canSee(reader, zone)).map((zone) => zone.id));
  const inPeriod = (period: string | null) => rows.filter((row) => row.period === period && peerIds.has(row.zone_id));
  // Ranks of ranks (a published position) go the other way: first is best.
  const direction: RankDirection = definition.unit === 'rank' ? 'lower_is_better' : 'higher_is_better';
  const now = inPeriod(query.period);
  const ranks = ranksIn(now, definition, direction);
  const before = ranksIn(inPeriod(earlier), definition, direction);
  const items = now
    .map((row) => {
      const rank = ranks.get(row.zone_id)!;
      const previousRank = before.get(row.zone_id) ?? null;
      return { zoneId: row.zone_id, zoneName: row.zone_name, rank, value: chartValue(row, definition, lang), previousRank, rankChange: previousRank === null ? null : previousRank - rank };
    })
    .sort((a, b) => a.rank - b.rank);
  const ranked = new Set(items.map((item) => item.zoneId));
  const unranked = peers.filter((zone) => peerIds.has(zone.id) && !ranked.has(zone.id)).map((zone) => ({ zoneId: zone.id, zoneName: zone.name }));
  return {
    indicator: presentPublicDefinition(definition),
    period: query.period,
    previousPeriod: earlier,
    parent: parent ? { zoneId: parent.id, zoneName: parent.name } : null,
    direction,
    of: items.length,
    items,
    unranked,
  };
}

export async function series(db: Db, reader: Reader, code: string, query: SeriesQuery, lang: Lang): Promise<SeriesDto> {
  const definition = await definitionFor(db, reader, code);
  checkRange(definition, query.from, query.to);
  const zones = await Promise.all(query.zones.map((id) => zoneFor(db, reader, id)));
  const rows = await readValues(db, reader, { indicatorId: definition.id, zoneIds: query.zones, from: query.from, to: query.to });
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  return {
    indicator: presentPublicDefinition(definition),
    periods,
    zones: zones.map((zone) => ({
      zoneId: zone.id,
      zoneName: zone.name,
      values: rows.filter((row) => row.zone_id === zone.id).map((row) => chartValue(row, definition, lang)),
    })),
  };
}

export async function trend(db: Db, reader: Reader, code: string, query: TrendQuery, lang: Lang): Promise<TrendDto> {
  const definition = await definitionFor(db, reader, code);
  checkRange(definition, query.from, query.to);
  const zone = await zoneFor(db, reader, query.zone);
  const rows = (await readValues(db, reader, { indicatorId: definition.id, zonePath: zone.path, from: query.from, to: query.to })).filter((row) => row.zone_id === zone.id);
  const derivesPeriodic = definition.cumulative && definition.period_kind !== 'year';
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const first = query.from ?? rows[0]?.period;
  const last = query.to ?? rows.at(-1)?.period;
  const span = first && last && rows.length ? periodSpan(first, last) : [];
  const periodic = derivesPeriodic && span.length ? new Map(cumulativeToPeriodic(Object.fromEntries(rows.map((row) => [row.period, row.value])), span[0]!, span.at(-1)!).map((p) => [p.period, p])) : null;
  return {
    indicator: presentPublicDefinition(definition),
    zone: { zoneId: zone.id, zoneName: zone.name },
    derivesPeriodic,
    points: span.map((period) => {
      const row = byPeriod.get(period);
      const own = periodic?.get(period);
      const ownValue = own?.value ?? null;
      // A period's own value from a qualified cumulative one (约…, this period's or the one before) is approximate.
      const before = previousPeriod(period);
      const qualified = !!row?.qualifier || (!!before && before.slice(0, 4) === period.slice(0, 4) && !!byPeriod.get(before)?.qualifier);
      return {
        period,
        value: row ? chartValue(row, definition, lang) : null,
        periodic: ownValue,
        periodicText: ownValue === null ? null : formatQuantity({ value: ownValue, unit: definition.unit, qualifier: qualified ? 'about' : null }, lang),
        missing: own?.missing ?? [],
      };
    }),
  };
}

export async function overview(db: Db, reader: Reader, query: OverviewQuery, lang: Lang): Promise<OverviewDto> {
  if (reader.kind === 'staff') requireIndicatorStaff(reader.context.actor);
  const definitions = await Promise.all(query.indicators.map((code) => definitionFor(db, reader, code)));
  const { parent, peers } = await peersOf(db, query.parent);
  const visible = peers.filter((zone) => canSee(reader, zone));
  // The rollup's rows: one per zone and indicator, not every value of the indicators (see listLatestValues).
  const viewer = reader.kind === 'staff' ? viewerOf(reader.context) : PUBLIC_VIEWER;
  const [counts, latestRows] = await Promise.all([formationCounts(db), listLatestValues(db, viewer, { indicatorIds: definitions.map((d) => d.id), zonePath: parent?.path })]);
  const countsOf = new Map(counts.map((row) => [row.zoneId, row]));
  const latest = new Map(latestRows.map((row) => [`${row.indicator_id}:${row.zone_id}`, row]));
  return {
    indicators: definitions.map(presentPublicDefinition),
    parent: parent ? { zoneId: parent.id, zoneName: parent.name } : null,
    rows: visible.map((zone) => {
      const count = countsOf.get(zone.id);
      return {
        zoneId: zone.id,
        zoneName: zone.name,
        figures: definitions.map((definition) => {
          const row = latest.get(`${definition.id}:${zone.id}`);
          return row ? chartValue(row, definition, lang) : null;
        }),
        recognized: count?.recognized ?? 0,
        provinceReplicated: count?.provinceReplicated ?? 0,
        nationReplicated: count?.nationReplicated ?? 0,
      };
    }),
  };
}
