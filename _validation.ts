/**
 * Argument-spec validation with the behaviour and messages of ansible-core
 * 2.14's `AnsibleModule` (`ModuleArgumentSpecValidator`): the entry point,
 * loaded lazily by `_module.ts`. It runs the passes in
 * `module_utils/common/arg_spec.py`'s order and handles what
 * `AnsibleModule.__init__` adds (the internal `_ansible_*` arguments, the
 * "Unsupported parameters for" message, the no_log warnings).
 *
 * The passes live with their Python counterparts: `_validation_parameters.ts`
 * (`parameters.py`), `_validation_values.ts` (types and choices),
 * `_validation_nested.ts` (sub specs), `_validation_checks.ts` and
 * `_validation_checkers.ts` (`validation.py`), over Python's value
 * semantics in `_py_*.ts`; the spec's types are in `_validation_types.ts`.
 * Module authors and playbooks match on the messages, so every wording is
 * Python's.
 *
 * @example
 * ```ts
 * import { validateArguments } from "./_validation.ts";
 *
 * const result = validateArguments(
 *   { name: { type: "str", required: true }, count: { type: "int", default: 1 } },
 *   { name: "web", _ansible_check_mode: false },
 * );
 * console.log(result.error ?? result.params); // { name: "web", count: 1 }
 * ```
 *
 * @module
 */

export type {
  ArgumentRules,
  ArgumentSpec,
  ArgumentSpecEntry,
  RequiredByRule,
  RequiredIfRule,
  ValidationResult,
} from "./_validation_types.ts";

import { toBoolean } from "./_boolean.ts";
import {
  additionalChecks,
  checkMutuallyExclusive,
  checkRequiredArguments,
} from "./_validation_checks.ts";
import { validateSubSpec } from "./_validation_nested.ts";
import {
  handleAliases,
  legalInputs,
  listDeprecations,
  listNoLogValues,
  recordUnsupported,
  setDefaults,
  setFallbacks,
} from "./_validation_parameters.ts";
import {
  validateArgumentTypes,
  validateArgumentValues,
} from "./_validation_values.ts";
import {
  cloneValue,
  type Dict,
  errorMessage,
  pyStr,
  setKey,
} from "./_py_value.ts";
import type {
  AliasDeprecation,
  DeprecationEntry,
  Scope,
  State,
} from "./_validation_state.ts";
import type {
  ArgumentRules,
  ArgumentSpec,
  ValidationResult,
} from "./_validation_types.ts";

const hasOwn = Object.hasOwn;

const PASSWORD_MATCH =
  /^(?:.+[-_\s])?pass(?:[-_\s]?(?:word|phrase|wrd|wd)?)(?:[-_\s].+)?$/i;

// _set_internal_properties converts these with AnsibleModule.boolean(), in
// PASS_VARS order; _ansible_ignore_unknown_opts is 2.17's.
const PASS_BOOLS = [
  "_ansible_check_mode",
  "_ansible_debug",
  "_ansible_diff",
  "_ansible_keep_remote_files",
  "_ansible_ignore_unknown_opts",
  "_ansible_no_log",
] as const;

function defaultModuleName(args: Readonly<Record<string, unknown>>): string {
  if (hasOwn(args, "_ansible_module_name")) {
    return pyStr(args._ansible_module_name);
  }
  try {
    const path = new URL(Deno.mainModule).pathname;
    const base = path.slice(path.lastIndexOf("/") + 1);
    const dot = base.lastIndexOf(".");
    return decodeURIComponent(dot > 0 ? base.slice(0, dot) : base);
  } catch {
    return "module";
  }
}

function formatDeprecation(
  d: DeprecationEntry,
): ValidationResult["deprecations"][number] {
  // warnings.deprecate keeps date or version, never both; None values are
  // dropped. A version keeps its type: 2.14 reports removed_in_version=1.0
  // as the float 1.0.
  const out: ValidationResult["deprecations"][number] = { msg: d.msg };
  if (d.date != null) out.date = pyStr(d.date);
  else if (d.version != null) out.version = d.version as string | number;
  if (d.collection_name != null) out.collection_name = pyStr(d.collection_name);
  return out;
}

function aliasDeprecationEntry(d: AliasDeprecation): DeprecationEntry {
  return {
    msg:
      `Alias '${d.name}' is deprecated. See the module docs for more information`,
    version: d.version,
    date: d.date,
    collection_name: d.collection_name,
  };
}

/**
 * Validates module args against an argument spec the way ansible-core 2.14's
 * `AnsibleModule.__init__` does, returning converted params and Ansible's
 * exact messages instead of exiting.
 *
 * `args` is the raw `ANSIBLE_MODULE_ARGS` object; `_ansible_*` keys are
 * internal and never user parameters. `moduleName` defaults to
 * `_ansible_module_name` from the args (then the main module's basename).
 * `stringConversionAction` defaults to `"ignore"`, which is what 2.14 does
 * whatever the controller sends; `"warn"`/`"error"` give the older
 * AnsibleModule messages for non-string values in `str` options.
 * `logInvocation: false` leaves out the "Module did not set no_log" warnings,
 * as AnsibleModule does when it exits before logging (check-mode skip).
 * `_ansible_ignore_unknown_opts: true` (sent by controllers from 2.17 on)
 * makes unknown options no error, as those versions do; they stay in
 * `params` and in `errors`. Numbers follow `parseJson`'s representation:
 * `bigint` and `IntegralFloat` values are ints and floats as in Python, and
 * a numeric deprecation version stays a number.
 *
 * @example
 * ```ts
 * import { validateArguments } from "./_validation.ts";
 *
 * const result = validateArguments(
 *   {
 *     state: { type: "str", choices: ["present", "absent"], default: "present" },
 *     path: { type: "path", aliases: ["dest"] },
 *   },
 *   { dest: "/tmp/x", colour: "blue", _ansible_module_name: "hello" },
 *   { requiredIf: [["state", "present", ["path"]]] },
 * );
 * // "Unsupported parameters for (hello) module: colour. Supported parameters include: path, state (dest)."
 * console.log(result.error);
 * ```
 */
export function validateArguments(
  spec: ArgumentSpec,
  args: Readonly<Record<string, unknown>>,
  options: ArgumentRules & {
    moduleName?: string;
    stringConversionAction?: "warn" | "error" | "ignore";
    logInvocation?: boolean;
  } = {},
): ValidationResult {
  const params: Dict = {};
  for (const key of Object.keys(args)) {
    if (key.startsWith("_ansible_")) continue;
    const v = args[key];
    if (v !== undefined) setKey(params, key, cloneValue(v));
  }
  const state: State = {
    errors: [],
    noLog: new Set(),
    warnings: [],
    unsupported: new Map(),
    supported: new Map(),
    subAliasDeprecations: [],
    conversion: options.stringConversionAction ?? "ignore",
  };

  let moduleNoLog = false;
  let ignoreUnknown = false;
  for (const key of PASS_BOOLS) {
    const v = args[key];
    if (!hasOwn(args, key) || v == null) continue;
    try {
      const b = toBoolean(v);
      if (key === "_ansible_no_log") moduleNoLog = b;
      if (key === "_ansible_ignore_unknown_opts") ignoreUnknown = b;
    } catch (e) {
      const msg = errorMessage(e);
      return {
        params,
        error: msg,
        errors: [msg],
        warnings: [],
        deprecations: [],
        noLogValues: state.noLog,
      };
    }
  }

  const topScope: Scope = { state, prefix: "", context: [] };
  setFallbacks(spec, params, state.noLog);

  const sinks = {
    warnings: [] as [string, string][],
    deprecations: [] as AliasDeprecation[],
  };
  let aliases = new Map<string, string>();
  try {
    aliases = handleAliases(spec, params, sinks);
  } catch (e) {
    state.errors.push({ msg: errorMessage(e) });
  }
  const legal = legalInputs(spec, aliases);
  const deprecations: DeprecationEntry[] = sinks.deprecations.map(
    aliasDeprecationEntry,
  );

  try {
    const found = new Set<string>();
    listNoLogValues(spec, params, found);
    for (const v of found) state.noLog.add(v);
  } catch (e) {
    state.errors.push({ msg: errorMessage(e) });
  }
  listDeprecations(spec, params, { out: deprecations, prefix: "" });
  try {
    recordUnsupported(spec, params, { state, legal, context: [] });
  } catch (e) {
    state.errors.push({ msg: errorMessage(e) });
  }
  const me = checkMutuallyExclusive(options.mutuallyExclusive, params, []);
  if (me !== undefined) state.errors.push({ msg: me });
  setDefaults(spec, params, { state, setDefault: false });
  const req = checkRequiredArguments(spec, params, []);
  if (req !== undefined) state.errors.push({ msg: req });
  validateArgumentTypes(spec, params, topScope);
  validateArgumentValues(spec, params, topScope);
  additionalChecks(options, params, topScope);
  setDefaults(spec, params, { state, setDefault: true });
  validateSubSpec(spec, params, topScope);
  for (const d of state.subAliasDeprecations) {
    deprecations.push(aliasDeprecationEntry(d));
  }

  if (state.unsupported.size) {
    const names = [...state.unsupported.values()].sort();
    // Python takes the supported list of whichever context its set yields
    // last (hash order); with a single context that is unambiguous.
    let lastKey = "";
    for (const key of state.unsupported.keys()) lastKey = key;
    const info = state.supported.get(lastKey);
    let supported = info ? info.params.join(", ") : "";
    if (info && info.aliases.length) {
      supported += ` (${info.aliases.join(", ")})`;
    }
    state.errors.push({
      msg: `${names.join(", ")}. Supported parameters include: ${supported}.`,
      unsupported: true,
    });
  }

  const warnings = state.warnings;
  for (const [option, alias] of sinks.warnings) {
    warnings.push(`Both option ${option} and its alias ${alias} are set.`);
  }

  let error: string | undefined;
  const first = state.errors[0];
  // Controllers from 2.17 on ask a module to go on despite unknown options
  // (the options of another module); any other error still fails.
  if (first && !(first.unsupported && ignoreUnknown)) {
    error = first.unsupported
      ? `Unsupported parameters for (${
        options.moduleName ?? defaultModuleName(args)
      }) module: ${first.msg}`
      : first.msg;
  } else if (!moduleNoLog && options.logInvocation !== false) {
    // AnsibleModule._log_invocation, which only runs after successful validation.
    for (const param of Object.keys(params)) {
      const canon = aliases.get(param) ?? param;
      const entry = hasOwn(spec, canon) ? spec[canon] : undefined;
      if (entry?.no_log == null && PASSWORD_MATCH.test(param)) {
        warnings.push(`Module did not set no_log for ${param}`);
      }
    }
  }

  return {
    params,
    error,
    errors: state.errors.map((e) => e.msg),
    warnings,
    deprecations: deprecations.map(formatDeprecation),
    noLogValues: state.noLog,
  };
}
