/**
 * The client side of turbo mode, run in the module's own short-lived
 * process: find the daemon for this module's identity, start it if none
 * answers (under a file lock, so exactly one starts), hand it the task,
 * relay what it prints, and exit with its exit code. It never loads daemon
 * or validation code.
 *
 * A client never waits without a bound: a daemon that does not take the
 * task in time (blocked, stopped, overloaded) leaves it to the module's own
 * process, which runs it in-process with a warning; nothing of it ran in
 * the daemon, which only runs a task once its client confirmed it is still
 * there.
 *
 * @module
 */

import { deadline } from "./_deadline.ts";
import { parseArgs } from "./_input.ts";
import {
  baseDirFor,
  daemonEnvironment,
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
  type OutputChunk,
  PROTOCOL_VERSION,
  type Reply,
  type RunRequest,
  RUNTIME_VERSION,
  writeFrame,
} from "./_protocol.ts";

/** Default idle time to live of a daemon, in seconds (as the original). */
export const DEFAULT_TTL_SECONDS = 15;
const DEFAULT_START_TIMEOUT_SECONDS = 30;
/** How long a client waits for a daemon to take its task, by default. */
const DEFAULT_ACCEPT_TIMEOUT_SECONDS = 10;
/** A task that never settles fails after an hour, so that its daemon can retire. */
const DEFAULT_TASK_TIMEOUT_SECONDS = 3600;
/** Seconds a client waits past the task timeout for the daemon's own answer. */
const CLIENT_GRACE_SECONDS = 10;
/**
 * The C allocator's settings for the daemon: buffers of 128 KiB and more
 * are mapped on their own, so that a big output's memory goes back to the
 * system as soon as it is freed (glibc otherwise raises this threshold as
 * buffers are freed, and keeps them in its heap).
 */
const DAEMON_ALLOCATOR = { MALLOC_MMAP_THRESHOLD_: "131072" };
/** Tries before giving up on daemons that retire under the client. */
const MAX_ATTEMPTS = 5;
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
 * Hands this process's task to its daemon, relays what it prints, and
 * exits. Returns only when turbo cannot be used, with the warning to attach
 * to the in-process run (or `undefined` when the arguments themselves are
 * unreadable, which the in-process run reports in Ansible's words).
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
  let prepared: Prepared | undefined;
  try {
    const missing = missingPermissions();
    if (missing.length) {
      return fallbackWarning(
        `turbo mode needs ${
          missing.map((name) => `--allow-${name}`).join(", ")
        } (the launcher runs modules with --allow-all)`,
      );
    }
    if (Deno.env.get("ANSIBLE_TURBO_LOCATE") === "1") {
      return await locateDaemon(options);
    }
    const disabled = Deno.env.get("ANSIBLE_TURBO_DISABLE");
    if (disabled && !/^(0|false|no|off)?$/i.test(disabled)) {
      return "Turbo mode is disabled by ANSIBLE_TURBO_DISABLE; the module ran without its daemon";
    }
    prepared = await prepare(options);
  } catch (error) {
    return fallbackWarning(error);
  }
  if (!prepared) return undefined;
  const { request, paths, launch } = prepared;
  let reason: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let conn: Deno.UnixConn;
    try {
      conn = await connectOrStart(paths, launch);
    } catch (error) {
      return fallbackWarning(error);
    }
    const outcome = await exchange(conn, request, {
      paths,
      acceptTimeoutMs: launch.acceptTimeoutMs,
    });
    if (outcome.kind === "unsupported") return fallbackWarning(outcome.error);
    // Not taken: nothing ran. A retiring daemon (retry, or a connection
    // closed before `ready`) is replaced by a fresh one; a daemon that
    // did not answer in time is not waited for again.
    reason = outcome.error;
    if (outcome.kind === "late") break;
  }
  return fallbackWarning(reason);
}

/** Where a module's daemon is: what {@linkcode locateDaemon} prints. */
export interface DaemonLocation {
  /** The daemon's socket. */
  socket: string;
  /** The file holding the token every request must carry. */
  token: string;
  /** The daemon's log. */
  log: string;
}

/**
 * Finds this module's daemon, starting it (under the lock) when none
 * answers, exactly as a task of this module would, and prints where it is
 * as one JSON line: `{"socket", "token", "log"}`, or `{"unavailable":
 * reason}` when turbo cannot be used. For tools that send tasks to the
 * daemon themselves (the Ansible action plugin `ansible_turbo.deno.turbo`):
 * the daemon's identity, paths and start have one source of truth, here.
 * Run by `create()` (through {@linkcode runThroughDaemon}) when
 * `ANSIBLE_TURBO_LOCATE=1`; never returns.
 *
 * @example
 * ```ts ignore
 * import { locateDaemon } from "./client.ts";
 * await locateDaemon({ ttl: 15 });
 * ```
 */
export async function locateDaemon(
  options: ClientOptions = {},
): Promise<never> {
  let answer: DaemonLocation | { unavailable: string };
  try {
    const missing = missingPermissions();
    if (missing.length) {
      throw new DaemonUnavailableError(
        `turbo mode needs ${
          missing.map((name) => `--allow-${name}`).join(", ")
        }`,
      );
    }
    const prepared = await prepare(options);
    if (!prepared) {
      throw new DaemonUnavailableError("the arguments file cannot be read");
    }
    const conn = await connectOrStart(prepared.paths, prepared.launch);
    conn.close();
    const { socket, token, log } = prepared.paths;
    answer = { socket, token, log };
  } catch (error) {
    answer = { unavailable: (error as Error).message };
  }
  writeAll(Deno.stdout, encoder.encode(`${JSON.stringify(answer)}\n`));
  Deno.exit(0);
}

function fallbackWarning(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Turbo mode could not be used, so the module ran without its daemon: ${reason}`;
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
 * What turbo mode needs that this process does not hold in full: reading
 * the environment, the module and the daemon's files, writing them, and
 * starting the daemon. Queried, never requested: no prompt ever appears.
 */
function missingPermissions(): string[] {
  return (["env", "read", "write", "run"] as const).filter((name) =>
    Deno.permissions.querySync({ name }).state !== "granted"
  );
}

interface Prepared {
  request: RunRequest;
  paths: DaemonPaths;
  launch: DaemonLaunch;
}

/** Works out who the daemon must be and what to send it; undefined when the arguments are unreadable. */
async function prepare(options: ClientOptions): Promise<Prepared | undefined> {
  const env = Deno.env.toObject();
  const uid = Deno.uid();
  if (uid === null) {
    throw new DaemonUnavailableError(
      "Unix sockets are not available on this system",
    );
  }
  let argsText: string;
  let args: Record<string, unknown>;
  try {
    argsText = await Deno.readTextFile(Deno.args[0]);
    // Only the _ansible_* keys are read here; the daemon reads the rest.
    args = parseArgs(argsText, { exact: false });
  } catch {
    return undefined;
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
  const daemonEnv = daemonEnvironment(env);
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
    env: daemonEnv,
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
      debug: env.ANSIBLE_TURBO_DEBUG === "1",
    }),
    env: { ...daemonEnv, ...DAEMON_ALLOCATOR },
    startTimeoutMs: seconds(
      env.ANSIBLE_TURBO_START_TIMEOUT,
      DEFAULT_START_TIMEOUT_SECONDS,
    ) * 1000,
    acceptTimeoutMs: seconds(
      env.ANSIBLE_TURBO_ACCEPT_TIMEOUT,
      DEFAULT_ACCEPT_TIMEOUT_SECONDS,
    ) * 1000,
  };
  const request: RunRequest = {
    v: PROTOCOL_VERSION,
    type: "run",
    token: "",
    module: {
      url: Deno.mainModule,
      hash,
      copy: isAnsibleCopy(Deno.mainModule, args._ansible_tmpdir),
    },
    argsText,
    argv: Deno.args,
    env,
    cwd: Deno.cwd(),
    ttl,
    timeout: seconds(
      env.ANSIBLE_TURBO_TASK_TIMEOUT,
      DEFAULT_TASK_TIMEOUT_SECONDS,
    ),
    ranUntilCreate: true,
  };
  return { request, paths, launch };
}

function seconds(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** True for the copy of a module Ansible made in its per-task temp directory. */
function isAnsibleCopy(moduleUrl: string, tmpdir: unknown): boolean {
  if (typeof tmpdir !== "string" || !moduleUrl.startsWith("file:")) {
    return false;
  }
  const dir = tmpdir.endsWith("/") ? tmpdir : `${tmpdir}/`;
  return decodeURIComponent(new URL(moduleUrl).pathname).startsWith(dir);
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

type Exchange =
  | { kind: "retry"; error: Error }
  | { kind: "late"; error: Error }
  | { kind: "unsupported"; error: Error };

/**
 * Offers the task; once the daemon is ready, confirms it and relays what
 * it prints until it exits, and this process exits with it. Returns only
 * when the daemon did not take the task (so nothing of it ran there).
 */
async function exchange(
  conn: Deno.UnixConn,
  request: RunRequest,
  options: { paths: DaemonPaths; acceptTimeoutMs: number },
): Promise<Exchange> {
  const { paths, acceptTimeoutMs } = options;
  const reader = new FrameReader(conn);
  const close = () => {
    try {
      conn.close();
    } catch { /* already closed */ }
  };
  let ready: Reply | null;
  try {
    request.token = (await Deno.readTextFile(paths.token)).trim();
    ready = await deadline(
      (async () => {
        await writeFrame(conn, request);
        return await reader.read() as Reply | null;
      })(),
      acceptTimeoutMs,
      {
        message: `the daemon did not take the task within ${
          acceptTimeoutMs / 1000
        } s (it may be busy or blocked; its log is ${paths.log})`,
      },
    );
  } catch (error) {
    // Closing is the answer: without our `go`, the daemon never runs it.
    close();
    const late = (error as Error).name === "DeadlineError";
    return { kind: late ? "late" : "retry", error: error as Error };
  }
  if (ready?.type !== "ready") {
    close();
    if (ready?.type === "unsupported") {
      return { kind: "unsupported", error: new Error(ready.message) };
    }
    if (ready?.type === "error") {
      return {
        kind: "unsupported",
        error: new Error(`the daemon refused the task: ${ready.message}`),
      };
    }
    return {
      kind: "retry",
      error: new Error(
        ready?.type === "retry"
          ? ready.message
          : "the daemon closed the connection before taking the task",
      ),
    };
  }
  // From here on the task is the daemon's: this process ends with it.
  armClientDeadline(request.timeout, paths);
  try {
    await writeFrame(conn, { type: "go" });
    for (;;) {
      const message = await reader.readAny();
      if (message === null) break;
      if (isOutput(message)) {
        writeAll(message.fd === 1 ? Deno.stdout : Deno.stderr, message.bytes);
      } else if ((message as Reply).type === "exit") {
        close();
        Deno.exit((message as { code: number }).code);
      }
    }
  } catch {
    // Lost mid-task: reported below, never retried.
  }
  const result = {
    failed: true,
    msg:
      `The ansible-turbo daemon stopped before the task finished. The task was not run again, because it may have partly run.${await logTail(
        paths.log,
        1,
      )} The daemon's log is ${paths.log}.`,
  };
  writeAll(Deno.stdout, encoder.encode(`${JSON.stringify(result)}\n`));
  Deno.exit(1);
}

function isOutput(message: unknown): message is OutputChunk {
  return (message as OutputChunk).bytes instanceof Uint8Array;
}

/**
 * The daemon enforces the task timeout, and its watchdog ends it when its
 * event loop stays blocked; the client keeps its own deadline, a little
 * later still, so it never waits for ever (a stopped daemon, say).
 */
function armClientDeadline(timeout: number, paths: DaemonPaths): void {
  const seconds = timeout + CLIENT_GRACE_SECONDS;
  // Not setTimeout: its first use loads Node's timers, ~6 ms on every task.
  // This process always ends by Deno.exit(), so the timer need not be cleared.
  const signal = AbortSignal.timeout(Math.min(seconds * 1000, 2 ** 31 - 1));
  signal.addEventListener("abort", () => {
    const result = {
      failed: true,
      msg:
        `The ansible-turbo daemon did not answer within ${seconds} s (ANSIBLE_TURBO_TASK_TIMEOUT ${timeout} s plus ${CLIENT_GRACE_SECONDS} s); the module may still be running there. The daemon's log is ${paths.log}.`,
    };
    writeAll(Deno.stdout, encoder.encode(`${JSON.stringify(result)}\n`));
    Deno.exit(1);
  }, { once: true });
}

function writeAll(
  stream: { writeSync(p: Uint8Array): number },
  bytes: Uint8Array,
): void {
  let written = 0;
  while (written < bytes.length) {
    written += stream.writeSync(bytes.subarray(written));
  }
}

/** The last `lines` lines of the daemon's log, as a sentence to append. */
async function logTail(path: string, lines = 5): Promise<string> {
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
