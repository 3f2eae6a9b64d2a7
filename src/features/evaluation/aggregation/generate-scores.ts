/**
 * Score sheets for demo campaigns (marked 示例): the article gives a contest's outcome (who won
 * which prize) but no judge's scores, so scores are generated such that the engine itself, run
 * on them, produces that outcome — the demo never types a rank in. Each entry gets a quality
 * from its target place, each judge a leniency, each score some noise; the sheets are checked by
 * running the engine and drawn again (less noise) until the wanted methods agree with the order.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { AggregationMethod } from './methods.js';
import { rankByMethod } from './ranking.js';
import { buildScoreMatrix, type ScoreMatrixInput } from './score-matrix.js';

export type GenerateScoresInput = {
  /** Entries in the order they must rank (best first), by dense index 0…n−1 of the result. */
  order: readonly number[];
  /** entry index → judge indexes who score it. */
  judgesOf: (entry: number) => readonly number[];
  judgeCount: number;
  weights: readonly number[];
  /** The scale and the step scores are given in (1 for whole points, 0.5 or 0.1 where judges may give halves or tenths). */
  scale: { min: number; max: number; step?: number };
  /** The methods whose ranks must follow `order` (e.g. the stage's method and the mean). */
  methods: readonly AggregationMethod[];
  seed: number;
};

const MAX_ATTEMPTS = 50;

export function generateScores(input: GenerateScoresInput): ScoreMatrixInput['sheets'] {
  const { order, judgeCount, weights, scale, methods } = input;
  const entryCount = order.length;
  const span = scale.max - scale.min;
  const step = scale.step ?? 1;
  const onScale = (x: number) => Math.min(scale.max, Math.max(scale.min, Math.round((x - scale.min) / step) * step + scale.min));
  const entryIds = Array.from({ length: entryCount }, (_, e) => e + 1);
  const rng = xoroshiro128plus(input.seed | 0);
  const unit = () => uniformInt(rng, 0, 1_000_000) / 1_000_000;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const noise = span * 0.08 * (1 - attempt / MAX_ATTEMPTS);
    const leniency = Array.from({ length: judgeCount }, () => (unit() - 0.5) * span * 0.1);
    // The best at 95 % of the scale, the last at 30 %, evenly between: gaps wide enough for noise to cross rarely.
    const quality = new Array<number>(entryCount);
    order.forEach((entry, place) => (quality[entry] = scale.min + span * (0.95 - (0.65 * place) / Math.max(1, entryCount - 1))));
    const sheets = [];
    for (let entry = 0; entry < entryCount; entry++) {
      for (const judge of input.judgesOf(entry)) {
        const scores = weights.map(() => Number(onScale(quality[entry]! + leniency[judge]! + (unit() - 0.5) * 2 * noise).toFixed(6)));
        sheets.push({ entry, judge, scores });
      }
    }
    const matrix = buildScoreMatrix({ entryCount, judgeCount, weights, sheets });
    const wanted = new Int32Array(entryCount);
    order.forEach((entry, place) => (wanted[entry] = place + 1));
    if (methods.every((method) => rankByMethod(matrix, method, entryIds).ranks.every((rank, e) => rank === wanted[e]))) return sheets;
  }
  throw new RangeError('no scores on this scale reproduce the order (too many entries for the scale, or too few judges)');
}
