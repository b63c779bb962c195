/**
 * The corpus of the equivalence suite: module behaviours, each run plain and
 * turbo with the same arguments and environment. Every module lives in
 * `modules/` and picks a behaviour with its `variant` argument.
 *
 * A case marked `diverges` differs today and is being fixed; one marked
 * `knownLimit` differs by design (the README's known limits).
 *
 * @module
 */

import type { Case, ProbeInput } from "./types.ts";

/** 8 MB of parameters: a payload Ansible writes into the arguments file. */
const PAYLOAD_8MB = "p".repeat(8 * 1024 * 1024);

const CWD_FILES = { "data.txt": "top\n", "sub/data.txt": "below\n" };

/** Whether a file the module may have written in its cwd is there. */
function markerIn(name: string): (run: ProbeInput) => Promise<unknown> {
  return async ({ cwd }) => ({
    [name]: await Deno.stat(`${cwd}/${name}`).then(() => true, () => false),
  });
}

/** Whether the temp directory the module reported is gone after the task. */
async function tmpdirRemoved({ result }: ProbeInput): Promise<unknown> {
  if (typeof result.tmpdir !== "string") return { tmpdir: "not reported" };
  const left = await Deno.stat(result.tmpdir).then(() => true, () => false);
  return { tmpdir_left_behind: left };
}

function variants(
  module: string,
  list: readonly (Omit<Case, "module" | "args"> & {
    args?: Record<string, unknown>;
  })[],
): Case[] {
  return list.map((c) => ({
    ...c,
    module,
    args: { variant: c.name, ...c.args },
  }));
}

/** Results, failures, exits and returns without a result. */
const RESULTS: Case[] = [
  ...variants("results.ts", [
    { name: "exit_json" },
    { name: "fail_json_extra" },
    { name: "exit_json_twice" },
    { name: "caught_success" },
    {
      name: "work_after_caught_exit",
      probe: markerIn("after_exit.txt"),
    },
    {
      name: "thrown_error",
      runs: 2, // the second run at least is served by an earlier import
    },
    {
      name: "bigint_result",
    },
    { name: "odd_values_result" },
    { name: "fail_json_without_msg" },
    { name: "thrown_non_error" },
    { name: "returns_without_result" },
    { name: "prints_own_json" },
    { name: "deno_exit_code" },
    { name: "deno_exit_with_json" },
    {
      name: "deno_exit_in_try",
    },
    {
      name: "deno_exit_code_property",
    },
  ]),
  { name: "thrown_before_create", module: "early_throw.ts" },
];

/** The module API's features. */
const FEATURES: Case[] = variants("features.ts", [
  {
    name: "check_mode",
    args: { variant: "check_mode" },
    runs: [{ internal: { _ansible_check_mode: true } }, {}],
  },
  { name: "diff", runs: [{ internal: { _ansible_diff: true } }, {}] },
  {
    name: "no_log",
    args: { password: "Hunter2-secret" },
    runs: [{}, { internal: { _ansible_no_log: true } }],
  },
  { name: "warnings", args: { old_option: "set" } },
  {
    name: "invalid_arguments",
    args: { variant: "check_mode", count: "many", bogus: 1 },
  },
  {
    name: "mutually_exclusive",
    args: { variant: "check_mode", count: 1, payload: "x" },
  },
  { name: "big_params", args: { payload: PAYLOAD_8MB } },
  {
    name: "cwd_env",
    env: { TASK_VAR: "from environment:" },
    cwd: CWD_FILES,
  },
  { name: "tmpdir_given", args: { variant: "tmpdir" } },
  {
    name: "tmpdir_own",
    args: { variant: "tmpdir", remote_tmp: "{remote_tmp}" },
    internal: { _ansible_tmpdir: null },
    volatile: ["tmpdir"],
    probe: tmpdirRemoved,
  },
  {
    name: "tmpdir_keep_remote_files",
    args: { variant: "tmpdir", remote_tmp: "{remote_tmp}" },
    internal: { _ansible_tmpdir: null, _ansible_keep_remote_files: true },
    volatile: ["tmpdir"],
    probe: tmpdirRemoved,
  },
]);

/** Check mode without support: the module must not run its changes. */
const NO_CHECK_MODE: Case[] = [{
  name: "check_mode_unsupported",
  module: "no_check_mode.ts",
  runs: [{ internal: { _ansible_check_mode: true } }, {}],
  probe: markerIn("changed_something.txt"),
}];

/** The task's environment and what it steers. */
const ENVIRONMENT: Case[] = variants("environment.ts", [
  { name: "deno_env", env: { TASK_VAR: "one" } },
  {
    // What one task sets in its environment, the next one must not see.
    name: "env_set_then_next_task",
    runs: [{ args: { variant: "deno_env" } }, {
      args: { variant: "leak_check" },
    }],
  },
  { name: "node_process_env", env: { TASK_VAR: "two" } },
  { name: "deno_command", env: { TASK_VAR: "three" } },
  { name: "node_child_process", env: { TASK_VAR: "four" } },
  {
    name: "worker",
    env: { TASK_VAR: "five" },
  },
  {
    name: "tz",
    runs: [{ env: { TZ: "UTC" } }, { env: { TZ: "Asia/Tokyo" } }],
  },
  {
    name: "tmpdir_env",
    env: { TMPDIR: "{cwd}/tmp" },
    setup: (cwd) => Deno.mkdir(`${cwd}/tmp`),
  },
  {
    name: "lang",
    runs: [{ env: { LANG: "C.UTF-8" } }, { env: { LANG: "de_DE.UTF-8" } }],
  },
]);

/** The working directory. */
const WORKING_DIR: Case[] = variants("working_dir.ts", [
  { name: "relative_read", cwd: CWD_FILES },
  { name: "chdir_relative_read", cwd: CWD_FILES, runs: 2 },
  {
    name: "chdir_module_cwd",
    cwd: CWD_FILES,
  },
  { name: "node_process", cwd: CWD_FILES },
]);

/** What a module prints. */
const OUTPUT: Case[] = variants("output.ts", [
  {
    name: "stdout_write_sync",
  },
  {
    name: "stdout_write",
  },
  {
    name: "stdout_writable",
  },
  {
    name: "stderr_then_exit",
  },
  { name: "stderr_then_result" },
  {
    name: "console_streams",
  },
  {
    name: "console_assert",
  },
  {
    name: "console_group",
  },
  {
    name: "console_count",
    runs: 2,
  },
  {
    name: "console_time",
    scrub: [/\d+(\.\d+)?ms/g],
  },
  {
    name: "console_table",
  },
  {
    name: "console_dir",
  },
  {
    name: "console_trace",
    knownLimit:
      "a stack trace's frames below main() are its caller's: the module's own top-level `await main()` in a plain run, the daemon in turbo",
  },
  {
    name: "console_5mb",
    args: { variant: "console_megabytes", megabytes: 5 },
  },
  {
    name: "console_50mb",
    args: { variant: "console_megabytes", megabytes: 50 },
  },
  {
    name: "junk_without_newline",
  },
  {
    name: "non_utf8",
  },
  { name: "nul_and_unicode" },
  { name: "long_line" },
  { name: "unicode_result" },
  { name: "line_separator_in_result" },
  {
    name: "unload_output",
  },
]);

/** Timers, late callbacks, stray errors. */
const TIMERS: Case[] = variants("timers.ts", [
  {
    name: "exit_json_after_return",
  },
  {
    name: "fail_json_after_return",
  },
  {
    name: "awaits_forever",
    // Turbo waits for main() to settle: bounded here, not by the hour default.
    env: { ANSIBLE_TURBO_TASK_TIMEOUT: "5" },
  },
  { name: "interval_polling" },
  {
    name: "interval_exits",
  },
  {
    name: "error_in_timer_after_return",
  },
  {
    name: "unhandled_rejection",
  },
  { name: "late_timer_after_result" },
]);

/** Workers and subprocesses. */
const CONCURRENCY: Case[] = variants("concurrency.ts", [
  { name: "worker_result" },
  {
    name: "worker_console",
  },
  { name: "subprocess" },
  { name: "node_spawn_sync" },
  {
    name: "child_inherits_stdout",
  },
]);

/** The module's view of its own process. */
const PROCESS: Case[] = variants("process_api.ts", [
  {
    name: "deno_args",
  },
  { name: "main_module" },
  {
    name: "import_meta",
  },
  {
    name: "own_file",
    runs: 2, // the second run at least is served by an earlier import
  },
  {
    name: "process_argv",
  },
  {
    name: "process_exit",
    runs: [{ args: { code: 4 } }, { args: { code: null } }],
  },
  {
    name: "process_exit_code",
  },
  { name: "signal_listeners" },
  { name: "stdin" },
]);

/** Module-level state. */
const STATE: Case[] = variants("state.ts", [
  { name: "reset_in_main", runs: 2 },
  {
    name: "accumulates",
    runs: 2,
    knownLimit:
      "module-level state is shared by the tasks a daemon serves (the feature)",
  },
  {
    name: "import_meta_main",
    knownLimit: "the daemon imports the module, so import.meta.main is false",
  },
]);

/** Every case, in the order the ways run them. */
export const CORPUS: readonly Case[] = [
  ...RESULTS,
  ...FEATURES,
  ...NO_CHECK_MODE,
  ...ENVIRONMENT,
  ...WORKING_DIR,
  ...OUTPUT,
  ...TIMERS,
  ...CONCURRENCY,
  ...PROCESS,
  ...STATE,
];
