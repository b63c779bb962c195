/**
 * The daemon side of turbo mode: a per-user Unix-socket server that stays
 * warm between tasks, imports each distinct module once, and runs tasks
 * concurrently, each in its own context (arguments, environment, working
 * directory, console output). It exits after an idle time to live.
 *
 * Loaded only in the daemon process; the client never imports it.
 *
 * @module
 */

import { AsyncLocalStorage } from "node:async_hooks";
import {
  runDaemonExitHooks,
  setTaskLookup,
  type TaskContext,
} from "./_context.ts";
import { isPlainObject } from "./_input.ts";
import { deadline, DeadlineError, MAX_TIMER_MS } from "./_deadline.ts";
import { failureOf } from "./_failure.ts";
import { sha256Hex } from "./_paths.ts";
import {
  DAEMON_FLAG,
  FrameReader,
  PROTOCOL_VERSION,
  type Reply,
  type ResultReply,
  type RunRequest,
  type StatusReply,
  writeFrame,
} from "./_protocol.ts";

/** How a daemon is started; parsed from its command line. */
export interface DaemonOptions {
  /** Path of the Unix socket to listen on. */
  socket: string;
  /** Initial idle time to live, in seconds. */
  ttl: number;
  /** Log every request (to stderr when running in the foreground). */
  debug?: boolean;
  /** Log to stderr instead of the log file. */
  foreground?: boolean;
  /** Recycle after this many tasks (0: never). */
  maxRequests?: number;
  /** Recycle once the resident set exceeds this many MiB (0: never). */
  maxRssMb?: number;
}

const READ_TIMEOUT_MS = 30_000;
/** Largest module file the daemon hashes and imports. */
const MAX_MODULE_BYTES = 64 * 1024 * 1024;
/** True when this daemon is a `deno compile`d module, judged by its own code. */
const COMPILED = import.meta.url.includes("/deno-compile-");
/** How long a retiring daemon waits for cached sessions to close. */
const EXIT_HOOKS_MS = 2_000;
/** How long in-flight tasks may run on after SIGTERM or SIGINT. */
const SIGNAL_GRACE_MS = 10_000;
const MAX_LOG_BYTES = 1024 * 1024;
const encoder = new TextEncoder();

/**
 * Parses the daemon's command line (after {@linkcode DAEMON_FLAG}) and runs
 * it until it exits. Never returns.
 *
 * @example
 * ```ts ignore
 * import { runDaemonFromArgs } from "./daemon.ts";
 * await runDaemonFromArgs(["--socket", "/run/user/1000/x.sock", "--ttl", "15"]);
 * ```
 */
export async function runDaemonFromArgs(args: string[]): Promise<never> {
  const values = parseDaemonArgs(args);
  const debug = Deno.env.get("ANSIBLE_TURBO_DEBUG") === "1";
  // Run by hand in a terminal with ANSIBLE_TURBO_DEBUG=1, the daemon logs
  // there (the original's troubleshooting path); started by a client, its
  // stderr is /dev/null and it logs to its file.
  const foreground = values.foreground === true ||
    (debug && Deno.stderr.isTerminal());
  return await runDaemon({ ...values, foreground, debug: foreground || debug });
}

/**
 * Parses `--socket PATH --ttl N [--foreground] [--max-requests N]
 * [--max-rss-mb N]`. By hand, not `node:util`: each Node module loaded costs
 * the daemon's start (and so the first task) several milliseconds.
 *
 * @example
 * ```ts
 * import { parseDaemonArgs } from "./daemon.ts";
 * const options = parseDaemonArgs(["--socket", "/tmp/x.sock", "--ttl", "2"]);
 * console.assert(options.socket === "/tmp/x.sock" && options.ttl === 2);
 * ```
 */
export function parseDaemonArgs(args: string[]): DaemonOptions {
  const options: DaemonOptions = { socket: "", ttl: 15 };
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    if (name === "--foreground") {
      options.foreground = true;
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === "--socket") options.socket = value;
    else if (name === "--ttl") options.ttl = Number(value) || 15;
    else if (name === "--max-requests") {
      options.maxRequests = Number(value) || 0;
    } else if (name === "--max-rss-mb") options.maxRssMb = Number(value) || 0;
    else throw new Error(`Unknown daemon option ${name}`);
  }
  if (!options.socket) throw new Error(`${DAEMON_FLAG} needs --socket PATH`);
  return options;
}

/** A loaded module: its `main`, run once per task. */
type ModuleMain = () => unknown;

/**
 * Runs a daemon on `options.socket` until its idle TTL expires, it is told to
 * stop, or it gets SIGTERM/SIGINT. Never returns.
 *
 * @example
 * ```ts ignore
 * import { runDaemon } from "./daemon.ts";
 * await runDaemon({ socket: "/run/user/1000/ansible-turbo-1000/k.sock", ttl: 15 });
 * ```
 */
export async function runDaemon(options: DaemonOptions): Promise<never> {
  const daemon = new Daemon(options);
  await daemon.start();
  return await daemon.finished;
}

class Daemon {
  readonly finished: Promise<never>;
  #options: DaemonOptions;
  #files: { socket: string; token: string; lock: string; log: string };
  #token = "";
  #listener?: Deno.UnixListener;
  #socketIno: number | null = null;
  #ttlMs: number;
  #idleTimer?: ReturnType<typeof setTimeout>;
  #inFlight = 0;
  #requests = 0;
  #startedAt = Date.now();
  #stopping = false;
  #exiting = false;
  #released: Promise<void> = Promise.resolve();
  #modules = new Map<string, Promise<ModuleMain>>();
  #storage = new AsyncLocalStorage<TaskContext>();
  #gate: CwdGate;
  #log: Logger;
  #resolveFinished!: () => void;

  constructor(options: DaemonOptions) {
    this.#options = options;
    const stem = options.socket.replace(/\.sock$/, "");
    this.#files = {
      socket: options.socket,
      token: `${stem}.token`,
      lock: `${stem}.lock`,
      log: `${stem}.log`,
    };
    this.#ttlMs = options.ttl * 1000;
    this.#log = new Logger(this.#files.log, {
      foreground: options.foreground === true,
      debug: options.debug === true,
    });
    this.#gate = new CwdGate(dirname(options.socket));
    this.finished = new Promise<void>((resolve) => {
      this.#resolveFinished = resolve;
    }).then(() => Deno.exit(0));
  }

  async start(): Promise<void> {
    Deno.chdir(dirname(this.#files.socket)); // out of the way of users' directories
    this.#token = randomToken();
    await writePrivateFile(this.#files.token, `${this.#token}\n`);
    this.#listener = Deno.listen({
      transport: "unix",
      path: this.#files.socket,
    });
    await Deno.chmod(this.#files.socket, 0o600);
    this.#socketIno = (await Deno.lstat(this.#files.socket)).ino;
    setTaskLookup(() => this.#storage.getStore());
    isolateTasks(() => this.#storage.getStore(), this.#log);
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      Deno.addSignalListener(signal, () => {
        this.stop(`received ${signal}`);
        // In-flight tasks get a grace period, not a veto: a signal must end the daemon.
        setTimeout(() => {
          this.#log.info(
            `${this.#inFlight} task(s) still running after the grace period`,
          );
          this.#exit();
        }, SIGNAL_GRACE_MS);
      });
    }
    this.#log.info(
      `daemon ${Deno.pid} listening on ${this.#files.socket} (ttl ${this.#options.ttl}s)`,
    );
    this.#armIdleTimer();
    this.#acceptLoop(this.#listener);
  }

  async #acceptLoop(listener: Deno.UnixListener): Promise<void> {
    try {
      for await (const conn of listener) this.#serve(conn);
    } catch (error) {
      if (!this.#stopping) this.#log.info(`accept failed: ${error}`);
    }
  }

  async #serve(conn: Deno.UnixConn): Promise<void> {
    this.#inFlight++;
    clearTimeout(this.#idleTimer);
    try {
      const reader = new FrameReader(conn);
      const message = await deadline(reader.read(), READ_TIMEOUT_MS, {
        message: `no request within ${READ_TIMEOUT_MS} ms`,
      });
      const reply = await this.#handle(message, conn);
      if (reply) await writeFrame(conn, reply);
    } catch (error) {
      this.#log.info(`connection dropped: ${(error as Error).message}`);
    } finally {
      try {
        conn.close();
      } catch { /* the peer may have closed first */ }
      this.#inFlight--;
      if (this.#inFlight === 0) {
        if (this.#stopping) this.#exit();
        else this.#armIdleTimer();
      }
    }
  }

  async #handle(message: unknown, conn: Deno.UnixConn): Promise<Reply | null> {
    if (message === null) return null;
    if (!isPlainObject(message)) {
      return { type: "error", message: "Request must be a JSON object" };
    }
    if (message.v !== PROTOCOL_VERSION) {
      return {
        type: "error",
        message: `Protocol version ${
          JSON.stringify(message.v)
        } is not ${PROTOCOL_VERSION}`,
      };
    }
    if (
      typeof message.token !== "string" ||
      !sameToken(message.token, this.#token)
    ) {
      return { type: "error", message: "Request token is missing or wrong" };
    }
    switch (message.type) {
      case "status":
        return this.#status();
      case "stop":
        queueMicrotask(() => this.stop("asked to stop"));
        return this.#status();
      case "run": {
        const problem = checkRunRequest(message);
        if (problem) return { type: "error", message: problem };
        return await this.#run(message as unknown as RunRequest, conn);
      }
      default:
        return {
          type: "error",
          message: `Unknown request type ${JSON.stringify(message.type)}`,
        };
    }
  }

  /** Figures for `status` (and the answer to `stop`); this connection is not counted. */
  #status(): StatusReply {
    return {
      type: "status",
      pid: Deno.pid,
      startedAt: this.#startedAt,
      requests: this.#requests,
      inFlight: this.#inFlight - 1,
      rssBytes: Deno.memoryUsage().rss,
      ttl: this.#ttlMs / 1000,
      modules: this.#modules.size,
    };
  }

  async #run(request: RunRequest, conn: Deno.UnixConn): Promise<Reply> {
    this.#requests++;
    this.#ttlMs = request.ttl * 1000;
    let main: ModuleMain;
    try {
      main = await this.#load(request.module.url, request.module.hash);
    } catch (error) {
      return { type: "unsupported", message: (error as Error).message };
    }
    await writeFrame(conn, { type: "accepted" });
    const task: TaskContext = {
      args: request.args,
      env: request.env,
      cwd: request.cwd,
      moduleUrl: request.module.url,
      stdout: [],
      stderr: [],
    };
    const started = performance.now();
    let thrown: { error: unknown } | undefined;
    try {
      await this.#gate.enter(request.cwd);
    } catch (error) {
      return {
        type: "result",
        result: {
          failed: true,
          msg: `The task's working directory ${request.cwd} cannot be used: ${
            (error as Error).message
          }`,
        },
        stdout: "",
        stderr: "",
        exitCode: 1,
      };
    }
    const run = this.#storage.run(task, async () => {
      try {
        await main();
      } catch (error) {
        thrown = { error };
      }
    });
    const timedOut = await settledWithin(run, request.timeout * 1000);
    // An abandoned task keeps running, but no longer holds the directory gate.
    this.#gate.leave();
    const reply = timedOut
      ? timeoutReply(task, request.timeout)
      : taskReply(task, thrown);
    this.#log.debug(
      `task ${request.module.url} ${
        reply.result?.failed ? "failed" : "ok"
      } in ${(performance.now() - started).toFixed(1)} ms`,
    );
    this.#recycleIfDue();
    return reply;
  }

  /** Past its request or memory budget, the daemon retires; the next client starts a fresh one. */
  #recycleIfDue(): void {
    const { maxRequests = 0, maxRssMb = 0 } = this.#options;
    if (maxRequests > 0 && this.#requests >= maxRequests) {
      this.stop(`recycling after ${this.#requests} requests`);
    } else if (
      maxRssMb > 0 && Deno.memoryUsage().rss > maxRssMb * 1024 * 1024
    ) {
      this.stop(`recycling above ${maxRssMb} MiB of memory`);
    }
  }

  /** Imports each distinct module content once; the hash is checked first. */
  #load(url: string, hash: string): Promise<ModuleMain> {
    let loading = this.#modules.get(hash);
    if (!loading) {
      loading = importModule(url, hash);
      this.#modules.set(hash, loading);
      // A failed import is not kept: the next task tries again.
      loading.catch(() => this.#modules.delete(hash));
    }
    return loading;
  }

  #armIdleTimer(): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(
      () => this.stop("idle"),
      Math.min(this.#ttlMs, MAX_TIMER_MS),
    );
  }

  /** Stops accepting; exits once nothing is in flight. */
  async stop(reason: string): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    clearTimeout(this.#idleTimer);
    this.#log.info(`stopping: ${reason}`);
    this.#released = this.#releaseSocket();
    await this.#released;
    if (this.#inFlight === 0) this.#exit();
  }

  /** Removes the socket only if it is still ours, under the start lock. */
  async #releaseSocket(): Promise<void> {
    let lock: Deno.FsFile | undefined;
    try {
      lock = await Deno.open(this.#files.lock, {
        create: true,
        write: true,
        mode: 0o600,
      });
      await lock.lock(true);
    } catch (error) {
      this.#log.info(`could not take the lock: ${(error as Error).message}`);
    }
    try {
      const info = await Deno.lstat(this.#files.socket).catch(() => null);
      if (info && info.ino === this.#socketIno) {
        await Deno.remove(this.#files.socket);
      }
      const token = await Deno.readTextFile(this.#files.token).catch(() => "");
      if (token.trim() === this.#token) await Deno.remove(this.#files.token);
      this.#listener?.close();
    } catch (error) {
      this.#log.info(`cleanup failed: ${(error as Error).message}`);
    } finally {
      lock?.close();
    }
  }

  /** Exits once the socket is released: a task may end before the release does. */
  async #exit(): Promise<void> {
    if (this.#exiting) return;
    this.#exiting = true;
    await this.#released;
    await runDaemonExitHooks(EXIT_HOOKS_MS);
    this.#log.info(`exiting after ${this.#requests} requests`);
    this.#log.close();
    this.#resolveFinished();
  }
}

/** Resolves true if `promise` has not settled within `ms` (0: wait for ever). */
function settledWithin(
  promise: Promise<unknown>,
  ms: number,
): Promise<boolean> {
  return deadline(promise, ms > 0 ? ms : Infinity).then(
    () => false,
    (error) => {
      if (error instanceof DeadlineError) return true;
      throw error;
    },
  );
}

function timeoutReply(task: TaskContext, seconds: number): ResultReply {
  const raw = {
    msg:
      `The module did not finish within ${seconds} s (ANSIBLE_TURBO_TASK_TIMEOUT). It may still be running in the daemon; a module that blocks or never settles should be fixed or run with ANSIBLE_TURBO_DISABLE=1.`,
  };
  return {
    type: "result",
    result: task.format ? task.format(raw, true) : { ...raw, failed: true },
    stdout: task.stdout.join(""),
    stderr: task.stderr.join(""),
    exitCode: 1,
  };
}

/** Imports a module by URL plus content hash, so changed content is a new module. */
async function importModule(url: string, hash: string): Promise<ModuleMain> {
  if (COMPILED) {
    // A compiled daemon runs only the module built into it (its identity,
    // binary hash included, is already in the socket's name).
    if (url !== Deno.mainModule) {
      throw new Error(`this compiled daemon only runs ${Deno.mainModule}`);
    }
  } else if (await sha256Hex(await readModuleFile(url)) !== hash) {
    throw new Error(`${url} changed while the task was being sent`);
  }
  let namespace: Record<string, unknown>;
  try {
    namespace = await import(`${url}#${hash}`);
  } catch (error) {
    throw new Error(
      `the daemon could not load the module: ${(error as Error).message}`,
    );
  }
  const main = namespace.main;
  if (typeof main !== "function") {
    throw new Error(
      "the module does not export a main() function for the daemon to call",
    );
  }
  return main as ModuleMain;
}

/** Reads a module for hashing: a regular file of sane size, never a FIFO or device. */
async function readModuleFile(url: string): Promise<Uint8Array> {
  try {
    const path = new URL(url);
    const info = await Deno.stat(path);
    if (!info.isFile) throw new Error("not a regular file");
    if (info.size > MAX_MODULE_BYTES) {
      throw new Error(`larger than ${MAX_MODULE_BYTES} bytes`);
    }
    return await Deno.readFile(path);
  } catch (error) {
    throw new Error(
      `the daemon cannot read ${url}: ${(error as Error).message}`,
    );
  }
}

/** Turns how a task ended into the reply for its client. */
function taskReply(
  task: TaskContext,
  thrown: { error: unknown } | undefined,
): ResultReply {
  const stdout = task.stdout.join("");
  const stderr = task.stderr.join("");
  if (task.outcome) {
    return {
      type: "result",
      result: task.outcome.result,
      stdout,
      stderr,
      exitCode: task.outcome.failed ? 1 : 0,
    };
  }
  if (thrown && !(thrown.error instanceof ModuleExit)) {
    const raw = failureOf(thrown.error);
    const failure = task.format
      ? task.format(raw, true)
      : { ...raw, failed: true };
    return { type: "result", result: failure, stdout, stderr, exitCode: 1 };
  }
  // Ended without exitJson/failJson: the client mirrors a bare process exit.
  return { type: "result", stdout, stderr, exitCode: task.exitCode ?? 0 };
}

function checkRunRequest(message: Record<string, unknown>): string | undefined {
  const module = message.module;
  if (
    !isPlainObject(module) || typeof module.url !== "string" ||
    typeof module.hash !== "string"
  ) {
    return "Request module must have a url and a hash";
  }
  if (!/^[0-9a-f]{64}$/.test(module.hash)) {
    return "Request module hash must be a SHA-256 hex digest";
  }
  if (!module.url.startsWith("file:")) {
    return "Request module url must be a file: URL";
  }
  if (!isPlainObject(message.args)) return "Request args must be an object";
  if (
    !isPlainObject(message.env) ||
    !Object.values(message.env).every((v) => typeof v === "string")
  ) {
    return "Request env must be an object of strings";
  }
  if (typeof message.cwd !== "string" || !message.cwd.startsWith("/")) {
    return "Request cwd must be an absolute path";
  }
  if (typeof message.timeout !== "number" || !(message.timeout >= 0)) {
    return "Request timeout must be a number of seconds";
  }
  if (typeof message.ttl !== "number" || !(message.ttl > 0)) {
    return "Request ttl must be a positive number";
  }
  return undefined;
}

/** Thrown in place of a real `Deno.exit()` from inside a task. */
class ModuleExit extends Error {
  constructor(code: number) {
    super(`The module called Deno.exit(${code})`);
    this.name = "ModuleExit";
  }
}

/**
 * Gives each task its own view of process-wide state, without touching the
 * real state other tasks see: console output is captured per task,
 * `Deno.env` reads and writes the task's environment, `Deno.Command`
 * children get it too, and `Deno.exit()` ends the task, not the daemon.
 */
function isolateTasks(
  current: () => TaskContext | undefined,
  log: Logger,
): void {
  const streams = {
    log: "stdout",
    info: "stdout",
    debug: "stdout",
    dir: "stdout",
    table: "stdout",
    error: "stderr",
    warn: "stderr",
    trace: "stderr",
  } as const;
  for (const [name, stream] of Object.entries(streams)) {
    const method = name as keyof typeof streams;
    console[method] = (...data: unknown[]) => {
      const line = `${formatConsole(data)}\n`;
      const task = current();
      if (task) task[stream].push(line);
      else log.info(`console.${method}: ${line.trimEnd()}`);
    };
  }
  const env = Deno.env;
  const real = {
    get: env.get.bind(env),
    set: env.set.bind(env),
    delete: env.delete.bind(env),
    has: env.has.bind(env),
    toObject: env.toObject.bind(env),
  };
  env.get = (key) => {
    const task = current();
    return task ? task.env[key] : real.get(key);
  };
  env.set = (key, value) => {
    const task = current();
    if (task) task.env[key] = String(value);
    else real.set(key, value);
  };
  env.delete = (key) => {
    const task = current();
    if (task) delete task.env[key];
    else real.delete(key);
  };
  env.has = (key) => {
    const task = current();
    return task ? Object.hasOwn(task.env, key) : real.has(key);
  };
  env.toObject = () => {
    const task = current();
    return task ? { ...task.env } : real.toObject();
  };
  const RealCommand = Deno.Command;
  Object.defineProperty(Deno, "Command", {
    configurable: true,
    value: new Proxy(RealCommand, {
      construct(
        target,
        [command, options]: [string | URL, Deno.CommandOptions?],
      ) {
        const task = current();
        if (task && !options?.clearEnv) {
          options = {
            ...options,
            clearEnv: true,
            env: { ...task.env, ...options?.env },
          };
        }
        return new target(command, options);
      },
    }),
  });
  const realExit = Deno.exit;
  Deno.exit = ((code?: number) => {
    const task = current();
    if (!task) return realExit(code);
    task.exitCode = code ?? 0;
    throw new ModuleExit(task.exitCode);
  }) as typeof Deno.exit;
  // A task's stray rejection must not take the daemon (and every other task) down.
  globalThis.addEventListener("unhandledrejection", (event) => {
    event.preventDefault();
    log.info(
      `unhandled rejection: ${describeStray(event.reason)}`,
    );
  });
  globalThis.addEventListener("error", (event) => {
    event.preventDefault();
    log.info(`uncaught error: ${describeStray(event.error)}`);
  });
}

/**
 * Names a stray error without its message: it may hold a task's no_log
 * values, and the log outlives the task. Its class and where it was thrown
 * are enough to find it.
 */
function describeStray(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const frame = error.stack?.split("\n").find((line) => /^\s+at /.test(line));
  return `${error.name}${frame ? ` ${frame.trim()}` : ""} (message withheld)`;
}

/**
 * Lets tasks with the same working directory run together and switches the
 * process's directory between groups, so that relative paths in a module
 * mean what they mean in a plain run. Waiters are served in arrival order.
 */
class CwdGate {
  #home: string;
  #current: string | null = null;
  #active = 0;
  #queue: { cwd: string; resolve: () => void; reject: (e: unknown) => void }[] =
    [];

  constructor(home: string) {
    this.#home = home;
  }

  enter(cwd: string): Promise<void> {
    if (
      this.#queue.length === 0 && (this.#active === 0 || this.#current === cwd)
    ) {
      this.#admit(cwd);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) =>
      this.#queue.push({ cwd, resolve, reject })
    );
  }

  leave(): void {
    this.#active--;
    if (this.#active > 0) return;
    while (this.#queue.length > 0) {
      const cwd = this.#queue[0].cwd;
      const batch = this.#queue.filter((w) => w.cwd === cwd);
      this.#queue = this.#queue.filter((w) => w.cwd !== cwd);
      try {
        this.#admit(cwd);
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
        continue;
      }
      this.#active += batch.length - 1;
      for (const waiter of batch) waiter.resolve();
      return;
    }
    this.#chdir(this.#home);
  }

  #admit(cwd: string): void {
    if (this.#current !== cwd) this.#chdir(cwd);
    this.#active++;
  }

  #chdir(dir: string): void {
    Deno.chdir(dir);
    this.#current = dir;
  }
}

/** The daemon's own log: a file of bounded size, or stderr in the foreground. */
class Logger {
  #file?: Deno.FsFile;
  #bytes = 0;
  #foreground: boolean;
  #debug: boolean;

  constructor(path: string, options: { foreground: boolean; debug: boolean }) {
    this.#foreground = options.foreground;
    this.#debug = options.debug;
    if (this.#foreground) return;
    try {
      // Appended, not truncated: a stuck predecessor's log is evidence.
      this.#file = Deno.openSync(path, {
        create: true,
        append: true,
        mode: 0o600,
      });
      this.#bytes = this.#file.statSync().size;
    } catch {
      // Logging is best effort; the daemon works without it.
    }
  }

  info(message: string): void {
    const line = encoder.encode(
      `${new Date().toISOString()} [${Deno.pid}] ${message}\n`,
    );
    if (this.#foreground) {
      Deno.stderr.writeSync(line);
      return;
    }
    if (!this.#file) return;
    if (this.#bytes + line.length > MAX_LOG_BYTES) {
      // Start over rather than grow: the log is for the recent past.
      this.#file.truncateSync(0);
      this.#bytes = 0;
    }
    this.#bytes += this.#file.writeSync(line);
  }

  /** Per-request detail, written only with ANSIBLE_TURBO_DEBUG=1 or --foreground. */
  debug(message: string): void {
    if (this.#debug) this.info(message);
  }

  close(): void {
    this.#file?.close();
  }
}

function dirname(path: string): string {
  return path.replace(/\/+[^/]*$/, "") || "/";
}

/**
 * Formats console arguments as Deno's console does for the common cases:
 * `%s %d %i %f %o %O %j %c %%` substitutions, strings as they are, other
 * values through `Deno.inspect`.
 */
function formatConsole(data: unknown[]): string {
  const show = (v: unknown) => typeof v === "string" ? v : Deno.inspect(v);
  let rest = data;
  let head = "";
  if (typeof data[0] === "string" && data[0].includes("%")) {
    let i = 1;
    head = data[0].replace(/%([sdifoOjc%])/g, (whole, code: string) => {
      if (code === "%") return "%";
      if (i >= data.length) return whole;
      const v = data[i++];
      if (code === "c") return "";
      if (code === "s") return String(v);
      if (code === "d" || code === "i") {
        return String(code === "i" ? Math.trunc(Number(v)) : Number(v));
      }
      if (code === "f") return String(Number(v));
      if (code === "j") return JSON.stringify(v);
      return Deno.inspect(v);
    });
    rest = data.slice(i);
    return [head, ...rest.map(show)].join(" ");
  }
  return rest.map(show).join(" ");
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function sameToken(given: string, expected: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(expected);
  if (a.length !== b.length) return false;
  // Constant time: every byte is compared whatever the first difference.
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

async function writePrivateFile(path: string, text: string): Promise<void> {
  const temp = `${path}.${Deno.pid}.tmp`;
  await Deno.writeTextFile(temp, text, { mode: 0o600 });
  await Deno.rename(temp, path);
}
