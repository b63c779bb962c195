/**
 * `module.boolean()`: ansible-core's `boolean()` conversion (strict), with
 * its error for a value that is not a boolean.
 *
 * @module
 */

const TRUE = new Set(["y", "yes", "on", "1", "true", "t"]);
const FALSE = new Set(["n", "no", "off", "0", "false", "f"]);
// Python prints the BOOLEANS frozenset in hash order, which changes between
// Python processes; this is its order under PYTHONHASHSEED=0 (as
// _validation.ts prints it).
const BOOLEANS_LIST =
  "0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'";
// str.strip()'s whitespace: Python's, not JavaScript's trim().
const PY_SPACE =
  "[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, "g");

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
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === "string") {
    const normalized = value.toLowerCase().replace(STRIP, "");
    if (TRUE.has(normalized)) return true;
    if (FALSE.has(normalized)) return false;
  }
  if (typeof value === "object" && value !== null) {
    // Python looks the value up in a set: lists and dicts cannot be.
    throw new TypeError(
      `unhashable type: '${Array.isArray(value) ? "list" : "dict"}'`,
    );
  }
  throw new TypeError(
    `The value '${
      pyStr(value)
    }' is not a valid boolean.  Valid booleans include: ${BOOLEANS_LIST}`,
  );
}

/** Python's str() of a JSON scalar. */
function pyStr(value: unknown): string {
  if (value === undefined || value === null) return "None";
  if (typeof value !== "number") return String(value);
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  // JSON writes integers below 1e21 in full, and Python reads them as ints.
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const [digits, power] = value.toExponential().split("e");
  const exp = Number(power);
  if (exp < -4 || exp >= 16) {
    return `${digits}e${exp < 0 ? "-" : "+"}${
      String(Math.abs(exp)).padStart(2, "0")
    }`;
  }
  return String(value);
}
