/**
 * The module object authors work with, for both modes: `AnsibleModule`
 * (in-process, like Python's) and `AnsibleTurboModule` (a thin client that
 * hands the task to a warm daemon, or the module object itself when running
 * inside that daemon). How a module object comes to be is `_create.ts`'s
 * job; how its result is shaped, `_result.ts`'s; the helper methods load
 * their files on first use.
 *
 * @module
 */

import { isPlainObject } from "./_input.ts";
import { expandPath } from "./_paths.ts";
import {
  booleanConversion,
  createInProcess,
  createTurbo,
  describeIfAsked,
  type ModuleOptions,
  type ModuleSetup,
  type TurboOptions,
} from "./_create.ts";
import {
  asList,
  type DeprecateOptions,
  type Deprecation,
  deprecationOut,
  givenDeprecations,
  removeValues,
  resultBase,
} from "./_result.ts";
import type { Params } from "./_spec_types.ts";
import type { ArgumentSpec } from "./_validation.ts";
import type { HelperHost } from "./_helper_host.ts";
import type { CommandResult, RunCommandOptions } from "./_run_command.ts";
import type { AtomicMoveOptions, DigestAlgorithm } from "./_file_ops.ts";
import type { FsAttributeOptions } from "./_file_attrs.ts";
import type { ModuleResult } from "./errors.ts";

export type { ModuleOptions, TurboOptions } from "./_create.ts";
export type { DeprecateOptions, Deprecation } from "./_result.ts";

/**
 * An Ansible module running in its own process, as Python's `AnsibleModule`.
 * Obtain one with {@linkcode AnsibleModule.create}.
 *
 * @example
 * ```ts ignore
 * import { AnsibleModule } from "./mod.ts";
 * const module = await AnsibleModule.create({
 *   argumentSpec: { name: { type: "str", required: true } },
 *   supportsCheckMode: true,
 * });
 * module.exitJson({ changed: false, greeting: `hello ${module.params.name}` });
 * ```
 */
export class AnsibleModule<P extends object = Record<string, unknown>> {
  /** Validated parameters: every spec key, aliases resolved, types converted. */
  readonly params: P;
  /** True when Ansible runs with `--check`. */
  readonly checkMode: boolean;
  /** True when Ansible runs with `--diff`. */
  readonly diff: boolean;
  /** Ansible's verbosity (the number of `-v`). */
  readonly verbosity: number;
  /** True when the task has `no_log: true`. */
  readonly noLog: boolean;
  /** The module's name, as Ansible calls it. */
  readonly name: string;
  #setup: ModuleSetup;
  #warnings: string[];
  #deprecations: Deprecation[] = [];
  #noLogValues = new Set<string>();
  #tmpdir?: string;
  #ownTmpdir = false;

  /** Use {@linkcode AnsibleModule.create}; the constructor is internal. */
  constructor(setup: ModuleSetup) {
    const args = setup.args;
    this.#setup = setup;
    this.#warnings = [...setup.warnings];
    this.params = {} as P;
    this.checkMode = args._ansible_check_mode === true;
    this.diff = args._ansible_diff === true;
    this.verbosity = typeof args._ansible_verbosity === "number"
      ? args._ansible_verbosity
      : 0;
    this.noLog = args._ansible_no_log === true;
    this.name = moduleName(args, setup.moduleUrl);
    if (typeof args._ansible_tmpdir === "string") {
      this.#tmpdir = args._ansible_tmpdir;
    }
  }

  /**
   * Reads the task's arguments from the file Ansible passed, validates them
   * against `options.argumentSpec` and returns the module object, whose
   * `params` are typed from that spec (see `Params`). Fails the task (and
   * ends the process) on invalid arguments, as Ansible does.
   *
   * @example
   * ```ts ignore
   * import { AnsibleModule } from "./mod.ts";
   * const module = await AnsibleModule.create({ argumentSpec: {} });
   * module.exitJson({ changed: false });
   * ```
   */
  static async create<const S extends ArgumentSpec = Record<never, never>>(
    options: ModuleOptions<S> = {},
  ): Promise<AnsibleModule<Params<S>>> {
    await describeIfAsked(options);
    // Validation takes any spec; the result is typed from this one.
    const module = await createInProcess(newModule, options as ModuleOptions, {
      warnings: [],
    });
    return module as AnsibleModule<Params<S>>;
  }

  /** The task's environment (the `environment:` keyword included). */
  get env(): Readonly<Record<string, string>> {
    return this.#setup.env();
  }

  /** The task's working directory (the playbook's directory under Ansible). */
  get cwd(): string {
    return this.#setup.cwd();
  }

  /**
   * A directory for this task's temporary files: Ansible's `_ansible_tmpdir`
   * when it gave one, else a new directory below `_ansible_remote_tmp` (or
   * the system's temp directory), removed when the task ends unless Ansible
   * keeps remote files. As Python's `AnsibleModule.tmpdir`, warnings and
   * failure included.
   */
  get tmpdir(): string {
    if (this.#tmpdir === undefined) {
      const { dir, warning } = tmpdirBase(this.#setup.args, this.env);
      if (warning) this.warn(warning);
      const prefix = `ansible-moduletmp-${Date.now() / 1000}-`;
      try {
        this.#tmpdir = Deno.makeTempDirSync({ prefix, dir });
      } catch (error) {
        this.failJson({
          msg: `Failed to create remote module tmp path at dir ${
            dir ?? "None"
          } with prefix ${prefix}: ${(error as Error).message}`,
          exception: (error as Error).stack ?? "",
        });
      }
      if (this.#setup.args._ansible_keep_remote_files !== true) {
        this.#ownTmpdir = true;
        this.#setup.atEnd(() => this.#cleanup());
      }
    }
    return this.#tmpdir!;
  }

  /**
   * Adds a warning that Ansible shows after the task.
   *
   * @example
   * ```ts ignore
   * module.warn("The API is slow today");
   * ```
   */
  warn(message: string): void {
    this.#warnings.push(String(message));
  }

  /**
   * Adds a deprecation message that Ansible shows after the task.
   *
   * @example
   * ```ts ignore
   * module.deprecate("Option x is going away", { version: "3.0.0", collectionName: "ns.coll" });
   * ```
   */
  deprecate(message: string, options: DeprecateOptions = {}): void {
    const entry: Deprecation = { msg: String(message) };
    if (options.version !== undefined) entry.version = options.version;
    if (options.date !== undefined) entry.date = options.date;
    if (options.collectionName !== undefined) {
      entry.collection_name = options.collectionName;
    }
    this.#deprecations.push(entry);
  }

  /**
   * Ends the task successfully with `result` (`changed` defaults to false).
   * Never returns.
   *
   * @example
   * ```ts ignore
   * module.exitJson({ changed: true, id: 42 });
   * ```
   */
  exitJson(result: ModuleResult = {}): never {
    return this.#setup.finish(this.formatResult(result, false), false);
  }

  /**
   * Fails the task with `result.msg` and any extra fields. Never returns.
   *
   * @example
   * ```ts ignore
   * module.failJson({ msg: "Keypair not found", name: "k1" });
   * ```
   */
  failJson(result: ModuleResult & { msg: string }): never {
    if (!isPlainObject(result) || typeof result.msg !== "string") {
      throw new TypeError("failJson() requires a msg explaining the failure");
    }
    return this.#setup.finish(this.formatResult(result, true), true);
  }

  /**
   * Shapes a raw result as Ansible expects it: `changed`/`failed`,
   * `invocation.module_args`, `warnings`, `deprecations`, and every `no_log`
   * value scrubbed. Used by `exitJson`/`failJson` and by the daemon.
   *
   * @example
   * ```ts ignore
   * const shaped = module.formatResult({ msg: "boom" }, true);
   * ```
   */
  formatResult(result: ModuleResult, failed: boolean): ModuleResult {
    // Key order follows Python: fail_json's extra fields, then failed and
    // msg; then invocation, warnings and deprecations as _return_formatted
    // adds them.
    const out = resultBase(result, failed);
    // Under a no_log task the controller censors the result anyway; leaving
    // the arguments out keeps them off the wire and out of debug logs.
    if (!Object.hasOwn(out, "invocation") && !this.noLog) {
      out.invocation = { module_args: this.params };
    }
    if (Object.hasOwn(out, "warnings")) {
      for (const w of asList(out.warnings)) this.warn(String(w));
    }
    // A given empty list stays, as in Python; ours replace it when there are any.
    if (this.#warnings.length) out.warnings = [...this.#warnings];
    if (Object.hasOwn(out, "deprecations")) {
      for (const [msg, options] of givenDeprecations(out.deprecations)) {
        this.deprecate(msg, options);
      }
    }
    if (this.#deprecations.length) {
      out.deprecations = this.#deprecations.map(deprecationOut);
    }
    // Python leaves this to the controller, which defaults it to false.
    if (!failed && out.changed === undefined) out.changed = false;
    // As exit_json/fail_json's do_cleanup_files; the tmpdir goes when the
    // task ends (Python's atexit).
    this.#removeCleanupFiles();
    return removeValues(out, this.#noLogValues) as ModuleResult;
  }

  /** Takes in validated parameters and the values to keep out of output. */
  adoptValidation(
    params: Record<string, unknown>,
    extra: {
      warnings: string[];
      deprecations: Deprecation[];
      noLog: Set<string>;
    },
  ): void {
    Object.assign(this.params, params);
    this.#warnings.push(...extra.warnings);
    this.#deprecations.push(...extra.deprecations);
    for (const value of extra.noLog) if (value) this.#noLogValues.add(value);
  }

  #cleanup(): void {
    if (this.#ownTmpdir && this.#tmpdir) {
      try {
        Deno.removeSync(this.#tmpdir, { recursive: true });
      } catch {
        // Already gone; nothing to clean.
      }
      this.#ownTmpdir = false;
    }
  }

  // Helpers of Python's AnsibleModule: each imports its file on first use,
  // so that the client path never loads them.

  /** Variables added to every `runCommand()` (`run_command_environ_update`). */
  runCommandEnvironUpdate: Record<string, string> = {};
  #cleanupFiles = new Map<string, string>();

  /**
   * Runs a command as Python's `run_command`, with this task's environment
   * and directory; `checkRc` fails the task with run_command's result.
   *
   * @example
   * ```ts ignore
   * const { rc, stdout } = await module.runCommand(["git", "status"], { cwd: "repo" });
   * ```
   */
  async runCommand(
    args: readonly string[] | string,
    options: RunCommandOptions = {},
  ): Promise<CommandResult> {
    const { runCommand } = await import("./_run_command.ts");
    const envUpdate = { ...this.runCommandEnvironUpdate, ...options.envUpdate };
    return await runCommand(this.#host(), args, { ...options, envUpdate });
  }

  /**
   * Finds an executable in this task's `PATH` and the sbin directories
   * (Python's `get_bin_path`); undefined, or with `required` a failed task.
   *
   * @example
   * ```ts ignore
   * const git = await module.getBinPath("git", { required: true });
   * ```
   */
  async getBinPath(
    name: string,
    options: { required?: boolean; optDirs?: readonly string[] } = {},
  ): Promise<string | undefined> {
    const { getBinPath } = await import("./_bin_path.ts");
    return await getBinPath(this.#host(), name, options);
  }

  /**
   * Moves `src` over `dest` atomically, keeping `dest`'s mode and owner
   * (Python's `atomic_move`).
   *
   * @example
   * ```ts ignore
   * await module.atomicMove(`${module.tmpdir}/new.conf`, "/etc/app.conf");
   * ```
   */
  async atomicMove(
    src: string,
    dest: string,
    options: AtomicMoveOptions = {},
  ): Promise<void> {
    const { atomicMove } = await import("./_file_ops.ts");
    await atomicMove(this.#host(), { src, dest }, options);
  }

  /**
   * Copies `path` to `path.PID.YYYY-MM-DD@HH:MM:SS~` (Python's
   * `backup_local`); returns the copy's path, or `""` without a file.
   *
   * @example
   * ```ts ignore
   * const backupFile = await module.backupLocal("/etc/app.conf");
   * ```
   */
  async backupLocal(path: string): Promise<string> {
    const { backupLocal } = await import("./_file_ops.ts");
    return await backupLocal(this.#host(), path);
  }

  /**
   * The hex digest of a file (Python's `digest_from_file`), or undefined
   * when it does not exist.
   *
   * @example
   * ```ts ignore
   * const sum = await module.digestFromFile("/etc/app.conf", "sha1");
   * ```
   */
  async digestFromFile(
    path: string,
    algorithm: DigestAlgorithm,
  ): Promise<string | undefined> {
    const { digestFromFile } = await import("./_file_ops.ts");
    return await digestFromFile(this.#host(), { path, algorithm });
  }

  /**
   * The SHA-256 hex digest of a file, or undefined when it does not exist.
   *
   * @example
   * ```ts ignore
   * const before = await module.sha256("/etc/app.conf");
   * ```
   */
  async sha256(path: string): Promise<string | undefined> {
    return await this.digestFromFile(path, "sha256");
  }

  /**
   * Removes `path` when the task ends with `exitJson()` or `failJson()`
   * (Python's `add_cleanup_file`).
   *
   * @example
   * ```ts ignore
   * module.addCleanupFile(`/tmp/${module.name}.lock`);
   * ```
   */
  addCleanupFile(path: string): void {
    const at = path.startsWith("/") ? path : `${this.cwd}/${path}`;
    if (!this.#cleanupFiles.has(path)) this.#cleanupFiles.set(path, at);
  }

  /**
   * Converts `yes`/`no`, `true`/`false`, `1`/`0`, ... as Python's
   * `module.boolean()`; null stays null, anything else fails the task.
   *
   * @example
   * ```ts ignore
   * const force = module.boolean(Deno.env.get("FORCE") ?? "no");
   * ```
   */
  boolean(value: unknown): boolean | null {
    if (value === null || value === undefined) return null;
    const toBoolean = booleanConversion();
    if (!toBoolean) throw new Error("boolean() needs create() to have run");
    try {
      return toBoolean(value);
    } catch (error) {
      return this.failJson({ msg: (error as Error).message });
    }
  }

  /**
   * Applies owner, group, mode and attributes (`fileArgs`, default: this
   * module's file common arguments) where they differ (Python's
   * `set_fs_attributes_if_different`; `fileArgs: { mode }` is
   * `set_mode_if_different`), honouring check mode and filling
   * `diff.before`/`diff.after`.
   *
   * @example
   * ```ts ignore
   * const diff = {};
   * changed = await module.setFsAttributesIfDifferent("/etc/app.conf", changed, { diff });
   * ```
   */
  async setFsAttributesIfDifferent(
    path: string,
    changed: boolean,
    options: FsAttributeOptions = {},
  ): Promise<boolean> {
    const files = await import("./_file_attrs.ts");
    return await files.setFsAttributesIfDifferent(this.#host(), path, {
      ...options,
      changed,
    });
  }

  #host(): HelperHost {
    const shell = this.#setup.args._ansible_shell_executable;
    const env = { ...this.env };
    // Deno puts its `node` shim first in PATH when no node is installed:
    // commands and lookups get the PATH Ansible gave.
    if (env.DENO_NODE_SHIM_ACTIVE === "1") {
      delete env.DENO_NODE_SHIM_ACTIVE;
      env.PATH = env.PATH?.replace(/^[^:]*\/node_compat_bin(:|$)/, "");
    }
    return {
      env,
      cwd: this.cwd,
      checkMode: this.checkMode,
      params: this.params as Readonly<Record<string, unknown>>,
      shellExecutable: typeof shell === "string" ? shell : undefined,
      failJson: (result) => this.failJson(result),
      scrub: (text) => removeValues(text, this.#noLogValues) as string,
    };
  }

  /** do_cleanup_files: unlink what exists (following links, as Python checks). */
  #removeCleanupFiles(): void {
    for (const [given, path] of this.#cleanupFiles) {
      try {
        Deno.statSync(path);
      } catch {
        continue;
      }
      try {
        if (Deno.lstatSync(path).isDirectory) {
          throw new Error(`[Errno 21] Is a directory: '${given}'`);
        }
        Deno.removeSync(path);
      } catch (error) {
        console.error(
          `could not cleanup ${given}: ${(error as Error).message}`,
        );
      }
    }
    this.#cleanupFiles.clear();
  }
}

/**
 * An Ansible module whose work runs in a warm per-user daemon. In the
 * module's own process `create()` sends the task to the daemon (starting it
 * when none answers), prints the result and exits; it returns only inside the
 * daemon, or when turbo cannot be used and the module runs in-process (the
 * result then carries a warning saying why).
 *
 * @example
 * ```ts ignore
 * import { AnsibleTurboModule as AnsibleModule } from "./mod.ts";
 * export async function main(): Promise<void> {
 *   const module = await AnsibleModule.create({
 *     argumentSpec: { name: { type: "str", required: true } },
 *     supportsCheckMode: true,
 *   });
 *   module.exitJson({ changed: false, greeting: `hello ${module.params.name}` });
 * }
 * if (import.meta.main) await main();
 * ```
 */
export class AnsibleTurboModule extends AnsibleModule {
  /**
   * Runs the task through the daemon (see the class description).
   *
   * @example
   * ```ts ignore
   * import { AnsibleTurboModule } from "./mod.ts";
   * const module = await AnsibleTurboModule.create({ argumentSpec: {}, ttl: 30 });
   * ```
   */
  static override async create<
    const S extends ArgumentSpec = Record<never, never>,
  >(options: TurboOptions<S> = {}): Promise<AnsibleModule<Params<S>>> {
    await describeIfAsked(options);
    // Validation takes any spec; the result is typed from this one.
    const module = await createTurbo(newModule, options as TurboOptions);
    return module as AnsibleModule<Params<S>>;
  }
}

/** A module object for a task (both classes build an `AnsibleModule`). */
function newModule(setup: ModuleSetup): AnsibleModule {
  return new AnsibleModule(setup);
}

/**
 * Where `tmpdir` creates its directory, as Python's `AnsibleModule.tmpdir`
 * decides it: below `_ansible_remote_tmp` (expanded, created 0700 with a
 * warning when missing), or the system's temp directory.
 */
function tmpdirBase(
  args: Record<string, unknown>,
  env: Readonly<Record<string, string>>,
): { dir?: string; warning?: string } {
  if (typeof args._ansible_remote_tmp !== "string") return {};
  const dir = expandPath(args._ansible_remote_tmp, env);
  try {
    Deno.statSync(dir);
    return { dir };
  } catch {
    // Missing (or unreadable): Python creates it.
  }
  try {
    Deno.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    return {
      warning:
        `Unable to use ${dir} as temporary directory, failing back to system: ${
          (error as Error).message
        }`,
    };
  }
  return {
    dir,
    warning:
      `Module remote_tmp ${dir} did not exist and was created with a mode of 0700, this may cause issues when running as another user. To avoid this, create the remote_tmp dir with the correct permissions manually`,
  };
}

function moduleName(args: Record<string, unknown>, url: string): string {
  if (typeof args._ansible_module_name === "string") {
    return args._ansible_module_name;
  }
  const base = url.slice(url.lastIndexOf("/") + 1).replace(/[?#].*$/, "");
  return base.replace(/^AnsiballZ_/, "").replace(/\.[cm]?[jt]sx?$/, "");
}
