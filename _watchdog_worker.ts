/**
 * The watchdog's worker (see `_watchdog.ts`): checks the main thread's
 * heartbeat twice a second and ends the daemon when it stopped for good.
 *
 * @module
 */

import type { WatchdogOptions } from "./_watchdog.ts";

const CHECK_MS = 500;
const encoder = new TextEncoder();
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
};

scope.onmessage = (event: MessageEvent) => {
  const { shared, options } = event.data as {
    shared: BigInt64Array;
    options: Required<WatchdogOptions>;
  };
  scope.onmessage = null;
  let lastCheck = Date.now();
  setInterval(() => {
    const now = Date.now();
    // When this thread itself was held up (the process stopped, the
    // machine suspended), the main thread deserves a fresh look too.
    const late = now - lastCheck > 3 * CHECK_MS;
    lastCheck = now;
    if (late) return;
    const beat = Number(Atomics.load(shared, 0));
    const until = Number(Atomics.load(shared, 1));
    if (now - Math.max(beat, until) > options.graceMs) {
      endDaemon(options, (now - beat) / 1000);
    }
  }, CHECK_MS);
};

function endDaemon(options: Required<WatchdogOptions>, seconds: number): void {
  note(
    options.log,
    `the event loop has been blocked for ${
      seconds.toFixed(1)
    } s, past every task's timeout and a ${
      options.graceMs / 1000
    } s grace (a module that never yields?): ending the daemon`,
  );
  release(options);
  try {
    Deno.kill(Deno.pid, "SIGKILL");
  } catch {
    // Without --allow-run: abort() needs no permission.
    import("node:process").then(({ default: process }) => process.abort());
  }
}

/** Removes the socket and token if they are still this daemon's. */
function release(options: Required<WatchdogOptions>): void {
  try {
    if (Deno.lstatSync(options.socket).ino === options.socketIno) {
      Deno.removeSync(options.socket);
    }
  } catch {
    // Gone already, or another daemon's.
  }
  try {
    if (Deno.readTextFileSync(options.tokenFile).trim() === options.token) {
      Deno.removeSync(options.tokenFile);
    }
  } catch {
    // Gone already.
  }
}

function note(path: string, message: string): void {
  try {
    Deno.writeFileSync(
      path,
      encoder.encode(`${new Date().toISOString()} [${Deno.pid}] ${message}\n`),
      { append: true, create: true, mode: 0o600 },
    );
  } catch {
    // Best effort.
  }
}
