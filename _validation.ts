/**
 * Argument-spec validation with the behaviour and messages of ansible-core
 * 2.14's `AnsibleModule` (`ModuleArgumentSpecValidator`).
 *
 * The order of the passes and the wording of every message follow
 * `module_utils/common/arg_spec.py`, `parameters.py` and `validation.py`,
 * because module authors and playbooks match on those strings. Python
 * semantics (truthiness, `==`, `str()`/`repr()`) are emulated where they leak
 * into results or messages.
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

import { IntegralFloat, isPyInt, parseJson, pyNumberText } from "./_json.ts";

/**
 * One entry of an argument spec; field names are Ansible's own (snake_case),
 * so specs copy over from Python.
 *
 * @example
 * ```ts
 * import type { ArgumentSpecEntry } from "./_validation.ts";
 *
 * const state: ArgumentSpecEntry = {
 *   type: "str",
 *   default: "present",
 *   choices: ["present", "absent"],
 *   aliases: ["ensure"],
 * };
 * ```
 */
export interface ArgumentSpecEntry {
  /**
   * Target type; a function acts like a Python callable type (throw to
   * reject). `sid` (a Windows security identifier) is known to Ansible's
   * PowerShell modules only: here, as in Python's `AnsibleModule`, any value
   * given to it fails validation.
   */
  type?:
    | "str"
    | "int"
    | "float"
    | "bool"
    | "list"
    | "dict"
    | "path"
    | "raw"
    | "jsonarg"
    | "json"
    | "bytes"
    | "bits"
    | "sid"
    | ((value: unknown) => unknown);
  /** The option must be given (an explicit null counts); excludes `default`. */
  required?: boolean;
  /** Value used when the option is not given. */
  default?: unknown;
  /** Allowed values, compared with Python `==` after type conversion. */
  choices?: readonly unknown[];
  /** Other names accepted for the option. */
  aliases?: readonly string[];
  /** Type of each element when `type` is `"list"`. */
  elements?: ArgumentSpecEntry["type"];
  /** Sub-spec for `dict` options or `list` options with `dict` elements. */
  options?: ArgumentSpec;
  /** Collect the value into `noLogValues`. */
  no_log?: boolean;
  /** Validate `options` (filling defaults) even when the option is not given. */
  apply_defaults?: boolean;
  /** Within `options`: groups of which at most one may be given. */
  mutually_exclusive?: readonly (readonly string[])[];
  /** Within `options`: groups given all together or not at all. */
  required_together?: readonly (readonly string[])[];
  /** Within `options`: groups of which at least one must be given. */
  required_one_of?: readonly (readonly string[])[];
  /** Within `options`: conditional requirements. */
  required_if?: readonly RequiredIfRule[];
  /** Within `options`: option name to the options it requires. */
  required_by?: Readonly<Record<string, string | readonly string[]>>;
  /**
   * `["env", ["VAR1", "VAR2"]]` is Python's `(env_fallback, ['VAR1', 'VAR2'])`.
   * A function strategy gets the listed args and returns `undefined` for
   * "not found" (Python raises `AnsibleFallbackNotFound`).
   */
  fallback?: readonly [
    "env" | ((...args: unknown[]) => unknown),
    (readonly unknown[])?,
  ];
  /** Aliases whose use is reported as deprecated. */
  deprecated_aliases?: readonly {
    name: string;
    version?: string | number;
    date?: string;
    collection_name?: string;
  }[];
  /** Report the option as deprecated when it is used. */
  removed_in_version?: string | number;
  /** Like `removed_in_version`, as an ISO date; takes precedence. */
  removed_at_date?: string;
  /** Collection named in the option's deprecation. */
  removed_from_collection?: string;
  /**
   * Documentation only (validation ignores it): what the option is for, in
   * Ansible's markup (`C(value)`, `I(option)`); one string per paragraph.
   */
  description?: string | readonly string[];
  /** Documentation only: the collection version that added the option. */
  version_added?: string | number;
  /** Documentation only: the collection of `version_added`. */
  version_added_collection?: string;
  /** Documentation only: the docs' name for `options` (validation ignores it). */
  suboptions?: Readonly<Record<string, unknown>>;
  /** Documentation only. */
  notes?: string | readonly string[];
  /** Documentation only. */
  seealso?: readonly unknown[];
}

/**
 * An argument spec: option name to its entry.
 *
 * @example
 * ```ts
 * import type { ArgumentSpec } from "./_validation.ts";
 *
 * const spec: ArgumentSpec = {
 *   path: { type: "path", required: true, aliases: ["dest"] },
 *   mode: { type: "raw" },
 * };
 * ```
 */
export type ArgumentSpec = Readonly<Record<string, ArgumentSpecEntry>>;

/**
 * `[key, value, requirements]` or `[key, value, requirements, any]` as in
 * Python's required_if. `Name` narrows the option names (as
 * `AnsibleModule.create()` does from its spec); it defaults to any string.
 *
 * @example
 * ```ts
 * import type { RequiredIfRule } from "./_validation.ts";
 *
 * const rules: RequiredIfRule[] = [
 *   ["state", "present", ["path"]],
 *   ["state", "absent", ["name", "path"], true],
 * ];
 * ```
 */
export type RequiredIfRule<Name extends string = string> =
  | readonly [Name, unknown, readonly Name[]]
  | readonly [Name, unknown, readonly Name[], boolean];

/**
 * `requiredBy`: option name to the options it requires. With a narrowed
 * `Name` every key is optional; with any string it is a plain record.
 *
 * @example
 * ```ts
 * import type { RequiredByRule } from "./_validation.ts";
 *
 * const rule: RequiredByRule<"owner" | "group" | "mode"> = { owner: ["group", "mode"] };
 * ```
 */
export type RequiredByRule<Name extends string = string> = string extends Name
  ? Readonly<Record<string, string | readonly string[]>>
  : { readonly [K in Name]?: Name | readonly Name[] };

/**
 * Top-level cross-option rules (the `AnsibleModule` constructor arguments).
 * `Name` narrows the option names they may mention (`AnsibleModule.create()`
 * takes them from its spec: the options and their aliases); it defaults to
 * any string.
 *
 * @example
 * ```ts
 * import type { ArgumentRules } from "./_validation.ts";
 *
 * const rules: ArgumentRules = {
 *   mutuallyExclusive: [["src", "content"]],
 *   requiredOneOf: [["src", "content"]],
 *   requiredBy: { owner: "group" },
 * };
 * ```
 */
export interface ArgumentRules<Name extends string = string> {
  /** Groups of which at most one may be given. */
  mutuallyExclusive?: readonly (readonly Name[])[];
  /** Groups given all together or not at all. */
  requiredTogether?: readonly (readonly Name[])[];
  /** Groups of which at least one must be given. */
  requiredOneOf?: readonly (readonly Name[])[];
  /** Conditional requirements. */
  requiredIf?: readonly RequiredIfRule<Name>[];
  /** Option name to the options it requires when set (not null). */
  requiredBy?: RequiredByRule<Name>;
}

/**
 * Outcome of {@linkcode validateArguments}.
 *
 * @example
 * ```ts
 * import { validateArguments, type ValidationResult } from "./_validation.ts";
 *
 * const result: ValidationResult = validateArguments({ a: { type: "int" } }, { a: "x" });
 * if (result.error) console.error(result.errors.join("\n"));
 * ```
 */
export interface ValidationResult {
  /** Validated params: every spec key present (null when unset and no default), aliases resolved, types converted. */
  params: Record<string, unknown>;
  /** The failure message exactly as ansible-core's AnsibleModule would put in `msg` (including the "Unsupported parameters for (NAME) module: ..." form), or undefined when valid. */
  error?: string;
  /** Every individual error message, in ansible-core's order. */
  errors: string[];
  /** Warnings AnsibleModule would return, in its order. */
  warnings: string[];
  /** Deprecations AnsibleModule would return, in its order. */
  deprecations: {
    msg: string;
    version?: string | number;
    date?: string;
    collection_name?: string;
  }[];
  /** Values of no_log parameters (as strings), to be scrubbed from output. */
  noLogValues: Set<string>;
}

// ---------------------------------------------------------------------------
// Internal state

type Dict = Record<string, unknown>;
type TypeSpec = ArgumentSpecEntry["type"];
type ConversionAction = "warn" | "error" | "ignore";

interface ErrorEntry {
  msg: string;
  /** Only an UnsupportedError in first place gets the "Unsupported parameters for" prefix. */
  unsupported?: boolean;
}

interface AliasDeprecation {
  name: string;
  version?: unknown;
  date?: string | null;
  collection_name?: string | null;
}

interface DeprecationEntry {
  msg: string;
  version?: unknown;
  date?: unknown;
  collection_name?: unknown;
}

interface SupportedInfo {
  params: string[];
  aliases: string[];
}

interface State {
  errors: ErrorEntry[];
  noLog: Set<string>;
  /** Warnings Python emits immediately (nested alias clashes, string conversions). */
  warnings: string[];
  /** Unsupported names (dotted) keyed by their context path joined with NUL. */
  unsupported: Map<string, string>;
  supported: Map<string, SupportedInfo>;
  subAliasDeprecations: AliasDeprecation[];
  conversion: ConversionAction;
}

/** Where a (sub) spec is being validated: prefix for warnings, context for "found in". */
interface Scope {
  state: State;
  prefix: string;
  context: string[];
}

/** Stands for the TypeError/ValueError a Python check would raise. */
class PyError extends Error {}

type Checker = (
  value: unknown,
  param: string | undefined,
  scope: Scope,
) => unknown;

const hasOwn = Object.hasOwn;

function setKey(obj: Dict, key: string, value: unknown): void {
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

function getKey(obj: Dict, key: string): unknown {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null &&
    !Array.isArray(value) && !(value instanceof IntegralFloat);
}

/** Python's deepcopy of the args, as a JSON value (undefined members dropped). */
function cloneValue(value: unknown): unknown {
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

// ---------------------------------------------------------------------------
// Python value semantics

function pyTypeName(value: unknown): string {
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

function pyClass(value: unknown): string {
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

/** Python `repr()` of a JSON value. */
function pyRepr(value: unknown): string {
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

/** Python `str()` of a JSON value. */
function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

/** Python truthiness. */
function pyTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof IntegralFloat) return value.valueOf() !== 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** A number, bool, int or float as a JS number or bigint; undefined otherwise. */
function pyNumeric(value: unknown): number | bigint | undefined {
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

/** Python `==` between JSON values (True == 1 == 1.0, ints exact). */
function pyEq(a: unknown, b: unknown): boolean {
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

function pyIn(value: unknown, list: readonly unknown[]): boolean {
  for (const item of list) if (pyEq(value, item)) return true;
  return false;
}

/** Python `for x in value` over a JSON value. */
function pyIter(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return Array.from(value);
  if (isDict(value)) return Object.keys(value);
  throw new PyError(`'${pyTypeName(value)}' object is not iterable`);
}

function isPySpace(code: number): boolean {
  return (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x20) ||
    code === 0x85 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Python `str.strip()` (its whitespace set differs from String#trim). */
function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPySpace(s.charCodeAt(start))) start++;
  while (end > start && isPySpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Scans `digit (_? digit)*` from `i`; returns the end index, or -1 on a bad underscore. */
function scanDigits(s: string, i: number): number {
  if (i >= s.length || !isDigit(s.charCodeAt(i))) return i;
  i++;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) i++;
    else if (c === 95 && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) {
      i += 2;
    } else break;
  }
  return i;
}

const NON_ASCII = /[^ -~\t\n\r]/;
const DECIMAL = /\p{Nd}/u;

/**
 * Any Unicode decimal digit as its ASCII digit, as int() and float() read
 * them ("٣" is 3). Unicode puts every decimal digit in runs of ten from 0.
 */
function asciiDigits(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code > 0x7f && DECIMAL.test(ch)) {
      let start = code;
      while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
      out += String((code - start) % 10);
    } else out += ch;
  }
  return out;
}

/** Python `int(str)`; undefined where Python raises ValueError. */
function parsePyInt(text: string): number | bigint | undefined {
  const s = pyStrip(asciiDigits(text));
  let i = 0;
  if (s[0] === "+" || s[0] === "-") i++;
  const end = scanDigits(s, i);
  if (end === i || end !== s.length) return undefined;
  return exactInt(s.replaceAll("_", ""));
}

/** Decimal digits as an int: a number when exact, else a bigint. */
function exactInt(digits: string): number | bigint {
  const n = Number(digits);
  // Python ints have no negative zero.
  return Number.isSafeInteger(n) ? n || 0 : BigInt(digits);
}

/** Python `float(str)`; undefined where Python raises ValueError. */
function parsePyFloat(text: string): number | undefined {
  const s = pyStrip(asciiDigits(text));
  let i = 0;
  let negative = false;
  if (s[0] === "+" || s[0] === "-") {
    negative = s[0] === "-";
    i++;
  }
  const word = s.slice(i).toLowerCase();
  if (word === "inf" || word === "infinity") {
    return negative ? -Infinity : Infinity;
  }
  if (word === "nan") return NaN;
  let j = scanDigits(s, i);
  let mantissa = j > i;
  if (s[j] === ".") {
    const k = scanDigits(s, j + 1);
    mantissa ||= k > j + 1;
    j = k;
  }
  if (!mantissa) return undefined;
  if (s[j] === "e" || s[j] === "E") {
    let k = j + 1;
    if (s[k] === "+" || s[k] === "-") k++;
    const e = scanDigits(s, k);
    if (e === k) return undefined;
    j = e;
  }
  if (j !== s.length) return undefined;
  return Number(s.replaceAll("_", ""));
}

/** Python's round() to int: ties go to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Python `json.dumps()` with its default separators and ensure_ascii. */
function pyJsonDumps(value: unknown): string {
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

// ---------------------------------------------------------------------------
// Python literal evaluation (ast.literal_eval subset used by safe_eval)

interface Cursor {
  s: string;
  i: number;
}

const LITERAL_ERROR = "malformed node or string";

function skipSpace(cur: Cursor): void {
  const s = cur.s;
  while (cur.i < s.length) {
    const c = s[cur.i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f") {
      cur.i++;
    } else if (c === "\\" && s[cur.i + 1] === "\n") cur.i += 2;
    else if (c === "#") {
      while (cur.i < s.length && s[cur.i] !== "\n") cur.i++;
    } else break;
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\n": "",
};

function parseStringBody(cur: Cursor, raw: boolean): string {
  const s = cur.s;
  const q = s[cur.i];
  const triple = s[cur.i + 1] === q && s[cur.i + 2] === q;
  const delim = triple ? q + q + q : q;
  cur.i += delim.length;
  let out = "";
  while (true) {
    if (cur.i >= s.length) throw new PyError(LITERAL_ERROR);
    if (s.startsWith(delim, cur.i)) {
      cur.i += delim.length;
      return out;
    }
    const c = s[cur.i];
    if (c === "\n" && !triple) throw new PyError(LITERAL_ERROR);
    if (c !== "\\") {
      out += c;
      cur.i++;
      continue;
    }
    const n = s[cur.i + 1];
    if (n === undefined) throw new PyError(LITERAL_ERROR);
    if (raw) {
      out += c + n;
      cur.i += 2;
      continue;
    }
    cur.i += 2;
    if (hasOwn(SIMPLE_ESCAPES, n)) out += SIMPLE_ESCAPES[n];
    else if (n === "x" || n === "u" || n === "U") {
      const len = n === "x" ? 2 : n === "u" ? 4 : 8;
      const hex = s.slice(cur.i, cur.i + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw new PyError(LITERAL_ERROR);
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new PyError(LITERAL_ERROR);
      out += String.fromCodePoint(code);
      cur.i += len;
    } else if (n >= "0" && n <= "7") {
      let oct = n;
      while (oct.length < 3 && s[cur.i] >= "0" && s[cur.i] <= "7") {
        oct += s[cur.i++];
      }
      out += String.fromCodePoint(parseInt(oct, 8));
    } else if (n === "N") throw new PyError(LITERAL_ERROR);
    else out += c + n;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const BASE_DIGITS: Readonly<Record<string, RegExp>> = {
  x: /^[0-9a-f]+$/i,
  o: /^[0-7]+$/,
  b: /^[01]+$/,
};

/** A Python number literal: an int (exact, a bigint when large) or a float. */
function parseNumber(cur: Cursor): number | bigint | IntegralFloat {
  const s = cur.s;
  const start = cur.i;
  if (s[start] === "0" && /[xXoObB]/.test(s[start + 1] ?? "")) {
    const prefix = s[start + 1].toLowerCase();
    let j = start + 2;
    let digits = "";
    while (j < s.length && /[0-9a-zA-Z_]/.test(s[j])) {
      if (s[j] !== "_") digits += s[j];
      j++;
    }
    if (!BASE_DIGITS[prefix].test(digits)) throw new PyError(LITERAL_ERROR);
    cur.i = j;
    const n = BigInt(`0${prefix}${digits}`);
    return n <= MAX_SAFE && n >= -MAX_SAFE ? Number(n) : n;
  }
  let j = scanDigits(s, start);
  let isFloat = false;
  if (s[j] === ".") {
    isFloat = true;
    j = scanDigits(s, j + 1);
  }
  if ((s[j] === "e" || s[j] === "E") && j > start) {
    let k = j + 1;
    if (s[k] === "+" || s[k] === "-") k++;
    const e = scanDigits(s, k);
    if (e > k) {
      isFloat = true;
      j = e;
    }
  }
  const text = s.slice(start, j);
  if (text === "" || text === "." || /[A-Za-z0-9_]/.test(s[j] ?? "")) {
    throw new PyError(LITERAL_ERROR);
  }
  const clean = text.replaceAll("_", "");
  // Python rejects decimal ints with leading zeros ("01"), but allows "00".
  if (!isFloat && clean.length > 1 && clean[0] === "0" && /[1-9]/.test(clean)) {
    throw new PyError(LITERAL_ERROR);
  }
  cur.i = j;
  if (!isFloat) return exactInt(clean);
  const n = Number(clean);
  return Number.isInteger(n) ? new IntegralFloat(n) : n;
}

/** Python's unary minus on a number literal. */
function negate(
  n: number | bigint | IntegralFloat,
): number | bigint | IntegralFloat {
  if (n instanceof IntegralFloat) return new IntegralFloat(-n.valueOf());
  // -0 is 0 for an int; a negated bigint stays beyond the safe range.
  return typeof n === "bigint" ? -n : -n || 0;
}

function dictKey(key: unknown): string {
  if (typeof key === "string") return key;
  const number = pyNumberText(key);
  if (number !== undefined) return number;
  if (typeof key === "boolean") return key ? "true" : "false";
  if (key === null) return "null";
  // Tuples and unhashable keys cannot become JSON object keys.
  throw new PyError(LITERAL_ERROR);
}

function parseSequence(cur: Cursor, close: string): unknown[] {
  const out: unknown[] = [];
  cur.i++;
  skipSpace(cur);
  while (cur.s[cur.i] !== close) {
    out.push(parseLiteral(cur));
    skipSpace(cur);
    if (cur.s[cur.i] === ",") {
      cur.i++;
      skipSpace(cur);
    } else if (cur.s[cur.i] !== close) throw new PyError(LITERAL_ERROR);
  }
  cur.i++;
  return out;
}

function parseLiteral(cur: Cursor): unknown {
  skipSpace(cur);
  const s = cur.s;
  const c = s[cur.i];
  if (c === "+" || c === "-") {
    cur.i++;
    const v = parseLiteral(cur);
    if (
      typeof v !== "number" && typeof v !== "bigint" &&
      !(v instanceof IntegralFloat)
    ) throw new PyError(LITERAL_ERROR);
    return c === "-" ? negate(v) : v;
  }
  if (c === "{") {
    const out: Dict = {};
    cur.i++;
    skipSpace(cur);
    while (s[cur.i] !== "}") {
      const key = dictKey(parseLiteral(cur));
      skipSpace(cur);
      // A "{a, b}" set literal is not a dict; treat it as unparseable.
      if (s[cur.i] !== ":") throw new PyError(LITERAL_ERROR);
      cur.i++;
      setKey(out, key, parseLiteral(cur));
      skipSpace(cur);
      if (s[cur.i] === ",") {
        cur.i++;
        skipSpace(cur);
      } else if (s[cur.i] !== "}") throw new PyError(LITERAL_ERROR);
    }
    cur.i++;
    return out;
  }
  if (c === "[") return parseSequence(cur, "]");
  if (c === "(") {
    const save = cur.i;
    cur.i++;
    skipSpace(cur);
    if (s[cur.i] === ")") {
      cur.i++;
      return [];
    }
    const first = parseLiteral(cur);
    skipSpace(cur);
    if (s[cur.i] === ")") {
      cur.i++;
      return first;
    }
    cur.i = save;
    return parseSequence(cur, ")");
  }
  let j = cur.i;
  while (j < s.length && /[A-Za-z_0-9]/.test(s[j])) j++;
  const word = s.slice(cur.i, j);
  if (s[j] === "'" || s[j] === '"') {
    const prefix = word.toLowerCase();
    if (prefix !== "" && prefix !== "r" && prefix !== "u") {
      throw new PyError(LITERAL_ERROR);
    }
    cur.i = j;
    let out = parseStringBody(cur, prefix === "r");
    // Adjacent string literals concatenate.
    while (true) {
      skipSpace(cur);
      let k = cur.i;
      while (k < s.length && /[rRuU]/.test(s[k]) && k - cur.i < 1) k++;
      if (s[k] !== "'" && s[k] !== '"') break;
      const p = s.slice(cur.i, k).toLowerCase();
      cur.i = k;
      out += parseStringBody(cur, p === "r");
    }
    return out;
  }
  if (word === "True") {
    cur.i = j;
    return true;
  }
  if (word === "False") {
    cur.i = j;
    return false;
  }
  if (word === "None") {
    cur.i = j;
    return null;
  }
  if (
    isDigit(s.charCodeAt(cur.i)) ||
    (c === "." && isDigit(s.charCodeAt(cur.i + 1)))
  ) {
    return parseNumber(cur);
  }
  throw new PyError(LITERAL_ERROR);
}

const UNSAFE_CALL = /[\p{L}\p{N}_]\.[\p{L}\p{N}_]+\(/u;
const UNSAFE_IMPORT = /import [\p{L}\p{N}_]+/u;

/** validation.safe_eval(value, include_exceptions=True) for check_type_dict. */
function safeEvalDict(value: string): unknown {
  // safe_eval hands such strings back unevaluated, without an error.
  if (UNSAFE_CALL.test(value) || UNSAFE_IMPORT.test(value)) return value;
  try {
    const cur: Cursor = { s: value.replace(/^[ \t]+/, ""), i: 0 };
    const result = parseLiteral(cur);
    skipSpace(cur);
    if (cur.i !== cur.s.length) throw new PyError(LITERAL_ERROR);
    return result;
  } catch {
    throw new PyError("unable to evaluate string as dictionary");
  }
}

// ---------------------------------------------------------------------------
// Type checkers (validation.check_type_*)

const BOOLEANS_TRUE = new Set<unknown>(["y", "yes", "on", "1", "true", "t"]);
const BOOLEANS_FALSE = new Set<unknown>(["n", "no", "off", "0", "false", "f"]);
// Python prints the BOOLEANS frozenset in hash order; this is the order with
// PYTHONHASHSEED=0 (the order varies between Python processes otherwise).
const BOOLEANS_LIST =
  "0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'";

function isBooleanTrue(value: unknown): boolean {
  // 1.0 is in Python's set as 1 is (they hash alike).
  const v = value instanceof IntegralFloat ? value.valueOf() : value;
  return v === true || v === 1 || BOOLEANS_TRUE.has(v);
}

function isBooleanFalse(value: unknown): boolean {
  const v = value instanceof IntegralFloat ? value.valueOf() : value;
  return v === false || v === 0 || BOOLEANS_FALSE.has(v);
}

/** convert_bool.boolean(value, strict=True). */
function pyBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value) || isDict(value)) {
    throw new PyError(`unhashable type: '${pyTypeName(value)}'`);
  }
  const normalized = typeof value === "string"
    ? pyStrip(value.toLowerCase())
    : value;
  if (isBooleanTrue(normalized)) return true;
  if (isBooleanFalse(normalized)) return false;
  throw new PyError(
    `The value '${
      pyStr(value)
    }' is not a valid boolean.  Valid booleans include: ${BOOLEANS_LIST}`,
  );
}

const QUOTE_HINT = "quote the entire value to ensure it does not change.";

function checkTypeStr(
  value: unknown,
  param: string | undefined,
  scope: Scope,
): unknown {
  if (typeof value === "string") return value;
  const action = scope.state.conversion;
  if (action === "ignore") return pyStr(value);
  // ansible-core 2.14 always converts silently; "warn"/"error" reproduce the
  // 2.9/2.10 AnsibleModule._check_type_str messages for callers who opt in.
  if (action === "error") {
    throw new PyError("Quote the entire value to ensure it does not change.");
  }
  const converted = pyStr(value);
  let from = pyRepr(value);
  let to = pyRepr(converted);
  if (param !== undefined) {
    const name = scope.prefix + param;
    from = `${name}: ${from}`;
    to = `${name}: ${to}`;
  }
  scope.state.warnings.push(
    `The value "${from}" (type ${
      pyTypeName(value)
    }) was converted to "${to}" (type string). If this does not look like what you expect, ${QUOTE_HINT}`,
  );
  return converted;
}

function checkTypeList(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return value.split(",");
  // bool is an int to Python: [str(True)] is ["True"].
  if (pyNumeric(value) !== undefined) return [pyStr(value)];
  throw new PyError(`${pyClass(value)} cannot be converted to a list`);
}

function parseKeyValue(value: string): Dict {
  const fields: string[] = [];
  let buffer = "";
  let inQuote = "";
  let inEscape = false;
  for (const c of pyStrip(value)) {
    if (inEscape) {
      buffer += c;
      inEscape = false;
    } else if (c === "\\") inEscape = true;
    else if (!inQuote && (c === "'" || c === '"')) inQuote = c;
    else if (inQuote && inQuote === c) inQuote = "";
    else if (!inQuote && (c === "," || c === " ")) {
      if (buffer) fields.push(buffer);
      buffer = "";
    } else buffer += c;
  }
  if (buffer) fields.push(buffer);
  const out: Dict = {};
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const eq = field.indexOf("=");
    if (eq < 0) {
      throw new PyError(
        `dictionary update sequence element #${i} has length 1; 2 is required`,
      );
    }
    setKey(out, field.slice(0, eq), field.slice(eq + 1));
  }
  return out;
}

function checkTypeDict(value: unknown): unknown {
  if (isDict(value)) return value;
  if (typeof value === "string") {
    if (value.startsWith("{")) {
      try {
        // json.loads: floats stay floats, ints stay exact.
        return parseJson(value);
      } catch {
        return safeEvalDict(value);
      }
    }
    if (value.includes("=")) return parseKeyValue(value);
    throw new PyError(
      "dictionary requested, could not parse JSON or key=value",
    );
  }
  throw new PyError(`${pyClass(value)} cannot be converted to a dict`);
}

function checkTypeBool(value: unknown): unknown {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" || pyNumeric(value) !== undefined) {
    return pyBoolean(value);
  }
  throw new PyError(`${pyClass(value)} cannot be converted to a bool`);
}

function checkTypeInt(value: unknown): unknown {
  // bool is an int subclass in Python, so it passes through unchanged. A
  // float is refused even when integral (4.0), as in ansible-core 2.14.
  if (typeof value === "boolean" || typeof value === "bigint") return value;
  if (typeof value === "number" && isPyInt(value)) return value;
  if (typeof value === "string") {
    const n = parsePyInt(value);
    if (n !== undefined) return n;
  }
  throw new PyError(`${pyClass(value)} cannot be converted to an int`);
}

function checkTypeFloat(value: unknown): unknown {
  // A float option hands the module a plain number, 4.0 included.
  if (typeof value === "number") return value;
  if (typeof value === "boolean" || typeof value === "bigint") {
    return Number(value);
  }
  if (value instanceof IntegralFloat) return value.valueOf();
  if (typeof value === "string") {
    const n = parsePyFloat(value);
    if (n !== undefined) return n;
  }
  throw new PyError(`${pyClass(value)} cannot be converted to a float`);
}

/** posixpath.expandvars: `$name` / `${name}`, unknown variables left as is. */
function expandVars(path: string): string {
  if (!path.includes("$")) return path;
  let out = "";
  let i = 0;
  while (i < path.length) {
    const dollar = path.indexOf("$", i);
    if (dollar < 0) break;
    out += path.slice(i, dollar);
    let name = "";
    let end = dollar + 1;
    if (path[end] === "{") {
      const close = path.indexOf("}", end + 1);
      if (close >= 0) {
        name = path.slice(end + 1, close);
        end = close + 1;
      }
    } else {
      while (end < path.length && isWordChar(path.charCodeAt(end))) end++;
      name = path.slice(dollar + 1, end);
    }
    const value = end > dollar + 1 ? envGet(name) : undefined;
    if (value === undefined) {
      // No match (or unknown variable): keep the text and rescan after "$".
      const matched = end > dollar + 1 ? path.slice(dollar, end) : "$";
      out += matched;
      i = dollar + matched.length;
    } else {
      out += value;
      i = end;
    }
  }
  return out + path.slice(i);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) || code === 95;
}

/** Variables we may not read; asking again would throw again, slowly. */
const deniedEnv = new Set<string>();

function envGet(name: string): string | undefined {
  if (deniedEnv.has(name)) return undefined;
  try {
    return Deno.env.get(name);
  } catch {
    // Without --allow-env the variable is as good as unset.
    deniedEnv.add(name);
    return undefined;
  }
}

function passwdHome(user: string): string | undefined {
  try {
    for (const line of Deno.readTextFileSync("/etc/passwd").split("\n")) {
      const fields = line.split(":");
      if (fields[0] === user && fields.length >= 7) return fields[5];
    }
  } catch {
    // Unreadable passwd: behave like pwd.getpwnam raising KeyError.
  }
  return undefined;
}

/** posixpath.expanduser. */
function expandUser(path: string): string {
  if (!path.startsWith("~")) return path;
  let i = path.indexOf("/", 1);
  if (i < 0) i = path.length;
  let home: string | undefined;
  if (i === 1) {
    home = envGet("HOME");
    // No node:os here: loading Node compatibility costs every module ~8 ms.
    const user = envGet("USER") ?? envGet("LOGNAME");
    if (home === undefined && user) home = passwdHome(user);
    if (home === undefined) return path;
  } else {
    home = passwdHome(path.slice(1, i));
    if (home === undefined) return path;
  }
  let end = home.length;
  while (end > 0 && home[end - 1] === "/") end--;
  return home.slice(0, end) + path.slice(i) || "/";
}

function checkTypePath(value: unknown): unknown {
  return expandUser(
    expandVars(typeof value === "string" ? value : pyStr(value)),
  );
}

function checkTypeJsonarg(value: unknown): unknown {
  if (typeof value === "string") return pyStrip(value);
  if (Array.isArray(value) || isDict(value)) return pyJsonDumps(value);
  throw new PyError(`${pyClass(value)} cannot be converted to a json string`);
}

const SIZE_RANGES: Readonly<Record<string, number>> = {
  Y: 2 ** 80,
  Z: 2 ** 70,
  E: 2 ** 60,
  P: 2 ** 50,
  T: 2 ** 40,
  G: 2 ** 30,
  M: 2 ** 20,
  K: 2 ** 10,
  B: 1,
};

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** formatters.human_to_bytes; returns undefined where it raises ValueError. */
function humanToBytes(
  value: unknown,
  isBits: boolean,
): number | bigint | undefined {
  const n = humanToDouble(value, isBits);
  // Python's int(round(x)) is the double's exact value, however large.
  return n === undefined || Number.isSafeInteger(n) || !Number.isFinite(n)
    ? n
    : BigInt(n);
}

function humanToDouble(value: unknown, isBits: boolean): number | undefined {
  // Its regex's \d and float() take any Unicode decimal digit.
  const s = asciiDigits(pyStr(value));
  let i = 0;
  while (i < s.length && isPySpace(s.charCodeAt(i))) i++;
  const numStart = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (s[i] === ".") i++;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  const numText = s.slice(numStart, i);
  while (i < s.length && isPySpace(s.charCodeAt(i))) i++;
  const unitStart = i;
  while (i < s.length && isAsciiLetter(s.charCodeAt(i))) i++;
  const unit = s.slice(unitStart, i);
  if (numText === "" || numText === ".") return undefined;
  const num = Number(numText);
  if (unit === "") return roundHalfEven(num);
  const rangeKey = unit[0].toUpperCase();
  if (!hasOwn(SIZE_RANGES, rangeKey)) return undefined;
  if (unit.length > 1) {
    const unitClass = isBits ? "b" : "B";
    const unitName = isBits ? "bit" : "byte";
    if (!unit.toLowerCase().includes(unitName) && unit[1] !== unitClass) {
      return undefined;
    }
  }
  return roundHalfEven(num * SIZE_RANGES[rangeKey]);
}

function checkTypeBytes(value: unknown): unknown {
  const n = humanToBytes(value, false);
  if (n === undefined) {
    throw new PyError(`${pyClass(value)} cannot be converted to a Byte value`);
  }
  return n;
}

function checkTypeBits(value: unknown): unknown {
  const n = humanToBytes(value, true);
  if (n === undefined) {
    throw new PyError(`${pyClass(value)} cannot be converted to a Bit value`);
  }
  return n;
}

function checkTypeRaw(value: unknown): unknown {
  return value;
}

const TYPE_CHECKERS: ReadonlyMap<string, Checker> = new Map<string, Checker>([
  ["str", checkTypeStr],
  ["list", checkTypeList],
  ["dict", checkTypeDict],
  ["bool", checkTypeBool],
  ["int", checkTypeInt],
  ["float", checkTypeFloat],
  ["path", checkTypePath],
  ["raw", checkTypeRaw],
  ["jsonarg", checkTypeJsonarg],
  ["json", checkTypeJsonarg],
  ["bytes", checkTypeBytes],
  ["bits", checkTypeBits],
]);

function notCallable(): never {
  throw new PyError("'NoneType' object is not callable");
}

const customCheckers = new WeakMap<(value: unknown) => unknown, Checker>();

/** parameters._get_type_validator: the checker and the type name for messages. */
function getTypeValidator(wanted: TypeSpec | null): [Checker, string] {
  if (typeof wanted === "function") {
    let checker = customCheckers.get(wanted);
    if (checker === undefined) {
      checker = (value) => wanted(value);
      customCheckers.set(wanted, checker);
    }
    return [checker, wanted.name || "<lambda>"];
  }
  const name = wanted ?? "str";
  return [TYPE_CHECKERS.get(name) ?? notCallable, String(name)];
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function foundIn(context: readonly string[]): string {
  return context.join(" -> ");
}

// ---------------------------------------------------------------------------
// Spec passes (common/parameters.py)

function specKeys(spec: ArgumentSpec): string[] {
  return Object.keys(spec);
}

/** parameters.set_fallbacks: fills unset options, collecting no_log values. */
function setFallbacks(
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
 * parameters._handle_aliases: copies alias values onto the canonical name
 * (the last alias given wins) and returns alias -> canonical name. Throws
 * part-way like Python does, leaving earlier aliases applied.
 */
function handleAliases(
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

/** parameters._list_no_log_values; throws (adding nothing) where Python raises. */
function listNoLogValues(
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

/** parameters._list_deprecations (removed_in_version / removed_at_date). */
function listDeprecations(
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

/** parameters._get_unsupported_parameters, recording into the state. */
function recordUnsupported(
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

function legalInputs(
  spec: ArgumentSpec,
  aliases: Map<string, string>,
): Set<string> {
  const legal = new Set(aliases.keys());
  for (const k of specKeys(spec)) legal.add(k);
  return legal;
}

/** parameters._set_defaults; with setDefault false only non-None defaults apply. */
function setDefaults(
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

function countTerms(terms: unknown, params: Dict): number {
  const list = typeof terms === "string" || !Array.isArray(terms)
    ? [terms]
    : terms;
  let count = 0;
  const seen = new Set<unknown>();
  for (const term of list) {
    if (seen.has(term)) continue;
    seen.add(term);
    if (typeof term === "string" && hasOwn(params, term)) count++;
  }
  return count;
}

function withContext(msg: string, context: readonly string[]): string {
  return context.length ? `${msg} found in ${foundIn(context)}` : msg;
}

function termList(term: unknown): unknown[] {
  return typeof term === "string" ? [term] : pyIter(term);
}

function checkMutuallyExclusive(
  terms: readonly (readonly string[])[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (terms == null) return undefined;
  const results: unknown[][] = [];
  for (const check of terms) {
    if (countTerms(check, params) > 1) results.push(termList(check));
  }
  if (!results.length) return undefined;
  const full = results.map((check) => check.map(pyStr).join("|")).join(", ");
  return withContext(`parameters are mutually exclusive: ${full}`, context);
}

function checkRequiredArguments(
  spec: ArgumentSpec,
  params: Dict,
  context: readonly string[],
): string | undefined {
  const missing: string[] = [];
  for (const name of specKeys(spec)) {
    if (pyTruthy(spec[name].required) && !hasOwn(params, name)) {
      missing.push(name);
    }
  }
  if (!missing.length) return undefined;
  return withContext(
    `missing required arguments: ${missing.sort().join(", ")}`,
    context,
  );
}

function checkRequiredTogether(
  terms: readonly (readonly string[])[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (terms == null) return undefined;
  for (const term of terms) {
    const fields = termList(term);
    let present = 0;
    for (const field of fields) {
      present += countTerms(field, params) > 0 ? 1 : 0;
    }
    if (present > 0 && present < fields.length) {
      return withContext(
        `parameters are required together: ${fields.map(pyStr).join(", ")}`,
        context,
      );
    }
  }
  return undefined;
}

function checkRequiredOneOf(
  terms: readonly (readonly string[])[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (terms == null) return undefined;
  for (const term of terms) {
    if (countTerms(term, params) === 0) {
      return withContext(
        `one of the following is required: ${
          termList(term).map(pyStr).join(", ")
        }`,
        context,
      );
    }
  }
  return undefined;
}

function checkRequiredIf(
  rules: readonly RequiredIfRule[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (rules == null) return undefined;
  for (const rule of rules) {
    const [key, val, requirements] = rule;
    const isOneOf = rule.length === 4 && pyTruthy(rule[3]);
    const reqs = termList(requirements);
    const missing: string[] = [];
    if (hasOwn(params, key) && pyEq(params[key], val)) {
      for (const check of reqs) {
        if (countTerms(check, params) === 0) missing.push(pyStr(check));
      }
    }
    if (missing.length && missing.length >= (isOneOf ? reqs.length : 0)) {
      return withContext(
        `${key} is ${pyStr(val)} but ${
          isOneOf ? "any" : "all"
        } of the following are missing: ${missing.join(", ")}`,
        context,
      );
    }
  }
  return undefined;
}

function checkRequiredBy(
  requirements:
    | Readonly<Record<string, string | readonly string[]>>
    | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (requirements == null) return undefined;
  for (const key of Object.keys(requirements)) {
    if (getKey(params, key) == null) continue;
    const value = requirements[key];
    const missing: string[] = [];
    for (const required of termList(value)) {
      const name = String(required);
      if (getKey(params, name) == null) missing.push(name);
    }
    if (missing.length) {
      return withContext(
        `missing parameter(s) required by '${key}': ${missing.join(", ")}`,
        context,
      );
    }
  }
  return undefined;
}

/** The _ADDITIONAL_CHECKS, in Python's order. */
function additionalChecks(
  rules: ArgumentRules,
  params: Dict,
  scope: Scope,
): void {
  const errors = scope.state.errors;
  const ctx = scope.context;
  for (
    const msg of [
      checkRequiredTogether(rules.requiredTogether, params, ctx),
      checkRequiredOneOf(rules.requiredOneOf, params, ctx),
      checkRequiredIf(rules.requiredIf, params, ctx),
      checkRequiredBy(rules.requiredBy, params, ctx),
    ]
  ) {
    if (msg !== undefined) errors.push({ msg });
  }
}

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

/** parameters._validate_argument_types. */
function validateArgumentTypes(
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

/** parameters._validate_argument_values (choices). */
function validateArgumentValues(
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

/** parameters._validate_sub_spec (recursive). */
function validateSubSpec(spec: ArgumentSpec, params: Dict, scope: Scope): void {
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

// ---------------------------------------------------------------------------
// AnsibleModule-level handling

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
      const b = pyBoolean(v);
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
