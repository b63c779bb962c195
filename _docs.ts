/**
 * `mod.ts docs`: writes a module's documentation sidecar, `NAME.yml` beside
 * `NAME.ts`, which ansible-doc reads for modules that are not Python (since
 * ansible-core 2.14), or checks that the sidecar still matches the module.
 *
 * Everything comes from the module as written: `DOCUMENTATION` from the
 * options its `create()` declares (read by running the module under the
 * describe flag, so the spec need not be moved anywhere) and from its
 * `@module` JSDoc; `EXAMPLES` from that JSDoc's `@example` blocks of YAML;
 * `RETURN` from the `returnSpec` option beside `argumentSpec`.
 *
 * @module
 */

import { basename } from "node:path";
import { DescribedFunction, parseDescription } from "./_describe.ts";
import { type ModuleDoc, parseModuleDoc } from "./_jsdoc.ts";
import { DESCRIBE_FLAG } from "./_protocol.ts";
import { toYaml, YamlError } from "./_yaml.ts";

/** How long a module may take to describe itself. */
const DESCRIBE_TIMEOUT_MS = 60_000;

/** The description of an option (or module) its author did not describe. */
export const UNDOCUMENTED = "Not documented.";

const TYPES = new Set([
  "str",
  "int",
  "float",
  "bool",
  "list",
  "dict",
  "path",
  "raw",
  "jsonarg",
  "json",
  "bytes",
  "bits",
  "sid",
]);

const CHECK_MODE =
  "Can run in check_mode and return changed status prediction without modifying target.";

/**
 * A module could not be documented: it would not run, or said nothing.
 *
 * @example
 * ```ts
 * import { DocsError } from "./_docs.ts";
 * console.assert(new DocsError("No module at x.ts").name === "DocsError");
 * ```
 */
export class DocsError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "DocsError";
  }
}

/** A module's sidecar: its text, and what its author should know. */
export interface Sidecar {
  /** The YAML to write to `NAME.yml`. */
  text: string;
  /** Missing documentation (undocumented options, no `@module` JSDoc). */
  warnings: string[];
}

/**
 * The sidecar path of a module: `NAME.yml` beside `NAME.ts` (or `NAME`).
 *
 * @example
 * ```ts
 * import { sidecarPath } from "./_docs.ts";
 * console.assert(sidecarPath("library/hello.ts") === "library/hello.yml");
 * ```
 */
export function sidecarPath(modulePath: string): string {
  return `${modulePath.replace(/\.[^./]*$/, "")}.yml`;
}

/**
 * Runs the module with the describe flag and returns the options its
 * `create()` was given (functions as {@linkcode DescribedFunction}).
 *
 * @param modulePath The module file.
 * @returns The options, as JSON can carry them.
 * @throws {DocsError} When the module does not run, or prints no options.
 *
 * @example
 * ```ts ignore
 * import { describeModule } from "./_docs.ts";
 * const options = await describeModule("examples/hello.ts");
 * ```
 */
export async function describeModule(
  modulePath: string,
): Promise<Record<string, unknown>> {
  const signal = AbortSignal.timeout(DESCRIBE_TIMEOUT_MS);
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-all", modulePath, DESCRIBE_FLAG],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      env: { ANSIBLE_TURBO_DISABLE: "1" },
      signal,
    }).output();
  } catch (error) {
    throw new DocsError(
      signal.aborted
        ? `${modulePath} did not describe its options within ${
          DESCRIBE_TIMEOUT_MS / 1000
        } s`
        : `Could not run ${modulePath}: ${(error as Error).message}`,
    );
  }
  const decoder = new TextDecoder();
  let described: unknown;
  try {
    described = parseDescription(decoder.decode(output.stdout));
  } catch (error) {
    throw new DocsError(
      `${modulePath} printed options that are not JSON: ${
        (error as Error).message
      }`,
    );
  }
  if (!isRecord(described)) {
    const stderr = decoder.decode(output.stderr).trim().split("\n").slice(-5);
    throw new DocsError(
      `${modulePath} printed no options (exit code ${output.code}): when run with ${DESCRIBE_FLAG}, it must call AnsibleModule.create() or AnsibleTurboModule.create() of an ansible-turbo that has "mod.ts docs"${
        stderr[0] ? `. Its last errors:\n${stderr.join("\n")}` : ""
      }`,
    );
  }
  return described;
}

/**
 * Builds the sidecar of a module from its described options and its source.
 *
 * @param name The module's name (its file's base name).
 * @param inputs `options`: what {@linkcode describeModule} returned;
 *   `source`: the module's text, for its `@module` JSDoc.
 * @returns The YAML text and the warnings.
 *
 * @example
 * ```ts
 * import { buildSidecar } from "./_docs.ts";
 * const { text } = buildSidecar("hello", {
 *   options: { argumentSpec: { name: { type: "str", required: true, description: "Who." } } },
 *   source: "/** Greets someone.\n * @module\n *" + "/",
 * });
 * console.assert(text.includes("    name:\n      description: Who.\n      type: str\n      required: true\n"));
 * ```
 */
export function buildSidecar(
  name: string,
  inputs: { options: Record<string, unknown>; source: string },
): Sidecar {
  const warnings: string[] = [];
  const doc: ModuleDoc = parseModuleDoc(inputs.source) ?? {
    shortDescription: "",
    description: [],
    examples: "",
    authors: [],
  };
  if (!doc.shortDescription) {
    warnings.push(
      "no @module JSDoc with a first sentence: short_description is the module's name",
    );
  }
  const undocumented: string[] = [];
  const spec = inputs.options.argumentSpec;
  const documentation: Record<string, unknown> = {
    module: name,
    short_description: doc.shortDescription || name,
    description: doc.description.length
      ? doc.description
      : [doc.shortDescription ? `${doc.shortDescription}.` : UNDOCUMENTED],
  };
  if (doc.authors.length) documentation.author = doc.authors;
  documentation.options = isRecord(spec)
    ? optionDocs(spec, { undocumented, prefix: "" })
    : {};
  documentation.attributes = {
    check_mode: {
      description: CHECK_MODE,
      support: inputs.options.supportsCheckMode === true ? "full" : "none",
    },
  };
  if (undocumented.length) {
    warnings.push(
      `options without a description: ${
        undocumented.join(", ")
      } (give their spec entries a description)`,
    );
  }
  const returns = inputs.options.returnSpec;
  const header =
    `# Documentation of ${name} for ansible-doc, written by \`mod.ts docs\` from the\n` +
    "# module's argument spec, returnSpec and @module JSDoc: edit those, then run it again.\n";
  return {
    text: header + toYaml({
      DOCUMENTATION: documentation,
      EXAMPLES: doc.examples,
      RETURN: isRecord(returns) ? returns : {},
    }),
    warnings,
  };
}

/** The `options` of DOCUMENTATION (or `suboptions`) for a spec. */
function optionDocs(
  spec: Record<string, unknown>,
  names: { undocumented: string[]; prefix: string },
): Record<string, unknown> {
  const { undocumented, prefix } = names;
  const out: Record<string, unknown> = {};
  for (const [option, value] of Object.entries(spec)) {
    const entry = isRecord(value) ? value : {};
    const doc: Record<string, unknown> = {};
    const description = entry.description;
    if (
      typeof description === "string"
        ? description.trim() !== ""
        : Array.isArray(description) && description.length > 0
    ) {
      doc.description = description;
    } else {
      doc.description = UNDOCUMENTED;
      undocumented.push(prefix + option);
    }
    doc.type = typeName(entry.type);
    if (entry.required === true) doc.required = true;
    if (entry.default !== undefined && entry.default !== null) {
      doc.default = entry.default;
    }
    if (Array.isArray(entry.choices)) doc.choices = entry.choices;
    if (entry.elements !== undefined) doc.elements = typeName(entry.elements);
    if (Array.isArray(entry.aliases) && entry.aliases.length) {
      doc.aliases = entry.aliases;
    }
    if (typeof entry.version_added === "string") {
      doc.version_added = entry.version_added;
    }
    if (isRecord(entry.options) && Object.keys(entry.options).length) {
      doc.suboptions = optionDocs(entry.options, {
        undocumented,
        prefix: `${prefix}${option}.`,
      });
    }
    out[option] = doc;
  }
  return out;
}

/** An Ansible type name; a `type` function validates anything: `raw`. */
function typeName(type: unknown): string {
  if (type === undefined || type === null) return "str";
  if (type instanceof DescribedFunction) return "raw";
  return TYPES.has(String(type)) ? String(type) : "raw";
}

/**
 * What differs between the sidecar a module should have and the one it has,
 * line by line, each line named by its place in the YAML
 * (`DOCUMENTATION > options > name`); empty when they agree.
 *
 * @param expected The sidecar built from the module.
 * @param actual The sidecar on disk.
 * @returns One line per difference: `-` in the sidecar only, `+` expected only.
 *
 * @example
 * ```ts
 * import { compareSidecars } from "./_docs.ts";
 * const diff = compareSidecars("a:\n  b: 1\n", "a:\n  b: 2\n");
 * console.assert(diff.join("\n") === "- a: b: 2\n+ a: b: 1");
 * ```
 */
export function compareSidecars(expected: string, actual: string): string[] {
  const want = expected.split("\n");
  const have = actual.split("\n");
  const wantPaths = linePaths(want);
  const havePaths = linePaths(have);
  // Longest common subsequence of lines, from the end.
  const rows = have.length + 1;
  const cols = want.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = have.length - 1; i >= 0; i--) {
    for (let j = want.length - 1; j >= 0; j--) {
      lcs[i * cols + j] = have[i] === want[j]
        ? lcs[(i + 1) * cols + j + 1] + 1
        : Math.max(lcs[(i + 1) * cols + j], lcs[i * cols + j + 1]);
    }
  }
  const out: string[] = [];
  const place = (path: string, line: string) =>
    `${path ? `${path}: ` : ""}${line.trim()}`;
  let i = 0;
  let j = 0;
  while (i < have.length || j < want.length) {
    if (i < have.length && j < want.length && have[i] === want[j]) {
      i++;
      j++;
    } else if (
      j >= want.length ||
      (i < have.length && lcs[(i + 1) * cols + j] >= lcs[i * cols + j + 1])
    ) {
      out.push(`- ${place(havePaths[i], have[i])}`);
      i++;
    } else {
      out.push(`+ ${place(wantPaths[j], want[j])}`);
      j++;
    }
  }
  return out;
}

/** For each line of a YAML text we wrote, the keys that contain it. */
function linePaths(lines: string[]): string[] {
  const stack: { indent: number; key: string }[] = [];
  let blockAt = -1;
  return lines.map((line) => {
    const indent = line.length - line.trimStart().length;
    if (blockAt >= 0 && (line.trim() === "" || indent > blockAt)) {
      return stack.map((s) => s.key).join(" > ");
    }
    blockAt = -1;
    if (line.trim() === "" || line.startsWith("#")) return "";
    let rest = line.slice(indent);
    let depth = indent;
    while (rest.startsWith("- ")) {
      rest = rest.slice(2);
      depth += 2;
    }
    while (stack.length && stack[stack.length - 1].indent >= depth) {
      stack.pop();
    }
    const path = stack.map((s) => s.key).join(" > ");
    const key = /^("(?:[^"\\]|\\.)*"|[^\s"][^:]*):(?: (.*))?$/.exec(rest);
    if (key) {
      stack.push({ indent: depth, key: key[1] });
      if (key[2]?.startsWith("|")) blockAt = depth;
    }
    return path;
  });
}

/**
 * Runs `mod.ts docs [--check] MODULE...`: writes each module's sidecar, or
 * with `check` compares it, printing what differs. Returns the exit code:
 * 0 when every module was documented (or matched), 1 otherwise.
 *
 * @example
 * ```ts ignore
 * import { docsCommand } from "./_docs.ts";
 * Deno.exit(await docsCommand(["examples/hello.ts"], { check: true }));
 * ```
 */
export async function docsCommand(
  modules: string[],
  options: { check: boolean },
): Promise<number> {
  if (modules.length === 0) {
    console.error(
      "error: give the module files to document (mod.ts docs MODULE.ts)",
    );
    return 2;
  }
  let code = 0;
  for (const modulePath of modules) {
    try {
      if (!(await documentOne(modulePath, options))) code = 1;
    } catch (error) {
      if (!(error instanceof DocsError || error instanceof YamlError)) {
        throw error;
      }
      // A DocsError names the module itself.
      const where = error instanceof YamlError ? `${modulePath}: ` : "";
      console.error(`error: ${where}${error.message}`);
      code = 1;
    }
  }
  return code;
}

/** Documents (or checks) one module; false when its sidecar is out of date. */
async function documentOne(
  modulePath: string,
  options: { check: boolean },
): Promise<boolean> {
  let source: string;
  try {
    source = await Deno.readTextFile(modulePath);
  } catch (error) {
    throw new DocsError(
      `Cannot read the module ${modulePath}: ${(error as Error).message}`,
    );
  }
  const name = basename(modulePath).replace(/\.[^.]*$/, "");
  const sidecar = buildSidecar(name, {
    options: await describeModule(modulePath),
    source,
  });
  const target = sidecarPath(modulePath);
  if (!options.check) {
    for (const warning of sidecar.warnings) {
      console.error(`warning: ${modulePath}: ${warning}`);
    }
    try {
      await Deno.writeTextFile(target, sidecar.text);
    } catch (error) {
      throw new DocsError(
        `Cannot write ${target}: ${(error as Error).message}`,
      );
    }
    console.log(`Wrote ${target}`);
    return true;
  }
  let current: string;
  try {
    current = await Deno.readTextFile(target);
  } catch {
    console.log(
      `${target} is missing: write it with \`deno run -A mod.ts docs ${modulePath}\``,
    );
    return false;
  }
  const differences = compareSidecars(sidecar.text, current);
  if (differences.length === 0) {
    console.log(`${target} matches ${modulePath}`);
    return true;
  }
  const shown = differences.slice(0, 40);
  console.log(
    `${target} does not match ${modulePath} (- in the sidecar, + from the module):\n${
      shown.map((d) => `  ${d}`).join("\n")
    }${
      differences.length > shown.length
        ? `\n  ... and ${differences.length - shown.length} more`
        : ""
    }\nUpdate it with \`deno run -A mod.ts docs ${modulePath}\``,
  );
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
