/**
 * Python's reading of numbers from text, where validation converts
 * strings: `int(str)`, `float(str)` (underscores, Unicode digits, Python's
 * whitespace), its round-half-even, and ansible-core's `human_to_bytes`
 * (`formatters.py`) for the `bytes` and `bits` types.
 *
 * @example
 * ```ts
 * import { parsePyInt } from "./_py_number.ts";
 *
 * console.assert(parsePyInt(" 1_000 ") === 1000);
 * console.assert(parsePyInt("1.0") === undefined);
 * ```
 *
 * @module
 */

import { isPySpace, pyStr, pyStrip } from "./_py_value.ts";

const hasOwn = Object.hasOwn;

/**
 * Whether a character code is an ASCII digit.
 *
 * @param code A character code.
 * @returns True for `0` to `9`.
 *
 * @example
 * ```ts
 * import { isDigit } from "./_py_number.ts";
 * console.assert(isDigit(0x30) && !isDigit(0x41));
 * ```
 */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Scans `digit (_? digit)*` from `i`, as Python's number grammar.
 *
 * @param s The text.
 * @param i Where the digits start.
 * @returns The end index (`i` when there is no digit there).
 *
 * @example
 * ```ts
 * import { scanDigits } from "./_py_number.ts";
 * console.assert(scanDigits("1_0_", 0) === 3);
 * ```
 */
export function scanDigits(s: string, i: number): number {
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
 *
 * @param s The text.
 * @returns It with ASCII digits.
 *
 * @example
 * ```ts
 * import { asciiDigits } from "./_py_number.ts";
 * console.assert(asciiDigits("٣x") === "3x");
 * ```
 */
export function asciiDigits(s: string): string {
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

/**
 * Python `int(str)`.
 *
 * @param text The text.
 * @returns The int (a bigint beyond 2^53), or undefined where Python
 * raises ValueError.
 *
 * @example
 * ```ts
 * import { parsePyInt } from "./_py_number.ts";
 * console.assert(parsePyInt("-0") === 0 && parsePyInt("1e3") === undefined);
 * ```
 */
export function parsePyInt(text: string): number | bigint | undefined {
  const s = pyStrip(asciiDigits(text));
  let i = 0;
  if (s[0] === "+" || s[0] === "-") i++;
  const end = scanDigits(s, i);
  if (end === i || end !== s.length) return undefined;
  return exactInt(s.replaceAll("_", ""));
}

/**
 * Decimal digits as an int: a number when exact, else a bigint.
 *
 * @param digits Optionally signed decimal digits.
 * @returns The int.
 *
 * @example
 * ```ts
 * import { exactInt } from "./_py_number.ts";
 * console.assert(exactInt("18446744073709551616") === 2n ** 64n);
 * ```
 */
export function exactInt(digits: string): number | bigint {
  const n = Number(digits);
  // Python ints have no negative zero.
  return Number.isSafeInteger(n) ? n || 0 : BigInt(digits);
}

/**
 * Python `float(str)`.
 *
 * @param text The text.
 * @returns The float, or undefined where Python raises ValueError.
 *
 * @example
 * ```ts
 * import { parsePyFloat } from "./_py_number.ts";
 * console.assert(parsePyFloat(" -Infinity ") === -Infinity);
 * console.assert(parsePyFloat("1__0") === undefined);
 * ```
 */
export function parsePyFloat(text: string): number | undefined {
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

/**
 * ansible-core's `formatters.human_to_bytes`.
 *
 * @param value The value (`"1K"`, `"2 Mb"`, `3`).
 * @param isBits Read units as bits (`Kb`) rather than bytes (`KB`).
 * @returns The count (a bigint beyond 2^53), or undefined where it raises
 * ValueError.
 *
 * @example
 * ```ts
 * import { humanToBytes } from "./_py_number.ts";
 * console.assert(humanToBytes("1K", false) === 1024);
 * console.assert(humanToBytes("1Kb", false) === undefined);
 * ```
 */
export function humanToBytes(
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
