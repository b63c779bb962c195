/**
 * The `_ansible_*` keys ansible-core 2.14 adds to a module's arguments for
 * a local task (`ActionBase._update_module_args`), with the values of a
 * default configuration: one place for the test kit, the equivalence and
 * parity suites and the benchmarks, so that all of them send what Ansible
 * sends.
 *
 * @module
 */

/** What varies from task to task; the rest is Ansible's default configuration. */
export interface AnsibleArgsOptions {
  /** `_ansible_module_name`. */
  moduleName: string;
  /** `_ansible_remote_tmp`; the key is left out when unset (no temp directory at all). */
  remoteTmp?: string;
  /** The task's `ansible-tmp-*` directory, `_ansible_tmpdir` (with a trailing slash); left out when unset. */
  taskDir?: string;
  /** `_ansible_check_mode` (`--check`); default false. */
  checkMode?: boolean;
  /** `_ansible_no_log`; default false. */
  noLog?: boolean;
  /** `_ansible_diff` (`--diff`); default false. */
  diff?: boolean;
  /** `_ansible_verbosity`: 3 for `-vvv`; default 0. */
  verbosity?: number;
}

/**
 * The keys, in the order ansible-core writes them.
 *
 * @param options The module's name, the task's paths and flags.
 * @returns The keys, to spread after the task's own arguments.
 *
 * @example
 * ```ts
 * import { ansibleArgs } from "./_ansible_args.ts";
 * const keys = ansibleArgs({ moduleName: "m", remoteTmp: "/t", taskDir: "/t/a" });
 * console.assert(keys._ansible_tmpdir === "/t/a/");
 * ```
 */
export function ansibleArgs(
  options: AnsibleArgsOptions,
): Record<string, unknown> {
  return {
    _ansible_check_mode: options.checkMode ?? false,
    _ansible_no_log: options.noLog ?? false,
    _ansible_debug: false,
    _ansible_diff: options.diff ?? false,
    _ansible_verbosity: options.verbosity ?? 0,
    _ansible_version: "2.14.18",
    _ansible_module_name: options.moduleName,
    _ansible_syslog_facility: "LOG_USER",
    _ansible_selinux_special_fs: [
      "fuse",
      "nfs",
      "vboxsf",
      "ramfs",
      "9p",
      "vfat",
    ],
    _ansible_string_conversion_action: "warn",
    _ansible_socket: null,
    _ansible_shell_executable: "/bin/sh",
    _ansible_keep_remote_files: false,
    ...options.taskDir === undefined
      ? {}
      : { _ansible_tmpdir: `${options.taskDir}/` },
    ...options.remoteTmp === undefined
      ? {}
      : { _ansible_remote_tmp: options.remoteTmp },
  };
}
