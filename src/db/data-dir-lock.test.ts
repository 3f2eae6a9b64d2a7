/**
 * The embedded database's data directory is held by one process: real servers (`main.ts`) on one
 * data dir. A second one is refused at once, naming the directory and the holder's PID; after the
 * holder is SIGKILLed, the next start takes the stale lock over and finds the data written before.
 * Runs on every suite (also the PostgreSQL one): the servers use their own PGlite data dir.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../testing/constants.js';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 90_000;

type Server = { child: ChildProcess; port: number; output: () => string; exit: Promise<number | null> };

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', YANZHEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  // This test is about the embedded database, whichever engine the suite runs on.
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.YANZHEN_DEMO;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, port, output: () => output, exit };
}

/** Resolves when the server answers /api/health; throws if it exits first. */
async function ready(server: Server): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`server not ready after ${START_TIMEOUT_MS} ms:\n${server.output()}`);
}

async function login(server: Server): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${server.port}` },
    body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('yz_sid='));
  expect(cookie).toBeDefined();
  return cookie!.split(';')[0]!;
}

function api(server: Server, cookie: string, method: string, path: string, body?: unknown) {
  return fetch(`http://127.0.0.1:${server.port}${path}`, {
    method,
    headers: { cookie, origin: `http://127.0.0.1:${server.port}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
}

describe('data directory lock (embedded database)', () => {
  let dataDir: string;
  let pgdata: string;
  const started: Server[] = [];
  let first: Server;
  let innovationId: number;
  const name = `锁测试成果 lock test ${Date.now()}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-lock-'));
    pgdata = join(dataDir, 'pgdata');
    first = await startServer(dataDir);
    started.push(first);
    await ready(first);
    const cookie = await login(first);
    const zones = (await (await api(first, cookie, 'GET', '/api/zones')).json()) as { items: { id: number; code: string }[] };
    const zoneId = zones.items.find((zone) => zone.code === 'SC-P-YB')!.id;
    const created = await api(first, cookie, 'POST', '/api/innovations', { zoneId, name, domain: 'trade_facilitation' });
    expect(created.status).toBe(201);
    innovationId = ((await created.json()) as { innovation: { id: number } }).innovation.id;
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    for (const server of started) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await Promise.all(started.map((server) => server.exit));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process within seconds, naming the directory and the PID that holds it', async () => {
    const startedAt = Date.now();
    const second = await startServer(dataDir);
    started.push(second);
    const code = await second.exit;
    const elapsed = Date.now() - startedAt;
    const output = second.output();
    expect(code).not.toBe(0);
    expect(elapsed).toBeLessThan(20_000);
    expect(output).toContain(`数据目录 ${pgdata} 正被另一个雁阵进程（PID ${first.child.pid}）使用`);
    expect(output).toContain(`The data directory ${pgdata} is in use by another Yanzhen process (PID ${first.child.pid})`);
    expect(output).not.toMatch(/^\s+at /m); // no stack trace

    // The holder is undisturbed and still writes.
    const cookie = await login(first);
    const again = await api(first, cookie, 'PATCH', `/api/innovations/${innovationId}`, { source: 'still the holder' });
    expect(again.status).toBe(200);
  }, 30_000);

  it('takes over the lock of a SIGKILLed holder, and the data written before are there', async () => {
    first.child.kill('SIGKILL');
    await first.exit;
    expect(existsSync(`${pgdata}.lock`)).toBe(true); // left behind by the killed process

    const next = await startServer(dataDir);
    started.push(next);
    await ready(next);
    const cookie = await login(next);
    const read = await api(next, cookie, 'GET', `/api/innovations/${innovationId}`);
    expect(read.status).toBe(200);
    const { innovation } = (await read.json()) as { innovation: { name: string; source: string | null } };
    expect(innovation.name).toBe(name);
    expect(innovation.source).toBe('still the holder');

    // A normal shutdown releases the lock.
    next.child.kill('SIGTERM');
    expect(await next.exit).toBe(0);
    expect(existsSync(`${pgdata}.lock`)).toBe(false);
  }, START_TIMEOUT_MS + 20_000);
});

describe('lockDataDir', () => {
  let root: string;
  let n = 0;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'yanzhen-lock-unit-'));
  });
  /** A data dir whose lock directory already holds `owner` (as a killed holder leaves it). */
  function lockedBy(owner: Record<string, unknown>): string {
    const dir = join(root, `d${++n}`);
    mkdirSync(dir);
    mkdirSync(`${dir}.lock`);
    writeFileSync(`${dir}.lock/owner.json`, JSON.stringify({ host: hostname(), startedAt: new Date().toISOString(), token: `t${n}`, ...owner }));
    return dir;
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes over at once a lock whose holder is dead, and names itself in it', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const dir = lockedBy({ pid: dead });
    const lock = await lockDataDir(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock/owner.json`, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    await lock.release(); // twice is fine
  });

  it('refuses a lock whose holder is alive on this host', async () => {
    const dir = lockedBy({ pid: process.ppid });
    const error = await lockDataDir(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).owner?.pid).toBe(process.ppid);
    expect((error as Error).message).toContain(`（PID ${process.ppid}）`);
    expect(existsSync(`${dir}.lock/owner.json`)).toBe(true); // left alone
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose PID now belongs to another process (start time differs)', async () => {
    const lock = await lockDataDir(lockedBy({ pid: process.ppid, processStart: '1' }));
    await lock.release();
  });

  it('takes over a lock naming its own PID (a restarted container reuses PID 1)', async () => {
    const lock = await lockDataDir(lockedBy({ pid: process.pid }));
    await lock.release();
  });

  it('on another host, a fresh lock is held (only its mtime can tell)', async () => {
    const error = await lockDataDir(lockedBy({ pid: 1, host: 'elsewhere.example' })).catch((e: unknown) => e);
    expect((error as Error).message).toContain('主机 elsewhere.example，PID 1');
    expect((error as Error).message).toContain('host elsewhere.example, PID 1');
  });

  it('reports a lost lock instead of carrying on', async () => {
    const dir = join(root, 'lost');
    mkdirSync(dir);
    let lost: Error | undefined;
    const lock = await lockDataDir(dir, { onCompromised: (error) => (lost = error) });
    rmSync(lock.lockDir, { recursive: true });
    await expect.poll(() => lost, { timeout: 10_000, interval: 200 }).toBeDefined();
    await lock.release();
  }, 15_000);
});
