/**
 * What the organiser reads beside the ranks before publishing:
 *   - per entry, disagreement: the population standard deviation and the range (max − min) of
 *     its judges' weighted totals;
 *   - per entry, stability: the range of ranks it gets when each one of its judges is left out
 *     of the stage in turn (the method recomputed without that judge's sheets);
 *   - per judge, leniency: the mean of (the judge's total − the mean of the other judges' totals)
 *     over the entries the judge shares with others; agreement: the Pearson correlation of the
 *     judge's totals with those panel means (null with fewer than 3 shared entries or no spread);
 *   - per stage, Krippendorff's alpha at the interval level over the weighted totals (entries are
 *     the units, judges the coders; an incomplete design is fine: units with one value drop out).
 */
import { availableMethods, type AggregationMethod } from './methods.js';
import { rankByMethod } from './ranking.js';
import { entryTotals, withoutJudge, type ScoreMatrix } from './score-matrix.js';

export type Disagreement = { sd: number; range: number };

export function disagreement(matrix: ScoreMatrix): Disagreement[] {
  const out: Disagreement[] = [];
  for (let e = 0; e < matrix.entryCount; e++) {
    const { n, sum, min, max } = entryTotals(matrix, e);
    if (n === 0) {
      out.push({ sd: Number.NaN, range: Number.NaN });
      continue;
    }
    const from = matrix.entryStart[e]!;
    const to = matrix.entryStart[e + 1]!;
    const mean = sum / n;
    let squares = 0;
    for (let i = from; i < to; i++) squares += (matrix.totals[i]! - mean) ** 2;
    out.push({ sd: Math.sqrt(squares / n), range: max - min });
  }
  return out;
}

export type Stability = { best: number; worst: number; byJudge: Map<number, number> };

/**
 * Each entry's rank with each of its judges left out in turn (a judge's absence recomputes the
 * whole stage: under a z-score the other entries move too). `best`/`worst` include the full rank.
 * A method that the smaller panel no longer allows (the trimmed mean under 5 judges) falls back
 * to the mean for that leave-out.
 */
export function stability(matrix: ScoreMatrix, method: AggregationMethod, entryIds: ArrayLike<number>, tieBreak: readonly number[] = []): Stability[] {
  const full = rankByMethod(matrix, method, entryIds, tieBreak).ranks;
  const result: Stability[] = Array.from(full, (rank) => ({ best: rank, worst: rank, byJudge: new Map<number, number>() }));
  const judgesOf: number[][] = Array.from({ length: matrix.entryCount }, () => []);
  for (let i = 0; i < matrix.sheetJudge.length; i++) judgesOf[matrix.sheetEntry[i]!]!.push(matrix.sheetJudge[i]!);
  for (let j = 0; j < matrix.judgeCount; j++) {
    const without = withoutJudge(matrix, j);
    const ranks = rankByMethod(without, availableMethods(without).includes(method) ? method : 'mean', entryIds, tieBreak).ranks;
    for (let e = 0; e < matrix.entryCount; e++) {
      if (!judgesOf[e]!.includes(j)) continue;
      const rank = ranks[e]!;
      const entry = result[e]!;
      entry.byJudge.set(j, rank);
      // Left with no judge, the entry has no rank: that is instability too, but not a rank.
      if (rank === 0) continue;
      entry.best = entry.best === 0 ? rank : Math.min(entry.best, rank);
      entry.worst = Math.max(entry.worst, rank);
    }
  }
  return result;
}

export type JudgeProfile = { sharedEntries: number; leniency: number | null; agreement: number | null };

export function judgeProfiles(matrix: ScoreMatrix): JudgeProfile[] {
  const differences: number[][] = Array.from({ length: matrix.judgeCount }, () => []);
  const own: number[][] = Array.from({ length: matrix.judgeCount }, () => []);
  const panel: number[][] = Array.from({ length: matrix.judgeCount }, () => []);
  for (let e = 0; e < matrix.entryCount; e++) {
    const from = matrix.entryStart[e]!;
    const to = matrix.entryStart[e + 1]!;
    const n = to - from;
    if (n < 2) continue;
    let sum = 0;
    for (let i = from; i < to; i++) sum += matrix.totals[i]!;
    for (let i = from; i < to; i++) {
      const j = matrix.sheetJudge[i]!;
      const t = matrix.totals[i]!;
      const others = (sum - t) / (n - 1);
      differences[j]!.push(t - others);
      own[j]!.push(t);
      panel[j]!.push(others);
    }
  }
  return differences.map((diffs, j) => ({
    sharedEntries: diffs.length,
    leniency: diffs.length > 0 ? diffs.reduce((a, b) => a + b, 0) / diffs.length : null,
    agreement: diffs.length >= 3 ? pearson(own[j]!, panel[j]!) : null,
  }));
}

function pearson(x: number[], y: number[]): number | null {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/**
 * Krippendorff's alpha, interval metric: 1 − D_o / D_e, with
 *   D_o = (1/n) Σ_u (1/(m_u − 1)) Σ_{i≠j in u} (v_i − v_j)²   and
 *   D_e = (1/(n(n − 1))) Σ_{i≠j over all pairable values} (v_i − v_j)²,
 * n the number of values in units with at least two. Σ_{i≠j}(v_i − v_j)² = 2(m Σv² − (Σv)²).
 * Null when there is nothing to compare or no spread at all.
 */
export function krippendorffAlpha(matrix: ScoreMatrix): number | null {
  let n = 0;
  let s1 = 0;
  let s2 = 0;
  let observed = 0;
  for (let e = 0; e < matrix.entryCount; e++) {
    const from = matrix.entryStart[e]!;
    const to = matrix.entryStart[e + 1]!;
    const m = to - from;
    if (m < 2) continue;
    let u1 = 0;
    let u2 = 0;
    for (let i = from; i < to; i++) {
      const v = matrix.totals[i]!;
      u1 += v;
      u2 += v * v;
    }
    observed += (2 * (m * u2 - u1 * u1)) / (m - 1);
    n += m;
    s1 += u1;
    s2 += u2;
  }
  if (n < 2) return null;
  const expected = (2 * (n * s2 - s1 * s1)) / (n * (n - 1));
  if (!(expected > 1e-12)) return null;
  return 1 - observed / n / expected;
}

export type RankChange = { entry: number; rankA: number; rankB: number; outcomeA: string | null; outcomeB: string | null };

/** The "what changes" view: entries whose rank or outcome (advancement, award) differs between two methods. */
export function compareOutcomes(ranksA: Int32Array, ranksB: Int32Array, outcomeOf: (entry: number, rank: number) => string | null): RankChange[] {
  const changes: RankChange[] = [];
  for (let e = 0; e < ranksA.length; e++) {
    const outcomeA = ranksA[e]! > 0 ? outcomeOf(e, ranksA[e]!) : null;
    const outcomeB = ranksB[e]! > 0 ? outcomeOf(e, ranksB[e]!) : null;
    if (ranksA[e] !== ranksB[e] || outcomeA !== outcomeB) changes.push({ entry: e, rankA: ranksA[e]!, rankB: ranksB[e]!, outcomeA, outcomeB });
  }
  return changes;
}
