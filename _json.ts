/**
 * JSON with Python's numbers. `JSON.parse` turns every number into a double,
 * so `4.0` reads as `4` and integers beyond 2^53 lose digits; Python's
 * `json.loads` keeps a float a float and an int exact. {@linkcode parseJson}
 * keeps what the text said, using the source text `JSON.parse` hands its
 * reviver, and {@linkcode stringifyJson} prints those values back as
 * Python's `json.dumps` does:
 *
 * - an integer within ±(2^53 − 1) is a `number`; beyond, a `bigint`;
 * - a number written with a fraction or an exponent whose value is integral
 *   (`4.0`, `1e3`, `-0.0`) is an {@linkcode IntegralFloat}, a `Number`
 *   object that prints as `4.0`;
 * - any other number (`1.5`) is a `number`, a float to Python.
 *
 * A plain `number` is an int to Python when it is a safe integer, and a
 * float otherwise: beyond 2^53 a double is no exact int (exact ones are
 * `bigint`s), so it prints as Python prints that float
 * (`1.8446744073709552e+19`).
 *
 * @example
 * ```ts
 * import { IntegralFloat, parseJson, stringifyJson } from "./_json.ts";
 *
 * const args = parseJson('{"n": 4.0, "big": 18446744073709551617}') as Record<string, unknown>;
 * console.assert(args.n instanceof IntegralFloat);
 * console.assert(args.big === 18446744073709551617n);
 * console.assert(stringifyJson(args) === '{"n":4.0,"big":18446744073709551617}');
 * ```
 *
 * @module
 */

/** The parts of `JSON` that TypeScript's library does not describe yet. */
interface SourceJson {
  rawJSON(text: string): unknown;
  parse(
    text: string,
    reviver: (
      key: string,
      value: unknown,
      context: { source?: string },
    ) => unknown,
  ): unknown;
}

const sourceJson = JSON as unknown as SourceJson;

/**
 * A float whose value is integral, as JSON wrote it (`4.0`, `1e3`): a
 * `Number` object, so arithmetic and `Number(x)` work, that Python's rules
 * treat as a float (an `int` option refuses it, `str()` of it is `"4.0"`)
 * and that JSON prints as Python does (`4.0`, `1e+16`). Non-integral floats
 * need no such mark and stay plain numbers.
 *
 * @example
 * ```ts
 * import { IntegralFloat } from "./_json.ts";
 * const x = new IntegralFloat(4);
 * console.assert(+x === 4 && JSON.stringify([x]) === "[4.0]");
 * ```
 */
export class IntegralFloat extends Number {
  /**
   * The JSON text of the value, Python's `repr()` of the float (`null` for
   * NaN and infinities, as `JSON.stringify` prints them).
   *
   * @example
   * ```ts
   * import { IntegralFloat } from "./_json.ts";
   * console.assert(JSON.stringify(new IntegralFloat(-0)) === "-0.0");
   * ```
   */
  toJSON(): unknown {
    const n = this.valueOf();
    return Number.isFinite(n) ? sourceJson.rawJSON(pyFloatRepr(n)) : null;
  }
}

// A number token that may need its source: 16 digits or more (maybe beyond
// 2^53), a fraction of zeros (4.0) or an exponent (1e3). Other floats (0.75)
// are exact as JSON.parse reads them. A value token inside an array or an
// object follows ":", "," or "["; a match inside a string only costs the
// slow path.
const MAY_NEED_SOURCE =
  /[:,[][ \t\n\r]*-?(?:\d{16}|\d+\.0+(?!\d)|\d+(?:\.\d+)?[eE])/;
const CONTAINER = /^[ \t\n\r]*[{[]/;

/**
 * Parses JSON text like `JSON.parse`, keeping what each number said: big
 * integers as `bigint`, integral floats as {@linkcode IntegralFloat} (see
 * the module documentation). Text without such numbers takes
 * `JSON.parse` alone.
 *
 * @example
 * ```ts
 * import { parseJson } from "./_json.ts";
 * console.assert((parseJson("[9007199254740993]") as unknown[])[0] === 9007199254740993n);
 * ```
 *
 * @param text The JSON text.
 * @returns The parsed value.
 * @throws {SyntaxError} When the text is not JSON.
 */
export function parseJson(text: string): unknown {
  // A bare scalar is short: it always takes the reviver.
  if (CONTAINER.test(text) && !MAY_NEED_SOURCE.test(text)) {
    return JSON.parse(text);
  }
  return sourceJson.parse(text, reviveNumber);
}

const NOT_AN_INTEGER_TOKEN = /[.eE]/;

function reviveNumber(
  _key: string,
  value: unknown,
  context: { source?: string },
): unknown {
  if (typeof value !== "number") return value;
  // A non-integral finite value came from a float token and is exact as is.
  if (!Number.isInteger(value) && Number.isFinite(value)) return value;
  const source = context.source!;
  if (NOT_AN_INTEGER_TOKEN.test(source)) {
    return Number.isInteger(value) ? new IntegralFloat(value) : value;
  }
  return Number.isSafeInteger(value) ? value : BigInt(source);
}

/**
 * Prints a value as JSON, `bigint` digit for digit and
 * {@linkcode IntegralFloat} as Python prints a float (`4.0`), like
 * ansible-core's `json.dumps` of the same values; a plain number beyond
 * 2^53 as the float it is (`1.8446744073709552e+19`, where `JSON.stringify`
 * writes digits that are not its value); everything else as
 * `JSON.stringify` prints it (NaN and infinities as `null`). `undefined` at
 * the top prints `null`.
 *
 * @example
 * ```ts
 * import { IntegralFloat, stringifyJson } from "./_json.ts";
 * console.assert(stringifyJson({ a: 2n ** 64n, b: new IntegralFloat(1) }) === '{"a":18446744073709551616,"b":1.0}');
 * ```
 *
 * @param value The value to print.
 * @returns The JSON text.
 * @throws {TypeError} On a cycle, as `JSON.stringify` does.
 */
export function stringifyJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    // A bigint somewhere (or a cycle, which throws again below).
    if (!(error instanceof TypeError)) throw error;
  }
  if (text === undefined || UNSAFE_DIGITS.test(text)) {
    text = JSON.stringify(value, printNumber);
  }
  return text ?? "null";
}

// What JSON.stringify writes for an integral number of 16 digits or more
// (maybe beyond 2^53); a match inside a string only costs the slow path.
const UNSAFE_DIGITS = /[:,[]-?\d{16}/;

function printNumber(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return sourceJson.rawJSON(value.toString());
  if (
    typeof value === "number" && Number.isInteger(value) &&
    !Number.isSafeInteger(value)
  ) return sourceJson.rawJSON(pyFloatRepr(value));
  return value;
}

/**
 * Python's `str()` of a number as {@linkcode parseJson} represents it
 * (`bigint` and plain safe integers are ints, anything else a float), or
 * `undefined` when `value` is not a number.
 *
 * @example
 * ```ts
 * import { IntegralFloat, pyNumberText } from "./_json.ts";
 * console.assert(pyNumberText(new IntegralFloat(4)) === "4.0");
 * console.assert(pyNumberText(1e-7) === "1e-07" && pyNumberText(7) === "7");
 * ```
 *
 * @param value Any value.
 * @returns The text, or `undefined` for a non-number.
 */
export function pyNumberText(value: unknown): string | undefined {
  if (typeof value === "number") {
    return isPyInt(value) ? String(value) : pyFloatRepr(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (value instanceof IntegralFloat) return pyFloatRepr(value.valueOf());
  return undefined;
}

/**
 * Whether Python sees this plain number as an int: a safe integer is; a
 * larger one is a double, a float (exact big ints are `bigint`s).
 *
 * @example
 * ```ts
 * import { isPyInt } from "./_json.ts";
 * console.assert(isPyInt(3) && !isPyInt(1.5) && !isPyInt(2 ** 64));
 * ```
 *
 * @param n A plain number.
 * @returns True when Python would hold an int.
 */
export function isPyInt(n: number): boolean {
  return Number.isSafeInteger(n);
}

/** Python's `repr()` of a float. */
function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const exp = n.toExponential();
  const e = exp.indexOf("e");
  const power = Number(exp.slice(e + 1));
  if (power < -4 || power >= 16) {
    // repr() switches to scientific notation with a two-digit exponent.
    const sign = power < 0 ? "-" : "+";
    const digits = String(Math.abs(power)).padStart(2, "0");
    return `${exp.slice(0, e)}e${sign}${digits}`;
  }
  const s = String(n);
  return s.includes(".") ? s : `${s}.0`;
}
