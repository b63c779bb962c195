/**
 * How the module object of a task comes to be, in each place it can run:
 * in its own process (arguments from the file Ansible passed, the result
 * printed, crashes reported as failures), inside the daemon (the outcome
 * thrown to the daemon's task), through the client (the daemon serves the
 * task, or the module falls back to running in-process), and under the
 * describe flag (`mod.ts docs`). Validation, and the check-mode skip,
 * happen here, loading `_validation.ts` only when a module runs.
 *
 * @example
 * ```ts ignore
 * import { createInProcess } from "./_create.ts";
 * import { AnsibleModule } from "./_module.ts";
 * const module = await createInProcess((setup) => new AnsibleModule(setup), {}, { warnings: [] });
 * ```
 *
 * @module
 */

import { currentTask, daemonRuntime, type TaskContext } from "./_context.ts";
import { ModuleInputError, readArgsFile } from "./_input.ts";
import { failureOf } from "./_failure.ts";
import { DAEMON_FLAG, DESCRIBE_FLAG } from "./_protocol.ts";
import { stringifyJson } from "./_json.ts";
import type { OptionName, ReturnSpec, StrictSpec } from "./_spec_types.ts";
import type { ArgumentRules, ArgumentSpec } from "./_validation.ts";
import type { Deprecation } from "./_result.ts";
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

/**
 * How a finished module hands over its result: print and exit, or throw.
 *
 * @example
 * ```ts
 * import type { Finish } from "./_create.ts";
 * const finish: Finish = (_result, failed) => Deno.exit(failed ? 1 : 0);
 * ```
 */
export type Finish = (result: ModuleResult, failed: boolean) => never;

/**
 * Where a module object runs: its task's arguments, environment and
 * directory, and how it finishes.
 *
 * @example
 * ```ts
 * import type { ModuleSetup } from "./_create.ts";
 * const setup: ModuleSetup = {
 *   args: {},
 *   env: () => ({}),
 *   cwd: () => "/",
 *   moduleUrl: "file:///m.ts",
 *   warnings: [],
 *   finish: () => Deno.exit(0),
 *   atEnd: () => {},
 * };
 * ```
 */
export interface ModuleSetup {
  /** The task's arguments, `_ansible_*` included. */
  args: Record<string, unknown>;
  /** The task's environment. */
  env: () => Record<string, string>;
  /** The task's working directory. */
  cwd: () => string;
  /** The module's URL, for its name when Ansible gives none. */
  moduleUrl: string;
  /** Warnings from before the module object existed (a turbo fallback). */
  warnings: string[];
  /** How the module finishes. */
  finish: Finish;
  /** Runs `cleanup` when the task ends, however it ends. */
  atEnd: (cleanup: () => void) => void;
}

/**
 * What creating a module needs of the module object (`AnsibleModule`).
 *
 * @example
 * ```ts ignore
 * import type { TaskModule } from "./_create.ts";
 * import { AnsibleModule } from "./_module.ts";
 * const build = (setup: ModuleSetup): TaskModule => new AnsibleModule(setup);
 * ```
 */
export interface TaskModule {
  /** The module's name, as Ansible calls it. */
  readonly name: string;
  /** True when Ansible runs with `--check`. */
  readonly checkMode: boolean;
  /** Shapes a raw result as Ansible expects it. */
  formatResult(result: ModuleResult, failed: boolean): ModuleResult;
  /** Takes in validated parameters and the values to keep out of output. */
  adoptValidation(
    params: Record<string, unknown>,
    extra: {
      warnings: string[];
      deprecations: Deprecation[];
      noLog: Set<string>;
    },
  ): void;
  /** Ends the task successfully. */
  exitJson(result?: ModuleResult): never;
  /** Fails the task. */
  failJson(result: ModuleResult & { msg: string }): never;
}

const encoder = new TextEncoder();
/** `module.boolean()`'s conversion, loaded with validation (it is synchronous). */
let toBoolean: ((value: unknown) => boolean) | undefined;

/**
 * `module.boolean()`'s conversion, once a `create()` has loaded it.
 *
 * @returns The conversion, or undefined before any `create()`.
 *
 * @example
 * ```ts ignore
 * import { booleanConversion } from "./_create.ts";
 * const convert = booleanConversion();
 * ```
 */
export function booleanConversion():
  | ((value: unknown) => boolean)
  | undefined {
  return toBoolean;
}

/**
 * Under `mod.ts docs` (the describe flag), prints the module's options and
 * exits, before anything else happens.
 *
 * @param options The options given to `create()`.
 *
 * @example
 * ```ts ignore
 * import { describeIfAsked } from "./_create.ts";
 * await describeIfAsked({ argumentSpec: {} });
 * ```
 */
export async function describeIfAsked(options: object): Promise<void> {
  if (Deno.args[0] !== DESCRIBE_FLAG) return;
  const { describeAndExit } = await import("./_describe.ts");
  describeAndExit(options);
}

/**
 * `AnsibleTurboModule.create()`: inside the daemon, the module of the task
 * being served; in a compiled module re-executed as its daemon, the daemon;
 * otherwise the client, which returns only when the module must run
 * in-process (with a warning saying why).
 *
 * @param build Makes the module object.
 * @param options What the module declares.
 * @returns The module object.
 * @throws {Error} When a second copy of the runtime runs inside a daemon.
 *
 * @example
 * ```ts ignore
 * import { createTurbo } from "./_create.ts";
 * import { AnsibleModule } from "./_module.ts";
 * const module = await createTurbo((setup) => new AnsibleModule(setup), { ttl: 30 });
 * ```
 */
export async function createTurbo<M extends TaskModule>(
  build: (setup: ModuleSetup) => M,
  options: TurboOptions,
): Promise<M> {
  const task = currentTask();
  if (task) return await createInDaemon(build, { options, task });
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
  return await createInProcess(build, options, {
    warnings: fallback ? [fallback] : [],
  });
}

/**
 * Builds the module in its own process: arguments from argv, output to
 * stdout, uncaught errors reported as the task's failure.
 *
 * @param build Makes the module object.
 * @param options What the module declares.
 * @param opts `warnings`: what the result must carry (a turbo fallback's).
 * @returns The validated module object (a failed or skipped task exits).
 *
 * @example
 * ```ts ignore
 * import { createInProcess } from "./_create.ts";
 * import { AnsibleModule } from "./_module.ts";
 * const module = await createInProcess((setup) => new AnsibleModule(setup), {}, { warnings: [] });
 * ```
 */
export async function createInProcess<M extends TaskModule>(
  build: (setup: ModuleSetup) => M,
  options: ModuleOptions,
  opts: { warnings: string[] },
): Promise<M> {
  const built: { module?: M } = {};
  installCrashHandlers(() => built.module);
  let args: Record<string, unknown>;
  try {
    args = await readArgsFile(Deno.args[0]);
  } catch (error) {
    if (!(error instanceof ModuleInputError)) throw error;
    printAndExit({ failed: true, msg: error.message }, true);
  }
  const module = built.module = build({
    args,
    env: () => Deno.env.toObject(),
    cwd: () => Deno.cwd(),
    moduleUrl: Deno.mainModule,
    warnings: opts.warnings,
    finish: printAndExit,
    // `unload` also fires on Deno.exit(), as Python's atexit does.
    atEnd: (cleanup) => globalThis.addEventListener("unload", cleanup),
  });
  return await validated(module, args, options);
}

/** Builds the module inside the daemon for one task: results are thrown. */
async function createInDaemon<M extends TaskModule>(
  build: (setup: ModuleSetup) => M,
  { options, task }: { options: ModuleOptions; task: TaskContext },
): Promise<M> {
  const module = build({
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
async function validated<M extends TaskModule>(
  module: M,
  args: Record<string, unknown>,
  options: ModuleOptions,
): Promise<M> {
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
function installCrashHandlers(module: () => TaskModule | undefined): void {
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
  module: TaskModule | undefined,
): ModuleResult {
  const raw = failureOf(error);
  return module ? module.formatResult(raw, true) : { ...raw, failed: true };
}
