/**
 * 排名 among peers, and its change. Ranking is competition ranking ("1224"): tied values share
 * a rank and the next rank skips. Whether higher is better is the indicator's (trade: higher;
 * a cost: lower). Peers without a value are listed as unranked, never ranked last. A change of
 * rank accepts ranks computed here or published by others (全省第4位, 219家国家级经开区中第35位).
 */
import type { Label } from '../../enums.js';
import { Dec } from '../decimal.js';
import { FigureError } from '../errors.js';
import { accuracyOf, harmonise } from '../quantity.js';
import type { DerivedFigure, FigureInput } from './figure.js';

export type RankDirection = 'higher_is_better' | 'lower_is_better';
export type RankedPeer = { input: FigureInput; rank: number };
export type Ranking = { direction: RankDirection; of: number; ranked: RankedPeer[]; unranked: string[] };

/** Ranks `peers` (each a zone's value; null quantity value = no value); ranked best first, ties in input order. */
export function rankPeers(peers: readonly (FigureInput | { ref: string; quantity: null })[], direction: RankDirection): Ranking {
  const valued = peers.filter((p): p is FigureInput => p.quantity !== null);
  const unranked = peers.filter((p) => p.quantity === null).map((p) => p.ref);
  const values = valued.length ? harmonise(valued.map((p) => p.quantity)) : [];
  const sign = direction === 'higher_is_better' ? -1 : 1;
  const order = values.map((value, i) => ({ value, i })).sort((a, b) => sign * a.value.comparedTo(b.value) || a.i - b.i);
  const ranked: RankedPeer[] = [];
  order.forEach((entry, position) => {
    const tiedWithPrevious = position > 0 && entry.value.eq(order[position - 1]!.value);
    ranked.push({ input: valued[entry.i]!, rank: tiedWithPrevious ? ranked[position - 1]!.rank : position + 1 });
  });
  return { direction, of: valued.length, ranked, unranked };
}

/** The rank of one peer as a derived figure; its inputs are every ranked peer (best first), so the UI can show the table. */
export function rankOf(ranking: Ranking, ref: string): DerivedFigure<'rank'> {
  const entry = ranking.ranked.find((peer) => peer.input.ref === ref);
  if (!entry) throw new FigureError('figure_not_ranked', { ref });
  const inputs = ranking.ranked.map((peer) => peer.input);
  const accuracy = accuracyOf(inputs.map((input) => input.quantity));
  // A qualified peer value (约, 超…) makes the order itself uncertain: the rank is then approximate.
  return {
    method: 'rank',
    value: String(entry.rank),
    exact: String(entry.rank),
    unit: 'rank',
    qualifier: null,
    params: { of: ranking.of, direction: ranking.direction, ties: ranking.ranked.filter((p) => p.rank === entry.rank).length },
    inputs,
    ...accuracy,
  };
}

/** A rank as one end of a change: computed here (with the peers' figure) or as published (with who published it). */
export type RankPoint = { ref: string; rank: number; period: string; of?: number; source: 'computed' | 'published'; publisher?: Label; scope?: Label };

/**
 * 排名变化 from an earlier rank to a later one: the value is the places climbed (43 → 35 is 8;
 * a fall is negative). Published ranks travel as inputs in the 'rank' unit.
 */
export function rankChange(from: RankPoint, to: RankPoint): DerivedFigure<'rank_change'> {
  for (const point of [from, to]) if (!Number.isInteger(point.rank) || point.rank < 1) throw new FigureError('figure_bad_rank', { value: String(point.rank) });
  if (from.period >= to.period) throw new FigureError('figure_span_reversed', { from: from.period, to: to.period });
  const climbed = new Dec(from.rank).minus(to.rank).toFixed();
  const inputs = [from, to].map((p) => ({ ref: p.ref, period: p.period, quantity: { value: String(p.rank), unit: 'rank' as const, qualifier: null } }));
  return {
    method: 'rank_change',
    value: climbed,
    exact: climbed,
    unit: 'rank',
    qualifier: null,
    approximate: false,
    inputQualifiers: [],
    params: {
      fromRank: from.rank,
      toRank: to.rank,
      fromPeriod: from.period,
      toPeriod: to.period,
      ...(to.of ?? from.of ? { of: (to.of ?? from.of)! } : {}),
      fromSource: from.source,
      toSource: to.source,
    },
    inputs,
  };
}
