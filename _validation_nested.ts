/**
 * Nested options (`options` of a `dict`, or of a `list` of `dict`
 * elements): ansible-core's `parameters._validate_sub_spec`, which runs
 * the top level's passes again on each sub dict, with its own rules
 * (`mutually_exclusive`, `required_if`, ... inside the entry), prefixes in
 * warnings and " found in" paths in errors, then recurses.
 *
 * @example
 * ```ts
 * import { validateSubSpec } from "./_validation_nested.ts";
 * import type { State } from "./_validation_state.ts";
 *
 * const state: State = {
 *   errors: [],
 *   noLog: new Set(),
 *   warnings: [],
 *   unsupported: new Map(),
 *   supported: new Map(),
 *   subAliasDeprecations: [],
 *   conversion: "ignore",
 * };
 * const params = { db: { port: "5432" } };
 * validateSubSpec(
 *   { db: { type: "dict", options: { port: { type: "int" }, host: { default: "localhost" } } } },
 *   params,
 *   { state, prefix: "", context: [] },
 * );
 * console.assert(JSON.stringify(params.db) === '{"port":5432,"host":"localhost"}');
 * ```
 *
 * @module
 */

import {
  additionalChecks,
  checkMutuallyExclusive,
  checkRequiredArguments,
} from "./_validation_checks.ts";
import {
  handleAliases,
  legalInputs,
  listNoLogValues,
  recordUnsupported,
  setDefaults,
  setFallbacks,
  specKeys,
} from "./_validation_parameters.ts";
import {
  validateArgumentTypes,
  validateArgumentValues,
} from "./_validation_values.ts";
import {
  type Dict,
  errorMessage,
  getKey,
  isDict,
  pyTruthy,
  setKey,
} from "./_py_value.ts";
import type { AliasDeprecation, Scope } from "./_validation_state.ts";
import type { ArgumentSpec } from "./_validation_types.ts";

function pushAliasDeprecations(
  found: readonly AliasDeprecation[],
  prefix: string,
  out: AliasDeprecation[],
): void {
  for (const d of found) {
    out.push({
      name: prefix + d.name,
      version: d.version,
      date: d.date,
      collection_name: d.collection_name,
    });
  }
}

/**
 * `parameters._validate_sub_spec`, recursively: validates the nested
 * options of every option of this spec that has them, in place; errors,
 * warnings, no_log values and alias deprecations go to the run's state.
 *
 * @param spec The (sub) spec whose options may nest.
 * @param params Its parameters, changed in place.
 * @param scope Where they are (`context` is pushed and popped).
 *
 * @example
 * ```ts
 * import { validateSubSpec } from "./_validation_nested.ts";
 * import type { State } from "./_validation_state.ts";
 * const state = { errors: [] } as unknown as State;
 * validateSubSpec({ db: { type: "dict", options: {} } }, { db: "x" }, { state, prefix: "", context: [] });
 * console.assert(state.errors[0].msg === "value of 'db' must be of type dict or list of dicts");
 * ```
 */
export function validateSubSpec(
  spec: ArgumentSpec,
  params: Dict,
  scope: Scope,
): void {
  const { state, context } = scope;
  for (const param of specKeys(spec)) {
    const entry = spec[param];
    const wanted = entry.type;
    if (
      !(wanted === "dict" || (wanted === "list" && entry.elements === "dict"))
    ) {
      continue;
    }
    const subSpec = entry.options;
    if (pyTruthy(entry.apply_defaults)) {
      if (subSpec == null) continue;
      if (getKey(params, param) == null) setKey(params, param, {});
    } else if (subSpec == null || getKey(params, param) == null) continue;

    context.push(param);
    const value = params[param];
    const elements = Array.isArray(value) ? value : [value];
    for (let idx = 0; idx < elements.length; idx++) {
      const sub = elements[idx];
      if (!isDict(sub)) {
        // Python crashes on most non-dict values here (set_fallbacks runs
        // first); report what it reports for the values it survives.
        state.errors.push({
          msg: `value of '${param}' must be of type dict or list of dicts`,
        });
        continue;
      }
      setFallbacks(subSpec, sub, state.noLog);
      const prefix = scope.prefix + param +
        (wanted === "list" ? `[${idx}].` : ".");
      const sinks = {
        warnings: [] as [string, string][],
        deprecations: [] as AliasDeprecation[],
      };
      let aliases: Map<string, string>;
      try {
        aliases = handleAliases(subSpec, sub, sinks);
      } catch (e) {
        aliases = new Map();
        state.errors.push({ msg: errorMessage(e) });
      }
      for (const [option, alias] of sinks.warnings) {
        state.warnings.push(
          `Both option ${prefix}${option} and its alias ${prefix}${alias} are set.`,
        );
      }
      pushAliasDeprecations(
        sinks.deprecations,
        prefix,
        state.subAliasDeprecations,
      );
      try {
        const found = new Set<string>();
        listNoLogValues(subSpec, sub, found);
        for (const v of found) state.noLog.add(v);
      } catch (e) {
        state.errors.push({ msg: errorMessage(e) });
      }
      try {
        recordUnsupported(subSpec, sub, {
          state,
          legal: legalInputs(subSpec, aliases),
          context,
        });
      } catch (e) {
        // Python lets this escape (a module crash); report it instead.
        state.errors.push({ msg: errorMessage(e) });
      }
      const subScope: Scope = { state, prefix, context };
      const me = checkMutuallyExclusive(entry.mutually_exclusive, sub, context);
      if (me !== undefined) state.errors.push({ msg: me });
      setDefaults(subSpec, sub, { state, setDefault: false });
      const req = checkRequiredArguments(subSpec, sub, context);
      if (req !== undefined) state.errors.push({ msg: req });
      validateArgumentTypes(subSpec, sub, subScope);
      validateArgumentValues(subSpec, sub, subScope);
      additionalChecks(
        {
          requiredTogether: entry.required_together,
          requiredOneOf: entry.required_one_of,
          requiredIf: entry.required_if,
          requiredBy: entry.required_by,
        },
        sub,
        subScope,
      );
      setDefaults(subSpec, sub, { state, setDefault: true });
      validateSubSpec(subSpec, sub, subScope);
    }
    context.pop();
  }
}
