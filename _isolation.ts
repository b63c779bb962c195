/**
 * Gives each task in the daemon its own view of what a process owns, so
 * that a module cannot tell it shares one: console and `Deno.stdout`/
 * `Deno.stderr` output go to its own client, `Deno.env` and `node:process`'s
 * `env` are its environment, `Deno.args` and `Deno.mainModule` its own,
 * `Deno.exit()` ends the task (not the daemon), its timers are its own (the
 * task lasts while they are pending, and they die with it), `unload`
 * listeners run when it ends, and signal listeners never fire. Outside a
 * task, everything behaves as usual. Installed once, by the daemon only.
 * (Working directories: `_task_paths.ts`; children: `_task_command.ts`;
 * Workers: `_worker_shim.ts`.)
 *
 * @module
 */

import process from "node:process";
import type { TaskContext } from "./_context.ts";
import { EmbeddedModuleFailure, EmbeddedModuleSuccess } from "./errors.ts";

/** What the isolation needs from the daemon. */
export interface IsolationHooks {
  /** The task the running code belongs to, if any. */
  current(): TaskContext | undefined;
  /** Runs `fn` as part of `task` (for callbacks that lose the async context). */
  runIn<T>(task: TaskContext, fn: () => T): T;
  /** Logs a line in the daemon's log. */
  log(message: string): void;
}

/**
 * Thrown in place of a real `Deno.exit()` (or `process.exit()`) inside a
 * task, to stop the code that asked to exit.
 *
 * @example
 * ```ts
 * import { ModuleExit } from "./_isolation.ts";
 * console.assert(new ModuleExit(3).code === 3);
 * ```
 */
export class ModuleExit extends Error {
  /** The exit code the module asked for. */
  readonly code: number;

  /** Builds the error for `Deno.exit(code)`. */
  constructor(code: number) {
    super(`The module called Deno.exit(${code})`);
    this.name = "ModuleExit";
    this.code = code;
  }
}

/**
 * True for what a task throws to end itself (exitJson, failJson,
 * Deno.exit): it ended the task already, so it is no error to report.
 *
 * @example
 * ```ts
 * import { endsTask, ModuleExit } from "./_isolation.ts";
 * console.assert(endsTask(new ModuleExit(0)) && !endsTask(new Error("x")));
 * ```
 */
export function endsTask(error: unknown): boolean {
  return error instanceof ModuleExit ||
    error instanceof EmbeddedModuleSuccess ||
    error instanceof EmbeddedModuleFailure;
}

/** Per-task state the isolation keeps itself, created on first use. */
interface TaskState {
  console?: Console;
  writables: Map<1 | 2, WritableStream<Uint8Array>>;
  /** Pending timer ids; `true` when the timer keeps the task alive. */
  timers: Map<number, boolean>;
  unload: EventListenerOrEventListenerObject[];
}

const states = new WeakMap<TaskContext, TaskState>();

function stateOf(task: TaskContext): TaskState {
  let state = states.get(task);
  if (!state) {
    state = { writables: new Map(), timers: new Map(), unload: [] };
    states.set(task, state);
  }
  return state;
}

/**
 * The pending timers of `task` that keep it alive (as they would keep its
 * process alive).
 *
 * @example
 * ```ts ignore
 * import { liveTimers } from "./_isolation.ts";
 * if (liveTimers(task) === 0) console.log("nothing left to wait for");
 * ```
 */
export function liveTimers(task: TaskContext): number {
  let count = 0;
  for (const ref of stateOf(task).timers.values()) if (ref) count++;
  return count;
}

/**
 * Installs the isolation (once, before any module is imported).
 *
 * @param hooks How to find the current task, run code in one, and log.
 * @param onTimers Called after a task's timer fired or was cleared, so the
 *   daemon can see whether the task has anything left to do.
 *
 * @example
 * ```ts ignore
 * import { installIsolation } from "./_isolation.ts";
 * installIsolation({ current, runIn, log }, (task) => runner.check(task));
 * ```
 */
export function installIsolation(
  hooks: IsolationHooks,
  onTimers: (task: TaskContext) => void,
): void {
  isolateConsole(hooks);
  isolateStdio(hooks);
  isolateEnvironment(hooks);
  isolateProcessIdentity(hooks);
  isolateTimers(hooks, onTimers);
  isolateListeners(hooks);
}

/**
 * Ends what a finished task left behind: its timers (its process would be
 * gone), then its `unload` listeners run, as they would at its exit.
 *
 * @example
 * ```ts ignore
 * import { endTaskState } from "./_isolation.ts";
 * endTaskState(task, (task, fn) => storage.run(task, fn));
 * ```
 */
export function endTaskState(
  task: TaskContext,
  runIn: <T>(task: TaskContext, fn: () => T) => T,
): void {
  const state = states.get(task);
  if (!state) return;
  for (const id of state.timers.keys()) realTimers.clearTimeout(id);
  state.timers.clear();
  const event = new Event("unload");
  for (const listener of state.unload) {
    runIn(task, () => {
      try {
        if (typeof listener === "function") listener(event);
        else listener.handleEvent(event);
      } catch {
        // As at a process's exit: a failing unload listener changes nothing.
      }
    });
  }
  state.unload.length = 0;
}

/** Every console method prints through the task's own console. */
function isolateConsole(hooks: IsolationHooks): void {
  const internal = (Deno as unknown as Record<symbol, Record<string, unknown>>)[
    (Deno as unknown as { internal: symbol }).internal
  ];
  const TaskConsole = internal.Console as new (
    print: (message: string, level: number) => void,
  ) => Console;
  const inspectArgs = internal.inspectArgs as (args: unknown[]) => string;
  const methods = console as unknown as Record<string, unknown>;
  for (const [name, original] of Object.entries(methods)) {
    if (typeof original !== "function") continue;
    const dispatch = (...data: unknown[]) => {
      const task = hooks.current();
      if (!task) return original.apply(console, data);
      const state = stateOf(task);
      // Deno's own console class: the same formatting, and group, count
      // and time state per task, as in a process of its own.
      state.console ??= new TaskConsole((message, level) =>
        task.writeText(level > 1 ? 2 : 1, message)
      );
      if (name === "trace") {
        // As Deno's console.trace, with this wrapper's frame left out.
        const trace = { name: "Trace", message: inspectArgs(data) };
        Error.captureStackTrace(trace, dispatch);
        return state.console.error((trace as { stack?: string }).stack);
      }
      return (state.console as unknown as Record<string, typeof original>)
        [name](...data);
    };
    methods[name] = dispatch;
  }
}

/** `Deno.stdout`/`Deno.stderr` writes (and `node:process`'s, which use them) reach the task's client. */
function isolateStdio(hooks: IsolationHooks): void {
  for (const [fd, stream] of [[1, Deno.stdout], [2, Deno.stderr]] as const) {
    const real = {
      write: stream.write.bind(stream),
      writeSync: stream.writeSync.bind(stream),
      close: stream.close.bind(stream),
    };
    const realWritable = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(stream),
      "writable",
    )?.get;
    stream.writeSync = (data: Uint8Array) => {
      const task = hooks.current();
      if (!task) return real.writeSync(data);
      task.write(fd, data.slice()); // the caller may reuse its buffer
      return data.length;
    };
    stream.write = (data: Uint8Array) => {
      const task = hooks.current();
      if (!task) return real.write(data);
      task.write(fd, data.slice());
      return Promise.resolve(data.length);
    };
    stream.close = () => {
      // The daemon's own stream stays open; the task's output just ends.
      if (!hooks.current()) real.close();
    };
    Object.defineProperty(stream, "writable", {
      configurable: true,
      get() {
        const task = hooks.current();
        if (!task) return realWritable?.call(stream);
        const writables = stateOf(task).writables;
        let writable = writables.get(fd);
        if (!writable) {
          writable = new WritableStream<Uint8Array>({
            write(chunk) {
              task.write(fd, chunk.slice());
            },
          });
          writables.set(fd, writable);
        }
        return writable;
      },
    });
  }
}

/** `Deno.env` and `node:process`'s `env` read and write the task's environment. */
function isolateEnvironment(hooks: IsolationHooks): void {
  const env = Deno.env;
  const real = {
    get: env.get.bind(env),
    set: env.set.bind(env),
    delete: env.delete.bind(env),
    has: env.has.bind(env),
    toObject: env.toObject.bind(env),
  };
  env.get = (key) => {
    const task = hooks.current();
    return task ? task.env[key] : real.get(key);
  };
  env.set = (key, value) => {
    const task = hooks.current();
    if (task) task.env[key] = String(value);
    else real.set(key, value);
  };
  env.delete = (key) => {
    const task = hooks.current();
    if (task) delete task.env[key];
    else real.delete(key);
  };
  env.has = (key) => {
    const task = hooks.current();
    return task ? Object.hasOwn(task.env, key) : real.has(key);
  };
  env.toObject = () => {
    const task = hooks.current();
    return task ? { ...task.env } : real.toObject();
  };
  const realProcessEnv = process.env;
  const target = () => hooks.current()?.env;
  process.env = new Proxy(realProcessEnv, {
    get(object, key, receiver) {
      const taskEnv = target();
      if (!taskEnv || typeof key !== "string") {
        return Reflect.get(object, key, receiver);
      }
      return Object.hasOwn(taskEnv, key) ? taskEnv[key] : undefined;
    },
    set(object, key, value, receiver) {
      const taskEnv = target();
      if (!taskEnv || typeof key !== "string") {
        return Reflect.set(object, key, value, receiver);
      }
      taskEnv[key] = String(value); // Node turns every value into a string
      return true;
    },
    has(object, key) {
      const taskEnv = target();
      if (!taskEnv || typeof key !== "string") return Reflect.has(object, key);
      return Object.hasOwn(taskEnv, key);
    },
    deleteProperty(object, key) {
      const taskEnv = target();
      if (!taskEnv || typeof key !== "string") {
        return Reflect.deleteProperty(object, key);
      }
      delete taskEnv[key];
      return true;
    },
    ownKeys(object) {
      const taskEnv = target();
      return taskEnv ? Object.keys(taskEnv) : Reflect.ownKeys(object);
    },
    getOwnPropertyDescriptor(object, key) {
      const taskEnv = target();
      if (!taskEnv || typeof key !== "string") {
        return Reflect.getOwnPropertyDescriptor(object, key);
      }
      if (!Object.hasOwn(taskEnv, key)) return undefined;
      return {
        value: taskEnv[key],
        writable: true,
        enumerable: true,
        configurable: true,
      };
    },
  });
}

/** `Deno.args`, `Deno.mainModule`, `process.argv`, `Deno.exit()` and `process.exit()` are the task's. */
function isolateProcessIdentity(hooks: IsolationHooks): void {
  for (const name of ["args", "mainModule"] as const) {
    const real = Object.getOwnPropertyDescriptor(Deno, name);
    Object.defineProperty(Deno, name, {
      configurable: true,
      enumerable: true,
      get() {
        const task = hooks.current();
        if (!task) return real?.get?.call(Deno);
        return name === "args" ? [...task.argv] : task.moduleUrl;
      },
    });
  }
  const realArgv = process.argv;
  Object.defineProperty(process, "argv", {
    configurable: true,
    enumerable: true,
    get() {
      const task = hooks.current();
      if (!task) return realArgv;
      return [realArgv[0], pathOf(task.moduleUrl), ...task.argv];
    },
    set(value) {
      realArgv.splice(0, realArgv.length, ...value);
    },
  });
  const realExit = Deno.exit;
  // process.exit() calls Deno.exit(), so this covers both.
  Deno.exit = ((code?: number) => {
    const task = hooks.current();
    if (!task) return realExit(code);
    const exitCode = code ?? (Deno.exitCode || 0);
    task.conclude({ code: exitCode });
    throw new ModuleExit(exitCode);
  }) as typeof Deno.exit;
}

/**
 * The exit code a task's process would end with by itself (`Deno.exitCode`,
 * which `process.exitCode` sets too), reset for the next task: both are
 * process-wide in the daemon.
 *
 * @example
 * ```ts ignore
 * import { takeExitCode } from "./_isolation.ts";
 * const code = takeExitCode();
 * ```
 */
export function takeExitCode(): number {
  const code = Deno.exitCode;
  if (code !== 0 || process.exitCode !== undefined) {
    process.exitCode = undefined;
    Deno.exitCode = 0;
  }
  return code;
}

function pathOf(url: string): string {
  return url.startsWith("file:")
    ? decodeURIComponent(new URL(url).pathname)
    : url;
}

/** Holds a timer callback the way Deno's timers hold it, for its stack frames' names. */
class Timeout {
  _onTimeout: (...args: unknown[]) => void;
  constructor(callback: (...args: unknown[]) => void) {
    this._onTimeout = callback;
  }
}

/** The shape of the web platform's timer functions (Node's types say otherwise). */
type Schedule = (
  handler: unknown,
  delay?: number,
  ...args: unknown[]
) => number;

/** The platform's timer functions, as they were before the isolation. */
const realTimers = {
  setTimeout: globalThis.setTimeout as unknown as Schedule,
  setInterval: globalThis.setInterval as unknown as Schedule,
  clearTimeout: globalThis.clearTimeout as unknown as (id?: number) => void,
};

/**
 * A task's timers are tracked: pending ones keep the task going after
 * `main()` returned (as they keep a process alive), an error thrown from one
 * fails the task (as it would crash the process), and they are cleared when
 * the task ends.
 */
function isolateTimers(
  hooks: IsolationHooks,
  onTimers: (task: TaskContext) => void,
): void {
  const wrap = (
    task: TaskContext,
    callback: (...args: unknown[]) => void,
    once: boolean,
    id: () => number,
  ) =>
  (...args: unknown[]) => {
    const timers = stateOf(task).timers;
    if (once) timers.delete(id());
    try {
      // Called as a Timeout's _onTimeout, as Deno's (Node's) timers call it,
      // so that stack traces name the callback the same way.
      const timeout = new Timeout(callback);
      timeout._onTimeout(...args);
    } catch (error) {
      uncaught(task, error, hooks);
    } finally {
      // After the callback's own synchronous work, which may add timers.
      queueMicrotask(() => onTimers(task));
    }
  };
  const schedule = (once: boolean) =>
  (
    callback: unknown,
    delay?: number,
    ...args: unknown[]
  ): number => {
    const task = hooks.current();
    const real = once ? realTimers.setTimeout : realTimers.setInterval;
    if (!task || typeof callback !== "function") {
      return real(callback, delay, ...args);
    }
    if (task.exited) return real(() => {}, 0); // its process is gone
    let timerId = 0;
    timerId = real(
      wrap(task, callback as (...a: unknown[]) => void, once, () => timerId),
      delay,
      ...args,
    );
    stateOf(task).timers.set(timerId, true);
    return timerId;
  };
  const clear = (id?: number) => {
    realTimers.clearTimeout(id);
    const task = hooks.current();
    if (task && id !== undefined && stateOf(task).timers.delete(id)) {
      queueMicrotask(() => onTimers(task));
    }
  };
  const timers = globalThis as unknown as Record<string, unknown>;
  timers.setTimeout = schedule(true);
  timers.setInterval = schedule(false);
  timers.clearTimeout = clear;
  timers.clearInterval = clear;
  // A throw from a microtask would otherwise reach the global error event,
  // which cannot tell whose it was.
  const realQueueMicrotask = globalThis.queueMicrotask;
  globalThis.queueMicrotask = (callback) => {
    const task = hooks.current();
    if (!task || typeof callback !== "function") {
      return realQueueMicrotask(callback);
    }
    realQueueMicrotask(() => {
      try {
        callback();
      } catch (error) {
        uncaught(task, error, hooks);
      }
    });
  };
  const realUnref = Deno.unrefTimer;
  const realRef = Deno.refTimer;
  const mark = (id: number, ref: boolean) => {
    const task = hooks.current();
    const timers = task && stateOf(task).timers;
    if (timers?.has(id)) {
      timers.set(id, ref);
      queueMicrotask(() => onTimers(task!));
    }
  };
  Deno.unrefTimer = (id) => {
    realUnref(id);
    mark(Number(id), false);
  };
  Deno.refTimer = (id) => {
    realRef(id);
    mark(Number(id), true);
  };
}

/**
 * `unload` listeners a task adds run when it ends; signal listeners a task
 * adds never fire (the signals reach the daemon, not the task's process);
 * a rejection nobody handled fails the task it came from.
 */
function isolateListeners(hooks: IsolationHooks): void {
  const realAdd = globalThis.addEventListener.bind(globalThis);
  const realRemove = globalThis.removeEventListener.bind(globalThis);
  const perTask = (type: string) =>
    type === "unload" || type === "beforeunload";
  globalThis.addEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) => {
    const task = hooks.current();
    if (!task || !perTask(type) || !listener) {
      return realAdd(type, listener!, options);
    }
    if (type === "unload") stateOf(task).unload.push(listener);
  }) as typeof globalThis.addEventListener;
  globalThis.removeEventListener = ((
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    const task = hooks.current();
    if (!task || !perTask(type) || !listener) {
      return realRemove(type, listener!, options);
    }
    const unload = stateOf(task).unload;
    const at = unload.indexOf(listener);
    if (at >= 0) unload.splice(at, 1);
  }) as typeof globalThis.removeEventListener;
  const realAddSignal = Deno.addSignalListener;
  const realRemoveSignal = Deno.removeSignalListener;
  const taskSignals = new WeakSet<() => void>();
  Deno.addSignalListener = (signal, handler) => {
    if (hooks.current()) taskSignals.add(handler);
    else realAddSignal(signal, handler);
  };
  Deno.removeSignalListener = (signal, handler) => {
    if (!taskSignals.delete(handler)) realRemoveSignal(signal, handler);
  };
  // A task's stray rejection fails that task, as it would crash its
  // process; it never takes the daemon (and every other task) down.
  realAdd("unhandledrejection", (event) => {
    event.preventDefault();
    if (hooks.current()?.crash(event.reason) || endsTask(event.reason)) return;
    hooks.log(`unhandled rejection: ${describeStray(event.reason)}`);
  });
  realAdd("error", (event) => {
    event.preventDefault();
    if (!endsTask(event.error)) {
      hooks.log(`uncaught error: ${describeStray(event.error)}`);
    }
  });
}

/**
 * An error thrown out of a task's callback: it fails the task, as it would
 * crash the task's process; once the task is over it is only logged.
 * (exitJson, failJson and exit conclude the task before they throw, so
 * what they throw fails nothing.)
 */
function uncaught(
  task: TaskContext,
  error: unknown,
  hooks: IsolationHooks,
): void {
  if (task.crash(error) || endsTask(error)) return;
  hooks.log(`uncaught error: ${describeStray(error)}`);
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
