/**
 * The scoring kernel at the size: 10,000 entries × 50 judges × 5 criteria (2.5 million
 * scores, every judge on every entry), against a plain typed-array kernel over the same scores
 * measured in the same run (the weighted mean per entry and its ranks, nothing else: the least
 * any engine must do). The engine's figure is a full recompute: the score matrix built from the
 * sheets, all four methods, their ranks with one tie-break criterion, and Krippendorff's alpha.
 *
 *   npx tsx bench/evaluation/aggregate.ts [--entries 10000] [--judges 50] [--criteria 5] [--rounds 3]
 *
 * Reading from and persisting to the database: bench/evaluation/recompute.ts.
 */
import { cpus, loadavg } from 'node:os';
import { krippendorffAlpha } from '../../src/features/evaluation/aggregation/analysis.js';
import { AGGREGATION_METHODS } from '../../src/features/evaluation/aggregation/methods.js';
import { rankByMethod } from '../../src/features/evaluation/aggregation/ranking.js';
import { buildScoreMatrix } from '../../src/features/evaluation/aggregation/score-matrix.js';
import { writeResultsSection } from '../results-file.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const entries = option('entries', 10_000);
const judges = option('judges', 50);
const criteria = option('criteria', 5);
const rounds = option('rounds', 3);

// Deterministic scores 0–100 with a per-judge leniency, so ranks differ between methods.
let state = 20211116;
const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const weights = [0.3, 0.25, 0.25, 0.1, 0.1].slice(0, criteria);
const weightSum = weights.reduce((a, b) => a + b, 0);
const normalised = weights.map((w) => w / weightSum);
const leniency = Array.from({ length: judges }, () => next() * 10 - 5);
const quality = Array.from({ length: entries }, () => next() * 60 + 20);
const flat = new Float64Array(entries * judges * criteria);
for (let e = 0; e < entries; e++)
  for (let j = 0; j < judges; j++)
    for (let c = 0; c < criteria; c++) flat[(e * judges + j) * criteria + c] = Math.round(Math.min(100, Math.max(0, quality[e]! + leniency[j]! + (next() - 0.5) * 20)));
const sheets = Array.from({ length: entries * judges }, (_, i) => ({ entry: Math.floor(i / judges), judge: i % judges, scores: Array.from(flat.subarray(i * criteria, i * criteria + criteria)) }));
const entryIds = Int32Array.from({ length: entries }, (_, i) => i + 1);

/** The plain kernel: weighted mean per entry straight off the flat array, then ranks by sort. */
function plainKernel(): Int32Array {
  const values = new Float64Array(entries);
  for (let e = 0; e < entries; e++) {
    let sum = 0;
    for (let j = 0; j < judges; j++) {
      const base = (e * judges + j) * criteria;
      for (let c = 0; c < criteria; c++) sum += normalised[c]! * flat[base + c]!;
    }
    values[e] = sum / judges;
  }
  const order = Array.from({ length: entries }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  const ranks = new Int32Array(entries);
  order.forEach((e, i) => (ranks[e] = i + 1));
  return ranks;
}

function engine() {
  const matrix = buildScoreMatrix({ entryCount: entries, judgeCount: judges, weights: normalised, sheets });
  const ranks = AGGREGATION_METHODS.map((method) => rankByMethod(matrix, method, entryIds, [0]).ranks);
  return { ranks, alpha: krippendorffAlpha(matrix) };
}

const time = <T>(fn: () => T): [T, number] => {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
};

const load = loadavg()[0]!;
plainKernel();
engine();
const plainMs: number[] = [];
const engineMs: number[] = [];
let alpha: number | null = null;
for (let round = 0; round < rounds; round++) {
  plainMs.push(time(plainKernel)[1]);
  const [result, ms] = time(engine);
  engineMs.push(ms);
  alpha = result.alpha;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const plain = median(plainMs);
const full = median(engineMs);
const line = `${entries} entries × ${judges} judges × ${criteria} criteria: engine ${full.toFixed(0)} ms, plain kernel ${plain.toFixed(0)} ms, ${(full / plain).toFixed(1)}× (alpha ${alpha?.toFixed(3)})`;
console.log(line);

writeResultsSection(
  'evaluation-aggregate',
  `## Scoring kernel, full recompute

Run ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/evaluation/aggregate.ts\` (load average ${load.toFixed(1)} at start; ${cpus().length} cores, Node ${process.version}), median of ${rounds} rounds after a warm-up. ${entries.toLocaleString('en')} entries × ${judges} judges × ${criteria} criteria = ${(entries * judges * criteria).toLocaleString('en')} scores, every judge on every entry; scores 0–100 with a per-judge leniency.

| | time | × plain kernel |
|---|---|---|
| plain typed-array kernel (weighted mean per entry, ranks) | ${plain.toFixed(0)} ms | 1.0 |
| engine: score matrix from the sheets, mean, trimmed mean, z-score total and per criterion, their ranks (one tie-break criterion), Krippendorff's alpha | ${full.toFixed(0)} ms | ${(full / plain).toFixed(1)} |

Reading the sheets from the database and persisting the results are measured by \`bench/evaluation/recompute.ts\` (sections below: the issue's targets for compute and persist together are 1.5 s on PostgreSQL and 5 s on PGlite).`,
);
