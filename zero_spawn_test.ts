/**
 * The action plugin `ansible_turbo.deno.turbo` beyond the scenarios of
 * `ansible_e2e_test.ts`, under real `ansible-playbook` 2.14 and 2.19:
 *
 * - its import scan (Python) finds what the runtime's `_import_scan.ts`
 *   finds, on every source of the repository and on tricky ones;
 * - a task the daemon took is never run again, even when the daemon dies
 *   halfway; a remembered daemon that is gone is located again;
 * - a plain module, a module the daemon cannot serve, and a task with
 *   `ANSIBLE_TURBO_DISABLE=1` take the stock path, each doing its work once;
 * - over ssh without a ControlMaster every task takes the stock path, and
 *   a module's collection files travel with it (`ssh_route_test.ts` has
 *   the routed path over ssh).
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { localImports } from "./_import_scan.ts";
import {
  portableSource,
  processesMentioning,
  ROOT,
  skipUnless,
  stopDaemonsUnder,
} from "./_test_harness.ts";
import { DEFAULT_API_KEY, startCloud } from "./examples/cloud_api.ts";
import {
  type Ansible,
  ansibleVersions,
  CI,
  explain,
  isDaemon,
  launches,
  loopResults,
  requireAnsible,
  resultOf,
  runPlaybook,
  withShebang,
  writeRecordingLauncher,
} from "./testdata/ansible/harness.ts";
import { sshAvailable, startSshd } from "./_sshd_test_support.ts";

const FIXTURES = join(ROOT, "testdata/ansible/modules");
const PLUGIN_UTILS =
  "ansible_collections.ansible_turbo.deno.plugins.plugin_utils";

/** Runs Python with the plugin's code importable; returns its stdout. */
async function python(script: string, input: unknown): Promise<string> {
  const out = await new Deno.Command("/usr/bin/python3", {
    args: ["-c", script],
    env: { PYTHONPATH: ROOT },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = out.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(input)));
  await writer.close();
  const done = await out.output();
  const stderr = new TextDecoder().decode(done.stderr);
  assert.ok(done.success, stderr);
  return new TextDecoder().decode(done.stdout);
}

const TRICKY = [
  `import a from "./a.ts"; // import "./comment.ts"\n/* import "./block.ts" */`,
  'const s = "import x from \'./in_string.ts\'"; import "./side.ts";',
  "const t = `${await import('./in_template.ts')} import './text.ts'`;\nexport * from './star.ts';",
  "const r = /import '.\\/regex.ts'/; const d = a / b; import('./after_division.ts');",
  'export { x } from "../up.ts"; export type { Y } from "./types.ts"; import.meta.url;',
  'import type { T } from "./type_only.ts";\nimport {\n  a,\n  b,\n} from "./multi.ts";',
  'const m = await import(name); const n = await import("./literal.ts", { with: {} });',
  'import x from "file:///abs/path.ts"; import y from "/rooted.ts"; import z from "npm:z";',
  'import q from "./a%20b.ts?query#frag"; import w from "https://deno.land/x.ts";',
];

Deno.test("the plugin's import scan finds what the runtime's finds", async () => {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of Deno.readDirSync(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory && !entry.name.startsWith(".")) {
        if (!["node_modules", "ansible_collections"].includes(entry.name)) {
          walk(path);
        }
      } else if (entry.isFile && entry.name.endsWith(".ts")) {
        files[path] = Deno.readTextFileSync(path);
      }
    }
  };
  walk(ROOT);
  TRICKY.forEach((source, i) => (files[`/src/m/tricky${i}.ts`] = source));
  assert.ok(Object.keys(files).length > 100);
  const found = JSON.parse(
    await python(
      `import json, sys
from ${PLUGIN_UTILS}._imports import file_url, import_specifiers, local_path
out = {}
for path, source in json.load(sys.stdin).items():
    urls = []
    for spec in import_specifiers(source):
        target = local_path(spec.text, path)
        if target is not None and file_url(target) not in urls:
            urls.append(file_url(target))
    out[path] = urls
print(json.dumps(out))`,
      files,
    ),
  ) as Record<string, string[]>;
  for (const [path, source] of Object.entries(files)) {
    assert.deepEqual(found[path], localImports(source, `file://${path}`), path);
  }
  assert.deepEqual(found["/src/m/tricky0.ts"], ["file:///src/m/a.ts"]);
});

Deno.test("the plugin rewrites exactly the local specifiers of a copy", async () => {
  const source = TRICKY.join("\n");
  const { rewritten, spans } = JSON.parse(
    await python(
      `import json, sys
from ${PLUGIN_UTILS}._imports import import_specifiers, local_path, rewrite_imports
source = json.load(sys.stdin)
spans = [[s.start, s.end, s.text] for s in import_specifiers(source) if local_path(s.text, "/src/m/mod.ts")]
rewritten = rewrite_imports(source, "/src/m/mod.ts", lambda t: "file:///moved" + t)
print(json.dumps({"rewritten": rewritten, "spans": spans}))`,
      source,
    ),
  ) as { rewritten: string; spans: [number, number, string][] };
  const urls = localImports(source, "file:///src/m/mod.ts");
  assert.equal(new Set(spans.map(([, , text]) => text)).size, urls.length);
  // Each span is the literal of its specifier, and only spans changed.
  let expected = "";
  let last = 0;
  for (const [start, end, text] of spans) {
    assert.match(source.slice(start, end), /^(["']).*\1$/);
    assert.ok(source.slice(start + 1, end - 1).includes(text.split("?")[0]));
    const target = new URL(text, "file:///src/m/mod.ts");
    target.search = "";
    target.hash = "";
    expected += source.slice(last, start) +
      JSON.stringify(`file:///moved${decodeURIComponent(target.pathname)}`);
    last = end;
  }
  assert.equal(rewritten, expected + source.slice(last));
});

/** A workspace for the behaviours: fixture modules routed through `action_plugins/`. */
async function behaviourWorkspace(): Promise<{ dir: string; play: string }> {
  const dir = await Deno.makeTempDir({ prefix: "zs-" });
  const play = join(dir, "play");
  const launcher = join(dir, "bin", "deno_ansible");
  await writeRecordingLauncher(launcher, join(dir, "launches.log"));
  await Deno.mkdir(join(play, "library"), { recursive: true });
  await Deno.mkdir(join(play, "action_plugins"));
  await Deno.mkdir(join(play, "marks"));
  for (const name of ["counter", "daemon_killer", "plain_marker", "no_main"]) {
    await Deno.writeTextFile(
      join(play, "library", `${name}.ts`),
      withShebang(await portableSource(join(FIXTURES, `${name}.ts`)), launcher),
    );
    await Deno.writeTextFile(
      join(play, "action_plugins", `${name}.py`),
      "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
    );
  }
  await Deno.writeTextFile(
    join(play, "behaviours.yml"),
    `- hosts: localhost
  gather_facts: false
  tasks:
    - { name: counter first, counter: { name: b } }
    - { name: killer, daemon_killer: { path: marks/killer.txt }, ignore_errors: true }
    - { name: counter after the loss, counter: { name: b } }
    - { name: plain, plain_marker: { path: marks/plain.txt }, loop: [1, 2] }
    - { name: no main, no_main: {} }
    - { name: no main again, no_main: {} }
    - name: disabled
      counter: { name: b }
      environment: { ANSIBLE_TURBO_DISABLE: "1" }
`,
  );
  await Deno.writeTextFile(
    join(dir, "inventory.ini"),
    `localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 ansible_remote_tmp=${dir}/rt\n`,
  );
  return { dir, play };
}

for (const ansible of await ansibleVersions()) {
  Deno.test({
    name:
      `ansible-core ${ansible.label}: the stock path when it must, and an accepted task never runs twice`,
    ignore: ansible.missing !== undefined && !CI,
    async fn(t) {
      requireAnsible(ansible);
      const ws = await behaviourWorkspace();
      try {
        const run = await runPlaybook(ansible, ws, "behaviours.yml");
        assert.equal(run.code, 0, explain(run));
        const started = (await launches(join(ws.dir, "launches.log"))).map((
          [kind, name],
        ) => `${kind} ${name}`);
        const first = resultOf(run, "counter first");
        await t.step(
          "a daemon lost mid-task: reported, not rerun",
          async () => {
            const killer = resultOf(run, "killer");
            assert.equal(killer.failed, true);
            assert.match(
              String(killer.msg),
              /The ansible-turbo daemon stopped before the task finished\. The task was not run again/,
            );
            const marks = await Deno.readTextFile(
              join(ws.play, "marks/killer.txt"),
            );
            assert.equal(marks, `ran in ${first.pid}\n`);
            assert.equal(
              started.filter((l) => l === "run daemon_killer.ts").length,
              0,
            );
          },
        );
        await t.step(
          "a remembered daemon that is gone is located again",
          async () => {
            const after = resultOf(run, "counter after the loss");
            assert.equal(first.value, 1);
            assert.equal(after.value, 1, "a fresh daemon counts from 1");
            assert.notEqual(after.pid, first.pid);
            assert.ok(await isDaemon(after.pid));
            assert.equal(
              started.filter((l) => l === "locate counter.ts").length,
              2,
            );
          },
        );
        await t.step(
          "a plain module routed: asked once, then the stock path",
          async () => {
            const plain = loopResults(resultOf(run, "plain"));
            assert.deepEqual(plain.map((r) => r.changed), [true, true]);
            assert.equal(
              await Deno.readTextFile(join(ws.play, "marks/plain.txt")),
              "worked\nworked\n",
              "the locate run did no work",
            );
            assert.deepEqual(
              started.filter((l) => l.endsWith(" plain_marker.ts")),
              [
                "locate plain_marker.ts",
                "run plain_marker.ts",
                "run plain_marker.ts",
              ],
            );
          },
        );
        await t.step(
          "a module no daemon can serve: its own process runs it",
          () => {
            for (
              const r of ["no main", "no main again"].map((n) =>
                resultOf(run, n)
              )
            ) {
              assert.equal(r.failed ?? false, false, JSON.stringify(r));
              assert.match(
                String((r.warnings as string[])[0]),
                /^Turbo mode could not be used.*main\(\)/,
              );
            }
            assert.deepEqual(
              started.filter((l) => l.endsWith(" no_main.ts")),
              ["locate no_main.ts", "run no_main.ts", "run no_main.ts"],
            );
          },
        );
        await t.step(
          "ANSIBLE_TURBO_DISABLE=1: the module's own process",
          () => {
            const disabled = resultOf(run, "disabled");
            assert.match(
              String((disabled.warnings as string[])[0]),
              /disabled/,
            );
            assert.equal(
              started.filter((l) => l === "run counter.ts").length,
              1,
            );
          },
        );
      } finally {
        await stopDaemonsUnder(ws.dir);
        await Deno.remove(ws.dir, { recursive: true }).catch(() => {});
      }
      assert.deepEqual(await processesMentioning(ws.dir), []);
    },
  });

  Deno.test({
    name:
      `ansible-core ${ansible.label}: over ssh, the stock path; a module's collection files travel with it`,
    ignore: (ansible.missing !== undefined && !CI) ||
      skipUnless(sshAvailable(), "needs /usr/sbin/sshd and ssh-keygen"),
    fn: () => overSsh(ansible),
  });
}

async function overSsh(ansible: Ansible): Promise<void> {
  requireAnsible(ansible);
  const dir = await Deno.makeTempDir({ prefix: "zs-ssh-" });
  const sshd = await startSshd(dir);
  const cloud = await startCloud({
    dataDir: join(dir, "cloud"),
    authDelayMs: 10,
  });
  try {
    const play = join(dir, "play");
    const launcher = join(dir, "bin", "deno_ansible");
    await writeRecordingLauncher(launcher, join(dir, "launches.log"));
    await Deno.mkdir(join(play, "library"), { recursive: true });
    await Deno.mkdir(join(play, "action_plugins"));
    await Deno.writeTextFile(
      join(play, "library", "counter.ts"),
      withShebang(await portableSource(join(FIXTURES, "counter.ts")), launcher),
    );
    await Deno.writeTextFile(
      join(play, "action_plugins", "counter.py"),
      "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
    );
    await Deno.writeTextFile(
      join(play, "ssh.yml"),
      `- hosts: remote
  gather_facts: false
  tasks:
    - { name: counter, counter: { name: ssh }, loop: [1, 2] }
    - name: info
      example.cloud.keypair_info: { api_url: "${cloud.url}", api_key: "${DEFAULT_API_KEY}" }
`,
    );
    await Deno.writeTextFile(
      join(dir, "inventory.ini"),
      `remote ansible_host=127.0.0.1 ansible_port=${sshd.port} ansible_user=root ansible_ssh_private_key_file=${sshd.key}\n`,
    );
    const run = await runPlaybook(ansible, { dir, play }, "ssh.yml", {
      env: {
        ANSIBLE_COLLECTIONS_PATH: `${ROOT}:${
          join(ROOT, "examples/collection")
        }`,
        ANSIBLE_HOST_KEY_CHECKING: "false",
        // No master connection left behind after the test.
        ANSIBLE_SSH_ARGS: "-o ControlMaster=no -o UserKnownHostsFile=/dev/null",
        ANSIBLE_REMOTE_TMP: join(dir, "rt"),
      },
      args: [
        "-e",
        `ansible_python_interpreter=/usr/bin/python3 ansible_deno_ansible_interpreter=${launcher}`,
      ],
    });
    assert.equal(run.code, 0, explain(run));
    const calls = loopResults(resultOf(run, "counter", "remote"));
    assert.deepEqual(calls.map((c) => c.value), [1, 2]);
    assert.equal(calls[0].pid, calls[1].pid, "one daemon serves both");
    assert.ok(await isDaemon(calls[0].pid));
    const info = resultOf(run, "info", "remote");
    assert.equal(info.failed ?? false, false, JSON.stringify(info));
    assert.equal(info.user_agent, "example.cloud/1.0.0");
    // Its shared client came beside it, and its daemon (which stores a copy
    // with the files beside it) served it: a fallback would say so.
    assert.equal(info.warnings, undefined, JSON.stringify(info.warnings));
    const started = (await launches(join(dir, "launches.log"))).map((
      [kind, name],
    ) => `${kind} ${name}`);
    assert.deepEqual(started, [
      "run counter.ts",
      "run counter.ts",
      "run keypair_info.ts",
    ]);
  } finally {
    await sshd.stop(); // first: its command line names dir too
    await stopDaemonsUnder(dir);
    await cloud.shutdown();
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
  assert.deepEqual(await processesMentioning(dir), []);
}
