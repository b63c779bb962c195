/**
 * ansible-turbo: write Ansible modules in TypeScript, and make them fast by
 * serving them from a warm per-user daemon.
 *
 * Switching a module from plain to turbo is one import:
 *
 * ```ts ignore
 * import { AnsibleTurboModule as AnsibleModule } from "./mod.ts";
 *
 * export async function main(): Promise<void> {
 *   const module = await AnsibleModule.create({
 *     argumentSpec: { name: { type: "str", required: true } },
 *     supportsCheckMode: true,
 *   });
 *   module.exitJson({ changed: false, greeting: `hello ${module.params.name}` });
 * }
 *
 * if (import.meta.main) await main();
 * ```
 *
 * Run as a program, this file is the command line (`status`, `stop`,
 * `--help`) and, with the daemon flag, the daemon itself.
 *
 * @module
 */

import { DAEMON_FLAG } from "./_protocol.ts";

export {
  AnsibleModule,
  AnsibleTurboModule,
  type DeprecateOptions,
  type Deprecation,
  type ModuleOptions,
  type TurboOptions,
} from "./_module.ts";
export {
  cache,
  type CachedFunction,
  CacheKeyError,
  type CacheOptions,
} from "./_cache.ts";
export {
  EmbeddedModuleFailure,
  EmbeddedModuleSuccess,
  type ModuleResult,
} from "./errors.ts";
export type {
  ArgumentRules,
  ArgumentSpec,
  ArgumentSpecEntry,
  RequiredByRule,
  RequiredIfRule,
} from "./_validation.ts";
export type {
  ChoiceValue,
  ConvertedType,
  OptionName,
  Params,
  ParamTypes,
  ParamValue,
  ReturnSpec,
  ReturnSpecEntry,
  ReturnValueType,
  SetValue,
  StrictSpec,
} from "./_spec_types.ts";
export type { CommandResult, RunCommandOptions } from "./_run_command.ts";
export type { AtomicMoveOptions, DigestAlgorithm } from "./_file_ops.ts";
export type {
  FsAttributeOptions,
  FsAttributes,
  FsDiff,
} from "./_file_attrs.ts";

if (import.meta.main) {
  // Not awaited: a daemon never returns, and modules it imports import this
  // file, so its evaluation must finish first. The daemon skips the CLI's
  // imports, which would only slow its start.
  if (Deno.args[0] === DAEMON_FLAG) {
    import("./daemon.ts").then((d) => d.runDaemonFromArgs(Deno.args.slice(1)));
  } else import("./_cli.ts").then(({ main }) => main(Deno.args));
}
