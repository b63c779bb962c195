/**
 * Errors that carry a module's outcome. In the daemon, `exitJson()` and
 * `failJson()` cannot end the process, so they throw these instead and the
 * daemon turns them into the task's result. Authors may throw
 * {@linkcode EmbeddedModuleFailure} from helper code to fail the task.
 *
 * @module
 */

/** A module result in Ansible's format. */
export type ModuleResult = Record<string, unknown>;

/**
 * Thrown by `exitJson()` in the daemon: the module succeeded with `result`.
 *
 * @example
 * ```ts
 * import { EmbeddedModuleSuccess } from "./errors.ts";
 * const done = new EmbeddedModuleSuccess({ changed: true });
 * console.assert(done.result.changed === true);
 * ```
 */
export class EmbeddedModuleSuccess extends Error {
  /** The module's result, as it will reach Ansible. */
  readonly result: ModuleResult;

  /** Wraps a finished module's result. */
  constructor(result: ModuleResult) {
    super("The module exited successfully");
    this.name = "EmbeddedModuleSuccess";
    this.result = result;
  }
}

/**
 * Thrown by `failJson()` in the daemon, or by an author's helper code, to fail
 * the task with `msg` and any extra fields.
 *
 * @example
 * ```ts
 * import { EmbeddedModuleFailure } from "./errors.ts";
 * const failure = new EmbeddedModuleFailure("Keypair not found", { name: "k1" });
 * console.assert(failure.result.msg === "Keypair not found");
 * ```
 */
export class EmbeddedModuleFailure extends Error {
  /** Extra result fields reported with the failure. */
  readonly result: ModuleResult;

  /** Builds a failure with the task's message and optional extra fields. */
  constructor(msg: string, extra: ModuleResult = {}) {
    super(msg);
    this.name = "EmbeddedModuleFailure";
    this.result = { ...extra, msg };
  }
}
