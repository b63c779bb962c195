/**
 * The bridge between the daemon and the module API: the daemon installs a
 * lookup for the task being served, and `create()` reads it; library code
 * registers what the daemon must finish before it exits. Kept free of
 * imports so that the client process pays nothing for it.
 *
 * @module
 */

/** How a task ended, as its own process would have: a result, or an exit code. */
export interface TaskOutcome {
  /** The result handed over by exitJson/failJson, already formatted. */
  result?: Record<string, unknown>;
  /** The exit code of the module's process. */
  code: number;
}

/** Everything one task sees in the daemon, and how it reports back. */
export interface TaskContext {
  /** Raw arguments from Ansible, `_ansible_*` keys included. */
  readonly args: Record<string, unknown>;
  /** The module process's `Deno.args`. */
  readonly argv: readonly string[];
  /** The task's environment (reads and writes of `Deno.env` land here). */
  readonly env: Record<string, string>;
  /** The task's working directory; `Deno.chdir()` in the task moves it. */
  cwd: string;
  /** The URL the module runs from in the daemon: its `Deno.mainModule`. */
  readonly moduleUrl: string;
  /** True once the task has its outcome. */
  readonly concluded: boolean;
  /**
   * True once the task's process would be gone: it has its outcome and is
   * not running its exit listeners. Code of the task still running then
   * can no longer act.
   */
  readonly exited: boolean;
  /** True once the task has ended: what it does afterwards reaches no one. */
  readonly ended: boolean;
  /** Sends output to the module's process, in order (dropped once ended). */
  write(fd: 1 | 2, bytes: Uint8Array): void;
  /**
   * Sends text to the module's process; paths of the daemon's copy of the
   * module read as the module's own path, as in its own process.
   */
  writeText(fd: 1 | 2, text: string): void;
  /** Ends the task as its process would end: the first call wins. */
  conclude(outcome: TaskOutcome): void;
  /**
   * Fails the task with an error nobody caught, as the process's crash
   * handler would; false when the task had already ended (its process would
   * be gone), so the error is nobody's.
   */
  crash(error: unknown): boolean;
  /** Runs `hook` when the task ends, however it ends. */
  atEnd(hook: () => void): void;
  /** Set by `create()`: formats a raw result the way the task's module object would. */
  format?: (
    result: Record<string, unknown>,
    failed: boolean,
  ) => Record<string, unknown>;
}

let lookup: () => TaskContext | undefined = () => undefined;

/** Set on the global object in a daemon: visible to every copy of the runtime. */
const IN_DAEMON = Symbol.for("ansible-turbo.daemon");

/**
 * The runtime URL of the daemon this process is, if it is one, whichever
 * copy of the runtime asks: a module that imports the runtime from another
 * URL than the daemon's gets its own module instances, which see no task.
 *
 * @example
 * ```ts
 * import { daemonRuntime } from "./_context.ts";
 * console.assert(daemonRuntime() === undefined);
 * ```
 */
export function daemonRuntime(): string | undefined {
  return (globalThis as Record<symbol, string | undefined>)[IN_DAEMON];
}

/**
 * The task the current async call chain belongs to, when running in a daemon.
 *
 * @example
 * ```ts
 * import { currentTask } from "./_context.ts";
 * console.assert(currentTask() === undefined);
 * ```
 */
export function currentTask(): TaskContext | undefined {
  return lookup();
}

/**
 * Installs the daemon's task lookup (an `AsyncLocalStorage` getter).
 *
 * @example
 * ```ts
 * import { AsyncLocalStorage } from "node:async_hooks";
 * import { setTaskLookup, type TaskContext } from "./_context.ts";
 * const storage = new AsyncLocalStorage<TaskContext>();
 * setTaskLookup(() => storage.getStore());
 * ```
 */
export function setTaskLookup(fn: () => TaskContext | undefined): void {
  lookup = fn;
  (globalThis as Record<symbol, string>)[IN_DAEMON] = new URL(
    "./mod.ts",
    import.meta.url,
  ).href;
}

const exitHooks = new Set<() => unknown>();

/**
 * Registers work the daemon awaits (briefly) before it exits, such as
 * closing cached sessions whose `close()` is asynchronous.
 *
 * @example
 * ```ts
 * import { onDaemonExit } from "./_context.ts";
 * onDaemonExit(async () => {});
 * ```
 */
export function onDaemonExit(hook: () => unknown): void {
  exitHooks.add(hook);
}

/**
 * Runs the exit hooks (the daemon, as it exits); resolves once all settled.
 *
 * @example
 * ```ts
 * import { runDaemonExitHooks } from "./_context.ts";
 * await runDaemonExitHooks();
 * ```
 */
export async function runDaemonExitHooks(): Promise<void> {
  await Promise.allSettled([...exitHooks].map(async (hook) => await hook()));
}
