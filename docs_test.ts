/**
 * `mod.ts docs`: sidecars written from real modules (run under the describe
 * flag by a real `deno` process), read back by PyYAML and by the real
 * `ansible-doc` of ansible-core 2.14 and 2.19 (full page, `-j`, `-s`, `-l`),
 * from a collection and from a library directory; `--check` on the
 * shipped examples and on a module whose spec changed.
 *
 * ansible-core 2.14 is `/usr/bin/ansible-doc` with Debian's python3; 2.19
 * is the tree `.ci/install_ansible.sh` unpacks (`$ANSIBLE_219_DIR`, else
 * `.cache/ansible-2.19/root`). With CI=true a missing version fails.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { DescribedFunction, parseDescription } from "./_describe.ts";
import { installLauncher } from "./_cli.ts";
import { compareSidecars } from "./_docs.ts";
import { parseModuleDoc } from "./_jsdoc.ts";
import { DESCRIBE_FLAG } from "./_protocol.ts";
import { DENO, portableSource, ROOT, sandbox } from "./_test_harness.ts";
import { toYaml } from "./_yaml.ts";
import {
  returnSpec as richReturns,
  spec as richSpec,
} from "./testdata/docs/rich.ts";

const CI = Deno.env.get("CI") === "true";
const PYTHON = "/usr/bin/python3";
const MOD = join(ROOT, "mod.ts");
const EXAMPLES = [
  "examples/hello.ts",
  "examples/keypair.ts",
  "examples/slow_init.ts",
];

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  command: string,
  args: string[],
  options: {
    env?: Record<string, string>;
    cwd?: string;
    stdin?: string;
    clearEnv?: boolean;
  } = {},
): Promise<Output> {
  const child = new Deno.Command(command, {
    args,
    env: options.env,
    clearEnv: options.clearEnv,
    cwd: options.cwd ?? ROOT,
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(options.stdin));
    await writer.close();
  }
  const output = await child.output();
  const decoder = new TextDecoder();
  return {
    code: output.code,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

/** `deno run -A mod.ts docs ARGS`. */
function docs(args: string[], cwd = ROOT): Promise<Output> {
  return run(DENO, ["run", "--allow-all", MOD, "docs", ...args], { cwd });
}

function explain(output: Output): string {
  return `exit ${output.code}\nstdout: ${output.stdout}\nstderr: ${output.stderr}`;
}

/** One ansible-doc under test. */
interface AnsibleDoc {
  label: string;
  command: string[];
  env: Record<string, string>;
  /** Why it cannot run here, when it cannot. */
  missing?: string;
}

async function ansibleDocs(): Promise<AnsibleDoc[]> {
  const dir219 = Deno.env.get("ANSIBLE_219_DIR") ||
    join(ROOT, ".cache", "ansible-2.19", "root");
  const versions: AnsibleDoc[] = [
    { label: "2.14", command: ["/usr/bin/ansible-doc"], env: {} },
    {
      label: "2.19",
      command: [PYTHON, join(dir219, "usr/bin/ansible-doc")],
      env: { PYTHONPATH: join(dir219, "usr/lib/python3/dist-packages") },
    },
  ];
  for (const version of versions) {
    try {
      const out = await run(version.command[0], [
        ...version.command.slice(1),
        "--version",
      ], { env: version.env });
      if (out.code !== 0 || !out.stdout.includes(`core ${version.label}.`)) {
        version.missing = `${
          version.command.join(" ")
        } is not ansible-core ${version.label}: ${out.stdout.split("\n")[0]}${
          out.stderr.slice(0, 300)
        }`;
      }
    } catch (error) {
      version.missing = `${version.command.join(" ")}: ${
        (error as Error).message
      }`;
    }
  }
  return versions;
}

const VERSIONS = await ansibleDocs();
const ANSIBLE_214 = VERSIONS[0];
for (const version of VERSIONS) {
  if (version.missing !== undefined && !CI) {
    console.warn(
      `docs_test: skipping ansible-core ${version.label} (run .ci/install_ansible.sh): ${version.missing}`,
    );
  }
}

/** Runs ansible-doc (or, with `program`, its ansible-playbook) of a version. */
function ansible(
  version: AnsibleDoc,
  args: string[],
  options: { env: Record<string, string>; program?: string },
): Promise<Output> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    // The test decides Ansible's settings, not the caller's shell.
    if (!key.startsWith("ANSIBLE_") && key !== "PYTHONPATH") env[key] = value;
  }
  const [first, ...rest] = version.command;
  const command = options.program
    ? [first, ...rest].map((part) =>
      part.replace(/ansible-doc$/, options.program!)
    )
    : version.command;
  return run(command[0], [...command.slice(1), ...args], {
    // Plain text: "=" marks a required option on both versions.
    env: { ...env, ...version.env, ...options.env, ANSIBLE_NOCOLOR: "1" },
    clearEnv: true,
  });
}

function ansibleDoc(
  version: AnsibleDoc,
  args: string[],
  env: Record<string, string>,
): Promise<Output> {
  return ansible(version, args, { env });
}

// ---------------------------------------------------------------------------
// YAML

/** A seeded PRNG (mulberry32), so that a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = [
  "yes",
  "No",
  "ON",
  "off",
  "y",
  "n",
  "null",
  "~",
  "",
  " ",
  " lead",
  "trail ",
  "a: b",
  "a #b",
  "a#b",
  "http://x",
  "1.0",
  "1e5",
  "0x1f",
  "0o7",
  "1_000",
  "2024-01-01",
  "1:30",
  ".inf",
  "-.nan",
  "-",
  "- x",
  "? x",
  "[a]",
  "{a}",
  "*a",
  "&a",
  "!a",
  "|",
  ">",
  "%a",
  "@a",
  "`a",
  "'a'",
  '"a"',
  "a\tb",
  "a\rb",
  "\u0085",
  "\u2028x",
  "\ufeff",
  "\u00e9t\u00e9 \u{1F600}",
  "\x7f",
  "\x00",
  "line1\nline2",
  "line1\nline2\n",
  "x\n\n",
  "\n",
  "\n\nx",
  "  indented\nnext",
  "\tTab\nx",
  "a\n  b\n",
  "\n  x\n y",
  "a\r\nb",
  "\\back",
  "<<",
  "=",
  "True",
  "key:",
  "a,b",
  "e.g. x",
  "#x",
  "---",
  "...",
  "a\n---\nb",
  "a\n...\n",
];

const POOL = [
  ..."abcXYZ019 :#-?[]{},&*!|>'\"%@`~.=<\\/\t\n\r",
  "\u00e9",
  "\u{1F600}",
  "\u0085",
  "\u2028",
  "\ufeff",
  "\x00",
  "\x7f",
  "\u00a0",
];

Deno.test({
  name: "toYaml: PyYAML and Ansible's loader read back every value exactly",
  ignore: ANSIBLE_214.missing !== undefined && !CI,
  fn: async () => {
    // DOCS_YAML_SEED=N replays or explores other strings.
    const seed = Number(Deno.env.get("DOCS_YAML_SEED") ?? 20261206);
    const random = prng(seed);
    const strings = [...TRICKY];
    for (let i = 0; i < 400; i++) {
      let s = "";
      const length = Math.floor(random() * 12);
      for (let j = 0; j < length; j++) {
        s += POOL[Math.floor(random() * POOL.length)];
      }
      strings.push(s);
    }
    const value = {
      strings,
      keys: Object.fromEntries(strings.map((s, i) => [s, i])),
      values: Object.fromEntries(strings.map((s, i) => [`k${i}`, s])),
      numbers: [
        0,
        -1,
        1.5,
        1e21,
        1e-7,
        2 ** 60,
        -0.5,
        5e-324,
        1.7976931348623157e308,
      ],
      others: [true, false, null, [], {}, [[1, [2, []]], [{}]], {
        a: [{ b: "c\nd" }],
      }],
    };
    const out = await run(PYTHON, [
      "-c",
      [
        "import json, sys, yaml",
        "from ansible.parsing.yaml.loader import AnsibleLoader",
        "text = sys.stdin.read()",
        "plain = yaml.safe_load(text)",
        "assert plain == AnsibleLoader(text).get_single_data()",
        "print(json.dumps(plain))",
      ].join("\n"),
    ], { stdin: toYaml(value) });
    assert.equal(out.code, 0, `seed ${seed}: ${explain(out)}`);
    assert.deepEqual(JSON.parse(out.stdout), value, `seed ${seed}`);

    // Sidecars live in the repository, whose check runs deno fmt on YAML too.
    const dir = await Deno.makeTempDir({ prefix: "atd-" });
    try {
      const file = join(dir, "value.yml");
      await Deno.writeTextFile(file, toYaml(value));
      const fmt = await run(DENO, ["fmt", "--check", file]);
      assert.equal(fmt.code, 0, `seed ${seed}: ${explain(fmt)}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }

    const special = await run(PYTHON, [
      "-c",
      "import sys, yaml; print(repr(yaml.safe_load(sys.stdin.read())))",
    ], { stdin: toYaml({ n: [NaN, Infinity, -Infinity], big: 2n ** 70n }) });
    assert.equal(
      special.stdout.trim(),
      "{'n': [nan, inf, -inf], 'big': 1180591620717411303424}",
    );
  },
});

// ---------------------------------------------------------------------------
// The module's JSDoc, and what --check reports

Deno.test("parseModuleDoc: first sentence, paragraphs, YAML examples, authors", () => {
  const fence = "`".repeat(3);
  const doc = parseModuleDoc([
    "/** A helper, not the module's doc. */",
    "/**",
    " * Copies files, e.g. configs. Then `reloads()` them",
    " * and {@linkcode notifies} nobody.",
    " *",
    ` * ${fence}sh`,
    " * deno run -A x.ts",
    ` * ${fence}`,
    " *",
    " * @author A. Author (@a)",
    " * @example In TypeScript (not for EXAMPLES)",
    ` * ${fence}ts`,
    " * await main();",
    ` * ${fence}`,
    " * @example",
    ` * ${fence}yaml`,
    " * - copy:",
    " *     src: a",
    ` * ${fence}`,
    " * @module",
    " */",
  ].join("\n"));
  assert.deepEqual(doc, {
    shortDescription: "Copies files, e.g. configs",
    description: [
      // A code span holding ")" keeps its Markdown form: C(...) ends there.
      "Then `reloads()` them and C(notifies) nobody.",
      "deno run -A x.ts",
    ],
    examples: "- copy:\n    src: a\n",
    authors: ["A. Author (@a)"],
  });
  assert.equal(parseModuleDoc("/** No module tag. */\nexport {};"), undefined);
});

Deno.test("compareSidecars names the place of each line that differs", () => {
  const before = toYaml({
    DOCUMENTATION: { options: { a: { type: "str", default: "x" } } },
    EXAMPLES: "- x:\n    a: 1\n",
  });
  const after = toYaml({
    DOCUMENTATION: {
      options: { a: { type: "str", default: "z" }, b: { type: "int" } },
    },
    EXAMPLES: "- x:\n    a: 2\n",
  });
  assert.deepEqual(compareSidecars(after, before), [
    "- DOCUMENTATION > options > a: default: x",
    "+ DOCUMENTATION > options > a: default: z",
    "+ DOCUMENTATION > options: b:",
    "+ DOCUMENTATION > options > b: type: int",
    "- EXAMPLES: a: 1",
    "+ EXAMPLES: a: 2",
  ]);
  assert.deepEqual(compareSidecars(after, after), []);
});

// ---------------------------------------------------------------------------
// The describe flag

Deno.test("the describe flag: create() prints its options and exits before any daemon contact", async () => {
  await using box = await sandbox();
  // Turbo enabled, and every place a client would put a daemon in the box.
  const env = {
    ANSIBLE_TURBO_DISABLE: "0",
    XDG_RUNTIME_DIR: box.dir,
    TMPDIR: box.dir,
  };
  const before = await entries(box.dir);
  // plain.ts uses AnsibleTurboModule, rich.ts AnsibleModule.
  const turbo = await run(DENO, [
    "run",
    "--allow-all",
    "testdata/docs/plain.ts",
    DESCRIBE_FLAG,
  ], { env });
  assert.equal(turbo.code, 0, explain(turbo));
  assert.deepEqual(parseDescription(turbo.stdout), {
    argumentSpec: { name: { type: "str", required: true } },
    supportsCheckMode: true,
  });
  const plain = await run(DENO, [
    "run",
    "--allow-all",
    "testdata/docs/rich.ts",
    DESCRIBE_FLAG,
  ], { env });
  assert.equal(plain.code, 0, explain(plain));
  const options = parseDescription(plain.stdout) as {
    argumentSpec: Record<string, Record<string, unknown>>;
  };
  assert.ok(options.argumentSpec.admin_port.type instanceof DescribedFunction);
  assert.equal(
    (options.argumentSpec.admin_port.type as DescribedFunction).name,
    "toPort",
  );
  assert.equal(options.argumentSpec.quota.default, 2n ** 64n);
  assert.deepEqual(await entries(box.dir), before);
  assert.deepEqual(await box.daemonPids(), []);
});

async function entries(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  return names.sort();
}

// ---------------------------------------------------------------------------
// The docs command

Deno.test("docs --check: the example modules ship sidecars that match them", async () => {
  const out = await docs(["--check", ...EXAMPLES]);
  assert.equal(out.code, 0, explain(out));
  for (const example of EXAMPLES) {
    const sidecar = example.replace(/\.ts$/, ".yml");
    assert.ok(out.stdout.includes(`${sidecar} matches ${example}`), out.stdout);
  }
});

Deno.test("docs --check fails, saying what differs, when the spec changes", async () => {
  const dir = await Deno.makeTempDir({ prefix: "atd-" });
  try {
    // The README's module, undocumented.
    const module = join(dir, "plain.ts");
    const source = await portableSource("testdata/docs/plain.ts");
    await Deno.writeTextFile(module, source);
    const missing = await docs(["--check", module]);
    assert.equal(missing.code, 1, explain(missing));
    assert.match(missing.stdout, /plain\.yml is missing/);

    const written = await docs([module]);
    assert.equal(written.code, 0, explain(written));
    assert.equal(written.stdout.trim(), `Wrote ${join(dir, "plain.yml")}`);
    assert.match(written.stderr, /options without a description: name \(/);
    assert.match(written.stderr, /no @module JSDoc/);
    assert.equal((await docs(["--check", module])).code, 0);

    const spec = 'argumentSpec: { name: { type: "str", required: true } },';
    assert.ok(source.includes(spec), "plain.ts moved: update this test");
    await Deno.writeTextFile(
      module,
      source.replace(
        spec,
        'argumentSpec: { name: { type: "str", default: "you" }, loud: { type: "int" } },',
      ),
    );
    const stale = await docs(["--check", module]);
    assert.equal(stale.code, 1, explain(stale));
    for (
      const line of [
        "does not match",
        "- DOCUMENTATION > options > name: required: true",
        "+ DOCUMENTATION > options > name: default: you",
        "+ DOCUMENTATION > options: loud:",
        "+ DOCUMENTATION > options > loud: type: int",
        `Update it with \`deno run -A mod.ts docs ${module}\``,
      ]
    ) {
      assert.ok(stale.stdout.includes(line), `${line}\n${stale.stdout}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("docs says clearly why a module cannot be documented", async () => {
  const dir = await Deno.makeTempDir({ prefix: "atd-" });
  try {
    const silent = join(dir, "silent.ts");
    await Deno.writeTextFile(silent, 'console.log("no create() here");\n');
    const out = await docs([silent]);
    assert.equal(out.code, 1, explain(out));
    assert.match(
      out.stderr,
      /^error: .*silent\.ts printed no options \(exit code 0\)/,
    );
    assert.doesNotMatch(out.stderr, /^\s+at /m, "no stack trace");
    assert.equal(out.stdout, "");

    const none = await docs([join(dir, "absent.ts")]);
    assert.equal(none.code, 1, explain(none));
    assert.match(none.stderr, /^error: Cannot read the module .*absent\.ts/);

    const nothing = await docs([]);
    assert.equal(nothing.code, 2, explain(nothing));
    assert.match(nothing.stderr, /give the module files to document/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

// ---------------------------------------------------------------------------
// ansible-doc

/** A spec entry as the test reads the fixture's spec. */
type Entry = {
  type?: unknown;
  required?: boolean;
  default?: unknown;
  choices?: readonly unknown[];
  elements?: string;
  aliases?: readonly string[];
  description?: string | readonly string[];
  version_added?: string;
  options?: Record<string, Entry>;
};

/**
 * What ansible-doc -j must show for a spec: the spec's own documentation
 * (ansible-doc adds the collection of a `version_added`).
 */
function expectedOptions(
  spec: Record<string, Entry>,
  collection: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(spec)) {
    const doc: Record<string, unknown> = {
      description: entry.description ?? "Not documented.",
      type: typeof entry.type === "string"
        ? entry.type
        : entry.type
        ? "raw"
        : "str",
    };
    if (entry.required) doc.required = true;
    // JSON.parse below cannot hold 2^64 exactly: that default is checked in the text.
    if (entry.default !== undefined) {
      doc.default = typeof entry.default === "bigint"
        ? Number(entry.default)
        : entry.default;
    }
    if (entry.choices) doc.choices = entry.choices;
    if (entry.elements) doc.elements = entry.elements;
    if (entry.aliases) doc.aliases = entry.aliases;
    if (entry.version_added) {
      doc.version_added = entry.version_added;
      doc.version_added_collection = collection;
    }
    if (entry.options) {
      doc.suboptions = expectedOptions(entry.options, collection);
    }
    out[name] = doc;
  }
  return out;
}

/** Every option with its sub-options, depth first. */
function flatten(spec: Record<string, Entry>): [string, Entry][] {
  return Object.entries(spec).flatMap(([name, entry]) => [
    [name, entry] as [string, Entry],
    ...(entry.options ? flatten(entry.options) : []),
  ]);
}

/** Each module's page of a full ansible-doc output, by module name. */
function pagesOf(text: string): Record<string, string> {
  const pages: Record<string, string> = {};
  let name = "";
  for (const line of text.split("\n")) {
    const header = /^> .*?(acme\.demo\.\w+)/i.exec(line);
    if (header) name = header[1].toLowerCase();
    else if (name) pages[name] = `${pages[name] ?? ""}${line}\n`;
  }
  return pages;
}

/** The lines of a page's OPTIONS section that describe one option. */
function optionBlock(page: string, name: string): string {
  const all = page.split("\n");
  const from = all.findIndex((line) => line.startsWith("OPTIONS"));
  const to = all.findIndex((line, i) =>
    i > from && /^[A-Z][A-Z ]+:/.test(line)
  );
  const lines = all.slice(from, to < 0 ? undefined : to);
  const header = new RegExp(`^\\s*[=-] ${name}(\\s|$)`);
  const start = lines.findIndex((line) => header.test(line));
  assert.ok(from >= 0 && start >= 0, `no option ${name} in\n${page}`);
  let end = start + 1;
  while (end < lines.length && !/^\s*[=-] \w/.test(lines[end])) end++;
  return lines.slice(start, end).join("\n");
}

/** Text as ansible-doc prints it: markup and quotes gone, spaces collapsed. */
function plainText(text: string): string {
  return text.replace(/\b[CIBO]\(([^)]*)\)/g, "$1").replace(/[`']/g, "")
    .replace(/\s+/g, " ").trim();
}

function assertPage(page: string, spec: Record<string, Entry>): void {
  for (const [name, entry] of flatten(spec)) {
    const block = optionBlock(page, name);
    const sign = block.trimStart()[0];
    assert.equal(sign, entry.required ? "=" : "-", `${name}: ${block}`);
    const text = plainText(block);
    const description = entry.description ?? "Not documented.";
    for (
      const paragraph of typeof description === "string"
        ? [description]
        : description
    ) {
      assert.ok(text.includes(plainText(paragraph)), `${name}: ${text}`);
    }
    const type = typeof entry.type === "string"
      ? entry.type
      : entry.type
      ? "raw"
      : "str";
    assert.ok(text.includes(`type: ${type}`), `${name}: ${text}`);
    if (entry.elements) {
      assert.ok(
        text.includes(`elements: ${entry.elements}`),
        `${name}: ${text}`,
      );
    }
    for (
      const [field, value] of [["default", entry.default], [
        "choices",
        entry.choices,
      ]]
    ) {
      if (value === undefined) continue;
      const shown = new RegExp(`${field}: (.*)`).exec(plainText(block))?.[1] ??
        "";
      for (const item of Array.isArray(value) ? value : [value]) {
        assert.ok(shown.includes(String(item)), `${name} ${field}: ${shown}`);
      }
    }
    if (entry.aliases) {
      assert.ok(text.includes(`aliases: [${entry.aliases.join(", ")}]`), text);
    }
  }
}

/** Each documented module once, as a task: a sidecar must not change how it runs. */
const PLAYBOOK = `- hosts: localhost
  gather_facts: false
  tasks:
    - name: plain
      acme.demo.plain:
        name: docs
    - name: rich
      acme.demo.rich:
        site: www
        ports: [8080]
        # Its default, 2^64, would be a bigint in params, which results
        # cannot print yet.
        quota: 1024
    - name: hello
      hello:
        name: docs
`;

async function assertModulesRun(
  version: AnsibleDoc,
  playbook: string,
  env: Record<string, string>,
): Promise<void> {
  const out = await ansible(version, [
    "-i",
    "localhost,",
    "-c",
    "local",
    "-e",
    `ansible_python_interpreter=${PYTHON}`,
    playbook,
  ], {
    program: "ansible-playbook",
    env: {
      ...env,
      ANSIBLE_STDOUT_CALLBACK: "json",
      ANSIBLE_TURBO_DISABLE: "1",
    },
  });
  assert.equal(out.code, 0, explain(out));
  const tasks: { task: { name: string }; hosts: { localhost: Result } }[] =
    JSON.parse(out.stdout).plays[0].tasks;
  const results = Object.fromEntries(
    tasks.map((t) => [t.task.name, t.hosts.localhost]),
  );
  assert.equal(results.plain.greeting, "hello docs");
  assert.deepEqual(results.rich.site, { name: "www", ports: [8080] });
  assert.equal(results.hello.greeting, "hello docs");
}

type Result = Record<string, unknown>;

Deno.test({
  name: "ansible-doc 2.14 and 2.19 render the sidecars: full page, -j, -s, -l",
  ignore: VERSIONS.every((v) => v.missing !== undefined) && !CI,
  fn: async (t) => {
    const dir = await Deno.makeTempDir({ prefix: "atd-" });
    try {
      const collection = join(
        dir,
        "collections",
        "ansible_collections",
        "acme",
        "demo",
      );
      const modules = join(collection, "plugins", "modules");
      const library = join(dir, "library");
      await Deno.mkdir(modules, { recursive: true });
      await Deno.mkdir(library);
      await Deno.writeTextFile(
        join(collection, "galaxy.yml"),
        "namespace: acme\nname: demo\nversion: 1.2.0\nreadme: README.md\nauthors: [acme]\n",
      );
      const copies = [
        ["testdata/docs/rich.ts", join(modules, "rich.ts")],
        ["testdata/docs/plain.ts", join(modules, "plain.ts")],
        ["examples/hello.ts", join(library, "hello.ts")],
      ];
      // A one-word launcher shebang: 2.19 runs no other (see the README).
      const launcher = join(dir, "bin", "deno-ansible");
      await installLauncher(launcher, DENO);
      for (const [from, to] of copies) {
        const source = await portableSource(from);
        await Deno.writeTextFile(to, source.replace(/^#!.*/, `#!${launcher}`));
      }
      const playbook = join(dir, "play.yml");
      await Deno.writeTextFile(playbook, PLAYBOOK);
      const written = await docs(copies.map(([, to]) => to));
      assert.equal(written.code, 0, explain(written));
      assert.equal(
        written.stdout.split("\n").filter((l) => l.startsWith("Wrote ")).length,
        3,
      );
      assert.doesNotMatch(written.stderr, /rich\.ts/, "rich.ts is documented");
      assert.match(
        written.stderr,
        /plain\.ts: options without a description: name/,
      );

      const inCollection = {
        ANSIBLE_COLLECTIONS_PATH: join(dir, "collections"),
      };
      const inLibrary = { ANSIBLE_LIBRARY: library };
      for (const version of VERSIONS) {
        await t.step({
          name: `ansible-core ${version.label}`,
          ignore: version.missing !== undefined && !CI,
          fn: async () => {
            if (version.missing !== undefined) {
              throw new Error(
                `ansible-core ${version.label} is missing: ${version.missing}`,
              );
            }
            const names = ["acme.demo.rich", "acme.demo.plain"];
            const json = await ansibleDoc(
              version,
              ["-j", ...names],
              inCollection,
            );
            assert.equal(json.code, 0, explain(json));
            const found = JSON.parse(json.stdout);
            const rich = found["acme.demo.rich"];
            assert.deepEqual(
              rich.doc.options,
              expectedOptions(richSpec, "acme.demo"),
            );
            assert.ok(json.stdout.includes('"default": 18446744073709551616'));
            assert.equal(rich.doc.module, "rich");
            assert.equal(
              rich.doc.short_description,
              "Manages a web site on a make-believe server",
            );
            assert.deepEqual(rich.doc.author, [
              "Ada Lovelace (@ada)",
              "Grace Hopper (@grace)",
            ]);
            assert.equal(rich.doc.attributes.check_mode.support, "none");
            assert.deepEqual(rich.return, richReturns);
            assert.match(
              rich.examples,
              /^- name: Create a site\n {2}acme\.demo\.rich:\n {4}name: www\n/,
            );
            assert.match(
              rich.examples,
              /\n- acme\.demo\.rich:\n {4}site: www\n {4}state: absent\n$/,
            );
            const plain = found["acme.demo.plain"];
            assert.deepEqual(plain.doc.options, {
              name: {
                description: "Not documented.",
                type: "str",
                required: true,
              },
            });
            assert.equal(plain.doc.short_description, "plain");
            assert.equal(plain.doc.attributes.check_mode.support, "full");

            const page = await ansibleDoc(version, names, inCollection);
            assert.equal(page.code, 0, explain(page));
            const pages = pagesOf(page.stdout);
            const richPage = pages["acme.demo.rich"];
            assertPage(richPage, richSpec);
            assertPage(pages["acme.demo.plain"], {
              name: { type: "str", required: true },
            });
            assert.match(
              richPage,
              /AUTHOR: Ada Lovelace \(@ada\), Grace Hopper \(@grace\)/,
            );
            assert.match(richPage, /EXAMPLES:/);
            assert.match(richPage, /RETURN VALUES:/);

            const snippet = await ansibleDoc(
              version,
              ["-s", ...names],
              inCollection,
            );
            assert.equal(snippet.code, 0, explain(snippet));
            for (const [name, entry] of Object.entries(richSpec)) {
              const line = new RegExp(`^ +${name}: +# (.*)$`, "m").exec(
                snippet.stdout,
              );
              assert.ok(line, `${name} in\n${snippet.stdout}`);
              assert.equal(
                line[1].startsWith("(required)"),
                "required" in entry && entry.required,
              );
            }
            assert.match(
              snippet.stdout,
              /^ +name: +# \(required\) Not documented\.$/m,
            );

            const list = await ansibleDoc(
              version,
              ["-l", "acme.demo"],
              inCollection,
            );
            assert.equal(list.code, 0, explain(list));
            assert.match(
              list.stdout,
              /^acme\.demo\.rich +Manages a web site on a make-believe server/m,
            );
            assert.match(list.stdout, /^acme\.demo\.plain +plain/m);
            const listJson = await ansibleDoc(version, [
              "-l",
              "-j",
              "acme.demo",
            ], inCollection);
            assert.deepEqual(JSON.parse(listJson.stdout), {
              "acme.demo.plain": "plain",
              "acme.demo.rich": "Manages a web site on a make-believe server",
            });

            const hello = await ansibleDoc(version, ["-j", "hello"], inLibrary);
            assert.equal(hello.code, 0, explain(hello));
            assert.deepEqual(JSON.parse(hello.stdout).hello.doc.options, {
              name: {
                description: "Who to greet.",
                type: "str",
                required: true,
              },
              excited: {
                description: "End the greeting with C(!).",
                type: "bool",
                default: false,
              },
            });
            const legacy = await ansibleDoc(
              version,
              ["-l", "ansible.legacy"],
              inLibrary,
            );
            assert.equal(legacy.code, 0, explain(legacy));
            await assertModulesRun(version, playbook, {
              ...inCollection,
              ...inLibrary,
              ANSIBLE_LOCAL_TEMP: join(dir, "local-tmp"),
              ANSIBLE_REMOTE_TMP: join(dir, "remote-tmp"),
            });
            // The column is cut to the terminal's width.
            assert.match(
              legacy.stdout,
              /^ansible\.legacy\.hello +The smallest turbo/m,
            );
          },
        });
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
