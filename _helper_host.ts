/**
 * What the module helpers (`_run_command.ts`, `_file_ops.ts`, ...) need
 * from the module object they serve. A type only: the helpers never import
 * `_module.ts`, which loads them lazily.
 *
 * @module
 */

/**
 * A result in Ansible's format (as `errors.ts`'s `ModuleResult`).
 *
 * @example
 * ```ts
 * import type { HelperResult } from "./_helper_host.ts";
 * const failure: HelperResult = { rc: 2, msg: "not found" };
 * ```
 */
export type HelperResult = Record<string, unknown>;

/**
 * The module as a helper sees it: the task's environment and directory,
 * check mode, the validated parameters, and how to fail the task.
 *
 * @example
 * ```ts
 * import type { HelperHost } from "./_helper_host.ts";
 * const host: HelperHost = {
 *   env: { PATH: "/usr/bin:/bin" },
 *   cwd: "/",
 *   checkMode: false,
 *   params: {},
 *   failJson: (result) => {
 *     throw new Error(String(result.msg));
 *   },
 *   scrub: (text) => text,
 * };
 * ```
 */
export interface HelperHost {
  /** The task's environment (`module.env`). */
  readonly env: Readonly<Record<string, string>>;
  /** The task's working directory (`module.cwd`). */
  readonly cwd: string;
  /** True when Ansible runs with `--check`. */
  readonly checkMode: boolean;
  /** The validated parameters. */
  readonly params: Readonly<Record<string, unknown>>;
  /** `_ansible_shell_executable`, the shell `useUnsafeShell` runs. */
  readonly shellExecutable?: string;
  /** Ends the task as failed (`module.failJson`). */
  failJson(result: HelperResult & { msg: string }): never;
  /** Masks the task's `no_log` values in a text (`remove_values`). */
  scrub(text: string): string;
}
