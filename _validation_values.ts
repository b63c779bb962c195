/**
 * The value passes of ansible-core's `parameters.py`: each given option
 * converted to its `type` (and its list items to `elements`), then checked
 * against its `choices`, with Python's messages.
 *
 * @example
 * ```ts
 * import { validateArgumentTypes } from "./_validation_values.ts";
 * import type { State } from "./_validation_state.ts";
 *
 * const state = { errors: [], conversion: "ignore" } as unknown as State;
 * const params: Record<string, unknown> = { n: "0x1" };
 * validateArgumentTypes({ n: { type: "int" } }, params, { state, prefix: "", context: [] });
 * console.assert(state.errors[0].msg.startsWith("argument 'n' is of type <class 'str'>"));
 * ```
 *
 * @module
 */

import { isBooleanFalse, isBooleanTrue } from "./_boolean.ts";
import { getTypeValidator } from "./_validation_checkers.ts";
import { foundIn, withContext } from "./_validation_checks.ts";
import { specKeys } from "./_validation_parameters.ts";
import {
  type Dict,
  errorMessage,
  pyClass,
  pyIn,
  pyIter,
  pyNumeric,
  pyStr,
  setKey,
} from "./_py_value.ts";
import type { Scope, TypeSpec } from "./_validation_state.ts";
import type { ArgumentSpec } from "./_validation_types.ts";

const hasOwn = Object.hasOwn;

function validateElements(
  wanted: TypeSpec,
  param: string,
  scope: Scope & { values: unknown },
): unknown[] {
  const [checker, name] = getTypeValidator(wanted);
  const out: unknown[] = [];
  const strParam = name === "str" && typeof wanted === "string"
    ? param
    : undefined;
  // Element conversion warnings carry no prefix in Python.
  const elementScope: Scope = { ...scope, prefix: "" };
  for (const value of pyIter(scope.values)) {
    try {
      out.push(checker(value, strParam, elementScope));
    } catch (e) {
      let msg = `Elements value for option '${param}'`;
      if (scope.context.length) msg += ` found in '${foundIn(scope.context)}'`;
      msg += ` is of type ${
        pyClass(value)
      } and we were unable to convert to ${name}: ${errorMessage(e)}`;
      scope.state.errors.push({ msg });
    }
  }
  return out;
}

/**
 * `parameters._validate_argument_types`: converts each given option (not
 * null) to its `type`, and its items to `elements`, in place; errors go to
 * the run's state.
 *
 * @param spec The (sub) spec.
 * @param params The parameters, converted in place.
 * @param scope Where they are.
 *
 * @example
 * ```ts
 * import { validateArgumentTypes } from "./_validation_values.ts";
 * import type { State } from "./_validation_state.ts";
 * const state = { errors: [], conversion: "ignore" } as unknown as State;
 * const params: Record<string, unknown> = { n: ["1", "2"] };
 * validateArgumentTypes({ n: { type: "list", elements: "int" } }, params, { state, prefix: "", context: [] });
 * console.assert(JSON.stringify(params.n) === "[1,2]");
 * ```
 */
export function validateArgumentTypes(
  spec: ArgumentSpec,
  params: Dict,
  scope: Scope,
): void {
  const { state, context } = scope;
  for (const param of specKeys(spec)) {
    if (!hasOwn(params, param)) continue;
    const value = params[param];
    if (value === null) continue;
    const entry = spec[param];
    const wanted = entry.type;
    const [checker, wantedName] = getTypeValidator(wanted);
    try {
      const strParam = wantedName === "str" && typeof wanted !== "function"
        ? param
        : undefined;
      const converted = checker(value, strParam, scope);
      setKey(params, param, converted);
      const elementsWanted = entry.elements;
      if (elementsWanted) {
        if (wanted !== "list" || !Array.isArray(converted)) {
          let msg = `Invalid type ${wantedName} for option '${
            pyStr(converted)
          }'`;
          if (context.length) msg += ` found in '${foundIn(context)}'.`;
          msg += ", elements value check is supported only with 'list' type";
          state.errors.push({ msg });
        }
        setKey(
          params,
          param,
          validateElements(elementsWanted, param, {
            ...scope,
            values: converted,
          }),
        );
      }
    } catch (e) {
      let msg = `argument '${param}' is of type ${pyClass(value)}`;
      if (context.length) msg += ` found in '${foundIn(context)}'.`;
      msg += ` and we were unable to convert to ${wantedName}: ${
        errorMessage(e)
      }`;
      state.errors.push({ msg });
    }
  }
}

/** The bools BOOLEANS_FALSE/TRUE intersect with choices, deduplicated like a set. */
function booleanOverlap(
  choices: readonly unknown[],
  isMember: (v: unknown) => boolean,
): unknown[] {
  const out: unknown[] = [];
  for (const choice of choices) {
    if (
      (typeof choice === "string" || pyNumeric(choice) !== undefined) &&
      isMember(choice) && !pyIn(choice, out)
    ) {
      out.push(choice);
    }
  }
  return out;
}

/**
 * `parameters._validate_argument_values`: checks given options against
 * their `choices` (mapping a `True`/`False` string back to the one
 * boolean-like choice, as Python does); errors go to the run's state.
 *
 * @param spec The (sub) spec.
 * @param params The parameters.
 * @param scope Where they are.
 *
 * @example
 * ```ts
 * import { validateArgumentValues } from "./_validation_values.ts";
 * import type { State } from "./_validation_state.ts";
 * const state = { errors: [] } as unknown as State;
 * validateArgumentValues({ s: { choices: ["a", "b"] } }, { s: "c" }, { state, prefix: "", context: [] });
 * console.assert(state.errors[0].msg === "value of s must be one of: a, b, got: c");
 * ```
 */
export function validateArgumentValues(
  spec: ArgumentSpec,
  params: Dict,
  scope: Scope,
): void {
  const { state, context } = scope;
  for (const param of specKeys(spec)) {
    const choices = spec[param].choices;
    if (choices == null) continue;
    if (!Array.isArray(choices)) {
      state.errors.push({
        msg: withContext(
          `internal error: choices for argument ${param} are not iterable: ${
            pyStr(choices)
          }`,
          context,
        ),
      });
      continue;
    }
    if (!hasOwn(params, param)) continue;
    const value = params[param];
    if (Array.isArray(value)) {
      const diff = value.filter((item) => !pyIn(item, choices));
      if (diff.length) {
        state.errors.push({
          msg: withContext(
            `value of ${param} must be one or more of: ${
              choices.map(pyStr).join(", ")
            }. Got no match for: ${diff.map(pyStr).join(", ")}`,
            context,
          ),
        });
      }
    } else if (!pyIn(value, choices)) {
      // PyYAML turns some strings into bools; map 'False'/'True' back when
      // exactly one boolean-like choice makes that unambiguous.
      if (value === "False" || value === "True") {
        const overlap = booleanOverlap(
          choices,
          value === "False" ? isBooleanFalse : isBooleanTrue,
        );
        if (overlap.length === 1) setKey(params, param, overlap[0]);
      }
      if (!pyIn(params[param], choices)) {
        state.errors.push({
          msg: withContext(
            `value of ${param} must be one of: ${
              choices.map(pyStr).join(", ")
            }, got: ${pyStr(params[param])}`,
            context,
          ),
        });
      }
    }
  }
}
