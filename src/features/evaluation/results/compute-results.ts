/**
 * One method's results for a stage, from its score matrix: values (as computed, and on the
 * stage's scale for display — the z methods rescaled, which never changes ranks), ranks with the
 * tie-break criteria, who advances by the stage's rule, the award tiers of the categories' prizes
 * (on the campaign's last scored stage only: earlier rounds decide who goes on, the final decides
 * the prizes), and per entry the disagreement and leave-one-out stability with the flag where the
 * entry's advancement or award hangs on one of its judges.
 */
import { disagreement } from '../aggregation/analysis.js';
import { forEachLeaveOut, scoredBy } from '../aggregation/leave-one-out.js';
import { rescaleToScale, type AggregationMethod } from '../aggregation/methods.js';
import { advancing, awards, type AdvancementRule as KernelRule, type RankedEntry } from '../aggregation/outcomes.js';
import { rankByMethod } from '../aggregation/ranking.js';
import type { AdvancementRule, PrizeTier } from '../../../shared/evaluation.enums.js';
import type { StageScores } from './stage-scores.js';

/** What decides outcomes beside the ranks. */
export type OutcomeRules = {
  advancement: AdvancementRule;
  /** Prize tiers by category id; empty when the stage awards nothing (not the last scored stage). */
  prizes: ReadonlyMap<number, readonly PrizeTier[]>;
};

export type EntryResult = {
  index: number;
  value: number;
  displayValue: number;
  rank: number;
  judges: number;
  advancing: boolean;
  award: string | null;
  sd: number;
  range: number;
  bestRank: number;
  worstRank: number;
  singleJudge: boolean;
};

/** The stage's rule in the kernel's terms. A recorded (manual) decision is the organiser's, not the engine's: nobody advances by computation. */
function kernelRule(rule: AdvancementRule): KernelRule | null {
  switch (rule.kind) {
    case 'top_n':
      return rule;
    case 'cutoff':
      return { kind: 'cutoff', minScore: rule.score };
    case 'quota':
      return { kind: 'quota', quotas: new Map(Object.entries(rule.perCategory).map(([id, n]) => [Number(id), n])) };
    case 'manual':
      return null;
  }
}

type Outcome = { advancing: Set<number>; awards: Map<number, string> };

function outcomesOf(scores: StageScores, display: Float64Array, ranks: Int32Array, rules: OutcomeRules): Outcome {
  // In rank order (ranks are distinct, 1…n): the kernel's sorts then meet sorted input, linear time — this runs once per left-out judge.
  const byRank = new Int32Array(ranks.length).fill(-1);
  for (let e = 0; e < ranks.length; e++) if (ranks[e]! > 0) byRank[ranks[e]! - 1] = e;
  const ranked: RankedEntry[] = [];
  // Each category's ranked entries gathered in the same pass: the prizes go down each category's own ranking.
  const inCategory = new Map<number, RankedEntry[]>();
  for (const e of byRank) {
    if (e < 0) continue;
    const r: RankedEntry = { entry: e, category: scores.entries[e]!.categoryId, value: display[e]!, rank: ranks[e]! };
    ranked.push(r);
    if (r.category === null || !rules.prizes.has(r.category)) continue;
    const group = inCategory.get(r.category);
    if (group) group.push(r);
    else inCategory.set(r.category, [r]);
  }
  const rule = kernelRule(rules.advancement);
  const awarded = new Map<number, string>();
  for (const [category, tiers] of rules.prizes) {
    if (tiers.length === 0) continue;
    for (const [entry, tier] of awards(inCategory.get(category) ?? [], tiers, 'overall')) awarded.set(entry, tier);
  }
  return { advancing: new Set(rule ? advancing(ranked, rule) : []), awards: awarded };
}

const displayOf = (method: AggregationMethod, values: Float64Array, scores: StageScores) =>
  method === 'z_total' || method === 'z_criterion' ? rescaleToScale(values, scores.scale.min, scores.scale.max) : values;

/** Values, ranks and outcomes only: what the side-by-side view and the comparison need. */
export function rankStage(scores: StageScores, method: AggregationMethod, tieBreak: readonly number[], rules: OutcomeRules) {
  const { values, ranks } = rankByMethod(scores.matrix, method, scores.entryIds, tieBreak);
  const display = displayOf(method, values, scores);
  return { values, display, ranks, outcome: outcomesOf(scores, display, ranks, rules) };
}

/** Everything the results record keeps for each ranked entry (the leave-one-out costs one pass per judge). */
export function computeResults(scores: StageScores, method: AggregationMethod, tieBreak: readonly number[], rules: OutcomeRules): EntryResult[] {
  const { matrix } = scores;
  const { values, display, ranks, outcome } = rankStage(scores, method, tieBreak, rules);
  const spread = disagreement(matrix);
  const best = Int32Array.from(ranks);
  const worst = Int32Array.from(ranks);
  const single = new Uint8Array(matrix.entryCount);
  forEachLeaveOut(matrix, method, scores.entryIds, tieBreak, (judge, leftRanks, leftValues) => {
    const left = outcomesOf(scores, displayOf(method, leftValues, scores), leftRanks, rules);
    for (let e = 0; e < matrix.entryCount; e++) {
      if (!scoredBy(matrix, e, judge)) continue;
      const rank = leftRanks[e]!;
      if (rank > 0) {
        best[e] = Math.min(best[e]!, rank);
        worst[e] = Math.max(worst[e]!, rank);
      }
      if (left.advancing.has(e) !== outcome.advancing.has(e) || left.awards.get(e) !== outcome.awards.get(e)) single[e] = 1;
    }
  });
  const results: EntryResult[] = [];
  for (let e = 0; e < matrix.entryCount; e++) {
    if (ranks[e] === 0) continue;
    results.push({
      index: e,
      value: values[e]!,
      displayValue: display[e]!,
      rank: ranks[e]!,
      judges: matrix.entryStart[e + 1]! - matrix.entryStart[e]!,
      advancing: outcome.advancing.has(e),
      award: outcome.awards.get(e) ?? null,
      sd: spread[e]!.sd,
      range: spread[e]!.range,
      bestRank: best[e]!,
      worstRank: worst[e]!,
      singleJudge: single[e] === 1,
    });
  }
  return results.sort((a, b) => a.rank - b.rank);
}
