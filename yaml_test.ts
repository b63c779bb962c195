/**
 * The sidecars' YAML emitter against the reader that matters: PyYAML and
 * Ansible's own loader read back every value exactly (tricky strings and
 * random ones from a seeded PRNG), and deno fmt leaves the text as it is, so
 * sidecars pass the repository's format check.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { explain, PYTHON, run, VERSIONS } from "./_docs_test_support.ts";
import { DENO, skipUnless } from "./_test_harness.ts";
import { toYaml } from "./_yaml.ts";

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
  // Ansible 2.14 brings the python3 with PyYAML and Ansible's loader.
  ignore: skipUnless(
    VERSIONS[0].missing === undefined,
    `ansible-core 2.14's python (PyYAML, Ansible's loader): ${
      VERSIONS[0].missing
    }`,
  ),
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
