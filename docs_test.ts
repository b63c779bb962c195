/**
 * `mod.ts docs`: the module's JSDoc as documentation, the describe flag
 * (real module processes, both classes, no daemon contact), sidecars
 * written and `--check`ed by real `deno` processes, and clear errors.
 * ansible-doc itself reads them in `ansible_doc_test.ts`.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { DescribedFunction, parseDescription } from "./_describe.ts";
import { compareSidecars } from "./_docs.ts";
import { docs, explain, run } from "./_docs_test_support.ts";
import { parseModuleDoc } from "./_jsdoc.ts";
import { DESCRIBE_FLAG } from "./_protocol.ts";
import { DENO, portableSource, sandbox } from "./_test_harness.ts";
import { toYaml } from "./_yaml.ts";

const EXAMPLES = [
  "examples/hello.ts",
  "examples/collection/ansible_collections/example/cloud/plugins/modules/keypair.ts",
  "examples/slow_init.ts",
];

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

    const unknown = await docs(["--chek", silent]);
    assert.equal(unknown.code, 2, explain(unknown));
    assert.match(unknown.stderr, /^error: Unknown option '--chek'/);
    assert.doesNotMatch(unknown.stderr, /^\s+at /m, "no stack trace");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
