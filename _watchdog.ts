/**
 * The daemon's watchdog. A module that never yields blocks the daemon's
 * event loop, and with it every timer: the task timeout, the idle TTL and
 * signal handling. A Worker (its own thread and event loop) watches a
 * heartbeat the main thread writes to shared memory; when the beat stops
 * for longer than every running task's timeout plus a grace, the watchdog
 * logs why, removes the daemon's socket and token (so that the next client
 * starts a fresh daemon at once) and kills the process.
 *
 * @module
 */

/** How long the event loop may stay blocked past the tasks' timeouts. */
export const WATCHDOG_GRACE_MS = 5_000;
const BEAT_MS = 250;

/** What the watchdog worker needs to know. */
export interface WatchdogOptions {
  socket: string;
  /** The socket's inode: only that socket is removed. */
  socketIno: number | null;
  tokenFile: string;
  token: string;
  lockFile: string;
  log: string;
  graceMs?: number;
}

/**
 * The main thread's side of the watchdog; see the module documentation.
 *
 * @example
 * ```ts ignore
 * import { Watchdog } from "./_watchdog.ts";
 * const watchdog = new Watchdog(options);
 * watchdog.tolerate(Date.now() + 3600_000); // a task with a one-hour timeout
 * ```
 */
export class Watchdog {
  #shared = new BigInt64Array(new SharedArrayBuffer(16));
  #worker: Worker;
  #timer: ReturnType<typeof setInterval>;

  /** Starts the watchdog worker and the heartbeat. */
  constructor(options: WatchdogOptions) {
    this.#beat();
    this.#worker = new Worker(
      new URL("./_watchdog_worker.ts", import.meta.url),
      { type: "module" },
    );
    this.#worker.postMessage({
      shared: this.#shared,
      options: { graceMs: WATCHDOG_GRACE_MS, ...options },
    });
    this.#timer = setInterval(() => this.#beat(), BEAT_MS);
    Deno.unrefTimer(Number(this.#timer));
  }

  /**
   * Blocking is tolerated until `until` (epoch ms): the latest deadline of
   * the tasks running; 0 when none runs.
   */
  tolerate(until: number): void {
    Atomics.store(this.#shared, 1, BigInt(Math.round(until)));
  }

  /** Stops watching (the daemon is exiting by itself). */
  stop(): void {
    clearInterval(this.#timer);
    this.#worker.terminate();
  }

  #beat(): void {
    Atomics.store(this.#shared, 0, BigInt(Date.now()));
  }
}
