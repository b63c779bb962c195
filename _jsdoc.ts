/**
 * Reads a module's `@module` JSDoc for `mod.ts docs`: its first sentence is
 * the short description, the rest the description (one item per
 * paragraph), its `@example` blocks of YAML the `EXAMPLES`, its `@author`
 * tags the authors. Markdown code spans become Ansible's `C(...)`.
 *
 * @module
 */

/** What a module's `@module` JSDoc says, in the shape of Ansible's docs. */
export interface ModuleDoc {
  /** The first sentence, without its final period. */
  shortDescription: string;
  /** The other sentences and paragraphs, one item per paragraph. */
  description: string[];
  /** The YAML of the `@example` blocks (fenced as `yaml` or `yml`). */
  examples: string;
  /** One item per `@author` tag. */
  authors: string[];
}

/**
 * Finds the `@module` JSDoc block of a module's source and reads it, or
 * returns `undefined` when the module has none.
 *
 * @param source The module's TypeScript (or JavaScript) text.
 * @returns The documentation found, or `undefined`.
 *
 * @example
 * ```ts
 * import { parseModuleDoc } from "./_jsdoc.ts";
 * const fence = "`".repeat(3);
 * const doc = parseModuleDoc([
 *   "/**",
 *   " * Greets `name`. Politely.",
 *   " *",
 *   " * @example",
 *   ` * ${fence}yaml`,
 *   " * - hello: {name: x}",
 *   ` * ${fence}`,
 *   " * @module",
 *   " *" + "/",
 * ].join("\n"));
 * console.assert(doc?.shortDescription === "Greets C(name)");
 * console.assert(doc?.description[0] === "Politely.");
 * console.assert(doc?.examples === "- hello: {name: x}\n");
 * ```
 */
export function parseModuleDoc(source: string): ModuleDoc | undefined {
  for (const match of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = match[1].split("\n").map((line) =>
      line.replace(/^\s*\* ?/, "").trimEnd()
    );
    const { prose, tags } = splitTags(lines);
    if (!tags.some((tag) => tag.name === "module")) continue;
    const paragraphs = paragraphsOf(prose);
    const first = paragraphs[0];
    let shortDescription = "";
    const description: string[] = [];
    if (first && !first.code) {
      const [sentence, rest] = firstSentence(first.text);
      shortDescription = sentence.replace(/\.$/, "");
      if (rest) description.push(rest);
    }
    for (const p of paragraphs.slice(shortDescription ? 1 : 0)) {
      description.push(p.text);
    }
    return {
      shortDescription,
      description,
      examples: tags.filter((tag) => tag.name === "example")
        .flatMap((tag) => yamlBlocks(tag.lines)).join("\n"),
      authors: tags.filter((tag) => tag.name === "author")
        .map((tag) => tag.lines.join(" ").trim()).filter((a) => a !== ""),
    };
  }
  return undefined;
}

interface Tag {
  name: string;
  /** The tag line's text after the name, then the lines up to the next tag. */
  lines: string[];
}

/** Splits a block's lines into the prose before the first tag, and the tags. */
function splitTags(lines: string[]): { prose: string[]; tags: Tag[] } {
  const prose: string[] = [];
  const tags: Tag[] = [];
  let fenced = false;
  for (const line of lines) {
    const tag = fenced ? null : /^@(\w+)\s*(.*)$/.exec(line);
    if (tag) tags.push({ name: tag[1], lines: tag[2] ? [tag[2]] : [] });
    else (tags.at(-1)?.lines ?? prose).push(line);
    if (isFence(line)) fenced = !fenced;
  }
  return { prose, tags };
}

function isFence(line: string): boolean {
  return /^\s*(?:```|~~~)/.test(line);
}

interface Paragraph {
  text: string;
  /** A fenced code block: its lines kept as they are. */
  code: boolean;
}

/** Prose paragraphs (lines joined, markup converted) and code blocks. */
function paragraphsOf(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let prose: string[] = [];
  let code: string[] | undefined;
  const flush = () => {
    if (prose.length) out.push({ text: markup(prose.join(" ")), code: false });
    prose = [];
  };
  for (const line of lines) {
    if (code) {
      if (isFence(line)) {
        out.push({ text: code.join("\n"), code: true });
        code = undefined;
      } else code.push(line);
    } else if (isFence(line)) {
      flush();
      code = [];
    } else if (line.trim() === "") flush();
    else prose.push(line.trim());
  }
  if (code?.length) out.push({ text: code.join("\n"), code: true });
  flush();
  return out;
}

/** The text up to the end of the first sentence, and the rest. */
function firstSentence(text: string): [string, string] {
  // A sentence ends at . ! or ? before a capital (or the end): "e.g. x" goes on.
  const end = /[.!?](?=\s+[A-Z0-9`"'(]|\s*$)/.exec(text);
  if (!end) return [text, ""];
  const cut = end.index + 1;
  return [text.slice(0, cut), text.slice(cut).trim()];
}

/** Markdown code spans and JSDoc links as Ansible's C(...), where it can hold them. */
function markup(text: string): string {
  return text
    .replace(
      /\{@link(?:code|plain)?\s+([^}\s|]+)(?:\s*\|?\s*([^}]*))?\}/g,
      (whole, target: string, label?: string) => code(label || target, whole),
    )
    .replace(/`([^`]+)`/g, (whole, inner: string) => code(inner, whole));
}

function code(text: string, otherwise: string): string {
  // C(...) ends at the first ")": such text keeps its Markdown form.
  return text.includes(")") ? otherwise : `C(${text})`;
}

/** The contents of the `yaml`/`yml` fenced blocks among an example's lines. */
function yamlBlocks(lines: string[]): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  let inOther = false;
  for (const line of lines) {
    if (current) {
      if (isFence(line)) {
        blocks.push(`${current.join("\n")}\n`);
        current = undefined;
      } else current.push(line);
    } else if (inOther) {
      if (isFence(line)) inOther = false;
    } else if (isFence(line)) {
      if (/^\s*(?:```|~~~)\s*ya?ml\b/i.test(line)) current = [];
      else inOther = true;
    }
  }
  return blocks;
}
