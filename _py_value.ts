/**
 * Python value semantics over JSON values, where they leak into
 * validation's results or messages: `type()` names, `repr()`/`str()`,
 * truthiness, `==`, iteration, `str.strip()`, `json.dumps()`, and the
 * exception that stands for the one a Python check would raise. Numbers
 * follow `parseJson`'s representation (`bigint` and `IntegralFloat` are
 * Python ints and floats).
 *
 * @example
 * ```ts
 * import { pyEq, pyRepr } from "./_py_value.ts";
 *
 * console.assert(pyRepr(["a", true, null]) === "['a', True, None]");
 * console.assert(pyEq(true, 1));
 * ```
 *
 * @module
 */

import { IntegralFloat, isPyInt, pyNumberText } from "./_json.ts";

const hasOwn = Object.hasOwn;

/**
 * A JSON object as Python's dict.
 *
 * @example
 * ```ts
 * import type { Dict } from "./_py_value.ts";
 * const params: Dict = { name: "web" };
 * ```
 */
export type Dict = Record<string, unknown>;

/**
 * Stands for the TypeError/ValueError a Python check would raise; its
 * message is Python's.
 *
 * @example
 * ```ts
 * import { PyError } from "./_py_value.ts";
 * const e = new PyError("unhashable type: 'list'");
 * console.assert(e.name === "PyError");
 * ```
 */
export class PyError extends Error {
  override name = "PyError";
}

/**
 * Sets `obj[key]`, keeping a JSON `"__proto__"` key as data.
 *
 * @param obj The object to write.
 * @param key The key, any string.
 * @param value The value.
 *
 * @example
 * ```ts
 * import { setKey } from "./_py_value.ts";
 * const o = {};
 * setKey(o, "__proto__", 1);
 * console.assert(Object.hasOwn(o, "__proto__"));
 * ```
 */
export function setKey(obj: Dict, key: string, value: unknown): void {
  // A JSON "__proto__" key must stay data, never become the prototype.
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    obj[key] = value;
  }
}

/**
 * `obj[key]` when `obj` has it as its own key, else undefined.
 *
 * @param obj The object to read.
 * @param key The key.
 * @returns The value, or undefined.
 *
 * @example
 * ```ts
 * import { getKey } from "./_py_value.ts";
 * console.assert(getKey({}, "toString") === undefined);
 * ```
 */
export function getKey(obj: Dict, key: string): unknown {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

/**
 * Whether a JSON value is a Python dict (an object, not a list or float).
 *
 * @param value The value.
 * @returns True for a plain JSON object.
 *
 * @example
 * ```ts
 * import { isDict } from "./_py_value.ts";
 * console.assert(isDict({}) && !isDict([]) && !isDict(null));
 * ```
 */
export function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null &&
    !Array.isArray(value) && !(value instanceof IntegralFloat);
}

/**
 * Python's deepcopy of the args, as a JSON value (undefined members
 * dropped, undefined items null).
 *
 * @param value A JSON value.
 * @returns Its deep copy.
 *
 * @example
 * ```ts
 * import { cloneValue } from "./_py_value.ts";
 * const a = { x: [1] };
 * console.assert(cloneValue(a) !== a);
 * ```
 */
export function cloneValue(value: unknown): unknown {
  if (
    typeof value !== "object" || value === null ||
    value instanceof IntegralFloat
  ) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      out[i] = v === undefined ? null : cloneValue(v);
    }
    return out;
  }
  const out: Dict = {};
  for (const key of Object.keys(value)) {
    const v = (value as Dict)[key];
    if (v !== undefined) setKey(out, key, cloneValue(v));
  }
  return out;
}

/**
 * The name of `type(value)` in Python.
 *
 * @param value A JSON value.
 * @returns `str`, `int`, `float`, `bool`, `NoneType`, `list` or `dict`.
 *
 * @example
 * ```ts
 * import { pyTypeName } from "./_py_value.ts";
 * console.assert(pyTypeName(1.5) === "float" && pyTypeName(null) === "NoneType");
 * ```
 */
export function pyTypeName(value: unknown): string {
  switch (typeof value) {
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "number":
      return isPyInt(value) ? "int" : "float";
    case "bigint":
      return "int";
    case "undefined":
      return "NoneType";
    case "function":
      return "function";
    default:
      if (value === null) return "NoneType";
      if (value instanceof IntegralFloat) return "float";
      return Array.isArray(value) ? "list" : "dict";
  }
}

/**
 * `str(type(value))` in Python.
 *
 * @param value A JSON value.
 * @returns As `<class 'int'>`.
 *
 * @example
 * ```ts
 * import { pyClass } from "./_py_value.ts";
 * console.assert(pyClass("x") === "<class 'str'>");
 * ```
 */
export function pyClass(value: unknown): string {
  return `<class '${pyTypeName(value)}'>`;
}

// Characters Python's str.isprintable() rejects beyond ASCII/Latin-1 controls.
const NON_PRINTABLE = /[\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;

function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (
      code < 0x20 || code === 0x7f || (code > 0x7f && NON_PRINTABLE.test(ch))
    ) {
      out += code <= 0xff
        ? "\\x" + code.toString(16).padStart(2, "0")
        : code > 0xffff
        ? "\\U" + code.toString(16).padStart(8, "0")
        : "\\u" + code.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + quote;
}

/**
 * Python `repr()` of a JSON value.
 *
 * @param value A JSON value.
 * @returns Its repr.
 *
 * @example
 * ```ts
 * import { pyRepr } from "./_py_value.ts";
 * console.assert(pyRepr({ a: "it's" }) === `{'a': "it's"}`);
 * ```
 */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") return pyStrRepr(value);
  const number = pyNumberText(value);
  if (number !== undefined) return number;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (value === null || value === undefined) return "None";
  if (typeof value === "function") return `<function ${value.name}>`;
  if (Array.isArray(value)) return "[" + value.map(pyRepr).join(", ") + "]";
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    parts.push(`${pyStrRepr(key)}: ${pyRepr((value as Dict)[key])}`);
  }
  return "{" + parts.join(", ") + "}";
}

/**
 * Python `str()` of a JSON value.
 *
 * @param value A JSON value.
 * @returns The string itself, else its repr.
 *
 * @example
 * ```ts
 * import { pyStr } from "./_py_value.ts";
 * console.assert(pyStr("a") === "a" && pyStr(false) === "False");
 * ```
 */
export function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

/**
 * Python truthiness.
 *
 * @param value A JSON value.
 * @returns What `bool(value)` gives.
 *
 * @example
 * ```ts
 * import { pyTruthy } from "./_py_value.ts";
 * console.assert(!pyTruthy([]) && !pyTruthy({}) && pyTruthy("0"));
 * ```
 */
export function pyTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof IntegralFloat) return value.valueOf() !== 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/**
 * A number, bool, int or float as a JS number or bigint.
 *
 * @param value A JSON value.
 * @returns The number, or undefined for anything else.
 *
 * @example
 * ```ts
 * import { pyNumeric } from "./_py_value.ts";
 * console.assert(pyNumeric(true) === 1 && pyNumeric("1") === undefined);
 * ```
 */
export function pyNumeric(value: unknown): number | bigint | undefined {
  switch (typeof value) {
    case "number":
    case "bigint":
      return value;
    case "boolean":
      return value ? 1 : 0;
    default:
      return value instanceof IntegralFloat ? value.valueOf() : undefined;
  }
}

/**
 * Python `==` between JSON values (True == 1 == 1.0, ints exact).
 *
 * @param a A JSON value.
 * @param b Another.
 * @returns Whether Python finds them equal.
 *
 * @example
 * ```ts
 * import { pyEq } from "./_py_value.ts";
 * console.assert(pyEq([1, { a: true }], [1, { a: 1 }]) && !pyEq("1", 1));
 * ```
 */
export function pyEq(a: unknown, b: unknown): boolean {
  const na = pyNumeric(a);
  if (na !== undefined) {
    const nb = pyNumeric(b);
    // Loose equality compares a bigint and a double exactly, as Python does.
    return nb !== undefined && na == nb;
  }
  if (pyNumeric(b) !== undefined) return false;
  if (a === null || a === undefined) return b === null || b === undefined;
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== tb) return false;
  if (ta !== "object") return a === b;
  if (b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a as Dict);
  if (ka.length !== Object.keys(b as Dict).length) return false;
  for (const k of ka) {
    if (!hasOwn(b as Dict, k) || !pyEq((a as Dict)[k], (b as Dict)[k])) {
      return false;
    }
  }
  return true;
}

/**
 * Python `value in list`.
 *
 * @param value A JSON value.
 * @param list The list to look in.
 * @returns Whether an item is `==` to it.
 *
 * @example
 * ```ts
 * import { pyIn } from "./_py_value.ts";
 * console.assert(pyIn(1, [true]));
 * ```
 */
export function pyIn(value: unknown, list: readonly unknown[]): boolean {
  for (const item of list) if (pyEq(value, item)) return true;
  return false;
}

/**
 * Python `for x in value` over a JSON value.
 *
 * @param value A JSON value.
 * @returns The items (characters of a string, keys of a dict).
 * @throws {PyError} Python's TypeError for what is not iterable.
 *
 * @example
 * ```ts
 * import { pyIter } from "./_py_value.ts";
 * console.assert(pyIter("ab").join() === "a,b");
 * ```
 */
export function pyIter(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return Array.from(value);
  if (isDict(value)) return Object.keys(value);
  throw new PyError(`'${pyTypeName(value)}' object is not iterable`);
}

/**
 * Whether a UTF-16 code unit is whitespace to Python's `str.strip()`.
 *
 * @param code A character code.
 * @returns True for Python's whitespace.
 *
 * @example
 * ```ts
 * import { isPySpace } from "./_py_value.ts";
 * console.assert(isPySpace(0x1c) && !isPySpace(0xfeff));
 * ```
 */
export function isPySpace(code: number): boolean {
  return (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x20) ||
    code === 0x85 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * Python `str.strip()` (its whitespace set differs from String#trim).
 *
 * @param s The string.
 * @returns It without Python's leading and trailing whitespace.
 *
 * @example
 * ```ts
 * import { pyStrip } from "./_py_value.ts";
 * console.assert(pyStrip("\x1c a \u3000") === "a");
 * ```
 */
export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  while (end > start && isPySpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * Python `json.dumps()` with its default separators and ensure_ascii.
 *
 * @param value A JSON value.
 * @returns Python's JSON text.
 * @throws {PyError} For what JSON cannot hold.
 *
 * @example
 * ```ts
 * import { pyJsonDumps } from "./_py_value.ts";
 * console.assert(pyJsonDumps({ a: [1, "é"] }) === '{"a": [1, "\\u00e9"]}');
 * ```
 */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  }
  const number = pyNumberText(value);
  if (number !== undefined) return number;
  if (typeof value === "string") {
    let out = '"';
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 34) out += '\\"';
      else if (c === 92) out += "\\\\";
      else if (c === 10) out += "\\n";
      else if (c === 13) out += "\\r";
      else if (c === 9) out += "\\t";
      else if (c === 8) out += "\\b";
      else if (c === 12) out += "\\f";
      else if (c < 0x20 || c > 0x7e) {
        out += "\\u" + c.toString(16).padStart(4, "0");
      } else out += value[i];
    }
    return out + '"';
  }
  if (Array.isArray(value)) {
    return "[" + value.map(pyJsonDumps).join(", ") + "]";
  }
  if (typeof value === "object") {
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      parts.push(`${pyJsonDumps(key)}: ${pyJsonDumps((value as Dict)[key])}`);
    }
    return "{" + parts.join(", ") + "}";
  }
  throw new PyError(
    `Object of type ${pyTypeName(value)} is not JSON serializable`,
  );
}

/**
 * The message of whatever was thrown.
 *
 * @param e What was thrown.
 * @returns Its message, or its string form.
 *
 * @example
 * ```ts
 * import { errorMessage } from "./_py_value.ts";
 * console.assert(errorMessage(new Error("x")) === "x");
 * ```
 */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
