/**
 * The type checkers of ansible-core's `validation.py` (`check_type_str`,
 * `check_type_dict`, ...), and `parameters._get_type_validator`, which picks
 * one for a spec's `type` (a name or a callable).
 *
 * @example
 * ```ts
 * import { getTypeValidator } from "./_validation_checkers.ts";
 *
 * import type { Scope, State } from "./_validation_state.ts";
 *
 * const [check, name] = getTypeValidator("bytes");
 * const scope: Scope = { state: {} as State, prefix: "", context: [] };
 * console.assert(name === "bytes" && check("2K", undefined, scope) === 2048);
 * ```
 *
 * @module
 */

import { IntegralFloat, isPyInt, parseJson } from "./_json.ts";
import { toBoolean } from "./_boolean.ts";
import { safeEvalDict } from "./_py_literal.ts";
import { humanToBytes, parsePyFloat, parsePyInt } from "./_py_number.ts";
import { expandUser, expandVars } from "./_py_path.ts";
import {
  type Dict,
  isDict,
  pyClass,
  PyError,
  pyJsonDumps,
  pyNumeric,
  pyRepr,
  pyStr,
  pyStrip,
  pyTypeName,
  setKey,
} from "./_py_value.ts";
import type { Checker, Scope, TypeSpec } from "./_validation_state.ts";

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

/**
 * `validation.check_type_dict`: a dict as it is; a string read as JSON, a
 * Python literal, or `key=value` pairs.
 *
 * @param value A JSON value.
 * @returns The dict (or what `safe_eval` handed back).
 * @throws {PyError} With Python's message, for what cannot be a dict.
 *
 * @example
 * ```ts
 * import { checkTypeDict } from "./_validation_checkers.ts";
 * console.assert((checkTypeDict("a=1 b='x y'") as Record<string, string>).b === "x y");
 * ```
 */
export function checkTypeDict(value: unknown): unknown {
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
    return toBoolean(value);
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

/**
 * `parameters._get_type_validator`: the checker for a spec's `type`, and
 * the type's name for messages. No `type` is `str`; an unknown name fails
 * every value, as Python's `None` checker does.
 *
 * @param wanted The spec's `type`.
 * @returns The checker and the name.
 *
 * @example
 * ```ts
 * import { getTypeValidator } from "./_validation_checkers.ts";
 * const [, name] = getTypeValidator(function port(v: unknown) { return v; });
 * console.assert(name === "port");
 * ```
 */
export function getTypeValidator(wanted: TypeSpec | null): [Checker, string] {
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
