/**
 * The bridge between the daemon and the module API: the daemon installs a
 * lookup for the task being served, and `create()` reads it; library code
 * registers what the daemon must finish before it exits. It imports only
 * the deadline helper, so that the client process pays next to nothing for it.
 *
 * @module
 */

import { deadline } from "./_deadline.ts";

/** Everything one task sees in the daemon. */
export interface TaskContext {
  /** Raw arguments from Ansible, `_ansible_*` keys included. */
  args: Record<string, unknown>;
  /** The task's environment. */
  env: Record<string, string>;
  /** The task's working directory. */
  cwd: string;
  /** URL of the module being run. */
  moduleUrl: string;
  /** Console output of the task, in order. */
  stdout: string[];
  stderr: string[];
  /** The first result handed over by exitJson/failJson. */
  outcome?: { result: Record<string, unknown>; failed: boolean };
  /** Exit code the module asked for with `Deno.exit()`. */
  exitCode?: number;
  /** Set by `create()`: formats a raw result the way the task's module object would. */
  format?: (
    result: Record<string, unknown>,
    failed: boolean,
  ) => Record<string, unknown>;
}

let lookup: () => TaskContext | undefined = () => undefined;

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
 * Runs the exit hooks, waiting at most `ms` for them.
 *
 * @example
 * ```ts
 * import { runDaemonExitHooks } from "./_context.ts";
 * await runDaemonExitHooks(2000);
 * ```
 */
export async function runDaemonExitHooks(ms: number): Promise<void> {
  const hooks = Promise.allSettled(
    [...exitHooks].map(async (hook) => await hook()),
  );
  await deadline(hooks, ms).catch(() => {});
}
