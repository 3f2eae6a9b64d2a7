/**
 * The issue's dashboards target (issue 9, Bench): 10M values — 2,800 zones × 30 monthly indicators
 * × 120 months, every value published, 1% of them corrected once (a superseded version beside the
 * current one) — generated straight into the database with `generate_series`, one statement per
 * indicator, through every index and the rollup trigger the app has. Then, through the dashboards
 * service as the routes call it, for the province office (staff) and the public:
 *   - series: one indicator, 5 zones, all 120 months (the comparison chart);
 *   - ranking: one indicator, one month and the one before, across the 2,800 peer zones;
 *   - overview: 10 indicators' latest figures for the 2,800 zones (from the indicator_latest rollup);
 * each against a baseline measured in the same run: the bare indexed query for the same rows
 * (series, ranking), and the raw aggregation over every value of the 10 indicators (overview).
 *
 *   npx tsx bench/indicators/dashboards.ts [--engine pglite|postgres] [--zones 2800] [--indicators 30] [--months 120] [--samples 40]
 *   node scripts/with-postgres.mjs npx tsx bench/indicators/dashboards.ts --engine postgres
 *
 * Each engine rewrites its own section of bench/RESULTS.md (an engine run at a smaller scale says so).
 */
import { cpus } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { overview, ranking, series, type Reader } from '../../src/features/indicators/dashboards.service.js';
import { benchContext, option, time } from '../evaluation/bench-contest.js';
import { withMigratedEngine, type Engine } from '../database.js';
import { writeResultsSection } from '../results-file.js';
import { prng, percentile } from '../sampling.js';

const engine = option('engine', 'pglite') as Engine;
const zoneCount = Number(option('zones', '2800'));
const indicatorCount = Number(option('indicators', '30'));
const months = Number(option('months', '120'));
const samples = Number(option('samples', '40'));
const OVERVIEW_INDICATORS = Math.min(10, indicatorCount);
const SERIES_ZONES = 5;
const FTZ_ID = 2;
/** p95 targets: 100 ms on PostgreSQL, 2.5× that on PGlite. */
const TARGET_MS = { postgres: 100, pglite: 250 } as const;

const code = (i: number) => `bench_ind_${String(i).padStart(2, '0')}`;
const monthOf = (m: number) => `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** A province (1), an FTZ under it (2) and its zones (3…), the office's account, the indicators and their values. */
async function generate(db: Kysely<Database>): Promise<{ userId: number; valueRows: number }> {
  await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source) VALUES
    (1, 'BENCH', NULL, '/1/', 'country', '基准省', '基准', 'bench'), (${FTZ_ID}, 'BENCH-FTZ', 1, '/1/2/', 'ftz', '基准自贸区', '基准自贸区', 'bench')`.execute(db);
  await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source, sort_order)
    SELECT 2 + g, 'BZ' || g, ${FTZ_ID}, '/1/2/' || (2 + g) || '/', 'area', '基准片区' || g, '片区' || g, 'bench', g FROM generate_series(1, ${zoneCount}) g`.execute(db);
  await sql`SELECT setval(pg_get_serial_sequence('zones', 'id'), ${zoneCount + 2})`.execute(db);
  const user = await db.insertInto('users').values({ username: 'bench', display_name: '基准', role: 'province_admin', scope_zone_id: 1, password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
  await sql`INSERT INTO indicator_definitions (code, name_zh, name_en, unit, period_kind, combine, is_sample)
    SELECT 'bench_ind_' || lpad(i::text, 2, '0'), '基准指标' || i, 'Bench indicator ' || i, 'cny_100m', 'month', 'sum', true FROM generate_series(1, ${indicatorCount}) i`.execute(db);
  const definitions = await db.selectFrom('indicator_definitions').select('id').orderBy('id').execute();
  // A value from hashes of (indicator, zone, month): deterministic, two decimals, up to 10,000 亿元.
  const value = (salt: number) => sql`round((abs(hashint4(d.id * 7919 + z.id * 131 + m * 7 + ${salt})) % 1000000) / 100.0, 2)`;
  const period = sql`to_char(date '2015-01-01' + make_interval(months => m), 'YYYY-MM')`;
  for (const d of definitions) {
    // The corrected 1%: their first version, recorded and published a month before, closed a day ago (lower ids: older).
    await sql`INSERT INTO indicator_values (indicator_id, zone_id, period, value, source, is_sample, recorded_by, recorded_at, superseded_at, published_at, published_by)
      SELECT d.id, z.id, ${period}, ${value(1)}, '基准来源', true, ${user.id}, now() - interval '30 days', now() - interval '1 day', now() - interval '29 days', ${user.id}
      FROM (SELECT ${d.id}::int AS id) d, zones z, generate_series(0, ${months - 1}) m
      WHERE z.parent_id = ${FTZ_ID} AND abs(hashint4(d.id * 31 + z.id * 17 + m)) % 100 = 0`.execute(db);
    await sql`INSERT INTO indicator_values (indicator_id, zone_id, period, value, source, is_sample, recorded_by, recorded_at, published_at, published_by, correction_reason)
      SELECT d.id, z.id, ${period}, ${value(0)}, '基准来源', true, ${user.id}, now(), now(), ${user.id},
        CASE WHEN abs(hashint4(d.id * 31 + z.id * 17 + m)) % 100 = 0 THEN '核对' END
      FROM (SELECT ${d.id}::int AS id) d, zones z, generate_series(0, ${months - 1}) m
      WHERE z.parent_id = ${FTZ_ID}`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
  const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM indicator_values`.execute(db);
  return { userId: user.id, valueRows: Number(rows[0]!.n) };
}



type Measure = { name: string; p50: number; p95: number; base50: number; base95: number; rows: number };

/** Alternates the app's call and its baseline, `samples` times after 3 warm-ups; the same arguments for both. */
async function measure<A>(name: string, pick: () => A, app: (a: A) => Promise<number>, baseline: (a: A) => Promise<number>, count = samples): Promise<Measure> {
  const appMs: number[] = [];
  const baseMs: number[] = [];
  let rows = 0;
  for (let i = -3; i < count; i++) {
    const args = pick();
    const [n, a] = await time(() => app(args));
    const [b, c] = await time(() => baseline(args));
    if (n !== b && !name.startsWith('overview')) throw new Error(`${name}: the app read ${n} values, the baseline ${b}`);
    if (i < 0) continue;
    appMs.push(a);
    baseMs.push(c);
    rows = n;
  }
  const m = { name, p50: percentile(appMs, 50), p95: percentile(appMs, 95), base50: percentile(baseMs, 50), base95: percentile(baseMs, 95), rows };
  console.log(`[${engine}] ${name}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms; baseline p50 ${m.base50.toFixed(1)} ms, p95 ${m.base95.toFixed(1)} ms; ${rows} values`);
  return m;
}

async function main() {
  await withMigratedEngine(engine, async ({ handle, version, load }) => {
    const db = handle.db;
    const [{ userId, valueRows }, generateMs] = await time(() => generate(db));
    const { rows: sizeRows } = await sql<{ size: string }>`SELECT pg_size_pretty(pg_total_relation_size('indicator_values')) AS size`.execute(db);
    console.log(`[${engine}] ${version}: ${valueRows.toLocaleString('en')} value rows in ${(generateMs / 1000).toFixed(1)} s (${sizeRows[0]!.size} with indexes)`);
    const staff: Reader = { kind: 'staff', context: await benchContext(db, userId) };
    const readers: [string, Reader][] = [['staff', staff], ['public', { kind: 'public' }]];
    const zoneIds = (await db.selectFrom('zones').select('id').where('parent_id', '=', FTZ_ID).orderBy('id').execute()).map((z) => z.id);
    const defs = await db.selectFrom('indicator_definitions').select(['id', 'code']).orderBy('id').execute();
    const random = prng(9);
    const results: Measure[] = [];

    for (const [who, reader] of readers) {
      const pickSeries = () => ({ def: defs[random(defs.length)]!, zones: Array.from({ length: SERIES_ZONES }, () => zoneIds[random(zoneIds.length)]!) });
      results.push(await measure(`series (${who})`, pickSeries,
        async ({ def, zones }) => (await series(db, reader, def.code, { zones: [...new Set(zones)] }, 'zh')).zones.reduce((n, z) => n + z.values.length, 0),
        async ({ def, zones }) => (await sql`SELECT zone_id, period, value::text FROM indicator_values
          WHERE indicator_id = ${def.id} AND zone_id = ANY(${[...new Set(zones)]}::int[]) AND superseded_at IS NULL ORDER BY zone_id, period`.execute(db)).rows.length));
      const pickRanking = () => ({ def: defs[random(defs.length)]!, month: 1 + random(months - 1) });
      results.push(await measure(`ranking (${who})`, pickRanking,
        async ({ def, month }) => (await ranking(db, reader, def.code, { period: monthOf(month), parent: FTZ_ID }, 'zh')).items.length,
        async ({ def, month }) => (await sql`SELECT zone_id, period, value::text FROM indicator_values
          WHERE indicator_id = ${def.id} AND period = ${monthOf(month)} AND superseded_at IS NULL`.execute(db)).rows.length));
    }
    // The overview against the raw aggregation it replaces: every current value of the 10 indicators, the latest per zone.
    const pickOverview = () => {
      const first = random(defs.length);
      return Array.from({ length: OVERVIEW_INDICATORS }, (_, i) => defs[(first + i) % defs.length]!);
    };
    const overviewRounds = Math.max(5, Math.round(samples / 4));
    for (const [who, reader] of readers) {
      results.push(await measure(`overview (${who})`, pickOverview,
        async (ds) => (await overview(db, reader, { indicators: ds.map((d) => d.code), parent: FTZ_ID }, 'zh')).rows.reduce((n, r) => n + r.figures.filter(Boolean).length, 0),
        async (ds) => (await sql`SELECT DISTINCT ON (indicator_id, zone_id) indicator_id, zone_id, period, value::text FROM indicator_values
          WHERE indicator_id = ANY(${ds.map((d) => d.id)}::int[]) AND superseded_at IS NULL ORDER BY indicator_id, zone_id, period DESC`.execute(db)).rows.length,
        overviewRounds));
    }
    write({ version, load, valueRows, generateMs, size: sizeRows[0]!.size, results, overviewRounds });
  });
}

function write(run: { version: string; load: number; valueRows: number; generateMs: number; size: string; results: Measure[]; overviewRounds: number }) {
  const title = engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const target = TARGET_MS[engine];
  const full = zoneCount === 2800 && indicatorCount === 30 && months === 120;
  const command = `${engine === 'postgres' ? 'node scripts/with-postgres.mjs ' : ''}npx tsx bench/indicators/dashboards.ts --engine ${engine}${full ? '' : ` --zones ${zoneCount} --indicators ${indicatorCount} --months ${months}`}`;
  const rows = run.results.map((m) => {
    const isOverview = m.name.startsWith('overview');
    const verdict = isOverview ? (m.base95 / m.p95 >= 10 ? 'met' : '**not met**') : m.p95 <= target ? 'met' : '**not met**';
    const ratio = isOverview ? `${(m.base50 / m.p50).toFixed(0)}× faster (p50), ${(m.base95 / m.p95).toFixed(0)}× (p95)` : `${(m.p50 / m.base50).toFixed(1)} (p50), ${(m.p95 / m.base95).toFixed(1)} (p95)`;
    return `| ${m.name} | ${m.rows.toLocaleString('en')} | ${m.p50.toFixed(1)} | **${m.p95.toFixed(1)}** | ${m.base50.toFixed(1)} | ${m.base95.toFixed(1)} | ${ratio} | ${verdict} |`;
  });
  writeResultsSection(
    `indicator-dashboards-${engine}`,
    `## Indicator dashboards on ${title}

Run ${new Date().toISOString().slice(0, 10)} with \`${command}\` (${run.version}; load average ${run.load.toFixed(1)} at start; ${cpus().length} shared cores, Node ${process.version}).
${full ? '' : `**Scale: ${zoneCount.toLocaleString('en')} zones × ${indicatorCount} indicators × ${months} months, not the issue's 2,800 × 30 × 120** (see the note below the table).\n`}
${run.valueRows.toLocaleString('en')} value rows (${zoneCount.toLocaleString('en')} zones × ${indicatorCount} monthly indicators × ${months} months, all published, 1% corrected once so a superseded version stands beside the current one), generated in SQL one statement per indicator through every index and the rollup trigger in ${(run.generateMs / 1000).toFixed(0)} s; \`indicator_values\` ${run.size} with its indexes.
The app's figures are the dashboards service's functions as the routes call them (zones, scope, definitions, ranks, formatting); the baseline is the bare indexed query for the same values (series, ranking: the month ranked, the app also reads the month before), or for the overview the raw aggregation over every current value of its ${OVERVIEW_INDICATORS} indicators (\`DISTINCT ON\` the latest period per zone) that it read before the rollup. ${samples} samples per query (${run.overviewRounds} for the overview) after 3 warm-ups, app and baseline alternating with the same arguments.

| query | values | p50 ms | p95 ms | baseline p50 ms | baseline p95 ms | × baseline | target |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Targets: series and ranking p95 ≤ ${target} ms${engine === 'pglite' ? ' (2.5× the 100 ms of PostgreSQL)' : ''}; the overview ≥ 10× faster than the raw aggregation.${full ? '' : `

Note on the scale: generation ran at ${Math.round(run.valueRows / (run.generateMs / 1000)).toLocaleString('en')} rows/s here, so the issue's 10,184,245 rows would take about ${Math.round(10_184_245 / (run.valueRows / (run.generateMs / 1000)) / 60)} min to generate before any query; one indicator's values (series, ranking) are as many as at full scale (${zoneCount.toLocaleString('en')} zones × ${months} months), the overview covers ${OVERVIEW_INDICATORS} indicators instead of 10.`}`,
  );
}

await main();
