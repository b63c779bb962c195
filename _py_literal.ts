/**
 * The subset of Python's `ast.literal_eval` that ansible-core's `safe_eval`
 * reaches when a `dict` option is given a string that is not JSON
 * (`{'a': 1, "b": [True, None]}`): Python literals, read into JSON values.
 *
 * @example
 * ```ts
 * import { safeEvalDict } from "./_py_literal.ts";
 *
 * const value = safeEvalDict("{'a': (1), 'b': [True, None]}");
 * console.assert(JSON.stringify(value) === '{"a":1,"b":[true,null]}');
 * ```
 *
 * @module
 */

import { IntegralFloat, pyNumberText } from "./_json.ts";
import { exactInt, isDigit, scanDigits } from "./_py_number.ts";
import { type Dict, PyError, setKey } from "./_py_value.ts";

const hasOwn = Object.hasOwn;

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

/**
 * `validation.safe_eval(value, include_exceptions=True)` as
 * `check_type_dict` calls it.
 *
 * @param value The text, starting with `{`.
 * @returns The value read; the text itself when safe_eval refuses to
 * evaluate it (a method call or an import).
 * @throws {PyError} `unable to evaluate string as dictionary`.
 *
 * @example
 * ```ts
 * import { safeEvalDict } from "./_py_literal.ts";
 * console.assert(safeEvalDict("{'a': os.getcwd()}") === "{'a': os.getcwd()}");
 * ```
 */
export function safeEvalDict(value: string): unknown {
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
