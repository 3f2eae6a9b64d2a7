#!/usr/bin/env node
// `node scripts/with-postgres.mjs <command...>`: runs the command against a throwaway
// PostgreSQL server and removes the server afterwards.
//
// The server is made with initdb into a fresh temp directory, listens on 127.0.0.1 only, on a
// free port, trusts every local connection (it is for tests, and lives only as long as the
// command) and runs with fsync off. The command sees
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
// and this script exits with the command's exit code. When TEST_DATABASE_URL is already set,
// the command simply runs against that server.
//
// initdb refuses to run as root: as root, the server's programs run as the `postgres` user.
// The PostgreSQL programs (initdb, pg_ctl) come from PATH, else from /usr/lib/postgresql/*/bin.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command...>');
  process.exit(2);
}

/** The child sees the project's node_modules/.bin, as under `npm run`. */
function childEnv(extra) {
  const bin = join(root, 'node_modules', '.bin');
  const path = process.env.PATH ?? '';
  return { ...process.env, PATH: path.split(delimiter).includes(bin) ? path : `${bin}${delimiter}${path}`, ...extra };
}

/** Runs the command with inherited stdio; resolves with its exit code (128+n for a signal). */
function runCommand(env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
    child.on('error', (error) => {
      console.error(`with-postgres: cannot run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(name, forward);
      resolve(code ?? 128 + (signal ? ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGKILL: 9 }[signal] ?? 1) : 1));
    });
  });
}

if (process.env.TEST_DATABASE_URL) {
  process.exit(await runCommand(childEnv({})));
}

function findPgBin(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const path = join(base, version, 'bin', name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(`${name} not found: install the PostgreSQL server (e.g. apt-get install postgresql)`);
}

const isRoot = process.getuid?.() === 0;
let pgUid;
let pgGid;
if (isRoot) {
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  pgUid = id('-u');
  pgGid = id('-g');
  if (!Number.isInteger(pgUid) || pgUid <= 0) {
    console.error('with-postgres: running as root needs a `postgres` user to own the server (initdb refuses root)');
    process.exit(1);
  }
}

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function pg(program, args, options = {}) {
  const bin = findPgBin(program);
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return spawnSync(file, argv, { encoding: 'utf8', cwd: tmpdir(), ...options });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'yanzhen-pg-'));
const dataDir = join(dir, 'data');
const logFile = join(dir, 'server.log');
let started = false;

function cleanup() {
  if (started) {
    let stop = pg('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30']);
    if (stop.status !== 0) stop = pg('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '30']);
    if (stop.status !== 0) console.error(`with-postgres: could not stop the server: ${stop.stderr}`);
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
}

function fail(message, result) {
  console.error(`with-postgres: ${message}`);
  if (result) console.error([result.stdout, result.stderr, result.error?.message].filter(Boolean).join('\n'));
  if (existsSync(logFile)) console.error(readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'));
  cleanup();
  process.exit(1);
}

// Cleanup also when interrupted while the server is starting.
const onSignalDuringSetup = () => {
  cleanup();
  process.exit(130);
};
process.on('SIGINT', onSignalDuringSetup);
process.on('SIGTERM', onSignalDuringSetup);

if (isRoot) chownSync(dir, pgUid, pgGid);
chmodSync(dir, 0o700);

const init = pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
if (init.status !== 0) fail('initdb failed', init);

let port;
for (let attempt = 1; !started; attempt++) {
  port = await freePort();
  const options = [
    '-c listen_addresses=127.0.0.1',
    `-c port=${port}`,
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=128MB',
  ].join(' ');
  const start = pg('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', options]);
  if (start.status === 0) {
    started = true;
  } else if (attempt >= 3) {
    fail(`pg_ctl start failed (port ${port})`, start);
  }
}

process.off('SIGINT', onSignalDuringSetup);
process.off('SIGTERM', onSignalDuringSetup);
const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
console.log(`with-postgres: PostgreSQL ready at ${url}`);
let code;
try {
  code = await runCommand(childEnv({ TEST_DATABASE_URL: url }));
} finally {
  cleanup();
}
process.exit(code);
