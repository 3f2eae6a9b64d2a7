/**
 * The issue's delegated-powers target (issue 10, Bench): a province-sized catalogue — 50,000 items
 * delegated across 300 zones (one delegation per item), 36 months of case counts for every
 * delegation in use (about a third of its months timed) — generated straight into the database
 * with `generate_series` through every index the app has. A tenth of the delegations were changed
 * by a later batch and 2% withdrawn, so the catalogue on a day has to pick each one's change in
 * effect. Then, through the functions the routes call, for the province office and the public:
 *   - stats: the 放得下、接得住、用得好 view over 12 months, for the whole province and for one zone;
 *   - catalogue on a day: the first page (20, with the total) as it stood on a random day, for the
 *     whole province and for one zone;
 * each against a baseline measured in the same run: the bare query for the same rows (the
 * month-window sum of case counts per delegation in scope; the latest change on or before the day
 * of every delegation in scope, counted).
 *
 *   npx tsx bench/powers/catalogue.ts [--engine pglite|postgres] [--items 50000] [--zones 300] [--months 36] [--samples 30]
 *   node scripts/with-postgres.mjs npx tsx bench/powers/catalogue.ts --engine postgres
 *
 * Each engine rewrites its own section of bench/RESULTS.md.
 */
import { cpus } from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { viewerOf, PUBLIC_VIEWER, type Viewer } from '../../src/kernel/viewer.js';
import { listDelegations } from '../../src/features/powers/powers.repo.js';
import { cachedPowerStats, powerStats } from '../../src/features/powers/powers-stats.js';
import { benchContext, option, time } from '../evaluation/bench-contest.js';
import { withMigratedEngine, type Engine } from '../database.js';
import { writeResultsSection } from '../results-file.js';
import { prng, percentile } from '../sampling.js';

const engine = option('engine', 'pglite') as Engine;
const itemCount = Number(option('items', '50000'));
const zoneCount = Number(option('zones', '300'));
const months = Number(option('months', '36'));
const samples = Number(option('samples', '30'));
const WINDOW = 12;
const PAGE = 20;
const FTZ_ID = 2;
const FIRST_MONTH = '2023-01';
/** p95 targets: 100 ms on PostgreSQL, 2.5× that on PGlite. */
const TARGET_MS = { postgres: 100, pglite: 250 } as const;

const monthAt = (m: number) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** A province (1), an FTZ (2), its zones, the office's account, three batches, the items, delegations, changes and case months. */
async function generate(db: Kysely<Database>): Promise<{ userId: number; caseRows: number }> {
  await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source) VALUES
    (1, 'BENCH', NULL, '/1/', 'country', '基准省', '基准', 'bench'), (${FTZ_ID}, 'BENCH-FTZ', 1, '/1/2/', 'ftz', '基准自贸区', '基准自贸区', 'bench')`.execute(db);
  await sql`INSERT INTO zones (id, code, parent_id, path, type, name, short_name, source, sort_order)
    SELECT 2 + g, 'BZ' || g, ${FTZ_ID}, '/1/2/' || (2 + g) || '/', 'area', '基准片区' || g, '片区' || g, 'bench', g FROM generate_series(1, ${zoneCount}) g`.execute(db);
  await sql`SELECT setval(pg_get_serial_sequence('zones', 'id'), ${zoneCount + 2})`.execute(db);
  const user = await db.insertInto('users').values({ username: 'bench', display_name: '基准', role: 'province_admin', scope_zone_id: 1, password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
  await sql`INSERT INTO power_batches (id, level, title, document, effective_on) VALUES
    (1, 'province', '第一批（基准）', '基准令第1号', '2021-01-01'), (2, 'city', '第二批（基准）', '基准令第2号', '2022-01-01'), (3, 'province', '调整批次（基准）', '基准令第3号', '2023-07-01')`.execute(db);
  await sql`INSERT INTO power_items (tier, name, code, item_type, department, implementing_body, legal_basis, legal_limit_days, is_sample)
    SELECT 'main', '基准事项' || g, 'BENCH-' || lpad(g::text, 6, '0'), (ARRAY['licensing', 'confirmation', 'other_power', 'public_service'])[1 + g % 4],
      '基准厅' || (g % 40), '基准厅' || (g % 40), '《基准条例》第' || (g % 90) || '条', 20, true
    FROM generate_series(1, ${itemCount}) g`.execute(db);
  // One delegation per item, round the zones; 2% withdrawn, 5% taken up, 8% not yet taken up, the rest running.
  await sql`INSERT INTO power_delegations (item_id, batch_id, zone_id, delegation_type, entrustment_ref, promised_limit_days, status, withdrawn_on, withdrawn_document, is_sample)
    SELECT i.id, 1 + (i.id % 2), 3 + (i.id % ${zoneCount}), CASE WHEN i.id % 10 = 0 THEN 'entrust' ELSE 'devolve' END, CASE WHEN i.id % 10 = 0 THEN '委托书' || i.id END,
      5 + i.id % 10, CASE WHEN i.id % 50 = 0 THEN 'revoked' WHEN i.id % 20 = 1 THEN 'taken_up' WHEN i.id % 13 = 2 THEN 'delegated' ELSE 'in_operation' END,
      CASE WHEN i.id % 50 = 0 THEN date '2024-03-01' END, CASE WHEN i.id % 50 = 0 THEN '收回令' END, true
    FROM power_items i`.execute(db);
  await sql`INSERT INTO power_delegation_changes (delegation_id, batch_id, action, effective_on, document, delegation_type, entrustment_ref, promised_limit_days)
    SELECT d.id, d.batch_id, 'add', b.effective_on, b.document, d.delegation_type, d.entrustment_ref, d.promised_limit_days FROM power_delegations d JOIN power_batches b ON b.id = d.batch_id`.execute(db);
  await sql`INSERT INTO power_delegation_changes (delegation_id, batch_id, action, effective_on, document, delegation_type, entrustment_ref, promised_limit_days)
    SELECT d.id, 3, 'change', date '2023-07-01', '基准令第3号', d.delegation_type, d.entrustment_ref, greatest(1, d.promised_limit_days - 2) FROM power_delegations d WHERE d.id % 10 = 3`.execute(db);
  await sql`INSERT INTO power_delegation_changes (delegation_id, batch_id, action, effective_on, document, delegation_type, entrustment_ref, promised_limit_days)
    SELECT d.id, NULL, 'withdraw', d.withdrawn_on, d.withdrawn_document, d.delegation_type, d.entrustment_ref, d.promised_limit_days FROM power_delegations d WHERE d.status = 'revoked'`.execute(db);
  // Months of cases for the delegations in use; one month in 9 is empty; a third of the months timed (1–3 cases, 1–15 working days).
  await sql`INSERT INTO power_case_months (delegation_id, month, case_count, durations, is_sample)
    SELECT d.id, to_char(date '2023-01-01' + make_interval(months => m), 'YYYY-MM'), CASE WHEN abs(hashint4(d.id * 37 + m)) % 9 = 0 THEN 0 ELSE 1 + abs(hashint4(d.id * 31 + m)) % 40 END,
      CASE WHEN abs(hashint4(d.id * 37 + m)) % 9 <> 0 AND abs(hashint4(d.id * 17 + m)) % 3 = 0
        THEN jsonb_build_array(1 + abs(hashint4(d.id + m)) % 15, 1 + abs(hashint4(d.id * 3 + m)) % 15) ELSE '[]'::jsonb END, true
    FROM power_delegations d, generate_series(0, ${months - 1}) m WHERE d.status IN ('taken_up', 'in_operation')`.execute(db);
  await sql`ANALYZE`.execute(db);
  const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM power_case_months`.execute(db);
  return { userId: user.id, caseRows: Number(rows[0]!.n) };
}



type Measure = { name: string; p50: number; p95: number; base50: number; base95: number; rows: number };

/** Alternates the app's call and its baseline, `samples` times after 3 warm-ups, with the same arguments; both answer the same count. */
async function measure<A>(name: string, pick: () => A, app: (a: A) => Promise<number>, baseline: (a: A) => Promise<number>, prime?: (a: A) => Promise<unknown>): Promise<Measure> {
  const appMs: number[] = [];
  const baseMs: number[] = [];
  let rows = 0;
  for (let i = -3; i < samples; i++) {
    const args = pick();
    if (prime) await prime(args);
    const [n, a] = await time(() => app(args));
    const [b, c] = await time(() => baseline(args));
    if (n !== b) throw new Error(`${name}: the app counted ${n}, the baseline ${b}`);
    if (i < 0) continue;
    appMs.push(a);
    baseMs.push(c);
    rows = n;
  }
  const m = { name, p50: percentile(appMs, 50), p95: percentile(appMs, 95), base50: percentile(baseMs, 50), base95: percentile(baseMs, 95), rows };
  console.log(`[${engine}] ${name}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms; baseline p50 ${m.base50.toFixed(1)} ms, p95 ${m.base95.toFixed(1)} ms; ${rows}`);
  return m;
}

async function main() {
  await withMigratedEngine(engine, async ({ handle, version, load }) => {
    const db = handle.db;
    const [{ userId, caseRows }, generateMs] = await time(() => generate(db));
    const { rows: sizeRows } = await sql<{ size: string }>`SELECT pg_size_pretty(pg_total_relation_size('power_case_months')) AS size`.execute(db);
    console.log(`[${engine}] ${version}: ${caseRows.toLocaleString('en')} case months in ${(generateMs / 1000).toFixed(1)} s (${sizeRows[0]!.size} with indexes)`);
    const staff = viewerOf(await benchContext(db, userId));
    const readers: [string, Viewer][] = [['staff', staff], ['public', PUBLIC_VIEWER]];
    const random = prng(10);
    const pickZone = () => `/1/2/${3 + random(zoneCount)}/`;
    const lastMonth = monthAt(months - 1);
    const firstInWindow = monthAt(months - WINDOW);
    const pickDay = () => `${2021 + random(4)}-${String(1 + random(12)).padStart(2, '0')}-15`;
    const results: Measure[] = [];

    // The used count: delegations in use with cases in the window (the app's `used`).
    const bareUsed = async (zonePath: string) =>
      Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM (SELECT m.delegation_id FROM power_case_months m JOIN power_delegations d ON d.id = m.delegation_id JOIN zones z ON z.id = d.zone_id
        WHERE z.path LIKE ${`${zonePath}%`} AND d.status IN ('taken_up', 'in_operation') AND m.month BETWEEN ${firstInWindow} AND ${lastMonth}
        GROUP BY m.delegation_id HAVING sum(m.case_count) > 0) s`.execute(db)).rows[0]!.n);
    // The catalogue on a day, counted: each delegation's latest change on or before it, withdrawals out.
    const bareOnDay = async ({ zonePath, day }: { zonePath: string; day: string }) =>
      Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM (SELECT DISTINCT ON (c.delegation_id) c.action FROM power_delegation_changes c
        JOIN power_delegations d ON d.id = c.delegation_id JOIN zones z ON z.id = d.zone_id
        WHERE z.path LIKE ${`${zonePath}%`} AND c.effective_on <= ${day}::date ORDER BY c.delegation_id, c.effective_on DESC, c.id DESC) s WHERE s.action <> 'withdraw'`.execute(db)).rows[0]!.n);

    for (const [who, viewer] of readers) {
      for (const [scope, pick] of [['province', () => '/1/2/'], ['one zone', pickZone]] as const) {
        // Computed: what the first reader after a write waits for. Kept: every reader until the next write.
        results.push(await measure(`stats computed, ${scope} (${who})`, pick,
          async (zonePath) => (await powerStats(db, viewer, { zonePath, months: WINDOW, until: lastMonth })).used,
          bareUsed));
        const kept = (zonePath: string) => cachedPowerStats(db, viewer, { zonePath, months: WINDOW, until: lastMonth });
        results.push(await measure(`stats kept, ${scope} (${who})`, pick, async (zonePath) => (await kept(zonePath)).used, bareUsed, kept));
        const pickOnDay = () => ({ zonePath: pick(), day: pickDay() });
        results.push(await measure(`catalogue on a day, ${scope} (${who})`, pickOnDay,
          async ({ zonePath, day }) => (await listDelegations(db, viewer, { zonePath, on: day, limit: PAGE, offset: 0 })).total,
          bareOnDay));
      }
    }
    write({ version, load, caseRows, generateMs, size: sizeRows[0]!.size, results });
  });
}

function write(run: { version: string; load: number; caseRows: number; generateMs: number; size: string; results: Measure[] }) {
  const title = engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const target = TARGET_MS[engine];
  const full = itemCount === 50000 && zoneCount === 300 && months === 36;
  const command = `${engine === 'postgres' ? 'node scripts/with-postgres.mjs ' : ''}npx tsx bench/powers/catalogue.ts --engine ${engine}${full ? '' : ` --items ${itemCount} --zones ${zoneCount} --months ${months}`}`;
  const rows = run.results.map(
    (m) =>
      `| ${m.name} | ${m.rows.toLocaleString('en')} | ${m.p50.toFixed(1)} | **${m.p95.toFixed(1)}** | ${m.base50.toFixed(1)} | ${m.base95.toFixed(1)} | ${(m.p50 / m.base50).toFixed(1)} (p50), ${(m.p95 / m.base95).toFixed(1)} (p95) | ${m.p95 <= target ? 'met' : '**not met**'} |`,
  );
  writeResultsSection(
    `powers-catalogue-${engine}`,
    `## Delegated powers on ${title}

Run ${new Date().toISOString().slice(0, 10)} with \`${command}\` (${run.version}; load average ${run.load.toFixed(1)} at start; ${cpus().length} shared cores, Node ${process.version}).
${full ? '' : `**Scale: ${itemCount.toLocaleString('en')} items × ${zoneCount} zones × ${months} months, not the issue's 50,000 × 300 × 36.**\n`}
${itemCount.toLocaleString('en')} catalogue items, each delegated to one of ${zoneCount} zones (about ${Math.round(itemCount / zoneCount)} a zone; 2% withdrawn, a tenth changed by a later batch), ${run.caseRows.toLocaleString('en')} monthly case counts (${months} months of every delegation in use, a third of them timed), generated in SQL in ${(run.generateMs / 1000).toFixed(0)} s; \`power_case_months\` ${run.size} with its indexes.
The app's figures are the functions the routes call: \`powerStats\` computed (what the first reader after a write waits for) and as the routes serve it, kept with the data version until the next write (\`cachedPowerStats\`, the reader's cost until then) — the whole 放得下、接得住、用得好 view over ${WINDOW} months: counts by level, type, status and item type, use and pooled working days per delegation, zero-use and slow ones named, the monthly trend — and \`listDelegations\` with \`on\` (the first page of ${PAGE} and the total, as it stood on a random day of 2021–2024). The baselines are the bare queries for the same figure: the delegations in use with cases in the window (the view's \`used\`), and each delegation's latest change on or before the day, counted (the page's total). ${samples} samples per query after 3 warm-ups, app and baseline alternating with the same arguments; the rows column is that figure.

| query | rows | p50 ms | p95 ms | baseline p50 ms | baseline p95 ms | × baseline | p95 target |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Target: p95 ≤ ${target} ms${engine === 'pglite' ? ' (2.5× the 100 ms of PostgreSQL)' : ''}. Province-wide, the bare window sum alone (a year of a province's case months, about half a million rows) is above it, so the view computed from the rows cannot meet it; the routes serve the kept view, and the first reader after a write waits for the computed one.`,
  );
}

await main();
