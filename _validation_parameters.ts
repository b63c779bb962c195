/**
 * The passes of ansible-core's `parameters.py` that fill and inspect the
 * parameters before their values are checked: fallbacks, aliases, no_log
 * values, deprecated options, unsupported names and defaults. Each works
 * on one (sub) spec; `_validation.ts` and `_validation_nested.ts` run
 * them in Python's order.
 *
 * @example
 * ```ts
 * import { handleAliases } from "./_validation_parameters.ts";
 *
 * const params: Record<string, unknown> = { dest: "/x" };
 * const aliases = handleAliases({ path: { aliases: ["dest"] } }, params);
 * console.assert(aliases.get("dest") === "path" && params.path === "/x");
 * ```
 *
 * @module
 */

import { checkTypeDict } from "./_validation_checkers.ts";
import { envGet } from "./_py_path.ts";
import {
  cloneValue,
  type Dict,
  getKey,
  isDict,
  PyError,
  pyNumeric,
  pyStr,
  pyTruthy,
  pyTypeName,
  setKey,
} from "./_py_value.ts";
import type {
  AliasDeprecation,
  DeprecationEntry,
  State,
  SupportedInfo,
} from "./_validation_state.ts";
import type { ArgumentSpec } from "./_validation_types.ts";

const hasOwn = Object.hasOwn;

/**
 * A spec's option names, in the order Python iterates its dict.
 *
 * @param spec The (sub) spec.
 * @returns The option names.
 *
 * @example
 * ```ts
 * import { specKeys } from "./_validation_parameters.ts";
 * console.assert(specKeys({ b: {}, a: {} }).join() === "b,a");
 * ```
 */
export function specKeys(spec: ArgumentSpec): string[] {
  return Object.keys(spec);
}

/**
 * `parameters.set_fallbacks`: fills unset options from their `fallback`,
 * collecting no_log values.
 *
 * @param spec The (sub) spec.
 * @param params The parameters, filled in place.
 * @param noLog Where no_log values go.
 *
 * @example
 * ```ts
 * import { setFallbacks } from "./_validation_parameters.ts";
 * const params: Record<string, unknown> = {};
 * setFallbacks({ a: { fallback: [() => "x"] } }, params, new Set());
 * console.assert(params.a === "x");
 * ```
 */
export function setFallbacks(
  spec: ArgumentSpec,
  params: Dict,
  noLog: Set<string>,
): void {
  for (const param of specKeys(spec)) {
    const entry = spec[param];
    const fallback = entry.fallback;
    if (!fallback || fallback[0] == null || hasOwn(params, param)) continue;
    const strategy = fallback[0];
    const args = fallback[1] ?? [];
    let value: unknown;
    if (strategy === "env") {
      for (const name of args) {
        value = envGet(String(name));
        if (value !== undefined) break;
      }
    } else value = strategy(...args);
    if (value === undefined) continue;
    if (entry.no_log && pyTruthy(value)) noLog.add(pyStr(value));
    setKey(params, param, value);
  }
}

/**
 * `parameters._handle_aliases`: copies alias values onto the canonical
 * name (the last alias given wins) and returns alias -> canonical name.
 * Throws part-way like Python does, leaving earlier aliases applied.
 *
 * @param spec The (sub) spec.
 * @param params The parameters, changed in place.
 * @param sinks Where the option/alias clashes and the deprecated aliases
 * used go, when they are wanted.
 * @returns Each alias's option.
 * @throws {PyError} Python's internal errors for a bad spec.
 *
 * @example
 * ```ts
 * import { handleAliases } from "./_validation_parameters.ts";
 * const sinks = { warnings: [] as [string, string][], deprecations: [] };
 * handleAliases({ path: { aliases: ["dest"] } }, { path: 1, dest: 2 }, sinks);
 * console.assert(sinks.warnings[0].join() === "path,dest");
 * ```
 */
export function handleAliases(
  spec: ArgumentSpec,
  params: Dict,
  sinks?: { warnings: [string, string][]; deprecations: AliasDeprecation[] },
): Map<string, string> {
  const result = new Map<string, string>();
  for (const k of specKeys(spec)) {
    const entry = spec[k];
    if (sinks) {
      for (const alias of entry.deprecated_aliases ?? []) {
        if (hasOwn(params, alias.name)) sinks.deprecations.push(alias);
      }
    }
    if (entry.default != null && pyTruthy(entry.required)) {
      throw new PyError(
        `internal error: required and default are mutually exclusive for ${k}`,
      );
    }
    const aliases = entry.aliases;
    if (aliases == null) continue;
    if (!Array.isArray(aliases)) {
      throw new PyError("internal error: aliases must be a list or tuple");
    }
    for (const alias of aliases) {
      result.set(alias, k);
      if (hasOwn(params, alias)) {
        if (sinks && hasOwn(params, k)) sinks.warnings.push([k, alias]);
        setKey(params, k, params[alias]);
      }
    }
  }
  return result;
}

/** Values of a no_log option as remove_values sees them (_return_datastructure_name). */
function collectNoLogStrings(value: unknown, out: Set<string>): void {
  if (typeof value === "string") {
    if (value) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectNoLogStrings(v, out);
  } else if (isDict(value)) {
    for (const k of Object.keys(value)) collectNoLogStrings(value[k], out);
  } else if (typeof value !== "boolean" && pyNumeric(value) !== undefined) {
    out.add(pyStr(value));
  }
}

/**
 * `parameters._list_no_log_values`, nested options included.
 *
 * @param spec The (sub) spec.
 * @param params The parameters.
 * @param out Where the values go (as strings).
 * @throws {PyError} Where Python raises (then `out` gains nothing from
 * that option on).
 *
 * @example
 * ```ts
 * import { listNoLogValues } from "./_validation_parameters.ts";
 * const out = new Set<string>();
 * listNoLogValues({ token: { no_log: true } }, { token: ["a", 1] }, out);
 * console.assert([...out].join() === "a,1");
 * ```
 */
export function listNoLogValues(
  spec: ArgumentSpec,
  params: Dict,
  out: Set<string>,
): void {
  for (const name of specKeys(spec)) {
    const entry = spec[name];
    if (pyTruthy(entry.no_log)) {
      const value = getKey(params, name);
      if (pyTruthy(value)) collectNoLogStrings(value, out);
    }
    const subSpec = entry.options;
    if (subSpec == null) continue;
    const wanted = entry.type;
    let subParams = getKey(params, name);
    if (subParams == null) continue;
    if (
      !(wanted === "dict" || (wanted === "list" && entry.elements === "dict"))
    ) {
      continue;
    }
    if (!Array.isArray(subParams)) subParams = [subParams];
    for (let sub of subParams as unknown[]) {
      if (typeof sub === "string") sub = checkTypeDict(sub);
      if (!isDict(sub)) {
        throw new PyError(
          `Value '${
            pyStr(sub)
          }' in the sub parameter field '${name}' must by a ${
            String(wanted)
          }, not '${pyTypeName(sub)}'`,
        );
      }
      listNoLogValues(subSpec, sub, out);
    }
  }
}

/**
 * `parameters._list_deprecations`: the options given that a spec marks
 * `removed_in_version` or `removed_at_date`, nested ones included.
 *
 * @param spec The (sub) spec.
 * @param params The parameters.
 * @param opts `out`, where deprecations go; `prefix`, the option path.
 *
 * @example
 * ```ts
 * import { listDeprecations } from "./_validation_parameters.ts";
 * import type { DeprecationEntry } from "./_validation_state.ts";
 * const out: DeprecationEntry[] = [];
 * listDeprecations({ a: { removed_in_version: "2.0" } }, { a: 1 }, { out, prefix: "" });
 * console.assert(out[0].version === "2.0");
 * ```
 */
export function listDeprecations(
  spec: ArgumentSpec,
  params: Dict,
  opts: { out: DeprecationEntry[]; prefix: string },
): void {
  const { out, prefix } = opts;
  for (const name of specKeys(spec)) {
    if (!hasOwn(params, name)) continue;
    const entry = spec[name];
    const subPrefix = prefix ? `${prefix}["${name}"]` : name;
    const msg =
      `Param '${subPrefix}' is deprecated. See the module docs for more information`;
    if (entry.removed_at_date != null) {
      out.push({
        msg,
        date: entry.removed_at_date,
        collection_name: entry.removed_from_collection,
      });
    } else if (entry.removed_in_version != null) {
      out.push({
        msg,
        version: entry.removed_in_version,
        collection_name: entry.removed_from_collection,
      });
    }
    if (entry.options != null) {
      const value = params[name];
      const subs = isDict(value) ? [value] : Array.isArray(value) ? value : [];
      for (const sub of subs) {
        if (isDict(sub)) {
          listDeprecations(entry.options, sub, { out, prefix: subPrefix });
        }
      }
    }
  }
}

/**
 * `parameters._get_unsupported_parameters`, recording the names (dotted,
 * by context) and what their context supports into the run's state.
 *
 * @param spec The (sub) spec.
 * @param params The parameters.
 * @param scope The run's state, the legal names and the context.
 * @throws {PyError} Where Python's `_handle_aliases` raises.
 *
 * @example
 * ```ts
 * import { recordUnsupported } from "./_validation_parameters.ts";
 * import type { State } from "./_validation_state.ts";
 * const state = { unsupported: new Map(), supported: new Map() } as unknown as State;
 * recordUnsupported({ a: {} }, { b: 1 }, { state, legal: new Set(["a"]), context: ["x"] });
 * console.assert([...state.unsupported.values()].join() === "x.b");
 * ```
 */
export function recordUnsupported(
  spec: ArgumentSpec,
  params: Dict,
  scope: { state: State; legal: Set<string>; context: readonly string[] },
): void {
  const { state, legal, context } = scope;
  const found: [string, string][] = [];
  let supported: SupportedInfo | undefined;
  for (const k of Object.keys(params)) {
    if (legal.has(k)) continue;
    if (supported === undefined) {
      // Python re-runs _handle_aliases here; an exception aborts the whole call.
      const aliases = handleAliases(spec, params);
      const names: string[] = [];
      for (const option of legal) if (!aliases.has(option)) names.push(option);
      supported = { params: names.sort(), aliases: [...aliases.keys()].sort() };
    }
    const path = context.length ? [...context, k] : [k];
    found.push([path.join("\0"), path.join(".")]);
  }
  for (const [key, name] of found) {
    state.unsupported.set(key, name);
    state.supported.set(key, supported!);
  }
}

/**
 * The names a (sub) spec accepts: its options and their aliases.
 *
 * @param spec The (sub) spec.
 * @param aliases What {@linkcode handleAliases} returned.
 * @returns The legal names.
 *
 * @example
 * ```ts
 * import { legalInputs } from "./_validation_parameters.ts";
 * console.assert(legalInputs({ a: {} }, new Map([["b", "a"]])).has("b"));
 * ```
 */
export function legalInputs(
  spec: ArgumentSpec,
  aliases: Map<string, string>,
): Set<string> {
  const legal = new Set(aliases.keys());
  for (const k of specKeys(spec)) legal.add(k);
  return legal;
}

/**
 * `parameters._set_defaults`: fills unset options with a copy of their
 * default; with `setDefault` false only non-None defaults apply (Python's
 * first pass). No_log defaults go into the run's no_log values.
 *
 * @param spec The (sub) spec.
 * @param params The parameters, filled in place.
 * @param opts The run's `state`, and `setDefault`.
 *
 * @example
 * ```ts
 * import { setDefaults } from "./_validation_parameters.ts";
 * import type { State } from "./_validation_state.ts";
 * const state = { noLog: new Set() } as unknown as State;
 * const params: Record<string, unknown> = {};
 * setDefaults({ a: { default: 1 }, b: {} }, params, { state, setDefault: true });
 * console.assert(params.a === 1 && params.b === null);
 * ```
 */
export function setDefaults(
  spec: ArgumentSpec,
  params: Dict,
  opts: { state: State; setDefault: boolean },
): void {
  for (const name of specKeys(spec)) {
    if (hasOwn(params, name)) continue;
    const entry = spec[name];
    const dflt = entry.default ?? null;
    if (dflt === null && !opts.setDefault) continue;
    if (pyTruthy(entry.no_log) && pyTruthy(dflt)) {
      collectDefaultNoLog(dflt, opts.state.noLog);
    }
    // Copy so that nested validation never mutates the spec's default.
    setKey(params, name, cloneValue(dflt));
  }
}

function collectDefaultNoLog(value: unknown, out: Set<string>): void {
  if (typeof value === "object" && value !== null) {
    collectNoLogStrings(value, out);
  } else out.add(pyStr(value));
}
