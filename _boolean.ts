/**
 * ansible-core's `convert_bool.boolean()` (strict), with its error for a
 * value that is not a boolean: `module.boolean()` and the `bool` type of
 * validation both convert with it.
 *
 * @example
 * ```ts
 * import { toBoolean } from "./_boolean.ts";
 *
 * console.assert(toBoolean("Off") === false);
 * ```
 *
 * @module
 */

import { IntegralFloat } from "./_json.ts";
import { isDict, pyStr, pyStrip, pyTypeName } from "./_py_value.ts";

const BOOLEANS_TRUE = new Set<unknown>(["y", "yes", "on", "1", "true", "t"]);
const BOOLEANS_FALSE = new Set<unknown>(["n", "no", "off", "0", "false", "f"]);
// Python prints the BOOLEANS frozenset in hash order; this is the order with
// PYTHONHASHSEED=0 (the order varies between Python processes otherwise).
const BOOLEANS_LIST =
  "0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'";

/**
 * Whether `value` is in Python's `BOOLEANS_TRUE` (as it is, not normalized).
 *
 * @param value A JSON value.
 * @returns True for `true`, `1`, `1.0` and the strings `y`, `yes`, `on`,
 * `1`, `true`, `t`.
 *
 * @example
 * ```ts
 * import { isBooleanTrue } from "./_boolean.ts";
 * console.assert(isBooleanTrue("yes") && !isBooleanTrue("Yes"));
 * ```
 */
export function isBooleanTrue(value: unknown): boolean {
  // 1.0 is in Python's set as 1 is (they hash alike).
  const v = value instanceof IntegralFloat ? value.valueOf() : value;
  return v === true || v === 1 || BOOLEANS_TRUE.has(v);
}

/**
 * Whether `value` is in Python's `BOOLEANS_FALSE` (as it is, not normalized).
 *
 * @param value A JSON value.
 * @returns True for `false`, `0`, `0.0` and the strings `n`, `no`, `off`,
 * `0`, `false`, `f`.
 *
 * @example
 * ```ts
 * import { isBooleanFalse } from "./_boolean.ts";
 * console.assert(isBooleanFalse(0) && !isBooleanFalse(""));
 * ```
 */
export function isBooleanFalse(value: unknown): boolean {
  const v = value instanceof IntegralFloat ? value.valueOf() : value;
  return v === false || v === 0 || BOOLEANS_FALSE.has(v);
}

/**
 * Converts `value` as `ansible.module_utils.parsing.convert_bool.boolean`
 * does: booleans as they are, `1`/`0`, and the strings `yes`, `on`,
 * `true`, `y`, `t`, `1` (or their negatives), in any case and with
 * surrounding spaces.
 *
 * @param value The value to convert.
 * @returns The boolean.
 * @throws {TypeError} With Python's message, for anything else.
 *
 * @example
 * ```ts
 * import { toBoolean } from "./_boolean.ts";
 * console.assert(toBoolean(" Yes ") === true && toBoolean(0) === false);
 * ```
 */
export function toBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value) || isDict(value)) {
    // Python looks the value up in a set: lists and dicts cannot be.
    throw new TypeError(`unhashable type: '${pyTypeName(value)}'`);
  }
  const normalized = typeof value === "string"
    ? pyStrip(value.toLowerCase())
    : value;
  if (isBooleanTrue(normalized)) return true;
  if (isBooleanFalse(normalized)) return false;
  throw new TypeError(
    `The value '${
      pyStr(value)
    }' is not a valid boolean.  Valid booleans include: ${BOOLEANS_LIST}`,
  );
}
