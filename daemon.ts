/**
 * The daemon side of turbo mode: a per-user Unix-socket server that stays
 * warm between tasks, loads each distinct module once, and runs tasks
 * concurrently, each as if in a process of its own (`_isolation.ts`,
 * `_task_paths.ts`, `_worker_shim.ts`). It exits after an idle time to
 * live, when told to, on SIGTERM/SIGINT, when its code changed on disk, or,
 * blocked for good, by its watchdog.
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
import { CwdGate } from "./_cwd_gate.ts";
import { DaemonLog } from "./_daemon_log.ts";
import {
  deadline,
  DeadlineError,
  type DeadlineTimers,
  MAX_TIMER_MS,
} from "./_deadline.ts";
import { isPlainObject, parseArgs } from "./_input.ts";
import { stringifyJson } from "./_json.ts";
import {
  endTaskState,
  installIsolation,
  liveTimers,
  takeExitCode,
} from "./_isolation.ts";
import {
  type LoadedModule,
  ModuleLoader,
  type ModuleMain,
  StaleCodeError,
  UnsupportedModuleError,
} from "./_module_loader.ts";
import {
  DAEMON_FLAG,
  FrameReader,
  PROTOCOL_VERSION,
  type Reply,
  type RunRequest,
  type StatusReply,
  writeFrame,
} from "./_protocol.ts";
import { checkRunRequest, sameToken } from "./_request_check.ts";
import { Task } from "./_task.ts";
import { installTaskCommand } from "./_task_command.ts";
import { installTaskPaths } from "./_task_paths.ts";
import { randomToken, writePrivateFile } from "./_token.ts";
import { Watchdog } from "./_watchdog.ts";
import { installWorkerShim } from "./_worker_shim.ts";

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

/** How long a connection may take to send its request, or its `go`. */
const READ_TIMEOUT_MS = 30_000;
/** True when this daemon is a `deno compile`d module, judged by its own code. */
const COMPILED = import.meta.url.includes("/deno-compile-");
const RUNTIME_URL = new URL("./mod.ts", import.meta.url).href;
/** How long a retiring daemon waits for cached sessions to close. */
const EXIT_HOOKS_MS = 2_000;
/** How long in-flight tasks may run on after SIGTERM or SIGINT. */
const SIGNAL_GRACE_MS = 10_000;
/** Output beyond which a finished task's buffers are collected at once. */
const COLLECT_AFTER_BYTES = 32 * 1024 * 1024;
/**
 * V8's gc(), when the daemon was started with --expose-gc: kept here and
 * taken off the global object, where no module of a plain run sees it.
 */
const collectGarbage = takeGc();
/**
 * The platform's timers, taken before the isolation wraps them: the
 * daemon's own bounded waits clear their timer when the wait ends (an
 * `AbortSignal.timeout()` would keep its timer and signal in the heap for
 * the full wait: three per task).
 */
const platformSetTimeout = globalThis.setTimeout;
const platformClearTimeout = globalThis.clearTimeout;
const DAEMON_TIMERS: DeadlineTimers = {
  setTimeout(callback: () => void, ms: number): number {
    // Deno's timer ids are numbers (Node's types say otherwise).
    const id = platformSetTimeout(callback, ms) as unknown as number;
    // As AbortSignal.timeout's: a pending wait never keeps the daemon up.
    Deno.unrefTimer(id);
    return id;
  },
  clearTimeout: (id: unknown) => platformClearTimeout(id as number),
};

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
  const debug = values.debug === true ||
    Deno.env.get("ANSIBLE_TURBO_DEBUG") === "1";
  // Run by hand in a terminal with ANSIBLE_TURBO_DEBUG=1, the daemon logs
  // there (the original's troubleshooting path); started by a client, its
  // stderr is /dev/null and it logs to its file.
  const foreground = values.foreground === true ||
    (debug && Deno.stderr.isTerminal());
  return await runDaemon({ ...values, foreground, debug: foreground || debug });
}

/**
 * Parses `--socket PATH --ttl N [--foreground] [--debug] [--max-requests N]
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
    if (name === "--foreground" || name === "--debug") {
      options[name === "--debug" ? "debug" : "foreground"] = true;
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

/**
 * Runs a daemon on `options.socket` until it exits (see the module
 * documentation). Never returns.
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
  #files: {
    dir: string;
    socket: string;
    token: string;
    lock: string;
    log: string;
  };
  #token = "";
  #listener?: Deno.UnixListener;
  #socketIno: number | null = null;
  #ttlMs: number;
  #idleTimer?: ReturnType<typeof setTimeout>;
  /** Open connections; those that have not sent a request yet are idle. */
  #connections = new Set<Deno.UnixConn>();
  #idle = new Set<Deno.UnixConn>();
  #maxConnections = connectionBudget();
  #slotFree?: PromiseWithResolvers<void>;
  /** Running tasks, with their deadlines (epoch ms). */
  #tasks = new Map<Task, number>();
  #checks = new WeakMap<TaskContext, () => void>();
  #requests = 0;
  #startedAt = Date.now();
  #stopping = false;
  #released = false;
  #exiting = false;
  #loader: ModuleLoader;
  #storage = new AsyncLocalStorage<TaskContext>();
  #gate: CwdGate;
  #log: DaemonLog;
  #watchdog?: Watchdog;
  #resolveFinished!: () => void;

  constructor(options: DaemonOptions) {
    this.#options = options;
    const stem = options.socket.replace(/\.sock$/, "");
    this.#files = {
      dir: dirname(options.socket),
      socket: options.socket,
      token: `${stem}.token`,
      lock: `${stem}.lock`,
      log: `${stem}.log`,
    };
    this.#ttlMs = options.ttl * 1000;
    this.#log = new DaemonLog(this.#files.log, {
      foreground: options.foreground === true,
      debug: options.debug === true,
    });
    this.#gate = new CwdGate(this.#files.dir);
    this.#loader = new ModuleLoader({
      storeDir: `${stem}.modules`,
      runtimeUrl: RUNTIME_URL,
      compiled: COMPILED,
    });
    this.finished = new Promise<void>((resolve) => {
      this.#resolveFinished = resolve;
    }).then(() => Deno.exit(0));
  }

  async start(): Promise<void> {
    Deno.chdir(this.#files.dir); // out of the way of users' directories
    this.#token = randomToken();
    await writePrivateFile(this.#files.token, `${this.#token}\n`);
    // A killed predecessor's store copies are of no use.
    await this.#loader.removeStore();
    this.#listener = Deno.listen({
      transport: "unix",
      path: this.#files.socket,
    });
    await Deno.chmod(this.#files.socket, 0o600);
    this.#socketIno = (await Deno.lstat(this.#files.socket)).ino;
    this.#isolateTasks();
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      Deno.addSignalListener(signal, () => {
        this.stop(`received ${signal}`);
        // In-flight tasks get a grace period, not a veto: a signal must end the daemon.
        setTimeout(() => {
          this.#log.info(
            `${this.#tasks.size} task(s) still running after the grace period`,
          );
          this.#exit();
        }, SIGNAL_GRACE_MS);
      });
    }
    this.#log.info(
      `daemon ${Deno.pid} listening on ${this.#files.socket} (ttl ${this.#options.ttl}s, at most ${this.#maxConnections} connections)`,
    );
    this.#armIdleTimer();
    this.#acceptLoop(this.#listener);
  }

  #isolateTasks(): void {
    const current = () => this.#storage.getStore();
    const runIn = <T>(task: TaskContext, fn: () => T) =>
      this.#storage.run(task, fn);
    setTaskLookup(current);
    installIsolation(
      { current, runIn, log: (message) => this.#log.info(message) },
      (task) => this.#checks.get(task)?.(),
    );
    installTaskPaths({
      current,
      moved: (task, dir) => this.#gate.moved(task, dir),
    });
    installTaskCommand(current);
    installWorkerShim({ current, runIn });
  }

  /**
   * Accepts connections while the daemon runs. Failures to accept (no file
   * descriptors left, say) are transient: it waits and tries again. It
   * holds at most its budget of connections; beyond that, clients wait in
   * the socket's backlog (and run in-process if not taken in time).
   */
  async #acceptLoop(listener: Deno.UnixListener): Promise<void> {
    let pause = 10;
    while (!this.#stopping) {
      if (this.#connections.size >= this.#maxConnections) {
        this.#slotFree ??= Promise.withResolvers();
        await this.#slotFree.promise;
        continue;
      }
      let conn: Deno.UnixConn;
      try {
        conn = await listener.accept();
        pause = 10;
      } catch (error) {
        if (this.#stopping) return;
        if (pause === 10 || pause >= 1000) {
          this.#log.info(
            `accept failed, retrying: ${(error as Error).message}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, 1000);
        continue;
      }
      this.#serve(conn);
    }
  }

  async #serve(conn: Deno.UnixConn): Promise<void> {
    this.#connections.add(conn);
    this.#idle.add(conn);
    clearTimeout(this.#idleTimer);
    try {
      const reader = new FrameReader(conn);
      const message = await deadline(reader.read(), READ_TIMEOUT_MS, {
        message: `no request within ${READ_TIMEOUT_MS} ms`,
        timers: DAEMON_TIMERS,
      });
      this.#idle.delete(conn);
      await this.#handle(message, { conn, reader });
    } catch (error) {
      this.#log.info(`connection dropped: ${(error as Error).message}`);
    } finally {
      try {
        conn.close();
      } catch { /* the peer may have closed first */ }
      this.#idle.delete(conn);
      this.#connections.delete(conn);
      this.#slotFree?.resolve();
      this.#slotFree = undefined;
      if (this.#stopping) this.#maybeExit();
      else if (this.#connections.size === 0) this.#armIdleTimer();
    }
  }

  async #handle(
    message: unknown,
    peer: { conn: Deno.UnixConn; reader: FrameReader },
  ): Promise<void> {
    if (message === null) return;
    const reply = (answer: Reply) => writeFrame(peer.conn, answer);
    if (!isPlainObject(message)) {
      return await reply({
        type: "error",
        message: "Request must be a JSON object",
      });
    }
    if (message.v !== PROTOCOL_VERSION) {
      return await reply({
        type: "error",
        message: `Protocol version ${
          JSON.stringify(message.v)
        } is not ${PROTOCOL_VERSION}`,
      });
    }
    if (
      typeof message.token !== "string" ||
      !sameToken(message.token, this.#token)
    ) {
      return await reply({
        type: "error",
        message: "Request token is missing or wrong",
      });
    }
    switch (message.type) {
      case "status":
        return await reply(this.#status());
      case "stop":
        queueMicrotask(() => this.stop("asked to stop"));
        return await reply(this.#status());
      case "run": {
        const problem = checkRunRequest(message);
        if (problem) return await reply({ type: "error", message: problem });
        return await this.#run(message as unknown as RunRequest, peer);
      }
      default:
        return await reply({
          type: "error",
          message: `Unknown request type ${JSON.stringify(message.type)}`,
        });
    }
  }

  /** Figures for `status` (and the answer to `stop`). */
  #status(): StatusReply {
    return {
      type: "status",
      pid: Deno.pid,
      startedAt: this.#startedAt,
      requests: this.#requests,
      inFlight: this.#tasks.size,
      rssBytes: Deno.memoryUsage().rss,
      ttl: this.#ttlMs / 1000,
      modules: this.#loader.size,
    };
  }

  /**
   * Serves one task: load its module, admit it, say `ready`, and run it only
   * once its client says `go` (a client that gave up has closed instead).
   */
  async #run(
    request: RunRequest,
    peer: { conn: Deno.UnixConn; reader: FrameReader },
  ): Promise<void> {
    const reply = (answer: Reply) => writeFrame(peer.conn, answer);
    if (this.#stopping) {
      return await reply({ type: "retry", message: "the daemon is stopping" });
    }
    this.#ttlMs = request.ttl * 1000;
    let loaded: LoadedModule;
    let args: Record<string, unknown>;
    try {
      loaded = await this.#loader.load(request.module);
      args = parseArgs(request.argsText);
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof StaleCodeError) {
        this.stop(`its code changed (${message})`);
        return await reply({ type: "retry", message });
      }
      if (!(error instanceof UnsupportedModuleError)) {
        this.#log.info(`could not prepare a task: ${message}`);
      }
      return await reply({ type: "unsupported", message });
    }
    const task = new Task({
      args,
      argv: request.argv,
      env: request.env,
      cwd: request.cwd,
      moduleUrl: loaded.url,
      clientUrl: request.module.url,
    }, {
      connection: peer.conn,
      print: (result) => `${stringifyJson(result)}\n`,
      quietUntilCreate: request.ranUntilCreate,
    });
    // The client's answer is read from now on: if it closes while the task
    // waits for its directory, the task leaves the queue at once.
    const answer = peer.reader.read();
    answer.catch(() => {});
    let admitted: boolean;
    try {
      admitted = await Promise.race([
        this.#gate.enter(task, request.cwd).then(() => true),
        answer.then(() => false, () => false),
      ]);
    } catch (error) {
      return await reply({
        type: "unsupported",
        message: `the daemon cannot work in ${request.cwd}: ${
          (error as Error).message
        }`,
      });
    }
    let go = false;
    try {
      if (admitted) {
        await reply({ type: "ready" });
        const message = await deadline(answer, READ_TIMEOUT_MS, {
          timers: DAEMON_TIMERS,
        });
        go = isPlainObject(message) && message.type === "go";
      }
      if (!go) this.#log.debug("task not started: its client left");
    } catch (error) {
      this.#log.debug(`task not started: ${(error as Error).message}`);
    } finally {
      if (!go) this.#gate.leave(task);
    }
    if (!go) return;
    const started = performance.now();
    const code = await this.#execute(task, loaded.main, request.timeout);
    this.#log.debug(
      `task ${request.module.url} ${code === 0 ? "ok" : "failed"} in ${
        (performance.now() - started).toFixed(1)
      } ms`,
    );
    await reply({ type: "exit", code });
    this.#recycleIfDue();
  }

  /** Runs an admitted task to its end; returns its process's exit code. */
  async #execute(
    task: Task,
    main: ModuleMain,
    timeoutSeconds: number,
  ): Promise<number> {
    this.#requests++;
    const timeoutMs = timeoutSeconds > 0 ? timeoutSeconds * 1000 : Infinity;
    this.#tasks.set(task, Date.now() + Math.min(timeoutMs, MAX_TIMER_MS));
    this.#tolerate();
    task.atEnd(() => endTaskState(task, (t, fn) => this.#storage.run(t, fn)));
    let returned = false;
    // Once main() returned, the task lasts while its timers do, as a
    // process lasts while its event loop has work.
    const check = () => {
      if (returned && !task.concluded && liveTimers(task) === 0) {
        task.conclude({ code: takeExitCode() });
      }
    };
    this.#checks.set(task, check);
    this.#storage.run(task, () => {
      Promise.resolve().then(main).then(() => {
        returned = true;
        check();
      }, (error) => {
        returned = true;
        task.crash(error); // a no-op when exitJson/failJson/exit ended it
      });
    });
    try {
      await deadline(task.outcome, timeoutMs, { timers: DAEMON_TIMERS });
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error;
      const raw = {
        msg:
          `The module did not finish within ${timeoutSeconds} s (ANSIBLE_TURBO_TASK_TIMEOUT). It was stopped in the daemon, though code it had already started may still run there; a module that blocks or never settles should be fixed or run with ANSIBLE_TURBO_DISABLE=1.`,
      };
      task.conclude({
        result: task.format?.(raw, true) ?? { ...raw, failed: true },
        code: 1,
      });
    }
    const outcome = await task.outcome;
    takeExitCode(); // whatever the task set is not the next task's
    // An abandoned task no longer holds the directory gate.
    this.#gate.leave(task);
    await task.finish();
    this.#tasks.delete(task);
    this.#tolerate();
    // The strings and buffers of a big output are garbage now, but an idle
    // daemon allocates nothing that would make V8 collect them.
    if (task.outputBytes > COLLECT_AFTER_BYTES) collectGarbage?.();
    return outcome.code;
  }

  /**
   * Tells the watchdog how long the event loop may legitimately be busy;
   * starts it with the first task (only a task can block the loop, and a
   * Worker costs the daemon's start some 15 ms).
   */
  #tolerate(): void {
    this.#watchdog ??= new Watchdog({
      socket: this.#files.socket,
      socketIno: this.#socketIno,
      tokenFile: this.#files.token,
      token: this.#token,
      lockFile: this.#files.lock,
      log: this.#files.log,
    });
    this.#watchdog.tolerate(Math.max(0, ...this.#tasks.values()));
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

  #armIdleTimer(): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(
      () => this.stop("idle"),
      Math.min(this.#ttlMs, MAX_TIMER_MS),
    );
  }

  /**
   * Stops accepting: the socket is released first (so new clients start a
   * new daemon), then what was accepted finishes; connections that sent
   * nothing yet are closed (their clients retry). Exits when all is done.
   */
  async stop(reason: string): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    clearTimeout(this.#idleTimer);
    this.#log.info(`stopping: ${reason}`);
    this.#slotFree?.resolve();
    await this.#releaseSocket();
    this.#released = true;
    for (const conn of this.#idle) {
      try {
        conn.close();
      } catch { /* closing already */ }
    }
    this.#maybeExit();
  }

  #maybeExit(): void {
    if (
      this.#released && this.#tasks.size === 0 &&
      this.#connections.size === 0
    ) this.#exit();
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
    } catch (error) {
      this.#log.info(`cleanup failed: ${(error as Error).message}`);
    } finally {
      this.#listener?.close();
      lock?.close();
    }
  }

  async #exit(): Promise<void> {
    if (this.#exiting) return;
    this.#exiting = true;
    this.#watchdog?.stop();
    await deadline(runDaemonExitHooks(), EXIT_HOOKS_MS).catch(() => {});
    await this.#loader.removeStore();
    this.#log.info(`exiting after ${this.#requests} requests`);
    this.#log.close();
    this.#resolveFinished();
  }
}

function takeGc(): (() => void) | undefined {
  const scope = globalThis as { gc?: () => void };
  const gc = scope.gc;
  // V8 makes it writable but not configurable: cleared, it reads undefined.
  if (gc) scope.gc = undefined;
  return gc;
}

/**
 * How many connections the daemon holds at once: half its file descriptor
 * limit, so that tasks keep descriptors for their own work.
 */
function connectionBudget(): number {
  try {
    const limits = Deno.readTextFileSync("/proc/self/limits");
    const soft = Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1]);
    if (soft > 0) return Math.max(8, Math.min(4096, Math.floor(soft / 2)));
  } catch {
    // Not Linux, or no /proc: a budget that fits the usual limit of 1024.
  }
  return 512;
}

function dirname(path: string): string {
  return path.replace(/\/+[^/]*$/, "") || "/";
}
