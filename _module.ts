/**
 * The module object authors work with, for both modes: `AnsibleModule`
 * (in-process, like Python's) and `AnsibleTurboModule` (a thin client that
 * hands the task to a warm daemon, or the module object itself when running
 * inside that daemon).
 *
 * @module
 */

import { currentTask, type TaskContext } from "./_context.ts";
import { isPlainObject, ModuleInputError, readArgsFile } from "./_input.ts";
import { DAEMON_FLAG } from "./_protocol.ts";
import type { ArgumentRules, ArgumentSpec } from "./_validation.ts";
import {
  EmbeddedModuleFailure,
  EmbeddedModuleSuccess,
  type ModuleResult,
} from "./errors.ts";

/** What a module declares, as in Python's `AnsibleModule(...)`, in camelCase. */
export interface ModuleOptions extends ArgumentRules {
  /** The parameters, with Ansible's own field names in each entry. */
  argumentSpec?: ArgumentSpec;
  /** Without it, the module is skipped in check mode, as Ansible does. */
  supportsCheckMode?: boolean;
}

/** Options of turbo mode, on top of {@linkcode ModuleOptions}. */
export interface TurboOptions extends ModuleOptions {
  /** Idle seconds before the daemon exits (default 15; `ANSIBLE_TURBO_LOOKUP_TTL` wins). */
  ttl?: number;
  /** Daemon group (default: the module's collection); a group shares one daemon and its caches. */
  group?: string;
}

/** Options of {@linkcode AnsibleModule.deprecate}. */
export interface DeprecateOptions {
  version?: string;
  date?: string;
  collectionName?: string;
}

/** One deprecation in Ansible's result format. */
export interface Deprecation {
  msg: string;
  version?: string;
  date?: string;
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
}

const NO_LOG_MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";
const encoder = new TextEncoder();

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
export class AnsibleModule {
  /** Validated parameters: every spec key, aliases resolved, types converted. */
  readonly params: Record<string, unknown>;
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
    this.params = {};
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
   * against `options.argumentSpec` and returns the module object. Fails the
   * task (and ends the process) on invalid arguments, as Ansible does.
   *
   * @example
   * ```ts ignore
   * import { AnsibleModule } from "./mod.ts";
   * const module = await AnsibleModule.create({ argumentSpec: {} });
   * module.exitJson({ changed: false });
   * ```
   */
  static async create(options: ModuleOptions = {}): Promise<AnsibleModule> {
    return await createInProcess(options, []);
  }

  /** The task's environment (the `environment:` keyword included). */
  get env(): Readonly<Record<string, string>> {
    return this.#setup.env();
  }

  /** The task's working directory (the playbook's directory under Ansible). */
  get cwd(): string {
    return this.#setup.cwd();
  }

  /** A directory for this task's temporary files, removed when it ends. */
  get tmpdir(): string {
    if (this.#tmpdir === undefined) {
      this.#tmpdir = Deno.makeTempDirSync({ prefix: "ansible-moduletmp-" });
      this.#ownTmpdir = true;
    }
    return this.#tmpdir;
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
    const out: ModuleResult = { ...result };
    if (failed) out.failed = true;
    else if (out.changed === undefined) out.changed = false;
    if (!("invocation" in out)) out.invocation = { module_args: this.params };
    for (const w of asList(out.warnings)) this.warn(String(w));
    if (this.#warnings.length) out.warnings = [...this.#warnings];
    else delete out.warnings;
    for (const d of asList(out.deprecations)) {
      if (isPlainObject(d)) {
        this.deprecate(String(d.msg), {
          version: d.version as string | undefined,
          date: d.date as string | undefined,
          collectionName: d.collection_name as string | undefined,
        });
      } else this.deprecate(String(d));
    }
    if (this.#deprecations.length) out.deprecations = [...this.#deprecations];
    else delete out.deprecations;
    this.#cleanup();
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
  static override async create(
    options: TurboOptions = {},
  ): Promise<AnsibleModule> {
    const task = currentTask();
    if (task) return await createInDaemon(options, task);
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
    return await createInProcess(options, fallback ? [fallback] : []);
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
      task.outcome ??= { result, failed };
      throw failed
        ? new EmbeddedModuleFailure(String(result.msg), result)
        : new EmbeddedModuleSuccess(result);
    },
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
  const { validateArguments } = await import("./_validation.ts");
  const { argumentSpec = {}, supportsCheckMode, ...rules } = options;
  const validation = validateArguments(argumentSpec, args, {
    ...rules,
    moduleName: module.name,
    stringConversionAction: args._ansible_string_conversion_action as
      | "warn"
      | "error"
      | "ignore"
      | undefined,
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

/** Prints the result as the process's only JSON output and exits. */
function printAndExit(result: ModuleResult, failed: boolean): never {
  const bytes = encoder.encode(`${JSON.stringify(result)}\n`);
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

/**
 * The task result for an error thrown out of a module: an author's
 * {@linkcode EmbeddedModuleFailure} keeps its fields, anything else gives its
 * message and stack.
 *
 * @example
 * ```ts
 * import { failureFor } from "./_module.ts";
 * console.assert(failureFor(new Error("boom"), undefined).msg === "boom");
 * ```
 */
export function failureFor(
  error: unknown,
  module: AnsibleModule | undefined,
): ModuleResult {
  let raw: ModuleResult;
  if (error instanceof EmbeddedModuleFailure) raw = { ...error.result };
  else if (error instanceof Error) {
    raw = { msg: error.message || error.name, exception: error.stack ?? "" };
  } else raw = { msg: String(error) };
  return module ? module.formatResult(raw, true) : { ...raw, failed: true };
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
 * `remove_values`: an exact match becomes a marker, an embedded one stars.
 *
 * @example
 * ```ts
 * import { removeValues } from "./_module.ts";
 * const out = removeValues({ a: "s3cret", b: "x s3cret" }, new Set(["s3cret"]));
 * console.assert(JSON.stringify(out) === '{"a":"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER","b":"x ********"}');
 * ```
 */
export function removeValues(value: unknown, secrets: Set<string>): unknown {
  if (secrets.size === 0) return value;
  if (typeof value === "string") {
    if (secrets.has(value)) return NO_LOG_MASK;
    let out = value;
    for (const secret of secrets) out = out.replaceAll(secret, "********");
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => removeValues(v, secrets));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = removeValues(v, secrets);
    }
    return out;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return secrets.has(String(value)) ? NO_LOG_MASK : value;
  }
  return value;
}
