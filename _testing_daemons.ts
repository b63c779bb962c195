/**
 * The test kit's daemons: a temp directory whose daemons keep their files in
 * it, and finding and stopping the daemons of a remote_tmp.
 *
 * @module
 */

import { listDaemons } from "./_cli.ts";
import { privateDir } from "./_paths.ts";
import { DAEMON_FLAG } from "./_protocol.ts";

/** Linux `sun_path` holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107;
/** A daemon socket's name: a 24-character key and `.sock`. */
const SOCKET_NAME_BYTES = 29;
const TERM_GRACE_MS = 15_000;
const KILL_GRACE_MS = 5_000;

/**
 * A new temp directory short enough for daemon sockets below its
 * `remote_tmp` (else the daemons would move their files to /tmp, out of the
 * kit's reach).
 *
 * @returns Its path.
 *
 * @example
 * ```ts ignore
 * import { kitTempDir } from "./_testing_daemons.ts";
 * const dir = await kitTempDir(); // then dir/remote_tmp
 * ```
 */
export async function kitTempDir(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "turbo-kit-" });
  if (socketFits(dir)) return dir;
  await Deno.remove(dir);
  return await Deno.makeTempDir({ dir: "/tmp", prefix: "turbo-kit-" });
}

function socketFits(dir: string): boolean {
  const daemonDir = privateDir(`${dir}/remote_tmp`, Deno.uid() ?? 0);
  const bytes = new TextEncoder().encode(`${daemonDir}/`).length;
  return bytes + SOCKET_NAME_BYTES <= MAX_SOCKET_PATH_BYTES;
}

/**
 * Daemons in `remoteTmp`: on Linux, the processes serving a socket there
 * (read from /proc, so that a daemon busy with a task that never ends is
 * found too); elsewhere, those that answer a status request there.
 *
 * @param remoteTmp The remote_tmp of the tasks.
 * @returns Their pids, sorted.
 *
 * @example
 * ```ts ignore
 * import { daemonsIn } from "./_testing_daemons.ts";
 * console.log(await daemonsIn("/tmp/turbo-kit-x/remote_tmp"));
 * ```
 */
export async function daemonsIn(remoteTmp: string): Promise<number[]> {
  const pids = new Set<number>();
  if (hasProc()) {
    const dir = privateDir(remoteTmp, Deno.uid() ?? 0);
    for (const pid of await daemonProcessesMentioning(`${dir}/`)) pids.add(pid);
  } else {
    for (const { status } of await listDaemons([remoteTmp])) {
      if (status && isAlive(status.pid)) pids.add(status.pid);
    }
  }
  return [...pids].sort((a, b) => a - b);
}

/**
 * Stops the daemons of `remoteTmp` (SIGTERM, then SIGKILL after 15 s) and
 * waits until they are gone.
 *
 * @param remoteTmp The remote_tmp of the tasks.
 * @returns The pids that survived SIGKILL (none, but for a stuck kernel).
 *
 * @example
 * ```ts ignore
 * import { stopDaemons } from "./_testing_daemons.ts";
 * const left = await stopDaemons("/tmp/turbo-kit-x/remote_tmp");
 * ```
 */
export async function stopDaemons(remoteTmp: string): Promise<number[]> {
  const pids = await daemonsIn(remoteTmp);
  for (const pid of pids) signal(pid, "SIGTERM");
  let left = await waitForExit(pids, TERM_GRACE_MS);
  for (const pid of left) signal(pid, "SIGKILL");
  left = await waitForExit(left, KILL_GRACE_MS);
  return left;
}

async function waitForExit(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  let left = pids.filter(isAlive);
  while (left.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    left = left.filter(isAlive);
  }
  return left;
}

function signal(pid: number, name: Deno.Signal): void {
  try {
    Deno.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Whether `pid` runs (a zombie does not). */
function isAlive(pid: number): boolean {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return !/^\d+ \(.*\) [ZX]/s.test(stat);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound && hasProc()) return false;
  }
  // No /proc: ask the kernel whether the pid still exists.
  try {
    Deno.kill(pid, "SIGCONT");
    return true;
  } catch {
    return false;
  }
}

let procChecked: boolean | undefined;
function hasProc(): boolean {
  if (procChecked === undefined) {
    try {
      procChecked = Deno.statSync("/proc/self/stat").isFile;
    } catch {
      procChecked = false;
    }
  }
  return procChecked;
}

/** Daemon processes whose command line mentions `text`. */
async function daemonProcessesMentioning(text: string): Promise<number[]> {
  const pids: number[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    try {
      const cmdline = await Deno.readTextFile(`/proc/${entry.name}/cmdline`);
      const pid = Number(entry.name);
      if (
        cmdline.includes(DAEMON_FLAG) &&
        cmdline.includes(text) && isAlive(pid)
      ) {
        pids.push(pid);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}
