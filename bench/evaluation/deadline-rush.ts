/**
 * The deadline rush: 200 judges submitting their score sheets at once through the HTTP API, each
 * five sheets one after another and then its first one again (a double click, which must be
 * refused), while another person keeps reading. Checked afterwards: every sheet submitted exactly
 * once, every duplicate refused with 409, one audit entry per submission, no 5xx. Measured: the
 * submissions' latency (p50, p99) and throughput, and the other person's latency during the rush
 * as a ratio to the same requests on the same server just before it (the baseline).
 *
 *   npx tsx bench/evaluation/deadline-rush.ts [--judges 200] [--sheets 5]
 *   node scripts/with-postgres.mjs npx tsx bench/evaluation/deadline-rush.ts --engine postgres
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { hashPassword } from '../../src/features/auth/passwords.js';
import { loadConfig } from '../../src/kernel/config.js';
import { creditCodeCheckCharacter } from '../../src/shared/registry/credit-code.js';
import { build } from '../../src/server/app.js';
import { writeResultsSection } from '../results-file.js';
import { percentile } from '../sampling.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const engine = option('engine', 'pglite') as 'pglite' | 'postgres';
const judgeCount = Number(option('judges', '200'));
const sheetsPerJudge = Number(option('sheets', '5'));
const PASSWORD = 'Rush#Judge2026';
const DEMO_PASSWORD = 'Yanzhen@2026';

// ── The database and the app, on a real port ────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'yanzhen-rush-'));
let dropDatabase = async () => undefined as unknown;
async function open(): Promise<DatabaseHandle> {
  if (engine === 'pglite') return openDatabase({ kind: 'pglite', dataDir: join(work, 'pgdata') });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('run under node scripts/with-postgres.mjs (TEST_DATABASE_URL)');
  const name = `yanzhen_rush_${process.pid}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  dropDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return openDatabase({ kind: 'postgres', url: url.toString() });
}
const database = await open();
await migrate(database);
await loadDemo(database.db, { password: DEMO_PASSWORD });
await sql`ANALYZE`.execute(database.db);
const db = database.db;
const app = await build({ database, config: { ...loadConfig({}, []), loginRateLimitPerMinute: 1_000_000, logLevel: 'warn' } });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

type Answer = { status: number; body: any; ms: number };
async function call(cookie: string | null, method: string, path: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), origin: base },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, ms: performance.now() - started };
}
async function login(username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('yz_sid='));
  if (response.status !== 200 || !cookie) throw new Error(`login ${username}: ${response.status}`);
  return cookie.split(';')[0]!;
}
async function must(answer: Promise<Answer>, what: string): Promise<any> {
  const done = await answer;
  if (done.status >= 300) throw new Error(`${what}: ${done.status} ${JSON.stringify(done.body)}`);
  return done.body;
}
/** At most `limit` of `tasks` at once (logins hash passwords: all at once would only queue). */
async function pooled<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

// ── Set-up: 宜宾's contest, a scored stage, entries, 200 judges drawn and assigned ───────
const organiser = await login('yibin', DEMO_PASSWORD);
const zoneId = (await db.selectFrom('users').select('scope_zone_id').where('username', '=', 'yibin').executeTakeFirstOrThrow()).scope_zone_id!;
const { series } = await must(call(organiser, 'POST', '/api/campaigns/series', { name: '截止日评分压力测试（示例）', organiserZoneId: zoneId }), 'series');
const { campaign } = await must(call(organiser, 'POST', '/api/campaigns', { seriesId: series.id, edition: 1, year: 2021, kind: 'contest', title: '截止日评分压力测试（示例）' }), 'campaign');
const { stage } = await must(call(organiser, 'POST', `/api/campaigns/${campaign.id}/stages`, { kind: 'scored', name: '初赛', blind: true }), 'stage');
const criteria = [0.3, 0.25, 0.25, 0.2].map((weight, i) => ({ nameZh: ['创新性', '操作性', '契合性', '地区特色'][i]!, weight, scaleMin: 0, scaleMax: 100 }));
const set = await must(call(organiser, 'PUT', `/api/campaigns/stages/${stage.id}/criteria`, { criteria }), 'criteria');
const criterionIds: number[] = set.stage.criteria.map((c: { id: number }) => c.id);
await must(call(organiser, 'POST', `/api/campaigns/${campaign.id}/open`, {}), 'open campaign');
await must(call(organiser, 'POST', `/api/campaigns/stages/${stage.id}/open`, {}), 'open stage');

const entryCount = judgeCount; // perEntry = sheetsPerJudge and loadCap = sheetsPerJudge: every judge gets exactly that many
await db
  .insertInto('campaign_entries')
  .values(Array.from({ length: entryCount }, (_, i) => {
    const body = `9137060${String(100_000_000 + i).slice(-9)}X`;
    return { campaign_id: campaign.id, campaign_kind: 'contest', company_name: `示例参赛企业${i + 1}`, credit_code: body + creditCodeCheckCharacter(body), project_name: `示例项目${i + 1}` };
  }))
  .execute();
const hash = await hashPassword(PASSWORD);
const judgeRows = await db
  .insertInto('users')
  .values(Array.from({ length: judgeCount }, (_, i) => ({ username: `rush_judge_${i + 1}`, display_name: `示例评委${i + 1}`, role: 'judge' as const, scope_zone_id: null, password_hash: hash })))
  .returning(['id', 'username'])
  .execute();
// The pool is this bench's judges alone: the demo's own experts step aside.
await db.updateTable('experts').set({ is_active: false }).execute();
await db.insertInto('experts').values(judgeRows.map((row, i) => ({ name: `示例评委${i + 1}`, field: '综合', organisation: `示例单位${i + 1}`, user_id: row.id }))).execute();
await must(call(organiser, 'POST', `/api/campaigns/stages/${stage.id}/draw`, { size: judgeCount, seed: 20211116 }), 'draw');
await must(call(organiser, 'POST', `/api/campaigns/stages/${stage.id}/assignments`, { perEntry: sheetsPerJudge, loadCap: sheetsPerJudge }), 'assign');
await must(call(organiser, 'POST', `/api/campaigns/stages/${stage.id}/start_scoring`, {}), 'start scoring');

type Judge = { cookie: string; entries: number[] };
const judges: Judge[] = [];
await pooled(judgeRows, Math.max(2, cpus().length), async (row) => {
  const cookie = await login(row.username, PASSWORD);
  await must(call(cookie, 'POST', `/api/campaigns/stages/${stage.id}/commitment`, { accept: true }), 'commitment');
  const mine = await must(call(cookie, 'GET', '/api/my/assignments'), 'assignments');
  judges.push({ cookie, entries: mine.items.filter((item: { stageId: number }) => item.stageId === stage.id).map((item: { entry: { id: number } }) => item.entry.id) });
});
const assigned = judges.reduce((sum, judge) => sum + judge.entries.length, 0);

// ── The other person: the province office reading the innovations and the campaign ─────
const reader = await login('admin', DEMO_PASSWORD);
const probePaths = ['/api/innovations?page=1&pageSize=20', `/api/campaigns/${campaign.id}`, '/api/zones'];
async function probe(count: number | (() => boolean)): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; typeof count === 'number' ? i < count : count(); i++) {
    const answer = await call(reader, 'GET', probePaths[i % probePaths.length]!);
    if (answer.status !== 200) throw new Error(`probe ${probePaths[i % probePaths.length]}: ${answer.status}`);
    times.push(answer.ms);
  }
  return times;
}
await probe(60); // warm-up
const idle = await probe(300);

// ── The rush ────────────────────────────────────────────────────────────────────────────
let rushing = true;
const probing = probe(() => rushing);
const submitTimes: number[] = [];
const statuses = new Map<number, number>();
let duplicatesRefused = 0;
const loadAtStart = loadavg()[0]!;
const started = performance.now();
await Promise.all(
  judges.map(async (judge, index) => {
    for (const [k, entryId] of judge.entries.entries()) {
      const scores = Object.fromEntries(criterionIds.map((id, c) => [id, 50 + ((index * 7 + k * 3 + c * 11) % 50)]));
      const answer = await call(judge.cookie, 'POST', `/api/campaigns/stages/${stage.id}/sheets/${entryId}/submit`, { scores });
      submitTimes.push(answer.ms);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
    const again = await call(judge.cookie, 'POST', `/api/campaigns/stages/${stage.id}/sheets/${judge.entries[0]}/submit`, { scores: Object.fromEntries(criterionIds.map((id) => [id, 1])) });
    if (again.status === 409) duplicatesRefused++;
    else statuses.set(again.status, (statuses.get(again.status) ?? 0) + 1);
  }),
);
const elapsed = performance.now() - started;
rushing = false;
const during = await probing;

// ── What the database holds ─────────────────────────────────────────────────────────────
const sheets = await db
  .selectFrom('score_sheets')
  .select([sql<number>`count(*) FILTER (WHERE status = 'submitted')::int`.as('submitted'), sql<number>`count(DISTINCT (entry_id, expert_id))::int`.as('distinct')])
  .where('stage_id', '=', stage.id)
  .executeTakeFirstOrThrow();
const audited = await db
  .selectFrom('audit_log')
  .select(sql<number>`count(*)::int`.as('n'))
  .where('type', '=', 'score_sheet.submitted')
  .executeTakeFirstOrThrow();
// A duplicate must not have overwritten anything: no sheet holds the double click's scores of 1.
const overwritten = await db
  .selectFrom('score_sheets')
  .select(sql<number>`count(*)::int`.as('n'))
  .where('stage_id', '=', stage.id)
  .where(sql<boolean>`scores->>${String(criterionIds[0])} = '1'`)
  .executeTakeFirstOrThrow();

await app.close();
await database.close();
await dropDatabase();
rmSync(work, { recursive: true, force: true });

const ok = statuses.get(200) ?? 0;
const fiveHundreds = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
const lost = assigned - sheets.submitted;
const checks = { lost, duplicated: sheets.submitted - sheets.distinct, overwritten: overwritten.n, fiveHundreds, auditGap: sheets.submitted - audited.n };
const allGood = ok === assigned && duplicatesRefused === judges.length && Object.values(checks).every((n) => n === 0);
const ratio = percentile(during, 99) / percentile(idle, 99);
const round = (n: number) => n.toFixed(1);
const line =
  `| ${engine} | ${judges.length} × ${sheetsPerJudge} = ${assigned} | ${ok} | ${duplicatesRefused}/${judges.length} | ${lost} / ${checks.duplicated} / ${fiveHundreds} | ` +
  `${round(percentile(submitTimes, 50))} / ${round(percentile(submitTimes, 99))} ms | ${Math.round((assigned + judges.length) / (elapsed / 1000))} req/s | ` +
  `${round(percentile(idle, 99))} → ${round(percentile(during, 99))} ms (${ratio.toFixed(1)}×, ${during.length} requests) |`;
console.log(line);
console.log(allGood ? 'deadline rush: every sheet submitted once, every duplicate refused' : `deadline rush FAILED: ${JSON.stringify({ ok, duplicatesRefused, ...checks, statuses: [...statuses] })}`);
writeResultsSection(
  `evaluation-deadline-rush-${engine}`,
  `### Deadline rush on ${engine} (${new Date().toISOString().slice(0, 10)}, ${cpus().length} shared cores, load average ${loadAtStart.toFixed(1)} at the start of the rush)\n\n` +
    '`npx tsx bench/evaluation/deadline-rush.ts` — 200 judges through the HTTP API at once, each submitting its sheets one after another, then its first again (a double click). ' +
    'The other person (the province office) reads the innovations list, the campaign and the zone tree throughout; its p99 during the rush is compared with the same requests just before it.\n\n' +
    '| engine | sheets | submitted (200) | duplicates refused (409) | lost / duplicated / 5xx | submit p50 / p99 | throughput | reader p99 idle → rush |\n|---|---|---|---|---|---|---|---|\n' +
    `${line}\n`,
);
if (!allGood) process.exitCode = 1;
