/**
 * A small YAML emitter for the documentation sidecars of `mod.ts docs`:
 * block style, readable by PyYAML (which ansible-doc uses) and by people.
 * It writes only what JSON holds (plus `bigint` and non-finite numbers),
 * and quotes every string YAML 1.1 would read as something else (`yes`,
 * `1.0`, `null`, `2024-01-01`...).
 *
 * @module
 */

/**
 * Raised for a value YAML cannot hold here (a function, a symbol, a class
 * instance other than a plain object or array).
 *
 * @example
 * ```ts
 * import { YamlError } from "./_yaml.ts";
 * console.assert(new YamlError("Cannot write a function").name === "YamlError");
 * ```
 */
export class YamlError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "YamlError";
  }
}

/**
 * Writes `value` as a YAML document (ending with a newline): mappings and
 * sequences in block style, multi-line strings as literal blocks, other
 * strings plain when YAML reads them back as the same string, else
 * double-quoted.
 *
 * @param value Plain objects, arrays, strings, numbers, bigints, booleans, null.
 * @returns The YAML text.
 * @throws {YamlError} For a value YAML cannot hold here.
 *
 * @example
 * ```ts
 * import { toYaml } from "./_yaml.ts";
 * const text = toYaml({ name: "web", enabled: "yes", ports: [80, 443], note: "a\nb\n" });
 * console.assert(text === 'name: web\nenabled: "yes"\nports:\n  - 80\n  - 443\nnote: |\n  a\n  b\n');
 * ```
 */
export function toYaml(value: unknown): string {
  // A literal block needs indented content, so a lone string is quoted.
  return `${
    isCollection(value) ? block(value, "").join("\n") : inline(value)
  }\n`;
}

/** The lines of a non-empty mapping or sequence, each starting with `indent`. */
function block(value: object, indent: string): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCollection(item)) {
        // "- " then the item's first line; the rest lines up under it.
        const inner = block(item, `${indent}  `);
        lines.push(`${indent}- ${inner[0].slice(indent.length + 2)}`);
        lines.push(...inner.slice(1));
      } else {
        // A block scalar's lines go two columns in from the item's, as
        // deno fmt writes them.
        const [first, ...rest] = scalar(item, { indent, offset: 4 });
        lines.push(`${indent}- ${first}`, ...rest);
      }
    }
    return lines;
  }
  for (const [key, item] of Object.entries(value)) {
    const name = scalarText(key);
    if (isCollection(item)) {
      lines.push(`${indent}${name}:`);
      lines.push(...block(item, `${indent}  `));
    } else {
      const [first, ...rest] = scalar(item, { indent, offset: 2 });
      lines.push(`${indent}${name}: ${first}`, ...rest);
    }
  }
  return lines;
}

/**
 * A scalar (or empty collection): its first line, then any block lines,
 * `offset` columns in from its parent's (the key's, or the item's "-"),
 * which starts at `indent`.
 */
function scalar(
  value: unknown,
  at: { indent: string; offset: number },
): string[] {
  if (typeof value === "string" && value.includes("\n")) {
    const literal = literalBlock(value, at);
    if (literal) return literal;
  }
  return [inline(value)];
}

/** A value written on one line. */
function inline(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "bigint") return String(value);
  if (typeof value === "number") return number(value);
  if (typeof value === "string") return scalarText(value);
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (isMapping(value) && Object.keys(value).length === 0) return "{}";
  throw new YamlError(
    `Cannot write ${
      typeof value === "object" ? "this object" : typeof value
    } as YAML`,
  );
}

/** A number as YAML 1.1 reads it back: floats need a dot and a signed exponent. */
function number(n: number): string {
  if (Number.isNaN(n)) return ".nan";
  if (!Number.isFinite(n)) return n > 0 ? ".inf" : "-.inf";
  // Exact digits: String(2 ** 60) rounds to "1152921504606847000".
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const text = String(n);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const mantissa = text.slice(0, e);
  const exponent = text.slice(e + 1);
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}e${
    /^[-+]/.test(exponent) ? exponent : `+${exponent}`
  }`;
}

/** Words YAML 1.1 reads as booleans or null (checked without case). */
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null)$/i;

/**
 * Characters PyYAML reads as they are, in plain and block scalars: printable
 * and not a line break of YAML 1.1 (NEL, LS, PS) or a byte order mark.
 */
const PLAIN_CHARS =
  /^[\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** A one-line string: plain when YAML reads it back unchanged, else quoted. */
function scalarText(text: string): string {
  const plain = /^[A-Za-z_/(][^\t]*$/.test(text) && PLAIN_CHARS.test(text) &&
    !RESERVED.test(text) && !/(?:: |\s#)/.test(text) && !/[\s:]$/.test(text);
  return plain ? text : doubleQuoted(text);
}

const ESCAPES: Readonly<Record<string, string>> = {
  "\0": "\\0",
  "\x07": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  "\x1b": "\\e",
  '"': '\\"',
  "\\": "\\\\",
  "\x85": "\\N",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

/** A double-quoted string with every character PyYAML would refuse escaped. */
function doubleQuoted(text: string): string {
  let out = '"';
  for (const char of text) {
    const escape = ESCAPES[char];
    if (escape) out += escape;
    else if (PLAIN_CHARS.test(char)) out += char;
    else {
      const code = char.codePointAt(0)!;
      // A lone surrogate cannot be carried by UTF-8: it becomes U+FFFD.
      out += code >= 0xd800 && code <= 0xdfff
        ? "\uFFFD"
        : code <= 0xff
        ? `\\x${hex(code, 2)}`
        : `\\u${hex(code, 4)}`;
    }
  }
  return `${out}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, "0");
}

/**
 * A multi-line string as a literal block (`|`), or undefined when one cannot
 * carry it exactly (characters that need escapes, a carriage return,
 * trailing blanks).
 */
function literalBlock(
  text: string,
  at: { indent: string; offset: number },
): string[] | undefined {
  const indent = at.indent + " ".repeat(at.offset);
  const lines = text.split("\n");
  // Trailing blanks would not survive editors or deno fmt, which trim them.
  if (
    !lines.every((line) =>
      PLAIN_CHARS.test(line.replaceAll("\t", " ")) && !/\s$/.test(line)
    )
  ) return undefined;
  let trailing = 0;
  while (trailing < lines.length && lines[lines.length - 1 - trailing] === "") {
    trailing++;
  }
  const content = lines.slice(0, lines.length - trailing);
  if (content.length === 0) return undefined;
  // One empty string after the split means one final newline: "clip".
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const body = trailing > 1 ? lines.slice(0, -1) : content;
  // Content starting with a space needs its indentation given explicitly,
  // counted from the parent's column: the key's, or the item's "-".
  const first = body.find((line) => line !== "") ?? "";
  const indicator = /^[ \t]/.test(first) ? String(at.offset) : "";
  return [
    `|${indicator}${chomp}`,
    ...body.map((line) => (line === "" ? "" : `${indent}${line}`)),
  ];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A non-empty array or plain object: written as a block. */
function isCollection(value: unknown): value is object {
  if (Array.isArray(value)) return value.length > 0;
  return isMapping(value) && Object.keys(value).length > 0;
}
