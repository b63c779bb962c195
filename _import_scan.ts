/**
 * Finds the local modules a JavaScript or TypeScript source imports: static
 * `import`/`export ... from` and `import()` with a string literal, whose
 * specifier is relative or a `file:` URL. The daemon uses it to know which
 * files a loaded module depends on, so that an edited helper is noticed.
 * A light tokenizer, not a parser: comments, strings, template literals and
 * regular expressions are skipped so that text in them is never taken for
 * an import.
 *
 * @module
 */

type Token = { kind: "word" | "string" | "punct"; text: string };

/**
 * What the scan stops at: comments and strings (skipped whole), template
 * literals and slashes (scanned by hand), and the two keywords. Everything
 * else is passed over by the regular expression engine.
 */
const SCAN =
  /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`|\/|(?<![\w$.])(?:import|export)(?![\w$])/g;

/** One token of an import clause: space and comments skipped. */
const STEP =
  /(\s+|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)|([A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*)|(\S)/y;

/**
 * The absolute `file:` URLs of the local modules `source` (found at `base`)
 * imports, in order of appearance, without duplicates.
 *
 * @param source The module's text.
 * @param base The module's own URL, for relative specifiers.
 * @returns Absolute `file:` URLs, query and fragment removed.
 *
 * @example
 * ```ts
 * import { localImports } from "./_import_scan.ts";
 * const source = `import { a } from "./a.ts"; // import "./no.ts"
 * const b = await import("../b.ts"); import x from "npm:x";`;
 * const found = localImports(source, "file:///src/m/mod.ts");
 * console.assert(found.join() === "file:///src/m/a.ts,file:///src/b.ts");
 * ```
 */
export function localImports(source: string, base: string): string[] {
  const found = new Set<string>();
  SCAN.lastIndex = 0;
  for (let match; (match = SCAN.exec(source)) !== null;) {
    const text = match[0];
    const at = match.index;
    if (text === "`") {
      SCAN.lastIndex = templateEnd(source, at) + 1;
    } else if (text === "/") {
      if (regexMayStart(source, at)) SCAN.lastIndex = regexEnd(source, at) + 1;
    } else if (text === "import" || text === "export") {
      const tokens = clauseTokens(source, at);
      const specifier = text === "import"
        ? importSpecifier(tokens)
        : exportSpecifier(tokens);
      const url = specifier === undefined
        ? undefined
        : localUrl(specifier, base);
      if (url) found.add(url);
    }
  }
  return [...found];
}

/** The tokens from `at` on, as far as an import clause can reach. */
function clauseTokens(source: string, at: number): Token[] {
  const tokens: Token[] = [];
  let i = at;
  while (i < source.length && tokens.length < 256) {
    STEP.lastIndex = i;
    const match = STEP.exec(source);
    if (!match) break;
    const [whole, space, string, word, punct] = match;
    i += whole.length;
    if (space !== undefined) continue;
    if (string !== undefined) {
      const closed = string.length > 1 && string.at(-1) === string[0];
      tokens.push({
        kind: "string",
        text: unescape(string.slice(1, closed ? -1 : undefined)),
      });
    } else if (word !== undefined) tokens.push({ kind: "word", text: word });
    else {
      tokens.push({ kind: "punct", text: punct });
      if (punct === ";" || punct === "=" || punct === "`") break;
    }
  }
  return tokens;
}

/** The specifier of an `import` clause, if it has a literal one. */
function importSpecifier(tokens: Token[]): string | undefined {
  const next = tokens[1];
  if (!next || next.text === ".") return undefined; // import.meta
  if (next.kind === "string") return next.text; // import "x"
  if (next.text === "(") {
    const argument = tokens[2];
    const after = tokens[3];
    return argument?.kind === "string" &&
        (after?.text === ")" || after?.text === ",")
      ? argument.text
      : undefined;
  }
  return fromClause(tokens);
}

/** The specifier of an `export ... from "x"` clause. */
function exportSpecifier(tokens: Token[]): string | undefined {
  const next = tokens[1]?.text;
  if (next !== "*" && next !== "{" && next !== "type") return undefined;
  return fromClause(tokens);
}

/** Looks for `from "x"` in what an import clause can hold. */
function fromClause(tokens: Token[]): string | undefined {
  for (let j = 1; j < tokens.length; j++) {
    const token = tokens[j];
    if (token.kind === "word" && token.text === "from") {
      const next = tokens[j + 1];
      return next?.kind === "string" ? next.text : undefined;
    }
    if (token.kind === "string") return undefined;
    if (token.kind === "punct" && !",{}*".includes(token.text)) {
      return undefined;
    }
  }
  return undefined;
}

function localUrl(specifier: string, base: string): string | undefined {
  const local = specifier.startsWith("./") || specifier.startsWith("../") ||
    specifier.startsWith("/") || specifier.startsWith("file:");
  if (!local) return undefined;
  try {
    const url = new URL(specifier, base);
    if (url.protocol !== "file:") return undefined;
    url.search = "";
    url.hash = "";
    return url.href;
  } catch {
    return undefined;
  }
}

function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote && source[i] !== "\n") {
    i += source[i] === "\\" ? 2 : 1;
  }
  return i;
}

/** The closing backtick of a template literal, across nested `${...}`. */
function templateEnd(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") i += 2;
    else if (c === "`") return i;
    else if (c === "$" && source[i + 1] === "{") {
      let depth = 1;
      i += 2;
      while (i < source.length && depth > 0) {
        const d = source[i];
        if (d === "{") depth++;
        else if (d === "}") depth--;
        else if (d === '"' || d === "'") i = stringEnd(source, i);
        else if (d === "`") i = templateEnd(source, i);
        i++;
      }
    } else i++;
  }
  return i;
}

/** Whether the `/` at `at` starts a regular expression rather than a division. */
function regexMayStart(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(source[i])) i--;
  if (i < 0) return true;
  const c = source[i];
  if (/[\w$]/.test(c)) {
    let j = i;
    while (j > 0 && /[\w$]/.test(source[j - 1])) j--;
    return /^(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/
      .test(source.slice(j, i + 1));
  }
  return !")]}\"'`".includes(c);
}

function regexEnd(source: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < source.length && source[i] !== "\n") {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) return i;
    i++;
  }
  return i;
}

function unescape(text: string): string {
  return text.includes("\\")
    ? text.replace(/\\(.)/g, (_all, c: string) => c)
    : text;
}
