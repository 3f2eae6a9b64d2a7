/** Starts `src/server/main.ts` (what `npm start` runs) or a baseline server as a child process and times readiness. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type Started = { child: ChildProcess; port: number; readyMs: number; stop: () => Promise<void> };

export type StartOptions = {
  /**
   * Run the entry in one process (`node --import tsx`) instead of through the tsx CLI, which
   * keeps a second node process as a supervisor: so that the child's pid is the server's own
   * (for its memory).
   */
  direct?: boolean;
  /** Extra node options for the server process (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
};

/** Spawns `node <tsx> <entry>` and resolves once GET <readyPath> answers 200. */
export async function startServer(entry: string, env: Record<string, string>, readyPath = '/api/health', options: StartOptions = {}): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const nodeArgs = options.nodeArgs ?? [];
  const args = options.direct ? [...nodeArgs, '--import', 'tsx', entry] : [...nodeArgs, join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), entry];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}${readyPath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} not ready after 120 s`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, port, readyMs, stop };
}

/** Resident memory of a process in MB (VmRSS), and its peak since it started (VmHWM). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far, user + system, in ms (/proc/<pid>/stat). On a shared
 * machine a server's CPU per request is steadier than its requests per second.
 */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
