/**
 * A test kit for ansible-turbo modules: run a module as Ansible runs it,
 * from a `Deno.test`, and read its result as Ansible reads it.
 *
 * Each run makes a fresh `ansible-tmp-*` directory below a private
 * remote_tmp, copies the module there as `AnsiballZ_<name>.ts`, writes the
 * arguments file with the `_ansible_*` keys Ansible adds, and starts the
 * process Ansible starts through the module launcher
 * (`deno run --no-config --allow-all AnsiballZ_<name>.ts args`). A turbo
 * module hands its task to a daemon living in that remote_tmp, which the kit
 * stops, and checks gone, when it is done.
 *
 * The copy's relative imports (`../../../../ansible_turbo/deno/runtime/mod.ts`,
 * `../module_utils/api.ts`) are made absolute, as the action plugin
 * `ansible_turbo.deno.turbo` does for a copy on the controller: a module
 * that works from its collection works from the kit, and the daemon sees
 * what it sees under Ansible, a temp copy whose content it has seen before.
 *
 * @example One task
 * ```ts ignore
 * import assert from "node:assert/strict";
 * import { runModule } from "jsr:@ansible-turbo/runtime/testing";
 *
 * Deno.test("greets", async () => {
 *   const { result } = await runModule(
 *     new URL("../plugins/modules/hello.ts", import.meta.url),
 *     { name: "world" },
 *   );
 *   assert.equal(result.greeting, "hello world");
 * });
 * ```
 *
 * @example Several tasks served by one warm daemon
 * ```ts ignore
 * import assert from "node:assert/strict";
 * import { moduleRunner } from "jsr:@ansible-turbo/runtime/testing";
 *
 * Deno.test("the session is reused", async () => {
 *   await using kit = await moduleRunner();
 *   const first = await kit.run("plugins/modules/keypair.ts", { name: "a" });
 *   const again = await kit.run("plugins/modules/keypair.ts", { name: "a" });
 *   assert.equal(again.result.changed, false);
 *   assert.equal((await kit.daemonPids()).length, 1);
 * });
 * ```
 *
 * @module
 */

import { ansibleArgs } from "./_ansible_args.ts";
import { daemonsIn, kitTempDir, stopDaemons } from "./_testing_daemons.ts";

/** Options of one module run; given to {@linkcode moduleRunner}, the defaults of its runs. */
export interface RunOptions {
  /** Runs the task in check mode (`--check`, `_ansible_check_mode`). */
  checkMode?: boolean;
  /** Asks for a diff (`--diff`, `_ansible_diff`). */
  diff?: boolean;
  /** The task's `no_log` (`_ansible_no_log`). */
  noLog?: boolean;
  /** Ansible's verbosity (`_ansible_verbosity`): 3 for `-vvv`. */
  verbosity?: number;
  /**
   * The task's `environment:`, added to this process's environment (what a
   * module sees on a local connection). Given to a runner and to a run, both
   * apply, the run's last.
   */
  env?: Record<string, string>;
  /** The module's working directory (the playbook's directory under Ansible); default this process's. */
  cwd?: string | URL;
  /**
   * `false` runs a turbo module in its own process, as when it falls back
   * (`ANSIBLE_TURBO_DISABLE=1`); `true` asks for the daemon even when this
   * process's environment disables it. Default: the environment decides
   * (turbo unless it disables it). No effect on an `AnsibleModule`.
   */
  turbo?: boolean;
  /**
   * `_ansible_module_name`: a turbo module's daemon is shared by the modules
   * of its collection, named by it. Default: `ns.coll.name` for a file in a
   * collection's `plugins/modules/`, else the file's name without extension.
   */
  moduleName?: string;
  /** More `_ansible_*` arguments, or other values for the usual ones (e.g. `_ansible_version`). */
  ansible?: Record<string, unknown>;
  /**
   * The command the module file and its arguments file are given to: the
   * interpreter Ansible runs (for example your launcher,
   * `["/home/me/.local/bin/deno_ansible"]`). Default: what the launcher runs,
   * this Deno with `run --no-config --allow-all`.
   */
  interpreter?: readonly string[];
  /** Aborts the run: the module process gets SIGTERM, and the run rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of {@linkcode moduleRunner}: defaults for its runs, and where they run. */
export interface RunnerOptions extends RunOptions {
  /**
   * An existing directory to use as remote_tmp instead of a private one.
   * The runner then leaves the directory in place; closing it still stops
   * the daemons there.
   */
  remoteTmp?: string;
}

/** What a module run printed, and the result Ansible would take from it. */
export interface ModuleRun {
  /**
   * The JSON object the module printed, as Ansible reads it: lines before
   * the first line starting with `{` and after the last line ending with
   * `}` are dropped. When none parses, the result Ansible makes instead:
   * `failed`, `module_stdout`, `module_stderr`, `msg` ("MODULE FAILURE...")
   * and `rc`.
   */
  result: Record<string, unknown>;
  /** The module process's exit code. */
  rc: number;
  /** Everything the module printed on stdout. */
  stdout: string;
  /** Everything the module printed on stderr. */
  stderr: string;
}

/**
 * Runs modules as Ansible does, in one remote_tmp: the turbo modules it
 * runs share their daemons from run to run, state (a `cache()`d login, a
 * counter at module level) included. Close it (or use `await using`) to
 * stop them.
 */
export interface ModuleRunner extends AsyncDisposable {
  /** The remote_tmp of its runs, where their daemons live. */
  readonly remoteTmp: string;
  /**
   * Runs a module as Ansible runs it (see {@linkcode runModule}).
   *
   * @param module The module file: a path (relative to the working directory) or a URL.
   * @param args The task's arguments.
   * @param options This run's options, over the runner's.
   * @returns What it printed, and its result.
   * @throws {TestingError} When the runner is closed or the module cannot be read.
   *
   * @example
   * ```ts ignore
   * import { moduleRunner } from "jsr:@ansible-turbo/runtime/testing";
   * await using kit = await moduleRunner();
   * const { result } = await kit.run("plugins/modules/hello.ts", { name: "x" }, { checkMode: true });
   * ```
   */
  run(
    module: string | URL,
    args?: Record<string, unknown>,
    options?: RunOptions,
  ): Promise<ModuleRun>;
  /**
   * The pids of the daemons live in its remote_tmp.
   *
   * @returns Pids, sorted.
   *
   * @example
   * ```ts ignore
   * import { moduleRunner } from "jsr:@ansible-turbo/runtime/testing";
   * await using kit = await moduleRunner();
   * await kit.run("plugins/modules/hello.ts", { name: "x" });
   * console.log(await kit.daemonPids()); // one pid: the daemon that served it
   * ```
   */
  daemonPids(): Promise<number[]>;
  /**
   * Stops its daemons and waits until they are gone (SIGTERM: a daemon lets
   * a task still in flight, such as one whose run was aborted, finish for
   * up to 10 s; SIGKILL after 15 s), then removes its private remote_tmp.
   * Closing twice does nothing.
   *
   * @throws {TestingError} When a daemon survives SIGKILL.
   *
   * @example
   * ```ts ignore
   * import { moduleRunner } from "jsr:@ansible-turbo/runtime/testing";
   * const kit = await moduleRunner();
   * try {
   *   await kit.run("plugins/modules/hello.ts", { name: "x" });
   * } finally {
   *   await kit.close();
   * }
   * ```
   */
  close(): Promise<void>;
}

/**
 * A module could not be run, or a daemon the kit started would not stop.
 *
 * @example
 * ```ts
 * import { TestingError } from "./testing.ts";
 * console.assert(new TestingError("The runner is closed").name === "TestingError");
 * ```
 */
export class TestingError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "TestingError";
  }
}

const MODULE_FAILURE = "MODULE FAILURE\nSee stdout/stderr for the exact error";
/** What Python's `str.splitlines()` splits on (file, group and record separators included). */
// deno-lint-ignore no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
// deno-lint-ignore no-control-regex
const OTHER_LINE_BREAK = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
/** A relative specifier of a static import or export, a side-effect import, or an `import()`. */
const RELATIVE_IMPORT =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.\.?\/[^"'\n]*)\2/g;

/**
 * Runs a module once as Ansible runs it, and stops the daemon it started.
 *
 * The module is copied to a fresh `ansible-tmp-*` directory below a private
 * remote_tmp as `AnsiballZ_<file name>`, its relative imports made absolute
 * (see {@linkcode portableSource}); the arguments file holds `args` and the
 * `_ansible_*` keys of ansible-core 2.14 (check mode, diff, no_log,
 * verbosity, module name, tmpdir, remote_tmp, ...); the process is the
 * one the launcher starts. Before it resolves, any daemon the run started
 * is stopped and the temporary files are removed. To keep a daemon warm
 * across runs, use {@linkcode moduleRunner}.
 *
 * @param module The module file: a path (relative to the working directory) or a URL (`file:`, `https:`).
 * @param args The task's arguments.
 * @param options Check mode, diff, no_log, environment, working directory, turbo or not, ...
 * @returns The result as Ansible reads it, the exit code and the output.
 * @throws {TestingError} When the module cannot be read, or its daemon would not stop.
 *
 * @example
 * ```ts ignore
 * import assert from "node:assert/strict";
 * import { runModule } from "jsr:@ansible-turbo/runtime/testing";
 *
 * const { result, rc } = await runModule(
 *   new URL("../plugins/modules/greeting.ts", import.meta.url),
 *   { path: "/tmp/motd", name: "team" },
 *   { checkMode: true, diff: true },
 * );
 * assert.equal(rc, 0);
 * assert.equal(result.changed, true);
 * ```
 */
export async function runModule(
  module: string | URL,
  args: Record<string, unknown> = {},
  options: RunOptions = {},
): Promise<ModuleRun> {
  await using runner = await moduleRunner();
  return await runner.run(module, args, options);
}

/**
 * Makes a {@linkcode ModuleRunner}: runs share one remote_tmp, and so one
 * warm daemon per collection, until it is closed. Use it with
 * `await using`, which closes it at the end of the block.
 *
 * @param options Defaults for every run, and an optional remote_tmp.
 * @returns The runner.
 *
 * @example
 * ```ts ignore
 * import assert from "node:assert/strict";
 * import { moduleRunner } from "jsr:@ansible-turbo/runtime/testing";
 *
 * Deno.test("a counter kept in the daemon", async () => {
 *   await using kit = await moduleRunner({ env: { TZ: "UTC" } });
 *   const one = await kit.run("library/counter.ts");
 *   const two = await kit.run("library/counter.ts");
 *   assert.equal(two.result.value, Number(one.result.value) + 1);
 * });
 * ```
 */
export async function moduleRunner(
  options: RunnerOptions = {},
): Promise<ModuleRunner> {
  const { remoteTmp: given, ...defaults } = options;
  if (given !== undefined) return new Runner(given, { defaults });
  const own = await kitTempDir();
  const remoteTmp = `${own}/remote_tmp`;
  await Deno.mkdir(remoteTmp, { mode: 0o700 });
  return new Runner(remoteTmp, { defaults, own });
}

class Runner implements ModuleRunner {
  readonly remoteTmp: string;
  #defaults: RunOptions;
  #own: string | undefined;
  #closed = false;

  constructor(
    remoteTmp: string,
    setup: { defaults: RunOptions; own?: string },
  ) {
    this.remoteTmp = remoteTmp;
    this.#defaults = setup.defaults;
    this.#own = setup.own;
  }

  async run(
    module: string | URL,
    args: Record<string, unknown> = {},
    options: RunOptions = {},
  ): Promise<ModuleRun> {
    if (this.#closed) throw new TestingError("The module runner is closed");
    const merged: RunOptions = {
      ...this.#defaults,
      ...options,
      env: { ...this.#defaults.env, ...options.env },
    };
    return await runTask(moduleUrl(module), {
      args,
      options: merged,
      remoteTmp: this.remoteTmp,
    });
  }

  daemonPids(): Promise<number[]> {
    return daemonsIn(this.remoteTmp);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const left = await stopDaemons(this.remoteTmp);
    if (this.#own) await Deno.remove(this.#own, { recursive: true });
    if (left.length) {
      throw new TestingError(
        `Daemons in ${this.remoteTmp} survived SIGKILL: ${left.join(", ")}`,
      );
    }
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/**
 * The module's source as {@linkcode runModule} copies it: each relative
 * specifier of an `import`, `export ... from` or `import()` made an
 * absolute URL, so that the copy runs from anywhere and loads the very
 * files the module loads in place (as the action plugin's copies on the
 * controller do). Other specifiers, and the rest of the text, are left as
 * they are; so is `import.meta.url`, which in the copy names the copy.
 *
 * @param module The module file: a path (relative to the working directory) or a URL.
 * @returns The source, with absolute specifiers.
 * @throws {TestingError} When the module cannot be read.
 *
 * @example
 * ```ts ignore
 * import { portableSource } from "jsr:@ansible-turbo/runtime/testing";
 * const text = await portableSource("/src/acme/demo/plugins/modules/greeting.ts");
 * // import ... from "file:///src/ansible_turbo/deno/runtime/mod.ts"
 * ```
 */
export async function portableSource(module: string | URL): Promise<string> {
  const url = moduleUrl(module);
  return absoluteImports(await readModule(url), url);
}

/**
 * The JSON object Ansible reads from a module's stdout, as ansible-core's
 * `_filter_non_json_lines` and `_parse_returned_data` read it: from the
 * first line that starts with `{` to the last line that ends with `}`,
 * parsed whole; `undefined` when that is no JSON object.
 *
 * @param stdout What the module printed.
 * @returns The result, or `undefined`.
 *
 * @example
 * ```ts
 * import { parseModuleOutput } from "./testing.ts";
 * const result = parseModuleOutput('junk before\n{"changed": false}\n');
 * console.assert(result?.changed === false);
 * console.assert(parseModuleOutput("no JSON here") === undefined);
 * ```
 */
export function parseModuleOutput(
  stdout: string,
): Record<string, unknown> | undefined {
  // Splitting on "\n" alone is much faster on large outputs, and the same
  // when no other line break occurs.
  const lines = OTHER_LINE_BREAK.test(stdout)
    ? stdout.split(LINE_BREAK)
    : stdout.split("\n");
  if (lines.at(-1) === "") lines.pop(); // splitlines() makes no empty last line
  const start = lines.findIndex((line) => /^\s*\{/.test(line));
  if (start < 0) return undefined;
  let end = lines.length - 1;
  while (end >= start && !lines[end].trimEnd().endsWith("}")) end--;
  if (end < start) return undefined;
  try {
    const value: unknown = JSON.parse(lines.slice(start, end + 1).join("\n"));
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// One task

interface Task {
  args: Record<string, unknown>;
  options: RunOptions;
  remoteTmp: string;
}

async function runTask(url: URL, task: Task): Promise<ModuleRun> {
  const { options, remoteTmp } = task;
  options.signal?.throwIfAborted();
  const source = absoluteImports(await readModule(url), url);
  // Ansible's name for the directory: ansible-tmp-<time>-<pid>-<random>.
  const taskDir = await Deno.makeTempDir({
    dir: remoteTmp,
    prefix: `ansible-tmp-${Date.now() / 1000}-${Deno.pid}-`,
  });
  try {
    const fileName = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
    const copy = `${taskDir}/AnsiballZ_${decodeURIComponent(fileName)}`;
    await Deno.writeTextFile(copy, source, { mode: 0o700 });
    const argsFile = `${taskDir}/args`;
    await Deno.writeTextFile(
      argsFile,
      JSON.stringify(moduleArgs(url, { ...task, taskDir })),
      { mode: 0o600 },
    );
    const interpreter = options.interpreter ??
      [Deno.execPath(), "run", "--no-config", "--allow-all"];
    const output = await new Deno.Command(interpreter[0], {
      args: [...interpreter.slice(1), copy, argsFile],
      cwd: options.cwd === undefined ? undefined : pathOf(options.cwd),
      env: taskEnv(options),
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: options.signal,
    }).output();
    // Deno ends the process on abort; the run is then no result at all.
    options.signal?.throwIfAborted();
    const stdout = new TextDecoder().decode(output.stdout);
    const stderr = new TextDecoder().decode(output.stderr);
    return {
      result: parseModuleOutput(stdout) ??
        moduleFailure({ stdout, stderr, rc: output.code }),
      rc: output.code,
      stdout,
      stderr,
    };
  } finally {
    await Deno.remove(taskDir, { recursive: true });
  }
}

/** The arguments file: the task's arguments, then the keys ansible-core 2.14 adds. */
function moduleArgs(
  url: URL,
  task: Task & { taskDir: string },
): Record<string, unknown> {
  const { options } = task;
  return {
    ...task.args,
    ...ansibleArgs({
      moduleName: options.moduleName ?? moduleNameOf(url),
      remoteTmp: task.remoteTmp,
      taskDir: task.taskDir,
      checkMode: options.checkMode === true,
      noLog: options.noLog === true,
      diff: options.diff === true,
      verbosity: options.verbosity,
    }),
    ...options.ansible,
  };
}

function taskEnv(options: RunOptions): Record<string, string> {
  const env: Record<string, string> = {};
  if (options.turbo !== undefined) {
    env.ANSIBLE_TURBO_DISABLE = options.turbo ? "0" : "1";
  }
  return { ...env, ...options.env };
}

/**
 * What Ansible reports when a module printed no JSON result (its
 * `_parse_returned_data`, without the internal `_ansible_parsed`).
 */
function moduleFailure(
  output: { stdout: string; stderr: string; rc: number },
): Record<string, unknown> {
  const result: Record<string, unknown> = {
    failed: true,
    module_stdout: output.stdout,
    module_stderr: output.stderr,
  };
  if (output.stderr.startsWith("Traceback")) result.exception = output.stderr;
  else if (output.stdout.startsWith("Traceback")) {
    result.exception = output.stdout;
  }
  result.msg = MODULE_FAILURE;
  result.rc = output.rc;
  return result;
}

/**
 * The name Ansible gives a module: `ns.coll[.subdir].name` for a file in a
 * collection's `plugins/modules/`, else the file's name without extension.
 */
function moduleNameOf(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  const file = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
  const inCollection =
    /\/ansible_collections\/([^/]+)\/([^/]+)\/plugins\/modules\/((?:[^/]+\/)*)[^/]+$/
      .exec(path);
  if (!inCollection) return file;
  const [, namespace, collection, subdirs] = inCollection;
  return [namespace, collection, ...subdirs.split("/").filter(Boolean), file]
    .join(".");
}

// ---------------------------------------------------------------------------
// The module's source

function moduleUrl(module: string | URL): URL {
  if (module instanceof URL) return module;
  if (/^[a-z][a-z0-9+.-]+:/i.test(module)) return new URL(module);
  const path = module.startsWith("/") ? module : `${Deno.cwd()}/${module}`;
  const url = new URL("file:///");
  url.pathname = path;
  return url;
}

function pathOf(location: string | URL): string {
  if (typeof location === "string") return location;
  return decodeURIComponent(location.pathname);
}

async function readModule(url: URL): Promise<string> {
  try {
    if (url.protocol === "file:") return await Deno.readTextFile(url);
    const response = await fetch(url);
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status} ${response.statusText}`);
    }
    return await response.text();
  } catch (error) {
    throw new TestingError(
      `Cannot read the module ${
        url.protocol === "file:" ? pathOf(url) : url.href
      }: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function absoluteImports(source: string, base: URL): string {
  return source.replace(
    RELATIVE_IMPORT,
    (_all, lead: string, quote: string, specifier: string) =>
      `${lead}${quote}${new URL(specifier, base).href}${quote}`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
