/**
 * Start-up and API throughput of the app on the embedded database, each as a ratio to a
 * baseline measured in the same run (a bare Fastify app started through the same loader,
 * and its /api/health). Usage: npx tsx bench/app/run.ts [--rounds 3] [--seconds 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT, startServer } from './server-process.js';
import { writeResultsSection } from '../results-file.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const rounds = option('rounds', 3);
const seconds = option('seconds', 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function load(url: string) {
  const result = await autocannon({ url, connections: 10, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const baselineStarts: number[] = [];
const firstStarts: number[] = [];
const restarts: number[] = [];
for (let round = 0; round < rounds; round++) {
  const baseline = await startServer(join(ROOT, 'bench/app/baseline-server.ts'), {});
  baselineStarts.push(baseline.readyMs);
  await baseline.stop();
  const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-bench-'));
  const first = await startServer(join(ROOT, 'src/server/main.ts'), { YANZHEN_DATA_DIR: dataDir });
  firstStarts.push(first.readyMs);
  await first.stop();
  const again = await startServer(join(ROOT, 'src/server/main.ts'), { YANZHEN_DATA_DIR: dataDir });
  restarts.push(again.readyMs);
  await again.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const baseline = await startServer(join(ROOT, 'bench/app/baseline-server.ts'), {});
const baselineLoad = await load(`http://127.0.0.1:${baseline.port}/api/health`);
await baseline.stop();

const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-bench-'));
const app = await startServer(join(ROOT, 'src/server/main.ts'), { YANZHEN_DATA_DIR: dataDir });
const base = `http://127.0.0.1:${app.port}`;
const endpoints = [
  '/api/health',
  '/api/zones',
  '/api/stats/overview',
  '/api/stats/formation',
  '/api/public/innovations?pageSize=20',
  `/api/public/innovations?q=${encodeURIComponent('保税')}`,
];
const loads: { path: string; rps: number; p99: number }[] = [];
for (const path of endpoints) loads.push({ path, ...(await load(base + path)) });
await app.stop();
rmSync(dataDir, { recursive: true, force: true });

const baseStart = median(baselineStarts);
const lines: string[] = [];
const log = (line: string) => {
  console.log(line);
  lines.push(line);
};
log(`\n## App start-up (median of ${rounds}) — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 cores`);
log('| what | ms | × baseline |\n|---|---|---|');
log(`| baseline: bare Fastify via tsx | ${baseStart.toFixed(0)} | 1.0 |`);
log(`| first start (new data dir: migrate + demo data) | ${median(firstStarts).toFixed(0)} | ${(median(firstStarts) / baseStart).toFixed(1)} |`);
log(`| restart (existing data dir) | ${median(restarts).toFixed(0)} | ${(median(restarts) / baseStart).toFixed(1)} |`);
log(`\n## API throughput on PGlite (autocannon, 10 connections, ${seconds} s each)`);
log('| endpoint | req/s | p99 ms | × baseline req/s |\n|---|---|---|---|');
log(`| baseline: bare Fastify /api/health | ${baselineLoad.rps.toFixed(0)} | ${baselineLoad.p99} | 1.00 |`);
for (const row of loads) log(`| ${decodeURIComponent(row.path)} | ${row.rps.toFixed(0)} | ${row.p99} | ${(row.rps / baselineLoad.rps).toFixed(2)} |`);
log('\nTargets (issue 2): first start under 10 s, restart under 3 s. Run: `npm run bench` (bench/app/run.ts).');
writeResultsSection('app', lines.join('\n'));
