/**
 * The real ansible-doc of ansible-core 2.14 and 2.19 renders the sidecars
 * `mod.ts docs` writes (full page, `-j`, `-s`, `-l`), from a collection
 * and from a library directory, with every option's type, required,
 * default, choices, elements and description; and ansible-playbook still
 * runs each module with its sidecar beside it.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { installLauncher } from "./_cli.ts";
import {
  ansible,
  type AnsibleVersion,
  docs,
  explain,
  PYTHON,
  VERSIONS,
} from "./_docs_test_support.ts";
import { DENO, portableSource, skipUnless } from "./_test_harness.ts";
import {
  returnSpec as richReturns,
  spec as richSpec,
} from "./testdata/docs/rich.ts";

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
  version: AnsibleVersion,
  play: { playbook: string; env: Record<string, string> },
): Promise<void> {
  const { playbook, env } = play;
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
  ignore: skipUnless(
    VERSIONS.some((v) => v.missing === undefined),
    "neither ansible-core 2.14 nor 2.19 is installed (run .ci/install_ansible.sh)",
  ),
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
          ignore: skipUnless(
            version.missing === undefined,
            `ansible-core ${version.label}: ${version.missing}`,
          ),
          fn: async () => {
            if (version.missing !== undefined) {
              throw new Error(
                `ansible-core ${version.label} is missing: ${version.missing}`,
              );
            }
            const names = ["acme.demo.rich", "acme.demo.plain"];
            const json = await ansible(version, ["-j", ...names], {
              env: inCollection,
            });
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

            const page = await ansible(version, names, { env: inCollection });
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

            const snippet = await ansible(version, ["-s", ...names], {
              env: inCollection,
            });
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

            const list = await ansible(version, ["-l", "acme.demo"], {
              env: inCollection,
            });
            assert.equal(list.code, 0, explain(list));
            assert.match(
              list.stdout,
              /^acme\.demo\.rich +Manages a web site on a make-believe server/m,
            );
            assert.match(list.stdout, /^acme\.demo\.plain +plain/m);
            const listJson = await ansible(version, [
              "-l",
              "-j",
              "acme.demo",
            ], { env: inCollection });
            assert.deepEqual(JSON.parse(listJson.stdout), {
              "acme.demo.plain": "plain",
              "acme.demo.rich": "Manages a web site on a make-believe server",
            });

            const hello = await ansible(version, ["-j", "hello"], {
              env: inLibrary,
            });
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
            const legacy = await ansible(version, ["-l", "ansible.legacy"], {
              env: inLibrary,
            });
            assert.equal(legacy.code, 0, explain(legacy));
            await assertModulesRun(version, {
              playbook,
              env: {
                ...inCollection,
                ...inLibrary,
                ANSIBLE_LOCAL_TEMP: join(dir, "local-tmp"),
                ANSIBLE_REMOTE_TMP: join(dir, "remote-tmp"),
              },
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
