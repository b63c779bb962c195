/**
 * What Ansible makes of a module process: ansible-core 2.14's controller
 * steps from the module's stdout, stderr and exit code to the task result a
 * playbook registers, ported step by step (`_low_level_execute_command`'s
 * decoding, `_parse_returned_data` with `_filter_non_json_lines`,
 * `_execute_module`'s clean-up, the task executor's defaults and the
 * strategy's `strip_internal_keys`). The warnings the controller displays on
 * the way are part of the view.
 *
 * `equivalence_test.ts` checks this port against real `ansible-playbook`.
 *
 * @module
 */

/** A module process as the controller gets it. */
export interface RawOutcome {
  /** Bytes (decoded as Ansible does) or text already decoded so. */
  stdout: Uint8Array | string;
  stderr: Uint8Array | string;
  rc: number;
}

/** What a playbook sees of one task. */
export interface AnsibleView {
  /** The registered result (`register:`), internal keys stripped. */
  result: Record<string, unknown>;
  /** Warnings the controller displays while reading the result. */
  warnings: string[];
}

/** Options of {@linkcode ansibleView}. */
export interface ViewOptions {
  /** The module's interpreter (its shebang), for the missing-interpreter hint. */
  interpreter?: string;
}

type Result = Record<string, unknown>;

/**
 * The task result Ansible builds from a module process's output.
 *
 * @param raw The module's stdout, stderr and exit code.
 * @param options The interpreter Ansible ran the module with.
 * @returns The registered result and the controller's warnings.
 *
 * @example
 * ```ts
 * import { ansibleView } from "./ansible_view.ts";
 * const view = ansibleView({ stdout: 'junk\n{"changed": true}\n', stderr: "", rc: 0 });
 * console.assert(view.result.changed === true && view.result.failed === false);
 * ```
 */
export function ansibleView(
  raw: RawOutcome,
  options: ViewOptions = {},
): AnsibleView {
  const warnings: string[] = [];
  const stdout = stripSuccessMessage(decodeAsAnsible(raw.stdout));
  const stderr = decodeAsAnsible(raw.stderr);
  let result: Result;
  try {
    result = parseReturnedData({ stdout, stderr, rc: raw.rc }, {
      warnings,
      interpreter: options.interpreter,
    });
    cleanModuleResult(result, warnings);
    taskDefaults(result);
  } catch (error) {
    if (!(error instanceof ControllerCrash)) throw error;
    // TaskExecutor.run's last resort: the traceback is the controller's.
    result = {
      failed: true,
      msg: `Unexpected failure during module execution: ${error.message}`,
      stdout: "",
    };
  }
  return { result: stripInternalKeys(result) as Result, warnings };
}

/** A Python exception in the controller's own code (an AttributeError). */
class ControllerCrash extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ControllerCrash";
  }
}

/**
 * Bytes as `to_text(errors="surrogate_then_replace")` decodes them on
 * Python 3: UTF-8, each byte that is not part of a valid sequence becoming
 * the lone surrogate U+DC80+byte (surrogateescape).
 *
 * @param bytes Output bytes, or text taken as already decoded.
 * @returns The text Ansible works with.
 *
 * @example
 * ```ts
 * import { decodeAsAnsible } from "./ansible_view.ts";
 * console.assert(decodeAsAnsible(new Uint8Array([0x61, 0xff])) === "a\udcff");
 * ```
 */
export function decodeAsAnsible(bytes: Uint8Array | string): string {
  if (typeof bytes === "string") return bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bytes,
    );
  } catch {
    return decodeSurrogateEscape(bytes);
  }
}

function decodeSurrogateEscape(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) {
      out.push(String.fromCharCode(0xdc00 + bytes[i]));
      i++;
    } else {
      out.push(new TextDecoder().decode(bytes.subarray(i, i + length)));
      i += length;
    }
  }
  return out.join("");
}

/** Length of the well-formed UTF-8 sequence at `i`, 0 if there is none. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) =>
    i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // No overlong forms (E0 A0..) and no encoded surrogates (ED ..9F).
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Python's `str.isspace()` characters, which `strip()` removes: the file,
 * group, record and unit separators (0x1c-0x1f) among them.
 */
const PY_SPACE = new Set(
  [..."\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"]
    .concat(
      Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
    ),
);

/** Python's `str.strip()`. */
function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PY_SPACE.has(text[start])) start++;
  while (end > start && PY_SPACE.has(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Python's line boundaries, the file, group and record separators among them. */
// deno-lint-ignore no-control-regex
const PY_LINE_END = new RegExp(
  "\\r\\n|[\\n\\v\\f\\r\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]",
);

/**
 * Python's `str.splitlines()`: every line boundary Python knows, `\r\n`
 * counting as one.
 *
 * @param text Any text.
 * @returns Its lines, without their ends.
 *
 * @example
 * ```ts
 * import { pySplitLines } from "./ansible_view.ts";
 * console.assert(pySplitLines("a\r\nb\u2028c\n").length === 3);
 * ```
 */
export function pySplitLines(text: string): string[] {
  const lines = text.split(PY_LINE_END);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** `ActionBase._strip_success_message`: the become plugin's marker line. */
function stripSuccessMessage(data: string): string {
  if (!pyStrip(data).startsWith("BECOME-SUCCESS-")) return data;
  return data.replace(/^(\r?\n)?BECOME-SUCCESS[^\n]*\r?\n/, "");
}

/**
 * `module_utils.json_utils._filter_non_json_lines(data, objects_only=True)`:
 * drops the lines before the first one starting with `{`, and the lines
 * after the last one ending with `}`, warning about the latter.
 *
 * @param data The module's stdout.
 * @returns The JSON text and the warnings, or null when Python raises.
 *
 * @example
 * ```ts
 * import { filterNonJsonLines } from "./ansible_view.ts";
 * const found = filterNonJsonLines('x\n{"a": 1}\ny\n');
 * console.assert(found?.json === '{"a": 1}' && found.warnings.length === 1);
 * ```
 */
export function filterNonJsonLines(
  data: string,
): { json: string; warnings: string[] } | null {
  let lines = pySplitLines(data);
  const start = lines.findIndex((line) => pyStrip(line).startsWith("{"));
  if (start < 0) return null;
  lines = lines.slice(start);
  let offset = 0;
  while (
    offset < lines.length &&
    !pyStrip(lines[lines.length - 1 - offset]).endsWith("}")
  ) offset++;
  if (offset === lines.length) return null;
  const warnings: string[] = [];
  if (offset > 0) {
    const junk = lines.slice(lines.length - offset);
    if (junk.some((line) => pyStrip(line) !== "")) {
      warnings.push(
        `Module invocation had junk after the JSON data: ${junk.join("\n")}`,
      );
    }
  }
  return { json: lines.slice(0, lines.length - offset).join("\n"), warnings };
}

/** `ActionBase._parse_returned_data`. */
function parseReturnedData(
  res: { stdout: string; stderr: string; rc: number },
  context: { warnings: string[]; interpreter?: string },
): Result {
  const filtered = filterNonJsonLines(res.stdout);
  const parsed = filtered ? pyJsonLoads(filtered.json) : undefined;
  if (filtered && parsed !== undefined) {
    context.warnings.push(...filtered.warnings);
    const data = parsed as Result;
    data._ansible_parsed = true;
    return data;
  }
  const data: Result = { failed: true, _ansible_parsed: false };
  data.module_stdout = res.stdout;
  data.module_stderr = res.stderr;
  if (res.stderr.startsWith("Traceback")) data.exception = res.stderr;
  if (!("exception" in data) && res.stdout.startsWith("Traceback")) {
    data.exception = res.stdout;
  }
  let msg = "MODULE FAILURE";
  if (context.interpreter !== undefined) {
    const interpreter = context.interpreter.replace(/^[!#]+/, "")
      .replace(/[^A-Za-z0-9_]/g, "\\$&");
    const missing = new RegExp(
      `${interpreter}: (?:No such file or directory|not found)`,
      "u",
    );
    if (missing.test(res.stderr) || missing.test(res.stdout)) {
      msg =
        "The module failed to execute correctly, you probably need to set the interpreter.";
    }
  }
  data.msg = `${msg}\nSee stdout/stderr for the exact error`;
  data.rc = res.rc;
  return data;
}

/**
 * Python's `json.loads`: JSON, plus the `NaN`, `Infinity` and `-Infinity`
 * constants Python reads and writes.
 *
 * @param text JSON text.
 * @returns The value.
 * @throws {SyntaxError} Where Python raises ValueError.
 *
 * @example
 * ```ts
 * import { parsePythonJson } from "./ansible_view.ts";
 * const value = parsePythonJson('{"x": NaN}') as { x: number };
 * console.assert(Number.isNaN(value.x));
 * ```
 */
export function parsePythonJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Perhaps Python's constants; anything else fails there too.
  }
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    const constant = CONSTANTS.find(([word]) => text.startsWith(word, i));
    if (constant) {
      out += JSON.stringify(constant[1]);
      i += constant[0].length - 1;
    } else out += c;
  }
  return restoreConstants(JSON.parse(out));
}

/** Python's JSON constants, and the strings that stand for them meanwhile. */
const CONSTANTS: readonly [string, string, number][] = [
  ["-Infinity", "\u0000\u0001-Infinity", -Infinity],
  ["Infinity", "\u0000\u0001Infinity", Infinity],
  ["NaN", "\u0000\u0001NaN", NaN],
];

function pyJsonLoads(text: string): unknown {
  try {
    return parsePythonJson(text);
  } catch {
    return undefined;
  }
}

function restoreConstants(value: unknown): unknown {
  const constant = CONSTANTS.find(([, stand]) => stand === value);
  if (constant) return constant[2];
  if (Array.isArray(value)) return value.map(restoreConstants);
  if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      (value as Result)[k] = restoreConstants(v);
    }
  }
  return value;
}

/** What `_execute_module` does to the parsed result. */
function cleanModuleResult(data: Result, warnings: string[]): void {
  delete data._ansible_suppress_tmpdir_delete;
  if ("results" in data) {
    const results = data.results;
    if (!Array.isArray(results)) {
      data.ansible_module_results = results;
      delete data.results;
      warnings.push(
        "Found internal 'results' key in module return, renamed to 'ansible_module_results'.",
      );
    }
  }
  removeInternalKeys(data, warnings);
  for (const stream of ["stdout", "stderr"]) {
    const linesKey = `${stream}_lines`;
    if (!(stream in data) || linesKey in data) continue;
    const text = pyTruthy(data[stream]) ? data[stream] : "";
    if (typeof text !== "string") {
      throw new ControllerCrash(
        `'${pyTypeName(text)}' object has no attribute 'splitlines'`,
      );
    }
    data[linesKey] = pySplitLines(text);
  }
}

/** `vars.clean.remove_internal_keys`. */
function removeInternalKeys(data: Result, warnings: string[]): void {
  for (const key of Object.keys(data)) {
    const internal = key.startsWith("_ansible_") && key !== "_ansible_parsed";
    if (internal || key === "add_host" || key === "add_group") {
      warnings.push(
        `Removed unexpected internal key in module return: ${key} = ${
          pyStr(data[key])
        }`,
      );
      delete data[key];
    }
  }
  for (const key of ["warnings", "deprecations"]) {
    if (key in data && !pyTruthy(data[key])) delete data[key];
  }
  const facts = "ansible_facts" in data ? data.ansible_facts : {};
  if (!isObject(facts)) {
    throw new ControllerCrash(
      `'${pyTypeName(facts)}' object has no attribute 'keys'`,
    );
  }
  for (const key of Object.keys(facts)) {
    if (
      key.startsWith("discovered_interpreter_") ||
      key.startsWith("ansible_discovered_interpreter_")
    ) delete facts[key];
  }
}

/** The task executor's `failed` and `changed` defaults. */
function taskDefaults(result: Result): void {
  if (!("failed" in result)) {
    // Python's `rc not in [0, "0"]`: False == 0 there.
    const rc = result.rc;
    result.failed = "rc" in result && rc !== 0 && rc !== "0" && rc !== false;
  }
  if (!("changed" in result)) result.changed = false;
}

/**
 * `vars.clean.strip_internal_keys`: every `_ansible_*` key, at any depth,
 * as the strategy does before registering a result.
 *
 * @param value A result or part of one.
 * @returns The same value, internal keys removed.
 *
 * @example
 * ```ts
 * import { stripInternalKeys } from "./ansible_view.ts";
 * const out = stripInternalKeys({ a: [{ _ansible_x: 1, b: 2 }], _ansible_no_log: false });
 * console.assert(JSON.stringify(out) === '{"a":[{"b":2}]}');
 * ```
 */
export function stripInternalKeys(value: unknown): unknown {
  if (Array.isArray(value)) value.forEach(stripInternalKeys);
  else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      if (key.startsWith("_ansible_")) delete value[key];
      else stripInternalKeys(value[key]);
    }
  }
  return value;
}

function isObject(value: unknown): value is Result {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pyTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  if (typeof value === "number") return value !== 0; // nan is true in Python
  return Boolean(value);
}

function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") {
    return Number.isInteger(value) ? "int" : "float";
  }
  if (typeof value === "string") return "str";
  return Array.isArray(value) ? "list" : "dict";
}

/**
 * Python's `str()` of a value decoded from JSON (`repr()` inside
 * containers). Integral numbers print as Python ints: JSON parsing has
 * already lost whether the module wrote `1` or `1.0`.
 *
 * @param value A JSON value.
 * @returns Its Python text.
 *
 * @example
 * ```ts
 * import { pyStr } from "./ansible_view.ts";
 * console.assert(pyStr({ a: [true, null, "x"] }) === "{'a': [True, None, 'x']}");
 * ```
 */
export function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return pyFloatOrInt(value);
  if (typeof value === "string") return pyStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  const entries = Object.entries(value as Result).map(([k, v]) =>
    `${pyStringRepr(k)}: ${pyRepr(v)}`
  );
  return `{${entries.join(", ")}}`;
}

function pyFloatOrInt(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  // repr(float): shortest round trip, exponent from 1e16 and below 1e-4.
  const exp = n.toExponential();
  const [mantissa, power] = exp.split("e");
  const p = Number(power);
  if (p >= 16 || p < -4) {
    return `${mantissa}e${p < 0 ? "-" : "+"}${
      String(Math.abs(p)).padStart(2, "0")
    }`;
  }
  return String(n);
}

/** Python's `repr()` of a str. */
function pyStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\" || ch === quote) out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch !== " " && /^[\p{C}\p{Z}]$/u.test(ch)) {
      out += cp < 0x100
        ? `\\x${hex(cp, 2)}`
        : cp < 0x10000
        ? `\\u${hex(cp, 4)}`
        : `\\U${hex(cp, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}
