/**
 * The loop both dispatchers run: take one piece of due work, or sleep until there may be some
 * (woken early by `wake()`). One at a time: a process runs one job at once.
 */
type Log = { error: (object: object, message: string) => void };

export type PollingLoop = { start: () => void; wake: () => void; stop: () => Promise<void> };

/**
 * `step` does one piece of work and says whether it found any; `idleMs` says how long to sleep
 * when it did not. An error is logged and retried after a second, then less and less often.
 */
export function pollingLoop(step: () => Promise<boolean>, idleMs: () => Promise<number>, log: Log, what: string): PollingLoop {
  let running = false;
  let woken = false;
  let interruptSleep: (() => void) | null = null;
  let loop: Promise<void> | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        interruptSleep = null;
        resolve();
      }
      interruptSleep = done;
    });

  async function run() {
    let failures = 0;
    while (running) {
      woken = false;
      let wait: number;
      try {
        const found = await step();
        failures = 0;
        if (found) continue;
        wait = await idleMs();
      } catch (error) {
        if (!running) break;
        // Logged once per streak; the wait doubles up to a minute, so an outage does not flood the log.
        if (failures++ === 0) log.error({ err: error }, `${what}: cannot read the queue`);
        wait = Math.min(60_000, 1000 * 2 ** Math.min(failures - 1, 6));
      }
      // A wake that came while we looked means work we may not have seen: look again at once.
      if (!woken && running) await sleep(wait);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    wake() {
      woken = true;
      interruptSleep?.();
    },
    async stop() {
      running = false;
      interruptSleep?.();
      await loop;
      loop = null;
    },
  };
}
