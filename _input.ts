/**
 * Reading a module's input the way Ansible hands it over: a path to an
 * arguments file as the first command-line argument, holding JSON
 * (`WANT_JSON` and binary modules) or shell-quoted `key=value` words (old
 * style modules). Shared by the client and by in-process runs.
 *
 * @module
 */

import { IntegralFloat, parseJson } from "./_json.ts";

/** Raised when the arguments cannot be read; the message is Ansible's own. */
export class ModuleInputError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "ModuleInputError";
  }
}

/**
 * Reads the module arguments from the file Ansible passed.
 *
 * @example
 * ```ts
 * import { readArgsFile } from "./_input.ts";
 * const path = await Deno.makeTempFile();
 * await Deno.writeTextFile(path, '{"name": "x"}');
 * console.assert((await readArgsFile(path)).name === "x");
 * await Deno.remove(path);
 * ```
 */
export async function readArgsFile(
  path: string | undefined,
): Promise<Record<string, unknown>> {
  if (!path) {
    throw new ModuleInputError(
      "No arguments file was given: run the module as Ansible does, with the path of a JSON file of arguments as its first argument",
    );
  }
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    throw new ModuleInputError(
      `Unable to read the arguments file ${path}: ${(error as Error).message}`,
    );
  }
  return parseArgs(text);
}

/** Options of {@linkcode parseArgs}. */
export interface ParseArgsOptions {
  /**
   * Keep JSON's numbers as written (`parseJson`), the default; false for
   * plain `JSON.parse` numbers, faster on big arguments, for a reader that
   * only needs the `_ansible_*` keys (the client).
   */
  exact?: boolean;
}

/**
 * Parses arguments given as JSON, or as `key=value` words. JSON numbers keep
 * what the text said (see `parseJson`): `4.0` is an `IntegralFloat`, an
 * integer beyond 2^53 a `bigint`.
 *
 * @example
 * ```ts
 * import { parseArgs } from "./_input.ts";
 * console.assert(parseArgs("a=1 b='two words'").b === "two words");
 * console.assert(parseArgs('{"n": 1}', { exact: false }).n === 1);
 * ```
 */
export function parseArgs(
  text: string,
  options: ParseArgsOptions = {},
): Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = options.exact === false
        ? JSON.parse(trimmed)
        : parseJson(trimmed);
    } catch {
      throw new ModuleInputError(
        "Error: Module unable to decode valid JSON on stdin.  Unable to figure out what parameters were passed",
      );
    }
    const object = parsed as Record<string, unknown>;
    // Python-style payloads wrap the parameters; accept both shapes.
    const inner = object.ANSIBLE_MODULE_ARGS;
    return isPlainObject(inner) ? inner : object;
  }
  const args: Record<string, unknown> = {};
  for (const word of splitShellWords(trimmed)) {
    const eq = word.indexOf("=");
    if (eq <= 0) {
      throw new ModuleInputError(
        `Unable to parse argument "${word}": expected key=value`,
      );
    }
    args[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return args;
}

/**
 * True for `{...}` objects (not arrays, not null).
 *
 * @example
 * ```ts
 * import { isPlainObject } from "./_input.ts";
 * console.assert(isPlainObject({}) && !isPlainObject([]));
 * ```
 */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === "object" && value !== null &&
    !Array.isArray(value) && !(value instanceof IntegralFloat);
}

/** POSIX shell word splitting with single quotes, double quotes and backslashes. */
function splitShellWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (
        c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])
      ) {
        word += text[++i];
      } else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new ModuleInputError("Unbalanced quote in module arguments");
  if (inWord) words.push(word);
  return words;
}
