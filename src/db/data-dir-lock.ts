/**
 * An exclusive lock on the embedded database's data directory, so that a second process can
 * never open the same PGlite files and acknowledge writes that a restart would then lose.
 *
 * The lock is proper-lockfile's: an atomically created directory `<dataDir>.lock` whose mtime
 * the holder refreshes every few seconds. Inside it, `owner.json` names the holder (PID, host,
 * start time), so that a refused process can say who holds the directory, and so that a lock
 * whose holder is dead on this host (SIGKILL, crash, container restart) is taken over at once
 * instead of after the mtime threshold. On another host (a shared volume) only the mtime decides.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

/** The part of proper-lockfile used here (the package ships no types). */
type ProperLockfile = {
  lock: (
    file: string,
    options: {
      stale?: number;
      update?: number;
      realpath?: boolean;
      lockfilePath?: string;
      onCompromised?: (error: Error) => void;
    },
  ) => Promise<() => Promise<void>>;
};
const lockfile = createRequire(import.meta.url)('proper-lockfile') as ProperLockfile;

/** A lock not refreshed for this long, whose holder cannot be checked, is stale. */
const STALE_MS = 10_000;
/** How long to wait for a holder that has just created the lock to write its owner file. */
const OWNER_WAIT_MS = 3_000;
const OWNER_FILE = 'owner.json';

export type LockOwner = {
  pid: number;
  host: string;
  startedAt: string;
  /** Linux: the kernel boot id and the process start time, to tell a reused PID from the holder. */
  bootId?: string;
  processStart?: string;
  /** Unique per acquisition: a takeover removes only the lock it judged stale. */
  token: string;
};

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly owner: Pick<LockOwner, 'pid' | 'host'> | undefined,
  ) {
    super(lockedMessage(dataDir, owner));
  }
}

function lockedMessage(dataDir: string, owner: Pick<LockOwner, 'pid' | 'host'> | undefined): string {
  const remote = owner && owner.host !== hostname();
  const zhWho = !owner ? 'PID 未知' : remote ? `主机 ${owner.host}，PID ${owner.pid}` : `PID ${owner.pid}`;
  const enWho = !owner ? 'PID unknown' : remote ? `host ${owner.host}, PID ${owner.pid}` : `PID ${owner.pid}`;
  return (
    `数据目录 ${dataDir} 正被另一个雁阵进程（${zhWho}）使用，不能同时打开。` +
    ` The data directory ${dataDir} is in use by another Yanzhen process (${enWho}); it cannot be opened twice.`
  );
}

export function lockLostMessage(dataDir: string, cause: Error): string {
  return (
    `数据目录 ${dataDir} 的独占锁已失效（${cause.message}），为免确认的写入丢失，雁阵立即停止。` +
    ` The exclusive lock on the data directory ${dataDir} was lost (${cause.message}); Yanzhen stops now so that no write is acknowledged without it.`
  );
}

export type DataDirLock = {
  lockDir: string;
  owner: LockOwner;
  /** Removes the lock; safe to call twice. */
  release: () => Promise<void>;
};

export type LockOptions = {
  /**
   * Called when the lock is lost while held (its directory removed or taken by another process).
   * The default prints a message and exits: a process without the lock must not go on writing.
   */
  onCompromised?: (error: Error) => void;
};

/** Takes the lock on `dataDir` (which must exist) or throws DataDirLockedError. */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const lockDir = `${dir}.lock`;
  const waitUntil = Date.now() + OWNER_WAIT_MS;
  let held = false;
  const onCompromised =
    options.onCompromised ??
    ((error: Error) => {
      console.error(lockLostMessage(dir, error));
      process.exit(1);
    });

  for (;;) {
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(dir, {
        stale: STALE_MS,
        realpath: false,
        lockfilePath: lockDir,
        onCompromised: (error) => {
          held = false;
          onCompromised(error);
        },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTEMPTY: proper-lockfile found the mtime stale and could not remove a lock that names
      // its owner; whether it is stale is decided here, from the owner.
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') throw error;
      const owner = readOwner(lockDir);
      if (!owner) {
        // The holder has just created the lock and not yet named itself (or died doing so:
        // proper-lockfile removes that empty lock once its mtime is stale).
        if (Date.now() < waitUntil) {
          await sleep(100);
          continue;
        }
        throw new DataDirLockedError(dir, undefined);
      }
      if (isStale(owner, lockDir)) {
        takeOver(lockDir, owner);
        continue;
      }
      throw new DataDirLockedError(dir, owner);
    }

    held = true;
    const owner = describeSelf();
    try {
      // Written whole then renamed, so a reader never sees half a file. Adding a file changes the
      // lock directory's mtime, which proper-lockfile checks as its own: put the mtime back.
      const { atime, mtime } = statSync(lockDir);
      const tmp = `${lockDir}/${OWNER_FILE}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(owner));
      renameSync(tmp, `${lockDir}/${OWNER_FILE}`);
      utimesSync(lockDir, atime, mtime);
    } catch (error) {
      held = false;
      rmSync(lockDir, { recursive: true, force: true });
      throw error;
    }
    // proper-lockfile removes its locks on exit with rmdir, which cannot remove a directory
    // holding owner.json; this removes the whole lock on any exit while it is still ours.
    const removeOnExit = () => {
      if (held) rmSync(lockDir, { recursive: true, force: true });
    };
    process.on('exit', removeOnExit);
    let released = false;
    return {
      lockDir,
      owner,
      release: async () => {
        if (released) return;
        released = true;
        process.off('exit', removeOnExit);
        if (!held) return;
        held = false;
        rmSync(`${lockDir}/${OWNER_FILE}`, { force: true });
        await release();
      },
    };
  }
}

function readOwner(lockDir: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(`${lockDir}/${OWNER_FILE}`, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.token !== 'string') return undefined;
    return parsed as LockOwner;
  } catch {
    return undefined;
  }
}

function describeSelf(): LockOwner {
  const bootId = readBootId();
  const processStart = readProcessStart(process.pid);
  return {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    ...(bootId ? { bootId } : {}),
    ...(processStart ? { processStart } : {}),
    token: randomUUID(),
  };
}

/** Is the lock's holder gone? On this host the process table decides; elsewhere the mtime. */
export function isStale(owner: LockOwner, lockDir: string): boolean {
  if (owner.host !== hostname()) return mtimeIsStale(lockDir);
  const bootId = readBootId();
  if (owner.bootId && bootId && owner.bootId !== bootId) return true; // the machine restarted
  // We hold no lock yet, so a lock naming our own PID was left by an earlier process that had
  // the same PID (typically PID 1 in a restarted container).
  if (owner.pid === process.pid) return true;
  if (!isAlive(owner.pid)) return true;
  if (owner.processStart) {
    const start = readProcessStart(owner.pid);
    if (start && start !== owner.processStart) return true; // the PID now belongs to another process
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function mtimeIsStale(lockDir: string): boolean {
  try {
    return statSync(lockDir).mtimeMs < Date.now() - STALE_MS;
  } catch {
    return true;
  }
}

/**
 * Removes a stale lock without removing a live one that replaced it in the meantime: the lock is
 * first renamed away (atomic), and deleted only if it is still the one judged stale.
 */
function takeOver(lockDir: string, stale: LockOwner): void {
  const grave = `${lockDir}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(lockDir, grave);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else removed it
    throw error;
  }
  if (readOwner(grave)?.token === stale.token) {
    rmSync(grave, { recursive: true, force: true });
    return;
  }
  // It changed hands after we read it: put it back. Should that fail, its holder finds its lock
  // compromised and stops, which is safe.
  try {
    renameSync(grave, lockDir);
  } catch {
    rmSync(grave, { recursive: true, force: true });
  }
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Linux: the process start time in clock ticks since boot (field 22 of /proc/PID/stat). */
function readProcessStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
