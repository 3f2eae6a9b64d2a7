#!/usr/bin/env node
/**
 * Kill test for the embedded database: acknowledged writes must survive a SIGKILL.
 *
 *   node scripts/kill-test.mjs [--kills 20] [--seed N] [--concurrency 8] [--min-ms 300] [--max-ms 3000] [--keep]
 *
 * Starts the real server (`src/server/main.ts`) on a fresh data dir, signs in as admin, runs a
 * burst of concurrent writes (new innovations and edits of earlier ones), records every write
 * the server acknowledged (2xx with its body), SIGKILLs the server at a random moment of the
 * burst, restarts it on the same data dir and checks that every acknowledged write is there.
 * Repeats --kills times, prints a summary and exits 1 if any acknowledged write was lost (or
 * the server would not come back). The same --seed gives the same kill moments.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PASSWORD = process.env.YANZHEN_DEMO_PASSWORD || 'Yanzhen@2026';
const READY_TIMEOUT_MS = 120_000;

const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    'min-ms': { type: 'string', default: '300' },
    'max-ms': { type: 'string', default: '3000' },
    keep: { type: 'boolean', default: false },
  },
});
const kills = Number(args.kills);
const seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(args.seed);
const concurrency = Number(args.concurrency);
const minMs = Number(args['min-ms']);
const maxMs = Number(args['max-ms']);

/** mulberry32: a small seeded generator, so a failing run can be replayed with --seed. */
function rng(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const killMoment = rng(seed);
const random = rng(seed ^ 0x5bd1e995);

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-kill-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

function startServer() {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', YANZHEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', YANZHEN_LOGIN_RATE_LIMIT: '100000' };
  delete env.DATABASE_URL; // the embedded database is under test
  delete env.TEST_DATABASE_URL;
  delete env.YANZHEN_DEMO;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return { child, exit, output: () => output };
}

async function ready(server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server was not ready after ${READY_TIMEOUT_MS} ms:\n${server.output()}`);
}

let cookie = '';
async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  // The write counts as acknowledged only once the whole answer has arrived.
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

async function login() {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  cookie = response.headers.getSetCookie().find((c) => c.startsWith('yz_sid=')).split(';')[0];
}

/**
 * Every acknowledged write, by innovation id: its name, the last acknowledged `source`, and a
 * `source` still in flight when the server was killed (which may or may not have committed).
 */
const records = new Map();
let acknowledgedCreates = 0;
let acknowledgedUpdates = 0;
const lost = [];

/** Checks every acknowledged write; returns how many records were checked. */
async function verify(round) {
  const ids = [...records.keys()];
  let next = 0;
  const check = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const expected = records.get(id);
      const { status, json } = await call('GET', `/api/innovations/${id}`);
      const innovation = json?.innovation;
      const sourceOk = innovation && (innovation.source === expected.source || (expected.inFlight !== undefined && innovation.source === expected.inFlight));
      if (status !== 200 || innovation.name !== expected.name || !sourceOk) {
        lost.push({ round, id, status, expected, found: innovation ? { name: innovation.name, source: innovation.source } : null });
        records.delete(id); // report each loss once
        continue;
      }
      // Whatever committed is now the state to keep.
      expected.source = innovation.source;
      expected.inFlight = undefined;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, check));
  return ids.length;
}

/** Writes until `stop()` is true: a new innovation, or (half the time) an edit of an earlier one. */
async function writer(round, worker, zoneId, busy, stop) {
  let i = 0;
  while (!stop()) {
    i += 1;
    const candidates = [...records.keys()].filter((id) => !busy.has(id));
    const edit = candidates.length > 0 && random() < 0.5;
    try {
      if (edit) {
        const id = candidates[Math.floor(random() * candidates.length)];
        const source = `kill-test r${round} w${worker} #${i}`;
        busy.add(id);
        records.get(id).inFlight = source;
        try {
          const { status } = await call('PATCH', `/api/innovations/${id}`, { source });
          if (status === 200) {
            records.get(id).source = source;
            records.get(id).inFlight = undefined;
            acknowledgedUpdates += 1;
          } else if (!stop()) throw new Error(`PATCH answered ${status}`);
        } finally {
          busy.delete(id);
        }
      } else {
        const name = `强杀测试成果 kill test r${round} w${worker} #${i} ${seed}`;
        const { status, json } = await call('POST', '/api/innovations', { zoneId, name, domain: 'trade_facilitation' });
        if (status === 201) {
          records.set(json.innovation.id, { name, source: null, inFlight: undefined });
          acknowledgedCreates += 1;
        } else if (!stop()) throw new Error(`POST answered ${status}: ${JSON.stringify(json)}`);
      }
    } catch (error) {
      if (stop()) return; // the connection died with the server: not acknowledged
      throw error;
    }
  }
}

const startedAt = Date.now();
let failure;
let current;
console.log(`kill test: ${kills} kills, seed ${seed}, ${concurrency} writers, kill ${minMs}–${maxMs} ms into each burst, data dir ${dataDir}`);
try {
  let zoneId;
  for (let round = 1; round <= kills + 1; round += 1) {
    const server = startServer();
    current = server;
    const restartAt = Date.now();
    await ready(server);
    await login();
    if (zoneId === undefined) zoneId = (await call('GET', '/api/zones')).json.items.find((zone) => zone.code === 'SC-P-YB').id;
    const checked = await verify(round);
    const restartMs = Date.now() - restartAt;

    if (round > kills) {
      // Final start: verified above; now a normal shutdown, which must release the lock.
      server.child.kill('SIGTERM');
      const { code } = await server.exit;
      if (code !== 0) throw new Error(`the server exited with ${code} on SIGTERM:\n${server.output()}`);
      console.log(`final start: ${checked} records checked, clean shutdown`);
      break;
    }

    const before = acknowledgedCreates + acknowledgedUpdates;
    const killAfter = Math.round(minMs + killMoment() * (maxMs - minMs));
    let killed = false;
    const busy = new Set();
    const writers = Array.from({ length: concurrency }, (_, w) => writer(round, w, zoneId, busy, () => killed));
    const burst = Promise.all(writers);
    const outcome = await Promise.race([burst.then(() => 'done'), new Promise((done) => setTimeout(() => done('kill'), killAfter))]);
    if (outcome !== 'kill') throw new Error('the writers stopped before the kill');
    killed = true;
    server.child.kill('SIGKILL');
    await server.exit;
    await burst.catch((error) => {
      throw new Error(`a write failed before the kill: ${error.message}`);
    });
    console.log(
      `kill ${round}/${kills}: SIGKILL after ${killAfter} ms, ${acknowledgedCreates + acknowledgedUpdates - before} writes acknowledged this round` +
        ` (before it: start + check of ${checked} records ${restartMs} ms; lost so far ${lost.length})`,
    );
  }
} catch (error) {
  failure = error;
  if (current && current.child.exitCode === null && current.child.signalCode === null) {
    current.child.kill('SIGKILL');
    await current.exit;
  }
}

const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
console.log('');
console.log(`kills:                 ${kills}`);
console.log(`acknowledged writes:   ${acknowledgedCreates + acknowledgedUpdates} (${acknowledgedCreates} creates, ${acknowledgedUpdates} edits)`);
console.log(`lost writes:           ${lost.length}`);
console.log(`seed:                  ${seed}`);
console.log(`time:                  ${seconds} s`);
for (const loss of lost.slice(0, 20)) console.log(`  lost: ${JSON.stringify(loss)}`);
if (failure) console.error(`\nkill test failed: ${failure.message}`);
if (args.keep || failure || lost.length) console.log(`data dir kept: ${dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });
process.exit(failure || lost.length ? 1 : 0);
