/**
 * The README's guide, followed for real: every code block between
 * `<!-- guide:start -->` and `<!-- guide:end -->` carries a marker
 * (`<!-- guide:file PATH -->`, `<!-- guide:run -->`,
 * `<!-- guide:run ansible -->`, `<!-- guide:output -->`), and the test
 * writes each file, runs each shell block in order (the `ansible` ones on
 * ansible-core 2.14 and 2.19), compares the output the guide shows, and
 * checks what each step should have left behind. So the guide cannot drift
 * from what works.
 *
 * What is adapted: the clone's path (`~/src/ansible-turbo` is this
 * checkout), the test kit's JSR specifier (this checkout's `testing.ts`),
 * HOME and TMPDIR (inside the test's directory, so that the launcher, the
 * daemons and their remote_tmp are there), `deno` and the Ansible commands
 * on PATH (this Deno; each Ansible version in turn), and the playbook runs
 * at `ANSIBLE_VERBOSITY=3`, which shows whether a task ran a module process
 * (it must not: the module is routed to the daemon).
 *
 * @module
 */

import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import {
  DENO,
  processesMentioning,
  ROOT,
  skipUnless,
  stopDaemonsUnder,
} from "./_test_harness.ts";
import {
  type Ansible,
  ansibleVersions,
  CI,
  requireAnsible,
} from "./testdata/ansible/harness.ts";

/** One marked code block of the guide. */
interface GuideBlock {
  kind: "file" | "run" | "output";
  /** The file's path for `file`; `ansible` for a run on every Ansible version. */
  arg: string;
  text: string;
  /** Its line in README.md, for messages. */
  line: number;
}

const ADAPTED: [string, string][] = [
  ["~/src/ansible-turbo", ROOT],
  [
    "jsr:@ansible-turbo/runtime@^0.1.0/testing",
    new URL("./testing.ts", `file://${ROOT}/`).href,
  ],
];

/**
 * The marked blocks of the guide in `markdown`; throws when a block has no
 * marker, or a marker no block.
 *
 * @example
 * ```ts ignore
 * const blocks = guideBlocks(await Deno.readTextFile("README.md"));
 * ```
 */
function guideBlocks(markdown: string): GuideBlock[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf("<!-- guide:start -->");
  const end = lines.indexOf("<!-- guide:end -->");
  assert.ok(start >= 0 && end > start, "README.md has no guide markers");
  const blocks: GuideBlock[] = [];
  let marker: { kind: GuideBlock["kind"]; arg: string; line: number } | null =
    null;
  for (let i = start + 1; i < end; i++) {
    const line = lines[i];
    const mark = /^<!-- guide:(file|run|output)(?: (\S+))? -->$/.exec(line);
    if (mark) {
      assert.equal(marker, null, `README.md:${i + 1}: a marker without block`);
      marker = {
        kind: mark[1] as GuideBlock["kind"],
        arg: mark[2] ?? "",
        line: i + 1,
      };
      continue;
    }
    const fence = /^(`{3,}|~{3,})/.exec(line);
    if (!fence) continue;
    assert.ok(marker, `README.md:${i + 1}: a code block without a marker`);
    const close = new RegExp(`^${fence[1][0]}{${fence[1].length},}\\s*$`);
    const body: string[] = [];
    for (i++; i < end && !close.test(lines[i]); i++) body.push(lines[i]);
    assert.ok(i < end, `README.md:${marker.line}: an unclosed block`);
    blocks.push({ ...marker, text: `${body.join("\n")}\n` });
    marker = null;
  }
  assert.equal(marker, null, "a marker without block at the guide's end");
  return blocks;
}

/** A shell block's outcome. */
interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** What is checked after a run block, found by its command. */
interface Check {
  command: RegExp;
  check(ran: Ran, where: Workspace): Promise<void>;
}

interface Workspace {
  root: string;
  project: string;
  home: string;
  tmp: string;
}

// deno-lint-ignore no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

const CHECKS: Check[] = [
  {
    command: /ansible-galaxy collection install/,
    async check(_ran, ws) {
      const mod = join(
        ws.project,
        "ansible_collections/ansible_turbo/deno/runtime/mod.ts",
      );
      assert.ok((await Deno.lstat(mod)).isFile, `${mod} is a file`);
    },
  },
  {
    command: /install-launcher/,
    async check(ran, ws) {
      const launcher = join(ws.project, "bin/deno_ansible");
      assert.equal(((await Deno.stat(launcher)).mode ?? 0) & 0o111, 0o111);
      assert.ok(
        ran.stdout.includes(`ansible_deno_ansible_interpreter: ${launcher}`),
        ran.stdout,
      );
    },
  },
  {
    command: /ansible-galaxy collection init acme\.demo/,
    async check(_ran, ws) {
      const collection = join(ws.project, "ansible_collections/acme/demo");
      for (const path of ["galaxy.yml", "plugins/modules", "tests/unit"]) {
        await Deno.stat(join(collection, path));
      }
    },
  },
  {
    command: /deno check .*greeting\.ts/,
    async check(_ran, ws) {
      // What the guide says of the types: a misspelt option fails the check.
      const dir = join(ws.project, "ansible_collections/acme/demo/plugins");
      const source = await Deno.readTextFile(join(dir, "modules/greeting.ts"));
      const typo = join(dir, "modules/greeting_typo.ts");
      assert.ok(source.includes("const { path, name, state } = module.params"));
      await Deno.writeTextFile(
        typo,
        source.replace(
          "const { path, name, state } = module.params",
          'const { path, nmae: name, state } = module.params;\n  if (state === "absnet") return',
        ),
      );
      try {
        const out = await sh(`deno check ${typo}`, ws);
        assert.notEqual(out.code, 0, "a typo passes the type check");
        const text = out.stdout + out.stderr;
        assert.match(text, /Property 'nmae' does not exist/);
        assert.match(text, /"absnet"' have no overlap/);
      } finally {
        await Deno.remove(typo);
      }
    },
  },
  {
    command: /runtime\/mod\.ts docs .*greeting\.ts/,
    async check(_ran, ws) {
      const module =
        "ansible_collections/acme/demo/plugins/modules/greeting.ts";
      const sidecar = await Deno.readTextFile(
        join(ws.project, module.replace(/\.ts$/, ".yml")),
      );
      assert.match(
        sidecar,
        /short_description: Writes a greeting to a file, or removes it/,
      );
      const again = await sh(
        `deno run -A ansible_collections/ansible_turbo/deno/runtime/mod.ts docs --check ${module}`,
        ws,
      );
      assert.equal(again.code, 0, again.stdout + again.stderr);
    },
  },
  {
    command: /deno test -A/,
    async check(ran, ws) {
      assert.match(ran.stdout.replace(ANSI, ""), /ok \| 1 passed \| 0 failed/);
      // The kit stopped its daemon and removed its remote_tmp.
      assert.deepEqual(await processesMentioning(ws.tmp), []);
      assert.deepEqual([...Deno.readDirSync(ws.tmp)], []);
    },
  },
  {
    command: /^ansible-playbook site\.yml$/m,
    async check(ran, ws) {
      // Routed: no module process, so no temp copy of it to run.
      assert.doesNotMatch(ran.stdout, /AnsiballZ_greeting/);
      assert.doesNotMatch(ran.stdout, /runs the stock way/);
      await assert.rejects(Deno.stat(join(ws.project, "motd")));
      const runtime = join(
        ws.project,
        "ansible_collections/ansible_turbo/deno/runtime/mod.ts",
      );
      assert.equal((await processesMentioning(runtime)).length, 1);
    },
  },
  {
    command: /^ansible-doc acme\.demo\.greeting$/m,
    check(ran) {
      const text = ran.stdout.replace(ANSI, "");
      for (
        const expected of [
          "acme/demo/plugins/modules/greeting.yml",
          "Who to greet.",
          "choices: [present, absent]",
          "- name: Greet the team in the message of the day",
        ]
      ) {
        assert.ok(text.includes(expected), `${expected}:\n${text}`);
      }
      return Promise.resolve();
    },
  },
];

/** Runs a shell block in the project (or, for the first, its parent). */
async function sh(
  script: string,
  ws: Workspace,
  options: { cwd?: string; ansible?: Ansible; env?: Record<string, string> } =
    {},
): Promise<Ran> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    if (!key.startsWith("ANSIBLE_") && key !== "PYTHONPATH") env[key] = value;
  }
  const tools = options.ansible
    ? join(ws.root, `tools-${options.ansible.label}`)
    : join(ws.root, "tools");
  Object.assign(env, {
    HOME: ws.home,
    TMPDIR: ws.tmp,
    DENO_DIR: await denoDir(),
    PATH: `${tools}:${dirname(DENO)}:${env.PATH ?? "/usr/bin:/bin"}`,
  }, options.env);
  const started = performance.now();
  const out = await new Deno.Command("/bin/sh", {
    args: ["-ec", script],
    cwd: options.cwd ?? ws.project,
    clearEnv: true,
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(240_000),
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
    ms: performance.now() - started,
  };
}

let cachedDenoDir: string | undefined;
/** This Deno's cache, so that the guide's HOME does not start a cold one. */
async function denoDir(): Promise<string> {
  if (cachedDenoDir) return cachedDenoDir;
  const out = await new Deno.Command(DENO, {
    args: ["info", "--json"],
    stdout: "piped",
    stderr: "null",
  }).output();
  cachedDenoDir = JSON.parse(new TextDecoder().decode(out.stdout)).denoDir;
  return cachedDenoDir!;
}

/** `ansible-playbook`, `ansible-galaxy` and `ansible-doc` of one version, as plain commands. */
async function writeTools(dir: string, ansible: Ansible): Promise<void> {
  await Deno.mkdir(dir, { recursive: true });
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  const env = Object.entries(ansible.env).map(([k, v]) => `${k}=${quote(v)}`);
  for (
    const [name, command] of [
      ["ansible-playbook", ansible.command],
      ["ansible-galaxy", ansible.galaxy],
      ["ansible-doc", ansible.doc],
    ] as const
  ) {
    await Deno.writeTextFile(
      join(dir, name),
      `#!/bin/sh\nexec env ${[...env, ...command.map(quote)].join(" ")} "$@"\n`,
      { mode: 0o755 },
    );
  }
}

/** Each line the guide shows is in the output, in order (at -vvv, a result line may go on with its JSON). */
function assertShown(shown: string, actual: string, label: string): void {
  const lines = actual.replace(ANSI, "").split("\n").map((l) => l.trimEnd());
  let at = 0;
  for (const want of shown.split("\n").map((l) => l.trimEnd())) {
    if (!want) continue;
    const found = lines.findIndex((line, i) =>
      i >= at && (line === want || line.startsWith(`${want} => {`))
    );
    assert.ok(found >= 0, `${label}: not in the output: ${want}\n${actual}`);
    at = found + 1;
  }
}

function adapt(text: string, used: Set<string>): string {
  let out = text;
  for (const [from, to] of ADAPTED) {
    if (out.includes(from)) used.add(from);
    out = out.replaceAll(from, to);
  }
  return out;
}

const versions = await ansibleVersions();
const ready = versions.filter((v) => v.missing === undefined);

Deno.test({
  name:
    "the README's guide, step by step: a collection module, documented, tested, run by ansible-playbook 2.14 and 2.19",
  ignore: skipUnless(
    ready.length === versions.length,
    `the guide runs on every Ansible version: ${
      versions.filter((v) => v.missing).map((v) => v.missing).join("; ")
    }`,
  ),
  async fn() {
    if (CI) versions.forEach(requireAnsible);
    const blocks = guideBlocks(
      await Deno.readTextFile(join(ROOT, "README.md")),
    );
    const root = await Deno.makeTempDir({ prefix: "guide-" });
    const ws: Workspace = {
      root,
      project: join(root, "greet"),
      home: join(root, "home"),
      tmp: join(root, "tmp"),
    };
    const used = new Set<string>();
    const checked = new Set<Check>();
    const times: string[] = [];
    try {
      await Deno.mkdir(ws.home);
      await Deno.mkdir(ws.tmp);
      await writeTools(join(root, "tools"), ready[0]);
      for (const ansible of ready) {
        await writeTools(join(root, `tools-${ansible.label}`), ansible);
      }
      let last: Map<string, Ran> = new Map();
      for (const [index, block] of blocks.entries()) {
        const where = `README.md:${block.line}`;
        if (block.kind === "file") {
          const path = join(ws.project, block.arg);
          await Deno.writeTextFile(path, adapt(block.text, used));
          continue;
        }
        if (block.kind === "output") {
          assert.ok(last.size, `${where}: output of no run`);
          for (const [label, ran] of last) {
            assertShown(block.text, ran.stdout, `${where} on ${label}`);
          }
          continue;
        }
        const script = adapt(block.text, used);
        const runs = block.arg === "ansible" ? ready : [undefined];
        last = new Map();
        for (const ansible of runs) {
          const ran = await sh(script, ws, {
            cwd: index === 0 ? root : ws.project,
            ansible,
            env: /ansible-playbook/.test(script)
              ? { ANSIBLE_VERBOSITY: "3" }
              : {},
          });
          const label = ansible ? `ansible-core ${ansible.label}` : "";
          assert.equal(
            ran.code,
            0,
            `${where} ${label}: ${script}\n${ran.stdout}\n${ran.stderr}`,
          );
          for (const check of CHECKS) {
            if (!check.command.test(script)) continue;
            await check.check(ran, ws);
            checked.add(check);
          }
          last.set(label, ran);
          times.push(
            `${Math.round(ran.ms)} ms ${label} ${script.trim().split("\n")[0]}`,
          );
        }
      }
      assert.deepEqual(
        [...used].sort(),
        ADAPTED.map(([from]) => from).sort(),
        "every adaptation is still needed",
      );
      assert.deepEqual(
        CHECKS.filter((c) => !checked.has(c)).map((c) => String(c.command)),
        [],
        "every check met its step",
      );
      console.log(times.join("\n"));
    } finally {
      const left = await stopDaemonsUnder(root);
      await Deno.remove(root, { recursive: true });
      assert.deepEqual(left, [], "daemons needed SIGKILL");
    }
  },
});
