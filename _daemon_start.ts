/**
 * How a client reaches its daemon: the command that starts one, and
 * connecting, or starting it under the file lock so that exactly one
 * starts, then polling until it answers. Used by module processes (and
 * their locate mode, for the Ansible action plugin).
 *
 * @module
 */

import { deadline } from "./_deadline.ts";
import type { DaemonPaths } from "./_paths.ts";
import { DAEMON_FLAG } from "./_protocol.ts";

/** Raised when no daemon could be reached or started; the module then runs in-process. */
export class DaemonUnavailableError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "DaemonUnavailableError";
  }
}

/** How to start a daemon. */
export interface DaemonCommand {
  command: string;
  args: string[];
}

/** A daemon to start: its command, environment and time limits. */
export interface DaemonLaunch extends DaemonCommand {
  /** The daemon's whole environment. */
  env: Record<string, string>;
  startTimeoutMs: number;
  /** How long to wait for a daemon to take a task. */
  acceptTimeoutMs: number;
}

/** Inputs of {@linkcode daemonCommand}. */
export interface DaemonCommandOptions {
  /** `Deno.execPath()`: the deno binary, or the compiled module itself. */
  execPath: string;
  /** URL of `mod.ts`, which a script daemon runs. */
  runtimeUrl: string;
  /** Permission flags for `deno run`. */
  permissions: readonly string[];
  /** True for a `deno compile`d module. */
  compiled: boolean;
  socket: string;
  ttl: number;
  /** Tasks after which the daemon retires (0 or absent: never). */
  maxRequests?: number;
  /** Resident memory in MiB above which the daemon retires (0 or absent: never). */
  maxRssMb?: number;
  /** Log every request in the daemon's log. */
  debug?: boolean;
}

/**
 * The command that starts a daemon. A script re-runs `mod.ts` under the same
 * Deno with the same permissions; a compiled module re-executes its own
 * binary (its permissions are built in) with the daemon flag.
 *
 * @example
 * ```ts
 * import { daemonCommand } from "./client.ts";
 * const { command, args } = daemonCommand({
 *   execPath: "/usr/bin/deno", runtimeUrl: "file:///src/mod.ts",
 *   permissions: ["--allow-all"], compiled: false, socket: "/run/x.sock", ttl: 15,
 * });
 * console.assert(command === "/usr/bin/deno" && args[0] === "run");
 * ```
 */
export function daemonCommand(options: DaemonCommandOptions): DaemonCommand {
  const daemonArgs = [
    DAEMON_FLAG,
    "--socket",
    options.socket,
    "--ttl",
    String(options.ttl),
  ];
  if (options.maxRequests) {
    daemonArgs.push("--max-requests", String(options.maxRequests));
  }
  if (options.maxRssMb) {
    daemonArgs.push("--max-rss-mb", String(options.maxRssMb));
  }
  if (options.debug) daemonArgs.push("--debug");
  if (options.compiled) {
    return { command: options.execPath, args: daemonArgs };
  }
  return {
    command: options.execPath,
    args: [
      "run",
      "--no-config",
      // A small young generation keeps a long-lived daemon's RSS near its
      // live heap (+25 MB instead of +82 MB over 10,000 tasks, measured);
      // gc() lets it give memory back after a task printed a lot (the
      // daemon takes it off the global object before loading any module).
      "--v8-flags=--max-semi-space-size=1,--expose-gc",
      ...options.permissions,
      options.runtimeUrl,
      ...daemonArgs,
    ],
  };
}

/**
 * Connects to the daemon, starting it (exactly once, under the lock) if
 * none answers.
 *
 * @param paths The daemon's files.
 * @param launch How to start it, and how long to wait for it.
 * @returns A connection to the daemon.
 * @throws {DaemonUnavailableError} When it cannot be started in time.
 *
 * @example
 * ```ts ignore
 * import { connectOrStart } from "./_daemon_start.ts";
 * const conn = await connectOrStart(paths, launch);
 * ```
 */
export async function connectOrStart(
  paths: DaemonPaths,
  launch: DaemonLaunch,
): Promise<Deno.UnixConn> {
  const quick = await tryConnect(paths.socket);
  if (quick) return quick;
  const startBy = Date.now() + launch.startTimeoutMs;
  const lockFile = await Deno.open(paths.lock, {
    create: true,
    write: true,
    mode: 0o600,
  });
  try {
    await deadline(lockFile.lock(true), startBy - Date.now(), {
      message: "timed out waiting for the daemon start lock",
    });
    const conn = await tryConnect(paths.socket);
    if (conn) return conn;
    // Under the lock no daemon is starting: a socket file here is stale.
    await Deno.remove(paths.socket).catch((error) => {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    });
    return await startDaemon(paths, launch, startBy);
  } finally {
    lockFile.close(); // closing releases the lock
  }
}

async function startDaemon(
  paths: DaemonPaths,
  launch: DaemonLaunch,
  startBy: number,
): Promise<Deno.UnixConn> {
  const child = new Deno.Command(launch.command, {
    args: launch.args,
    cwd: paths.dir,
    // Only the process-wide variables: no task value lives on in the daemon.
    clearEnv: true,
    env: launch.env,
    stdin: "null",
    stdout: "null",
    stderr: "null",
    detached: true,
  }).spawn();
  child.unref();
  let exited: Deno.CommandStatus | undefined;
  child.status.then((status) => (exited = status));
  // Short, even polls: a daemon is usually up within ~100 ms, and every ms
  // of lateness is paid by the task. Only the lock holder polls.
  for (let delay = 2; Date.now() < startBy; delay = Math.min(delay * 2, 5)) {
    await sleep(delay);
    const conn = await tryConnect(paths.socket);
    if (conn) return conn;
    if (exited) {
      throw new DaemonUnavailableError(
        `the daemon exited with code ${exited.code} while starting${await logTail(
          paths.log,
        )}`,
      );
    }
  }
  throw new DaemonUnavailableError(
    `the daemon did not answer within ${launch.startTimeoutMs} ms of starting${await logTail(
      paths.log,
    )}`,
  );
}

async function tryConnect(path: string): Promise<Deno.UnixConn | undefined> {
  try {
    return await Deno.connect({ transport: "unix", path });
  } catch (error) {
    if (
      error instanceof Deno.errors.NotFound ||
      error instanceof Deno.errors.ConnectionRefused
    ) return undefined;
    throw error;
  }
}

/**
 * The last `lines` lines of the daemon's log, as a sentence to append to a
 * message (the log holds no task's values).
 *
 * @example
 * ```ts ignore
 * import { logTail } from "./_daemon_start.ts";
 * console.log(`the daemon stopped.${await logTail(paths.log, 1)}`);
 * ```
 */
export async function logTail(path: string, lines = 5): Promise<string> {
  try {
    const text = await Deno.readTextFile(path);
    const tail = text.trimEnd().split("\n").slice(-lines).join("\n");
    if (!tail) return "";
    return lines === 1
      ? ` Its log ends with: ${tail.replace(/^\S+ \[\d+\] /, "")}.`
      : `; its log ends with:\n${tail}`;
  } catch {
    return "";
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
