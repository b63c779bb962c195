/**
 * The client side of turbo mode, run in the module's own short-lived
 * process: find the daemon for this module's identity, start it if none
 * answers (under a file lock, so exactly one starts), send the task, print
 * the answer and exit. It never loads daemon or validation code.
 *
 * @module
 */

import { deadline } from "./_deadline.ts";
import { readArgsFile } from "./_input.ts";
import {
  baseDirFor,
  type DaemonIdentity,
  type DaemonPaths,
  daemonPaths,
  ensurePrivateDir,
  identityKey,
  sha256Hex,
} from "./_paths.ts";
import {
  DAEMON_FLAG,
  FrameReader,
  PROTOCOL_VERSION,
  type Reply,
  type RunRequest,
  RUNTIME_VERSION,
  writeFrame,
} from "./_protocol.ts";

/** Default idle time to live of a daemon, in seconds (as the original). */
export const DEFAULT_TTL_SECONDS = 15;
const DEFAULT_START_TIMEOUT_SECONDS = 30;
/** A task that never settles fails after an hour, so that its daemon can retire. */
const DEFAULT_TASK_TIMEOUT_SECONDS = 3600;
const RUNTIME_URL = new URL("./mod.ts", import.meta.url).href;
const encoder = new TextEncoder();

/** Options of {@linkcode runThroughDaemon}. */
export interface ClientOptions {
  /** Idle seconds for the daemon; `ANSIBLE_TURBO_LOOKUP_TTL` wins. */
  ttl?: number;
  /** Daemon group; defaults to the module's collection. */
  group?: string;
}

/** Raised when no daemon could be reached or started; the module then runs in-process. */
export class DaemonUnavailableError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "DaemonUnavailableError";
  }
}

/**
 * Sends this process's task to its daemon, prints the result and exits.
 * Returns only when turbo cannot be used, with the warning to attach to the
 * in-process run (or `undefined` when the arguments themselves are unreadable,
 * which the in-process run reports in Ansible's words).
 *
 * @example
 * ```ts ignore
 * import { runThroughDaemon } from "./client.ts";
 * const warning = await runThroughDaemon({ ttl: 15 });
 * // only reached when the daemon could not serve the task
 * ```
 */
export async function runThroughDaemon(
  options: ClientOptions = {},
): Promise<string | undefined> {
  const disabled = Deno.env.get("ANSIBLE_TURBO_DISABLE");
  if (disabled && !/^(0|false|no|off)?$/i.test(disabled)) {
    return "Turbo mode is disabled by ANSIBLE_TURBO_DISABLE; the module ran without its daemon";
  }
  let args: Record<string, unknown>;
  try {
    args = await readArgsFile(Deno.args[0]);
  } catch {
    return undefined;
  }
  let request: RunRequest;
  let paths: DaemonPaths;
  let launch: DaemonLaunch;
  try {
    ({ request, paths, launch } = await prepare(args, options));
  } catch (error) {
    return fallbackWarning(error);
  }
  for (let attempt = 1;; attempt++) {
    let conn: Deno.UnixConn;
    try {
      conn = await connectOrStart(paths, launch);
    } catch (error) {
      return fallbackWarning(error);
    }
    const outcome = await exchange(conn, request, paths);
    if (outcome.kind === "unsupported") return fallbackWarning(outcome.error);
    // Closed before the daemon accepted the task: it was exiting; nothing ran.
    if (outcome.kind === "not-accepted" && attempt < 3) continue;
    if (outcome.kind === "not-accepted") return fallbackWarning(outcome.error);
  }
}

function fallbackWarning(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Turbo mode could not be used, so the module ran without its daemon: ${reason}`;
}

interface Prepared {
  request: RunRequest;
  paths: DaemonPaths;
  launch: DaemonLaunch;
}

/** Works out who the daemon must be and what to send it. */
async function prepare(
  args: Record<string, unknown>,
  options: ClientOptions,
): Promise<Prepared> {
  const env = Deno.env.toObject();
  const uid = Deno.uid();
  if (uid === null) {
    throw new DaemonUnavailableError(
      "Unix sockets are not available on this system",
    );
  }
  const compiled = isCompiled(import.meta.url);
  const moduleBytes = await readModuleBytes(compiled);
  const hash = await sha256Hex(moduleBytes);
  const permissions = compiled ? [] : grantedPermissionFlags(RUNTIME_URL);
  const base = baseDirFor(
    typeof args._ansible_remote_tmp === "string"
      ? args._ansible_remote_tmp
      : undefined,
    env,
  );
  const identity: DaemonIdentity = {
    uid,
    protocol: PROTOCOL_VERSION,
    deno: Deno.version.deno,
    runtime: RUNTIME_VERSION,
    runtimeUrl: RUNTIME_URL,
    launcher: compiled ? `compiled:${hash}` : Deno.execPath(),
    permissions,
    group: options.group ?? groupOf(args._ansible_module_name),
    base,
  };
  const paths = daemonPaths(base, { key: await identityKey(identity), uid });
  await ensurePrivateDir(paths.dir, uid);
  const ttl = ttlSeconds(env.ANSIBLE_TURBO_LOOKUP_TTL, options.ttl);
  const launch: DaemonLaunch = {
    ...daemonCommand({
      execPath: Deno.execPath(),
      runtimeUrl: RUNTIME_URL,
      permissions,
      compiled,
      socket: paths.socket,
      ttl,
      maxRequests: Number(env.ANSIBLE_TURBO_MAX_REQUESTS) || 0,
      maxRssMb: Number(env.ANSIBLE_TURBO_MAX_RSS_MB) || 0,
    }),
    startTimeoutMs: 1000 *
      (Number(env.ANSIBLE_TURBO_START_TIMEOUT) ||
        DEFAULT_START_TIMEOUT_SECONDS),
  };
  const request: RunRequest = {
    v: PROTOCOL_VERSION,
    type: "run",
    token: "",
    module: { url: Deno.mainModule, hash },
    args,
    env,
    cwd: Deno.cwd(),
    ttl,
    timeout: Number(env.ANSIBLE_TURBO_TASK_TIMEOUT) ||
      DEFAULT_TASK_TIMEOUT_SECONDS,
  };
  return { request, paths, launch };
}

/**
 * The daemon group of a module: its collection (`ns.coll` of
 * `ns.coll.name`), or the shared default group for standalone modules.
 *
 * @example
 * ```ts
 * import { groupOf } from "./client.ts";
 * console.assert(groupOf("community.demo.counter") === "community.demo");
 * console.assert(groupOf("hello") === "");
 * ```
 */
export function groupOf(moduleName: unknown): string {
  if (typeof moduleName !== "string") return "";
  const parts = moduleName.split(".");
  return parts.length >= 3 ? parts.slice(0, -1).join(".") : "";
}

/**
 * The idle TTL in seconds: `ANSIBLE_TURBO_LOOKUP_TTL`, else the module's
 * `ttl` option, else 15.
 *
 * @example
 * ```ts
 * import { ttlSeconds } from "./client.ts";
 * console.assert(ttlSeconds("2", 30) === 2 && ttlSeconds(undefined, undefined) === 15);
 * ```
 */
export function ttlSeconds(
  fromEnv: string | undefined,
  fromOption: number | undefined,
): number {
  const env = Number(fromEnv);
  if (fromEnv && Number.isFinite(env) && env > 0) return env;
  if (fromOption !== undefined && fromOption > 0) return fromOption;
  return DEFAULT_TTL_SECONDS;
}

/**
 * True when `url` (this file's `import.meta.url`) lives inside a binary
 * made by `deno compile`.
 *
 * @example
 * ```ts
 * import { isCompiled } from "./client.ts";
 * console.assert(isCompiled("file:///tmp/deno-compile-hello/client.ts"));
 * console.assert(!isCompiled("file:///src/client.ts"));
 * ```
 */
export function isCompiled(url: string): boolean {
  return url.includes("/deno-compile-");
}

/**
 * The module's identity bytes: the script itself, or for a compiled module
 * the tail of the binary, where `deno compile` keeps the module code.
 */
async function readModuleBytes(compiled: boolean): Promise<Uint8Array> {
  if (!compiled) return await Deno.readFile(new URL(Deno.mainModule));
  return await readBinaryTail(Deno.execPath());
}

/**
 * The size and last 16 MiB of a compiled binary: where `deno compile` appends
 * the module graph, so a rebuilt module changes it, read without hashing the
 * whole runtime on every task.
 *
 * @example
 * ```ts ignore
 * import { readBinaryTail } from "./client.ts";
 * const bytes = await readBinaryTail(Deno.execPath());
 * ```
 */
export async function readBinaryTail(path: string): Promise<Uint8Array> {
  const file = await Deno.open(path);
  try {
    const { size } = await file.stat();
    const length = Math.min(size, 16 * 1024 * 1024);
    const bytes = new Uint8Array(length + 8);
    new DataView(bytes.buffer).setBigUint64(length, BigInt(size));
    await file.seek(size - length, Deno.SeekMode.Start);
    let read = 0;
    while (read < length) {
      const n = await file.read(bytes.subarray(read, length));
      if (n === null) break;
      read += n;
    }
    return bytes;
  } finally {
    file.close();
  }
}

const PERMISSION_NAMES = [
  "read",
  "write",
  "net",
  "env",
  "run",
  "ffi",
  "sys",
] as const;

/**
 * The permission flags to start the daemon with: those this process holds in
 * full, never more. All of them held is `--allow-all`. Grants limited to some
 * paths or hosts cannot be read back from Deno, so they are not passed on.
 *
 * @example
 * ```ts ignore
 * import { grantedPermissionFlags } from "./client.ts";
 * console.log(grantedPermissionFlags("file:///src/mod.ts")); // ["--allow-all"] under -A
 * ```
 */
export function grantedPermissionFlags(runtimeUrl: string): string[] {
  const granted = PERMISSION_NAMES.filter((name) =>
    Deno.permissions.querySync({ name }).state === "granted"
  );
  if (granted.length === PERMISSION_NAMES.length) return ["--allow-all"];
  const flags = granted.map((name) => `--allow-${name}`);
  // Loading the runtime from a server proves this process may import from it.
  const url = new URL(runtimeUrl);
  if (url.protocol === "http:" || url.protocol === "https:") {
    flags.push(`--allow-import=${url.host}`);
  }
  return flags;
}

/** How to start a daemon. */
export interface DaemonCommand {
  command: string;
  args: string[];
}

interface DaemonLaunch extends DaemonCommand {
  startTimeoutMs: number;
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
  if (options.compiled) {
    return { command: options.execPath, args: daemonArgs };
  }
  return {
    command: options.execPath,
    args: [
      "run",
      "--no-config",
      // A small young generation keeps a long-lived daemon's RSS near its
      // live heap (+25 MB instead of +82 MB over 10,000 tasks, measured).
      "--v8-flags=--max-semi-space-size=1",
      ...options.permissions,
      options.runtimeUrl,
      ...daemonArgs,
    ],
  };
}

/** Connects to the daemon, starting it (exactly once, under the lock) if none answers. */
async function connectOrStart(
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
  deadline: number,
): Promise<Deno.UnixConn> {
  const child = new Deno.Command(launch.command, {
    args: launch.args,
    cwd: paths.dir,
    stdin: "null",
    stdout: "null",
    stderr: "null",
    detached: true,
  }).spawn();
  child.unref();
  let exited: Deno.CommandStatus | undefined;
  child.status.then((status) => (exited = status));
  // Poll with backoff: cheap for a fast start, no tight loop for a slow one.
  // Short, even polls: a daemon is usually up within ~100 ms, and every ms
  // of lateness is paid by the task. Only the lock holder polls.
  for (let delay = 2; Date.now() < deadline; delay = Math.min(delay * 2, 5)) {
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

type Exchange =
  | { kind: "not-accepted"; error: Error }
  | { kind: "unsupported"; error: Error };

/**
 * Sends the task and relays the answer. Once the daemon has accepted the
 * task, this process always ends here: with the result, or with a failure
 * that says the daemon was lost (the task is never run twice).
 */
async function exchange(
  conn: Deno.UnixConn,
  request: RunRequest,
  paths: DaemonPaths,
): Promise<Exchange> {
  const reader = new FrameReader(conn);
  let accepted = false;
  try {
    request.token = (await Deno.readTextFile(paths.token)).trim();
    await writeFrame(conn, request);
    for (;;) {
      const reply = await reader.read() as Reply | null;
      if (reply === null) break;
      if (reply.type === "accepted") {
        accepted = true;
        armClientDeadline(request.timeout, paths);
      } else if (reply.type === "result") {
        conn.close();
        if (reply.stderr) writeAll(Deno.stderr, reply.stderr);
        writeAll(Deno.stdout, reply.stdout);
        if (reply.result) {
          writeAll(Deno.stdout, `${JSON.stringify(reply.result)}\n`);
        }
        Deno.exit(reply.result?.failed ? 1 : reply.exitCode);
      } else if (reply.type === "unsupported" && !accepted) {
        conn.close();
        return { kind: "unsupported", error: new Error(reply.message) };
      } else if (reply.type === "error" && !accepted) {
        conn.close();
        return {
          kind: "unsupported",
          error: new Error(`the daemon refused the task: ${reply.message}`),
        };
      } else break;
    }
  } catch (error) {
    if (!accepted) {
      try {
        conn.close();
      } catch { /* already closed */ }
      return { kind: "not-accepted", error: error as Error };
    }
  }
  if (!accepted) {
    conn.close();
    return {
      kind: "not-accepted",
      error: new Error(
        "the daemon closed the connection before taking the task",
      ),
    };
  }
  const result = {
    failed: true,
    msg:
      `The ansible-turbo daemon stopped before the task finished. The task was not run again, because it may have partly run. The daemon's log is ${paths.log}.`,
  };
  writeAll(Deno.stdout, `${JSON.stringify(result)}\n`);
  Deno.exit(1);
}

/** Seconds a client waits past the task timeout for the daemon's own answer. */
const CLIENT_GRACE_SECONDS = 5;

/**
 * The daemon enforces the task timeout, but only when its event loop runs: a
 * module that blocks it for ever would hang its client too. The client keeps
 * its own deadline, a little later, and fails the task itself.
 */
function armClientDeadline(timeout: number, paths: DaemonPaths): void {
  if (!(timeout > 0)) return;
  const seconds = timeout + CLIENT_GRACE_SECONDS;
  // Not setTimeout: its first use loads Node's timers, ~6 ms on every task.
  // This process always ends by Deno.exit(), so the timer need not be cleared.
  const signal = AbortSignal.timeout(Math.min(seconds * 1000, 2 ** 31 - 1));
  signal.addEventListener("abort", () => {
    const result = {
      failed: true,
      msg:
        `The ansible-turbo daemon did not answer within ${seconds} s (ANSIBLE_TURBO_TASK_TIMEOUT ${timeout} s plus ${CLIENT_GRACE_SECONDS} s); the module is probably blocking its event loop and may still be running. The daemon's log is ${paths.log}.`,
    };
    writeAll(Deno.stdout, `${JSON.stringify(result)}\n`);
    Deno.exit(1);
  }, { once: true });
}

function writeAll(
  stream: { writeSync(p: Uint8Array): number },
  text: string,
): void {
  const bytes = encoder.encode(text);
  let written = 0;
  while (written < bytes.length) {
    written += stream.writeSync(bytes.subarray(written));
  }
}

async function logTail(path: string): Promise<string> {
  try {
    const text = await Deno.readTextFile(path);
    const tail = text.trimEnd().split("\n").slice(-5).join("\n");
    return tail ? `; its log ends with:\n${tail}` : "";
  } catch {
    return "";
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
