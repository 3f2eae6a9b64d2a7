/**
 * The main read endpoints under load, each against a bare Fastify route that sends the same SQL
 * and answers the same JSON (bench/app/same-sql-server.ts), measured alternately in the same
 * run; plus the memory of both servers, idle and under load.
 *
 *   npx tsx bench/app/load.ts [--engine pglite] [--connections 50] [--seconds 5] [--rounds 1]
 *   node scripts/with-postgres.mjs npx tsx bench/app/load.ts --engine postgres
 *   … [--only <label part>] (those endpoints, nothing written) [--profile <dir>] (CPU profiles of both servers)
 *
 * Both servers run as single node processes (`node --import tsx`), so their memory is their own.
 * The app runs with its defaults (log level info) unless --log-level says otherwise.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { openDatabase as OpenDatabase } from '../../src/db/client.js';
import { writeResultsSection } from '../results-file.js';
import { captureEndpoints, DEMO_ADMIN, type AppModules, type Capture } from './capture.js';
import { ROOT, cpuMsOf, memoryOf, startServer, type Started } from './server-process.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const engine = option('engine', 'pglite') as 'pglite' | 'postgres';
const connections = Number(option('connections', '50'));
const seconds = Number(option('seconds', '5'));
const rounds = Number(option('rounds', '1'));
const logLevel = option('log-level', 'info');
const only = option('only', '');
/** Another checkout to measure (e.g. an earlier commit, from `git archive`); the baseline stays this one's. */
const root = option('root', ROOT);
const label = option('label', '');
const note = option('note', '');
/** A directory for CPU profiles of both servers over the whole run (`--cpu-prof`), to see where the time goes. */
const profileDir = option('profile', '');
const nodeArgs = (name: string) => (profileDir ? ['--cpu-prof', '--cpu-prof-dir', join(profileDir, name)] : []);

const work = mkdtempSync(join(tmpdir(), 'yanzhen-load-'));
const appEnv: Record<string, string> = { LOG_LEVEL: logLevel, YANZHEN_LOGIN_RATE_LIMIT: '1000' };
const baselineEnv: Record<string, string> = { BENCH_CAPTURE: join(work, 'capture.json') };
let adminUrl: string | undefined;
let databaseName: string | undefined;

async function pgAdmin(sqlText: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

if (engine === 'postgres') {
  adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('run under node scripts/with-postgres.mjs (TEST_DATABASE_URL)');
  databaseName = `yanzhen_load_${process.pid}`;
  await pgAdmin(`CREATE DATABASE ${databaseName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  Object.assign(appEnv, { DATABASE_URL: url.toString(), YANZHEN_DEMO: '1' });
  baselineEnv.DATABASE_URL = url.toString();
} else {
  appEnv.YANZHEN_DATA_DIR = join(work, 'app');
  baselineEnv.BENCH_PGLITE_DIR = join(work, 'baseline', 'pgdata');
}
const mainEntry = join(root, 'src/server/main.ts');
const { openDatabase } = (await import(join(root, 'src/db/client.ts'))) as { openDatabase: typeof OpenDatabase };
const modules: AppModules = {
  build: ((await import(join(root, 'src/server/app.ts'))) as AppModules).build,
  loadConfig: ((await import(join(root, 'src/kernel/config.ts'))) as AppModules).loadConfig,
};
const baselineEntry = join(ROOT, 'bench/app/same-sql-server.ts');

// 1. First start: migrations and the demo data. Then record what each endpoint does.
const first = await startServer(mainEntry, appEnv, '/api/health', { direct: true });
await first.stop();
const database = await openDatabase(engine === 'postgres' ? { kind: 'postgres', url: appEnv.DATABASE_URL! } : { kind: 'pglite', dataDir: join(work, 'app', 'pgdata') });
let capture: Capture;
try {
  capture = await captureEndpoints(database, modules);
} finally {
  await database.close();
}
if (only) capture.endpoints = capture.endpoints.filter((endpoint) => endpoint.label.includes(only) || endpoint.path === '/api/health');
writeFileSync(baselineEnv.BENCH_CAPTURE!, JSON.stringify(capture));
if (engine === 'pglite') cpSync(join(work, 'app', 'pgdata'), baselineEnv.BENCH_PGLITE_DIR!, { recursive: true });

// 2. Both servers up; memory once settled, before any load.
const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));
const baseline = await startServer(baselineEntry, baselineEnv, '/api/health', { direct: true, nodeArgs: nodeArgs('baseline') });
const app = await startServer(mainEntry, appEnv, '/api/health', { direct: true, nodeArgs: nodeArgs('app') });
await settle();
const idle = { baseline: memoryOf(baseline.child.pid!).rssMb, app: memoryOf(app.child.pid!).rssMb };

const login = await fetch(`http://127.0.0.1:${app.port}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(DEMO_ADMIN),
});
if (!login.ok) throw new Error(`login failed: ${login.status}`);
const cookie = login.headers.getSetCookie().find((c) => c.startsWith('yz_sid='))!.split(';')[0]!;

/** cpuMs: the server's CPU time (user + system) per answered request. */
type Load = { rps: number; p50: number; p99: number; errors: number; maxRssMb: number; cpuMs: number };

async function load(server: Started, path: string, signedIn: boolean, duration: number): Promise<Load> {
  let maxRssMb = 0;
  const timer = setInterval(() => {
    maxRssMb = Math.max(maxRssMb, memoryOf(server.child.pid!).rssMb);
  }, 200);
  const cpuBefore = cpuMsOf(server.child.pid!);
  const result = await autocannon({ url: `http://127.0.0.1:${server.port}${path}`, connections, duration, headers: signedIn ? { cookie } : {} });
  clearInterval(timer);
  maxRssMb = Math.max(maxRssMb, memoryOf(server.child.pid!).rssMb);
  const cpuMs = (cpuMsOf(server.child.pid!) - cpuBefore) / Math.max(result.requests.total, 1);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, maxRssMb, cpuMs };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
function combine(loads: Load[]): Load {
  return {
    rps: mean(loads.map((l) => l.rps)),
    p50: mean(loads.map((l) => l.p50)),
    p99: mean(loads.map((l) => l.p99)),
    errors: loads.reduce((n, l) => n + l.errors, 0),
    maxRssMb: Math.max(...loads.map((l) => l.maxRssMb)),
    cpuMs: mean(loads.map((l) => l.cpuMs)),
  };
}

// 3. Each endpoint: the baseline and the app alternately (ABBA over the rounds), after a warm-up.
const rows: { label: string; path: string; statements: number; batches: number; bytes: number; baseline: Load; app: Load }[] = [];
for (const endpoint of capture.endpoints) {
  const signedIn = endpoint.signedIn;
  await load(baseline, endpoint.path, false, 1);
  await load(app, endpoint.path, signedIn, 1);
  const b: Load[] = [];
  const a: Load[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      b.push(await load(baseline, endpoint.path, false, seconds));
      a.push(await load(app, endpoint.path, signedIn, seconds));
    } else {
      a.push(await load(app, endpoint.path, signedIn, seconds));
      b.push(await load(baseline, endpoint.path, false, seconds));
    }
  }
  const row = {
    label: endpoint.label,
    path: endpoint.path,
    statements: endpoint.batches.flat().length,
    batches: endpoint.batches.length,
    bytes: endpoint.bytes,
    baseline: combine(b),
    app: combine(a),
  };
  rows.push(row);
  console.log(
    `${row.label.padEnd(28)} baseline ${row.baseline.rps.toFixed(0).padStart(6)} req/s p99 ${row.baseline.p99} ms | app ${row.app.rps.toFixed(0).padStart(6)} req/s p99 ${row.app.p99} ms | ${(row.app.rps / row.baseline.rps).toFixed(2)}× CPU ${row.baseline.cpuMs.toFixed(2)}/${row.app.cpuMs.toFixed(2)} ms (${row.statements} statements, errors ${row.baseline.errors}/${row.app.errors}; RSS ${row.baseline.maxRssMb.toFixed(0)}/${row.app.maxRssMb.toFixed(0)} MB)`,
  );
}
await settle();
const after = { baseline: memoryOf(baseline.child.pid!), app: memoryOf(app.child.pid!) };
await app.stop();
await baseline.stop();
if (databaseName) await pgAdmin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
rmSync(work, { recursive: true, force: true });

// 4. The section of bench/RESULTS.md.
const peak = { baseline: Math.max(...rows.map((r) => r.baseline.maxRssMb)), app: Math.max(...rows.map((r) => r.app.maxRssMb)) };
const mb = (n: number) => `${n.toFixed(0)} MB`;
const lines: string[] = [];
const title = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
lines.push(`## API under load on ${title}${label ? ` (${label})` : ''}`);
lines.push('');
lines.push(
  `Run ${new Date().toISOString().slice(0, 10)} with \`${engine === 'postgres' ? 'node scripts/with-postgres.mjs ' : ''}npx tsx bench/app/load.ts --engine ${engine}${rounds > 1 ? ` --rounds ${rounds}` : ''}${label ? ` --label ${label}` : ''}${root === ROOT ? '' : ' --root <checkout>'}\`${note ? ` (${note})` : ''}: autocannon, ${connections} connections, ${seconds} s per run${rounds > 1 ? `, ${rounds} runs per server alternating` : ''}, after a 1 s warm-up; ${cpus().length} cores, Node ${process.version}; the app at log level ${logLevel}.`,
);
lines.push(
  'Baseline: a bare Fastify route per endpoint (`bench/app/same-sql-server.ts`) that sends the statements the app sent for that request, in the same batches, and answers the JSON it answered (recorded by `bench/app/capture.ts` from a warm second call). Each endpoint runs on the baseline and then on the app, so every ratio is from the same minute. Staff endpoints are called as the demo province admin. CPU per request is the server process’s user + system time over the run divided by the requests it answered (steadier than req/s on a shared machine).',
);
lines.push('');
lines.push('| endpoint | statements (round trips) | JSON | baseline req/s | baseline p99 | app req/s | app p99 | × req/s | × p99 | CPU per request, baseline / app |');
lines.push('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  lines.push(
    `| ${row.label} \`${decodeURIComponent(row.path)}\` | ${row.statements} (${row.batches}) | ${(row.bytes / 1024).toFixed(1)} kB | ${row.baseline.rps.toFixed(0)} | ${row.baseline.p99} ms | ${row.app.rps.toFixed(0)} | ${row.app.p99} ms | ${(row.app.rps / row.baseline.rps).toFixed(2)} | ${(row.app.p99 / Math.max(row.baseline.p99, 1)).toFixed(2)} | ${row.baseline.cpuMs.toFixed(2)} / ${row.app.cpuMs.toFixed(2)} ms |`,
  );
}
lines.push('');
lines.push('| memory (RSS) | baseline | app | app − baseline |');
lines.push('|---|---|---|---|');
lines.push(`| idle, after start | ${mb(idle.baseline)} | ${mb(idle.app)} | ${mb(idle.app - idle.baseline)} |`);
lines.push(`| under load (highest sample) | ${mb(peak.baseline)} | ${mb(peak.app)} | ${mb(peak.app - peak.baseline)} |`);
lines.push(`| idle, after the load | ${mb(after.baseline.rssMb)} | ${mb(after.app.rssMb)} | ${mb(after.app.rssMb - after.baseline.rssMb)} |`);
const main = rows.filter((row) => row.path !== '/api/health');
const ratioMet = main.filter((row) => row.app.rps / row.baseline.rps >= 0.9).length;
const p99Met = main.filter((row) => row.app.p99 <= 1.2 * Math.max(row.baseline.p99, 1)).length;
const stats = rows.filter((row) => row.label.startsWith('stats '));
const met = (ok: boolean) => (ok ? 'met' : 'not met');
lines.push('');
lines.push('| target (issue 6) | figure | |');
lines.push('|---|---|---|');
lines.push(`| each main read endpoint ≥ 0.9× the same-SQL route | ${ratioMet} of ${main.length} (lowest ${Math.min(...main.map((r) => r.app.rps / r.baseline.rps)).toFixed(2)}×) | ${met(ratioMet === main.length)} |`);
lines.push(`| … with p99 ≤ 1.2× its p99 | ${p99Met} of ${main.length} | ${met(p99Met === main.length)} |`);
if (engine === 'pglite') {
  for (const row of stats) lines.push(`| ${row.label} ≥ 600 req/s, p99 ≤ 150 ms | ${row.app.rps.toFixed(0)} req/s, p99 ${row.app.p99} ms | ${met(row.app.rps >= 600 && row.app.p99 <= 150)} |`);
}
lines.push(`| idle memory within 80 MB of the baseline | ${mb(idle.app - idle.baseline)} | ${met(idle.app - idle.baseline <= 80)} |`);
lines.push(`| memory under load within 150 MB of the baseline | ${mb(peak.app - peak.baseline)} | ${met(peak.app - peak.baseline <= 150)} |`);
const output = lines.join('\n');
console.log(`\n${output}`);
if (!only) writeResultsSection(`api-load-${engine}${label ? `-${label}` : ''}`, output);
