/**
 * Starts the real server once for the e2e run, exactly as `npm start` would: a fresh data
 * directory, so it migrates and loads the demo data itself. With TEST_DATABASE_URL set, the
 * server runs on a fresh database of that PostgreSQL server instead of PGlite (YANZHEN_DEMO=1,
 * since demo data is only loaded by default on the embedded database).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { RESULTS_DIR } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT of the server under test. */
    e2eBaseUrl: string;
    /** 'pglite' or 'postgres', as /api/health reports it. */
    e2eDatabase: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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

async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `yanzhen_e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
  });
}

export default async function setup(project: TestProject) {
  // npm start builds the web client when it is stale; so do we (the server serves web/dist).
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`building the web client failed (exit ${build.status})`);

  const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-e2e-'));
  // E2E_PORT pins the port (a shared machine may give each person a range); else any free one.
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    YANZHEN_DATA_DIR: dataDir,
    // Every spec signs in several times from 127.0.0.1; the default (10 a minute) is for people.
    YANZHEN_LOGIN_RATE_LIMIT: '1000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL;
  delete env.YANZHEN_DEMO;
  let dropDatabase: (() => Promise<void>) | undefined;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const database = await createDatabase(serverUrl);
    dropDatabase = database.drop;
    env.DATABASE_URL = database.url;
    env.YANZHEN_DEMO = '1';
  }

  mkdirSync(RESULTS_DIR, { recursive: true });
  const logPath = join(RESULTS_DIR, `e2e-server-${serverUrl ? 'postgres' : 'pglite'}.log`);
  const log = createWriteStream(logPath);
  const tail: string[] = [];
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'server', 'main.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 40));
    });
  }
  const childExit = exited(child);

  async function teardown() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await childExit;
      clearTimeout(timer);
    }
    log.end();
    await dropDatabase?.().catch((error: unknown) => console.warn(`e2e: could not drop the test database: ${String(error)}`));
    rmSync(dataDir, { recursive: true, force: true });
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  let health: { database?: string } | undefined;
  while (!health) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await teardown();
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail.join('\n')}`);
    }
    if (Date.now() > deadline) {
      await teardown();
      throw new Error(`the server was not ready within 120 s:\n${tail.join('\n')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) health = (await response.json()) as { database?: string };
    } catch {
      // not listening yet
    }
    if (!health) await new Promise((r) => setTimeout(r, 250));
  }
  const expected = serverUrl ? 'postgres' : 'pglite';
  if (health.database !== expected) {
    await teardown();
    throw new Error(`the server runs on ${health.database}, expected ${expected}`);
  }
  console.log(`e2e: server ready at ${baseUrl} (database: ${health.database}; log: ${logPath})`);
  project.provide('e2eBaseUrl', baseUrl);
  project.provide('e2eDatabase', health.database);
  return teardown;
}
