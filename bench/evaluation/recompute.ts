/**
 * The issue's recompute target: 10,000 entries × 50 judges × 5 criteria (2.5 million scores, every
 * judge on every entry) generated straight into the database with `generate_series`, then the
 * full recompute **and persist** of the stage through the results service (`saveResults`: the
 * sheets read in SQL as packed text per judge, the score matrix, the method with a tie-break,
 * outcomes by the stage's rule and the categories' prizes, disagreement, leave-one-out stability
 * with the single-judge flags, alpha, and the 10k result rows written in one statement), against
 * a plain typed-array kernel over the same scores measured in the same run (weighted mean per
 * entry and ranks: the least any engine must do).
 *
 *   npx tsx bench/evaluation/recompute.ts [--engine pglite|postgres] [--entries 10000] [--judges 50] [--rounds 3] [--method z_criterion]
 *   node scripts/with-postgres.mjs npx tsx bench/evaluation/recompute.ts --engine postgres
 *
 * Each engine rewrites its own section of bench/RESULTS.md.
 */
import { cpus, loadavg } from 'node:os';
import { sql, type Kysely } from 'kysely';
import { migrate } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/schema.js';
import { findVisibleStage } from '../../src/features/evaluation/campaigns.repo.js';
import { computeResults } from '../../src/features/evaluation/results/compute-results.js';
import { saveResults } from '../../src/features/evaluation/results/results.service.js';
import { readStageScores } from '../../src/features/evaluation/results/stage-scores.js';
import type { AggregationMethod } from '../../src/shared/evaluation.enums.js';
import { openEngine, type Engine } from '../database.js';
import { writeResultsSection } from '../results-file.js';
import { benchContest, benchContext, benchPanel, median, option, time } from './bench-contest.js';

const engine = option('engine', 'pglite') as Engine;
const entries = Number(option('entries', '10000'));
const judges = Number(option('judges', '50'));
const rounds = Number(option('rounds', '3'));
const method = option('method', 'z_criterion') as AggregationMethod;
const WEIGHTS = [0.3, 0.25, 0.25, 0.1, 0.1];
const TARGET_MS = { postgres: 1500, pglite: 5000 } as const;

/** A province, an organiser, an open contest with four groups (prizes 1/2/3 each), a closed scored stage, entries, judges and every sheet submitted. */
async function generate(db: Kysely<Database>): Promise<{ stageId: number; userId: number }> {
  const { userId, campaignId, stageId, criteria } = await benchContest(db, WEIGHTS);
  const [campaign, stage] = [{ id: campaignId }, { id: stageId }];
  const prizes = JSON.stringify([{ name: '一等奖', count: 1 }, { name: '二等奖', count: 2 }, { name: '三等奖', count: 3 }]);
  const groups = await db
    .insertInto('campaign_categories')
    .values(['初创组', '成长组', '乡村振兴组', '自贸创新组'].map((name, i) => ({ campaign_id: campaign.id, name, sort_order: i, prizes })))
    .returning('id')
    .execute();
  const groupIds = groups.map((g) => g.id);
  await sql`
    INSERT INTO campaign_entries (campaign_id, campaign_kind, category_id, company_name, credit_code, project_name)
    SELECT ${campaign.id}, 'contest', (${groupIds}::int[])[1 + e % 4], '基准公司' || e, '91370600' || lpad(e::text, 10, '0'), '项目' || e
    FROM generate_series(1, ${entries}) e`.execute(db);
  await benchPanel(db, stage.id, judges);
  // Scores 0–100: the entry's quality, the judge's leniency and spread, and noise, all from hashes of the ids (deterministic).
  const score = (k: number) => sql`greatest(0, least(100, round(
      50 + ((hashint4(e.id) % 40) * (0.5 + (x.id % 3) * 0.5)) + (x.id % 11) - 5 + (hashint4(e.id * 131 + x.id * 7 + ${k}) % 10)
    )))`;
  const scores = sql.join(criteria.map((c, k) => sql`${String(c.id)}::text, ${score(k)}`), sql`, `);
  await sql`
    INSERT INTO score_sheets (stage_id, entry_id, expert_id, scores, status, submitted_at)
    SELECT ${stage.id}, e.id, x.id, jsonb_build_object(${scores}), 'submitted', now()
    FROM campaign_entries e CROSS JOIN experts x WHERE e.campaign_id = ${campaign.id}`.execute(db);
  await sql`ANALYZE`.execute(db);
  return { stageId: stage.id, userId };
}

/** The plain kernel: weighted mean per entry straight off a flat entries × judges × criteria array, then ranks by sort. */
function plainKernel(flat: Float64Array, e: number, j: number, c: number): Int32Array {
  const values = new Float64Array(e);
  for (let i = 0; i < e; i++) {
    let sum = 0;
    for (let k = 0; k < j; k++) {
      const base = (i * j + k) * c;
      for (let q = 0; q < c; q++) sum += WEIGHTS[q]! * flat[base + q]!;
    }
    values[i] = sum / j;
  }
  const order = Array.from({ length: e }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  const ranks = new Int32Array(e);
  order.forEach((entry, i) => (ranks[entry] = i + 1));
  return ranks;
}

async function main() {
  const load = loadavg()[0]!;
  const { handle, version, cleanup } = await openEngine(engine);
  const db = handle.db;
  try {
    await migrate(handle);
    const [{ stageId, userId }, generateMs] = await time(() => generate(db));
    console.log(`[${engine}] ${version}: generated ${entries} × ${judges} × ${WEIGHTS.length} scores in ${(generateMs / 1000).toFixed(1)} s`);
    const context = await benchContext(db, userId);
    const stage = (await findVisibleStage(db, { kind: 'actor', actor: context.actor }, stageId))!;
    const tieBreak = [stage.criteria[0]!.id];

    // The same scores for the plain kernel, in its own flat layout (entries × judges × criteria).
    const scores = await readStageScores(db, stage);
    const c = scores.matrix.criteriaCount;
    const flat = new Float64Array(entries * judges * c);
    for (let i = 0; i < scores.matrix.sheetJudge.length; i++) {
      const base = (scores.matrix.sheetEntry[i]! * judges + scores.matrix.sheetJudge[i]!) * c;
      flat.set(scores.matrix.scores.subarray(i * c, i * c + c), base);
    }
    const rules = { advancement: stage.advancement, prizes: new Map((await db.selectFrom('campaign_categories').select(['id', 'prizes']).execute()).map((r) => [r.id, r.prizes])) };

    plainKernel(flat, entries, judges, c);
    const plain: number[] = [];
    const full: number[] = [];
    const read: number[] = [];
    const compute: number[] = [];
    let saved = 0;
    for (let round = 0; round <= rounds; round++) {
      // Round 0 warms up (JIT, the database's caches) and is not counted.
      const [, p] = await time(() => plainKernel(flat, entries, judges, c));
      const [record, f] = await time(() => saveResults(db, context, stageId, method, tieBreak));
      const [fresh, r] = await time(() => readStageScores(db, stage));
      const [, k] = await time(() => computeResults(fresh, method, [0], rules));
      saved = record.record!.entries.length;
      if (round === 0) continue;
      plain.push(p);
      full.push(f);
      read.push(r);
      compute.push(k);
    }
    const [p, f, r, k] = [median(plain), median(full), median(read), median(compute)];
    const ratio = f / p;
    const line = `[${engine}] recompute and persist ${f.toFixed(0)} ms (read ${r.toFixed(0)} ms, compute ${k.toFixed(0)} ms), plain kernel ${p.toFixed(1)} ms, ${ratio.toFixed(0)}×; ${saved} entries saved; target ${TARGET_MS[engine]} ms`;
    console.log(line);
    const title = engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
    writeResultsSection(
      `evaluation-recompute-${engine}`,
      `## Results recompute and persist on ${title}

Run ${new Date().toISOString().slice(0, 10)} with \`${engine === 'postgres' ? 'node scripts/with-postgres.mjs npx tsx bench/evaluation/recompute.ts --engine postgres' : 'npx tsx bench/evaluation/recompute.ts'}\` (${version}; load average ${load.toFixed(1)} at start; ${cpus().length} shared cores, Node ${process.version}), median of ${rounds} rounds after a warm-up. ${entries.toLocaleString('en')} entries × ${judges} judges × ${c} criteria = ${(entries * judges * c).toLocaleString('en')} scores in ${(entries * judges).toLocaleString('en')} submitted sheets, generated in SQL (${(generateMs / 1000).toFixed(1)} s); method \`${method}\` with one tie-break criterion, top 24 advance, prizes 1/2/3 in each of four groups.

| | time | × plain kernel |
|---|---|---|
| plain typed-array kernel (weighted mean per entry, ranks) over the same scores | ${p.toFixed(1)} ms | 1 |
| **recompute and persist** (\`saveResults\`: read, compute, write ${saved.toLocaleString('en')} result rows, audit) | **${f.toFixed(0)} ms** | ${ratio.toFixed(0)} |
| of which: reading the sheets as packed text per judge into the score matrix | ${r.toFixed(0)} ms | ${(r / p).toFixed(0)} |
| of which: computing (method, ranks, outcomes, disagreement, leave-one-out stability and single-judge flags) | ${k.toFixed(0)} ms | ${(k / p).toFixed(0)} |

Target ${TARGET_MS[engine].toLocaleString('en')} ms: ${f <= TARGET_MS[engine] ? 'met' : '**not met**'}.`,
    );
  } finally {
    await handle.close();
    await cleanup();
  }
}

await main();
