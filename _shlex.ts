/**
 * Python's `shlex.split()` (POSIX mode, no comments) and `shlex.quote()`,
 * which `run_command` uses to split a command string and to print a
 * command back.
 *
 * @module
 */

/**
 * Raised for a command string Python's `shlex` cannot split, with its
 * message (`No closing quotation`, `No escaped character`).
 *
 * @example
 * ```ts
 * import { ShlexError, shlexSplit } from "./_shlex.ts";
 * try {
 *   shlexSplit('echo "open');
 * } catch (e) {
 *   console.assert(e instanceof ShlexError && e.message === "No closing quotation");
 * }
 * ```
 */
export class ShlexError extends Error {
  /** Builds the error with shlex's message. */
  constructor(message: string) {
    super(message);
    this.name = "ShlexError";
  }
}

const WHITESPACE = " \t\r\n";
const QUOTES = "'\"";

/**
 * Splits `text` into words as `shlex.split(text)` does: quotes group, a
 * backslash escapes outside single quotes (inside double quotes only
 * before `"` or `\`), and `""` is an empty word.
 *
 * @param text The command line.
 * @returns Its words.
 * @throws {ShlexError} On an unclosed quote or a trailing backslash.
 *
 * @example
 * ```ts
 * import { shlexSplit } from "./_shlex.ts";
 * const words = shlexSplit(`echo 'a b' "c\\"d" e\\ f ""`);
 * console.assert(JSON.stringify(words) === '["echo","a b","c\\"d","e f",""]');
 * ```
 */
export function shlexSplit(text: string): string[] {
  const words: string[] = [];
  // " " between words, "a" in a word, a quote inside quotes, "\\" after a
  // backslash; "" stands for the end of the text.
  let state = " ";
  let escaped = "a";
  let token = "";
  let quoted = false;
  for (const char of [...text, ""]) {
    if (state === " " || state === "a") {
      if (char === "") break;
      if (WHITESPACE.includes(char)) {
        if (token || quoted) words.push(token);
        token = "";
        quoted = false;
        state = " ";
      } else if (QUOTES.includes(char)) {
        state = char;
      } else if (char === "\\") {
        escaped = "a";
        state = char;
      } else {
        token += char;
        state = "a";
      }
    } else if (state === "\\") {
      if (char === "") throw new ShlexError("No escaped character");
      // Inside double quotes the backslash stays unless it escapes itself
      // or the quote.
      if (QUOTES.includes(escaped) && char !== "\\" && char !== escaped) {
        token += "\\";
      }
      token += char;
      state = escaped;
    } else {
      quoted = true;
      if (char === "") throw new ShlexError("No closing quotation");
      if (char === state) {
        state = "a";
      } else if (char === "\\" && state === '"') {
        escaped = state;
        state = char;
      } else token += char;
    }
  }
  if (token || quoted) words.push(token);
  return words;
}

/**
 * Quotes `word` for a POSIX shell as `shlex.quote()` does: unchanged when
 * it has only safe characters, else in single quotes.
 *
 * @param word One word.
 * @returns The word, quoted when needed.
 *
 * @example
 * ```ts
 * import { shlexQuote } from "./_shlex.ts";
 * console.assert(shlexQuote("a-b/c.d") === "a-b/c.d");
 * console.assert(shlexQuote("it's") === `'it'"'"'s'`);
 * console.assert(shlexQuote("") === "''");
 * ```
 */
export function shlexQuote(word: string): string {
  if (word === "") return "''";
  if (!/[^\w@%+=:,./-]/.test(word)) return word;
  return `'${word.replaceAll("'", `'"'"'`)}'`;
}
