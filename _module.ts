/**
 * The module object authors work with, for both modes: `AnsibleModule`
 * (in-process, like Python's) and `AnsibleTurboModule` (a thin client that
 * hands the task to a warm daemon, or the module object itself when running
 * inside that daemon).
 *
 * @module
 */

import { currentTask, daemonRuntime, type TaskContext } from "./_context.ts";
import { isPlainObject, ModuleInputError, readArgsFile } from "./_input.ts";
import { failureOf } from "./_failure.ts";
import { expandPath } from "./_paths.ts";
import { DAEMON_FLAG, DESCRIBE_FLAG } from "./_protocol.ts";
import { pyNumberText, stringifyJson } from "./_json.ts";
import type {
  OptionName,
  Params,
  ReturnSpec,
  StrictSpec,
} from "./_spec_types.ts";
import type { ArgumentRules, ArgumentSpec } from "./_validation.ts";
import type { HelperHost } from "./_helper_host.ts";
import type { CommandResult, RunCommandOptions } from "./_run_command.ts";
import type { AtomicMoveOptions, DigestAlgorithm } from "./_file_ops.ts";
import type { FsAttributeOptions } from "./_file_attrs.ts";
import {
  EmbeddedModuleFailure,
  EmbeddedModuleSuccess,
  type ModuleResult,
} from "./errors.ts";

/**
 * What a module declares, as in Python's `AnsibleModule(...)`, in camelCase.
 * `S` is the spec's own type, which types `params` and the option names the
 * rules may mention.
 */
export interface ModuleOptions<S extends ArgumentSpec = ArgumentSpec>
  extends ArgumentRules<NoInfer<OptionName<S>>> {
  /** The parameters, with Ansible's own field names in each entry. */
  argumentSpec?: S & NoInfer<StrictSpec<S>>;
  /** Without it, the module is skipped in check mode, as Ansible does. */
  supportsCheckMode?: boolean;
  /** The documented return values (the docs' `RETURN`); not checked. */
  returnSpec?: ReturnSpec;
  /** Add `mode`, `owner`, `group`, ... to the spec (Python's `add_file_common_args`). */
  addFileCommonArgs?: boolean;
}

/**
 * Options of turbo mode, on top of {@linkcode ModuleOptions} (an
 * intersection, so that both `create()` infer `S` alike).
 */
export type TurboOptions<S extends ArgumentSpec = ArgumentSpec> =
  & ModuleOptions<S>
  & {
    /** Idle seconds before the daemon exits (default 15; `ANSIBLE_TURBO_LOOKUP_TTL` wins). */
    ttl?: number;
    /** Daemon group (default: the module's collection); a group shares one daemon and its caches. */
    group?: string;
  };

/** Options of {@linkcode AnsibleModule.deprecate}. */
export interface DeprecateOptions {
  /** The version in which the deprecated thing goes away. */
  version?: string;
  /** Or the date (`YYYY-MM-DD`) on which it goes away. */
  date?: string;
  /** The collection that `version` belongs to (`ns.coll`). */
  collectionName?: string;
}

/** One deprecation in Ansible's result format. */
export interface Deprecation {
  /** What is deprecated, and what to do instead. */
  msg: string;
  /** The version in which it goes away (a number when the spec said so). */
  version?: string | number;
  /** Or the date on which it goes away. */
  date?: string;
  /** The collection `version` belongs to. */
  collection_name?: string;
}

/** How a finished module hands over its result: print and exit, or throw. */
type Finish = (result: ModuleResult, failed: boolean) => never;

interface ModuleSetup {
  args: Record<string, unknown>;
  env: () => Record<string, string>;
  cwd: () => string;
  moduleUrl: string;
  warnings: string[];
  finish: Finish;
  /** Runs `cleanup` when the task ends, however it ends. */
  atEnd: (cleanup: () => void) => void;
}

const NO_LOG_MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";
const encoder = new TextEncoder();
/** `module.boolean()`'s conversion, loaded with validation (it is synchronous). */
let toBoolean: ((value: unknown) => boolean) | undefined;

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
    const module = await createInProcess(options as ModuleOptions, []);
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
    let out: ModuleResult;
    if (failed) {
      const { msg, ...rest } = result;
      out = rest;
      out.failed = true;
      out.msg = msg;
    } else out = { ...result };
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
      const given = out.deprecations;
      for (const d of Array.isArray(given) ? given : [given]) {
        // Python takes any 2-item sequence (a 2-character string included)
        // as (msg, version) when it comes in a list.
        const pair = Array.isArray(given)
          ? Array.isArray(d) ? d : typeof d === "string" ? [...d] : undefined
          : undefined;
        if (pair && pair.length === 2) {
          this.deprecate(String(pair[0]), { version: pair[1] as string });
        } else if (isPlainObject(d)) {
          this.deprecate(String(d.msg), {
            version: d.version as string | undefined,
            date: d.date as string | undefined,
            collectionName: d.collection_name as string | undefined,
          });
        } else this.deprecate(String(d));
      }
    }
    if (this.#deprecations.length) {
      // warnings.deprecate's shape: date or version (null when unset), and
      // collection_name, as ansible-core 2.14 prints them.
      out.deprecations = this.#deprecations.map((d) =>
        d.date != null
          ? {
            msg: d.msg,
            date: d.date,
            collection_name: d.collection_name ?? null,
          }
          : {
            msg: d.msg,
            version: d.version ?? null,
            collection_name: d.collection_name ?? null,
          }
      );
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
    type Typed = AnsibleModule<Params<S>>;
    const untyped = options as TurboOptions;
    const task = currentTask();
    if (task) return await createInDaemon(untyped, task) as Typed;
    const daemon = daemonRuntime();
    if (daemon) {
      // Another copy of the runtime, inside a daemon: it must not act as a
      // client of itself.
      throw new Error(
        `This module imports ansible-turbo from ${
          new URL("./mod.ts", import.meta.url).href
        }, but the daemon serving it runs ${daemon}: import the runtime from one URL`,
      );
    }
    if (Deno.args[0] === DAEMON_FLAG) {
      // A compiled module re-executed as its own daemon.
      const { runDaemonFromArgs } = await import("./daemon.ts");
      return await runDaemonFromArgs(Deno.args.slice(1));
    }
    const { runThroughDaemon } = await import("./client.ts");
    const fallback = await runThroughDaemon({
      ttl: options.ttl,
      group: options.group,
    });
    return await createInProcess(untyped, fallback ? [fallback] : []) as Typed;
  }
}

/** Builds the module in its own process: arguments from argv, output to stdout. */
async function createInProcess(
  options: ModuleOptions,
  warnings: string[],
): Promise<AnsibleModule> {
  const built: { module?: AnsibleModule } = {};
  installCrashHandlers(() => built.module);
  let args: Record<string, unknown>;
  try {
    args = await readArgsFile(Deno.args[0]);
  } catch (error) {
    if (!(error instanceof ModuleInputError)) throw error;
    printAndExit({ failed: true, msg: error.message }, true);
  }
  const module = built.module = new AnsibleModule({
    args,
    env: () => Deno.env.toObject(),
    cwd: () => Deno.cwd(),
    moduleUrl: Deno.mainModule,
    warnings,
    finish: printAndExit,
    // `unload` also fires on Deno.exit(), as Python's atexit does.
    atEnd: (cleanup) => globalThis.addEventListener("unload", cleanup),
  });
  return await validated(module, args, options);
}

/** Builds the module inside the daemon for one task: results are thrown. */
async function createInDaemon(
  options: ModuleOptions,
  task: TaskContext,
): Promise<AnsibleModule> {
  const module = new AnsibleModule({
    args: task.args,
    env: () => task.env,
    cwd: () => task.cwd,
    moduleUrl: task.moduleUrl,
    warnings: [],
    finish: (result, failed) => {
      // The first outcome wins, even if author code catches what we throw.
      task.conclude({ result, code: failed ? 1 : 0 });
      throw failed
        ? new EmbeddedModuleFailure(String(result.msg), result)
        : new EmbeddedModuleSuccess(result);
    },
    atEnd: (cleanup) => task.atEnd(cleanup),
  });
  task.format = (result, failed) => module.formatResult(result, failed);
  return await validated(module, task.args, options);
}

/** Validates the arguments; fails or skips the task the way AnsibleModule does. */
async function validated(
  module: AnsibleModule,
  args: Record<string, unknown>,
  options: ModuleOptions,
): Promise<AnsibleModule> {
  const { argumentSpec, supportsCheckMode, addFileCommonArgs, ...rules } =
    options;
  const [{ validateArguments }, spec, bool] = await Promise.all([
    import("./_validation.ts"),
    addFileCommonArgs
      ? import("./_file_attrs.ts").then((f) =>
        f.withFileCommonArgs(argumentSpec ?? {})
      )
      : argumentSpec ?? {},
    toBoolean ? undefined : import("./_boolean.ts"),
  ]);
  toBoolean ??= bool?.toBoolean;
  // AnsibleModule leaves before _log_invocation (and its no_log warning)
  // when it skips for check mode. _ansible_string_conversion_action is not
  // passed: ansible-core 2.14 and 2.19 ignore it and convert silently.
  const validation = validateArguments(spec, args, {
    ...rules,
    moduleName: module.name,
    logInvocation: !(module.checkMode && !supportsCheckMode),
  });
  module.adoptValidation(validation.params, {
    warnings: validation.warnings,
    deprecations: validation.deprecations,
    noLog: validation.noLogValues,
  });
  if (validation.error !== undefined) {
    module.failJson({ msg: validation.error });
  }
  if (module.checkMode && !supportsCheckMode) {
    module.exitJson({
      skipped: true,
      msg: `remote module (${module.name}) does not support check mode`,
    });
  }
  return module;
}

/**
 * Under `mod.ts docs` (the describe flag), prints the module's options and
 * exits, before anything else happens.
 */
async function describeIfAsked(options: object): Promise<void> {
  if (Deno.args[0] !== DESCRIBE_FLAG) return;
  const { describeAndExit } = await import("./_describe.ts");
  describeAndExit(options);
}

/** Prints the result as the process's only JSON output and exits. */
function printAndExit(result: ModuleResult, failed: boolean): never {
  const bytes = encoder.encode(`${stringifyJson(result)}\n`);
  let written = 0;
  while (written < bytes.length) {
    written += Deno.stdout.writeSync(bytes.subarray(written));
  }
  Deno.exit(failed ? 1 : 0);
}

/**
 * In a module's own process, an error nobody caught fails the task with its
 * real message (and the stack as `exception`) instead of a bare crash.
 */
function installCrashHandlers(module: () => AnsibleModule | undefined): void {
  const fail = (error: unknown) => {
    printAndExit(failureFor(error, module()), true);
  };
  globalThis.addEventListener("unhandledrejection", (event) => {
    event.preventDefault();
    fail(event.reason);
  });
  globalThis.addEventListener("error", (event) => {
    event.preventDefault();
    fail(event.error);
  });
}

/** The task result for an error thrown out of a module, formatted by it when there is one. */
function failureFor(
  error: unknown,
  module: AnsibleModule | undefined,
): ModuleResult {
  const raw = failureOf(error);
  return module ? module.formatResult(raw, true) : { ...raw, failed: true };
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

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Replaces `no_log` values anywhere in a result, as ansible-core's
 * `remove_values`: a string equal to one becomes
 * `VALUE_SPECIFIED_IN_NO_LOG_PARAMETER`, each one inside a string becomes
 * `********` (longest first), and a number whose Python `str()` contains one
 * becomes the marker. Keys are kept; booleans and null are kept (as in
 * ansible-core 2.19: 2.14 would turn `changed: true` into a string).
 *
 * @example
 * ```ts
 * import { removeValues } from "./_module.ts";
 * const out = removeValues({ a: "s3cret", b: "x s3cret", n: 15 }, new Set(["s3cret", "5"]));
 * console.assert(JSON.stringify(out) === '{"a":"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER","b":"x ********","n":"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"}');
 * ```
 */
export function removeValues(value: unknown, secrets: Set<string>): unknown {
  // Longest first, so that a secret never leaves a piece of a longer one
  // behind (2.14 used set order, 2.19 sorts by length like this).
  const omit = [...secrets].filter((s) => typeof s === "string" && s !== "")
    .sort((a, b) => codePoints(b) - codePoints(a));
  if (omit.length === 0) return value;
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (omit.includes(v)) return NO_LOG_MASK;
      let out = v;
      for (const s of omit) out = out.replaceAll(s, "********");
      return out;
    }
    const text = pyNumberText(v);
    if (text !== undefined) {
      return omit.some((s) => text.includes(s)) ? NO_LOG_MASK : v;
    }
    if (typeof v !== "object" || v === null) return v;
    if (Array.isArray(v)) return v.map(scrub);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      // A Date or class instance is printed as its JSON form: scrub that.
      const json = JSON.stringify(v);
      return json === undefined ? v : scrub(JSON.parse(json));
    }
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      // A "__proto__" key must stay data, never become the prototype.
      Object.defineProperty(out, k, {
        value: scrub(item),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return out;
  };
  return scrub(value);

  function codePoints(s: string): number {
    let n = 0;
    for (const _ of s) n++;
    return n;
  }
}
