/**
 * The collections as users get them: `ansible_turbo.deno` (the runtime and
 * the action plugin) and the example collection `example.cloud` are built
 * with `ansible-galaxy collection build`, installed with `ansible-galaxy
 * collection install` into a temporary path, and a playbook runs the
 * installed copies, on ansible-core 2.14 and 2.19: two modules sharing one
 * `module_utils` file, zero-spawn; the fixed shebang pointed at a launcher
 * by `ansible_deno_ansible_interpreter` from group_vars and from a YAML
 * inventory; an edited helper picked up by the next task; become on the
 * stock path. Also: the two traps the collection's README documents.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { DEFAULT_API_KEY, startCloud } from "./examples/cloud_api.ts";
import {
  localGraph,
  processesMentioning,
  ROOT,
  stopDaemonsUnder,
} from "./_test_harness.ts";
import {
  type Ansible,
  ansibleVersions,
  CI,
  explain,
  launches,
  type PlayRun,
  requireAnsible,
  resultOf,
  runPlaybook,
  writeRecordingLauncher,
} from "./testdata/ansible/harness.ts";

const TURBO = join(ROOT, "ansible_collections/ansible_turbo/deno");
const EXAMPLE = join(
  ROOT,
  "examples/collection/ansible_collections/example/cloud",
);
const NOBODY_UID = 65534;

async function galaxy(ansible: Ansible, args: string[]): Promise<string> {
  const out = await new Deno.Command(ansible.galaxy[0], {
    args: [...ansible.galaxy.slice(1), ...args],
    env: { ...ansible.env, ANSIBLE_NOCOLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) +
    new TextDecoder().decode(out.stderr);
  assert.ok(out.success, `ansible-galaxy ${args.join(" ")}:\n${text}`);
  return text;
}

/** Builds both collections and installs them into `dir/collections`. */
async function install(ansible: Ansible, dir: string): Promise<string> {
  const dist = join(dir, "dist");
  for (const source of [TURBO, EXAMPLE]) {
    await galaxy(ansible, [
      "collection",
      "build",
      source,
      "--output-path",
      dist,
    ]);
  }
  const built = [...Deno.readDirSync(dist)].map((e) => join(dist, e.name));
  assert.equal(built.length, 2, `built: ${built}`);
  const collections = join(dir, "collections");
  await galaxy(ansible, ["collection", "install", ...built, "-p", collections]);
  return collections;
}

function playbook(): string {
  const api = '{ api_url: "{{ cloud_url }}", api_key: "{{ cloud_key }}" }';
  const key = (v: string) =>
    `"ssh-ed25519 AAAAC3Nza${v} {{ inventory_hostname }}@example"`;
  return `- hosts: all
  gather_facts: false
  module_defaults:
    example.cloud.keypair: ${api}
    example.cloud.keypair_info: ${api}
  tasks:
    - name: create
      example.cloud.keypair: { name: "{{ inventory_hostname }}", public_key: ${
    key("a")
  } }
    - name: again
      example.cloud.keypair: { name: "{{ inventory_hostname }}", public_key: ${
    key("a")
  } }
    - name: would replace
      example.cloud.keypair: { name: "{{ inventory_hostname }}", public_key: ${
    key("b")
  } }
      check_mode: true
      diff: true
    - name: info
      example.cloud.keypair_info: { names: ["{{ inventory_hostname }}"] }
    - name: edit the shared client
      ansible.builtin.replace:
        path: "{{ collections_dir }}/ansible_collections/example/cloud/plugins/module_utils/cloud.ts"
        regexp: 'example\\.cloud/1\\.0\\.0'
        replace: example.cloud/1.0.1
      run_once: true
    - name: info after the edit
      example.cloud.keypair_info: { names: ["{{ inventory_hostname }}"] }
    - name: remove
      example.cloud.keypair: { name: "{{ inventory_hostname }}", state: absent }
    - name: info as nobody
      example.cloud.keypair_info: {}
      become: true
      become_user: nobody
      vars:
        ansible_become_method: su
        ansible_become_flags: "-s /bin/sh"
`;
}

Deno.test("the example modules' sidecar docs are what `mod.ts docs` writes", async () => {
  const modules = join(EXAMPLE, "plugins/modules");
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      join(ROOT, "mod.ts"),
      "docs",
      "--check",
      join(modules, "keypair.ts"),
      join(modules, "keypair_info.ts"),
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) +
    new TextDecoder().decode(out.stderr);
  assert.ok(out.success, `run mod.ts docs on them:\n${text}`);
});

Deno.test("the collection's runtime/ links every file the runtime loads, and nothing else", async () => {
  const runtime = join(TURBO, "runtime");
  const expected = [...await localGraph(["mod.ts"])].map((path) =>
    path.slice(path.lastIndexOf("/") + 1)
  ).sort();
  const linked: string[] = [];
  for await (const entry of Deno.readDir(runtime)) {
    assert.ok(entry.isSymlink, `${entry.name} is a link into the checkout`);
    assert.equal(
      await Deno.readLink(join(runtime, entry.name)),
      `../../../../${entry.name}`,
    );
    linked.push(entry.name);
  }
  assert.deepEqual(linked.sort(), expected);
});

for (const ansible of await ansibleVersions()) {
  Deno.test({
    name:
      `ansible-core ${ansible.label}: the collections, built and installed, run zero-spawn from the installed copy`,
    ignore: ansible.missing !== undefined && !CI,
    async fn(t) {
      requireAnsible(ansible);
      const dir = await Deno.makeTempDir({ prefix: "coll-" });
      await Deno.chmod(dir, 0o755); // nobody reads the installed collection
      const cloud = await startCloud({
        dataDir: join(dir, "cloud"),
        authDelayMs: 50,
      });
      try {
        const collections = await install(ansible, dir);
        await t.step("the runtime is in the artifact as files", async () => {
          const runtime = join(
            collections,
            "ansible_collections/ansible_turbo/deno/runtime",
          );
          const info = await Deno.lstat(join(runtime, "mod.ts"));
          assert.ok(info.isFile, "runtime/mod.ts is a file, not a link");
          assert.equal(
            await Deno.readTextFile(join(runtime, "mod.ts")),
            await Deno.readTextFile(join(ROOT, "mod.ts")),
          );
        });
        await t.step(
          "ansible-doc reads the modules' sidecar docs",
          async () => {
            const out = await new Deno.Command(ansible.doc[0], {
              args: [
                ...ansible.doc.slice(1),
                "--json",
                "example.cloud.keypair",
              ],
              env: { ...ansible.env, ANSIBLE_COLLECTIONS_PATH: collections },
              stdout: "piped",
              stderr: "piped",
            }).output();
            assert.ok(out.success, new TextDecoder().decode(out.stderr));
            const doc = JSON.parse(new TextDecoder().decode(out.stdout))[
              "example.cloud.keypair"
            ].doc;
            assert.deepEqual(
              Object.keys(doc.options).sort(),
              ["api_key", "api_url", "name", "public_key", "state"],
            );
            assert.match(doc.filename, /keypair\.yml$/);
          },
        );
        const run = await runInstalled(ansible, { dir, collections, cloud });
        await t.step("two modules share one helper, zero-spawn", () => {
          assert.equal(run.code, 0, explain(run));
          for (const host of ["via_group_vars", "via_inventory"]) {
            const create = resultOf(run, "create", host);
            assert.equal(create.changed, true);
            assert.equal(resultOf(run, "again", host).changed, false);
            const would = resultOf(run, "would replace", host);
            assert.equal(would.changed, true);
            assert.match(
              String(
                (would.diff as { after: { public_key: string } }).after
                  .public_key,
              ),
              /AAAAC3Nzab /,
            );
            const info = resultOf(run, "info", host);
            const found = info.keypairs as { public_key: string }[];
            assert.equal(found.length, 1);
            assert.match(
              found[0].public_key,
              /AAAAC3Nzaa /,
              "check mode wrote",
            );
            assert.equal(resultOf(run, "remove", host).changed, true);
          }
        });
        await t.step(
          "an edited helper is picked up by the next task",
          () => {
            for (const host of ["via_group_vars", "via_inventory"]) {
              assert.equal(
                resultOf(run, "info", host).user_agent,
                "example.cloud/1.0.0",
              );
              assert.equal(
                resultOf(run, "info after the edit", host).user_agent,
                "example.cloud/1.0.1",
              );
            }
          },
        );
        await t.step(
          "the interpreter variable from group_vars and from the YAML inventory",
          async () => {
            for (
              const [log, host] of [["a", "via_group_vars"], [
                "b",
                "via_inventory",
              ]]
            ) {
              const started = (await launches(join(dir, `launches-${log}.log`)))
                .map(([kind, name]) => `${kind} ${name}`);
              // The first task of each module asks it where its daemon is;
              // only the become task (stock path) is a module process.
              assert.ok(
                started.includes("locate keypair.ts"),
                `${host}: ${started}`,
              );
              assert.deepEqual(
                started.filter((l) => l.startsWith("run ")),
                ["run keypair_info.ts"],
                `${host}: ${started}`,
              );
            }
          },
        );
        await t.step(
          "one login per daemon: both modules, both hosts; a fresh daemon after the edit; nobody's own",
          async () => {
            assert.equal(cloud.counters.authentications, 3);
            const nobody = resultOf(run, "info as nobody", "via_group_vars");
            assert.equal(nobody.failed ?? false, false, JSON.stringify(nobody));
            assert.equal(nobody.warnings, undefined);
            // The daemons run the installed runtime, not this checkout's.
            const installed = await processesMentioning(
              join(
                collections,
                "ansible_collections/ansible_turbo/deno/runtime/mod.ts",
              ),
            );
            assert.ok(installed.length >= 2, `daemons: ${installed}`);
            const owners = await Promise.all(installed.map(uidOf));
            assert.ok(owners.includes(NOBODY_UID));
          },
        );
      } finally {
        await stopDaemonsUnder(dir);
        await cloud.shutdown();
        await Deno.remove(dir, { recursive: true }).catch(() => {});
      }
      assert.deepEqual(await processesMentioning(dir), []);
    },
  });

  Deno.test({
    name:
      `ansible-core ${ansible.label}: the two traps of the README fail as it says`,
    ignore: ansible.missing !== undefined && !CI,
    async fn() {
      requireAnsible(ansible);
      const dir = await Deno.makeTempDir({ prefix: "traps-" });
      try {
        const modules = join(
          dir,
          "collections/ansible_collections/trap/ts/plugins/modules",
        );
        await Deno.mkdir(modules, { recursive: true });
        const source = await Deno.readTextFile(
          join(EXAMPLE, "plugins/modules/keypair_info.ts"),
        );
        await Deno.writeTextFile(join(modules, "stubbed.ts"), source);
        await Deno.writeTextFile(
          join(modules, "stubbed.py"),
          "DOCUMENTATION = r'''\nmodule: stubbed\nshort_description: Lists keypairs\n'''\n",
        );
        await Deno.writeTextFile(
          join(modules, "commented.ts"),
          source.replace(
            "// WANT_JSON\n",
            "// WANT_JSON\n// Python modules would say: from ansible_collections.trap.ts.plugins.module_utils.api import Client\n",
          ),
        );
        await Deno.writeTextFile(
          join(dir, "play.yml"),
          [
            "- hosts: localhost",
            "  gather_facts: false",
            "  tasks:",
            "    - { name: stub, trap.ts.stubbed: {}, ignore_errors: true }",
            "    - { name: comment, trap.ts.commented: {}, ignore_errors: true }",
            "",
          ].join("\n"),
        );
        await Deno.writeTextFile(
          join(dir, "inventory.ini"),
          "localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3\n",
        );
        const run = await runPlaybook(ansible, { dir, play: dir }, "play.yml", {
          env: { ANSIBLE_COLLECTIONS_PATH: join(dir, "collections") },
        });
        assert.equal(run.code, 0, explain(run));
        assert.match(
          String(resultOf(run, "stub").msg),
          /module \(trap\.ts\.stubbed\) is missing interpreter line/,
        );
        assert.match(
          String(resultOf(run, "comment").msg),
          /(import|compile) '?trap\.ts\.commented'?.*unterminated string literal/,
        );
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    },
  });
}

async function runInstalled(
  ansible: Ansible,
  where: {
    dir: string;
    collections: string;
    cloud: { url: string };
  },
): Promise<PlayRun> {
  const { dir, collections, cloud } = where;
  await writeRecordingLauncher(
    join(dir, "bin-a", "deno_ansible"),
    join(dir, "launches-a.log"),
  );
  await writeRecordingLauncher(
    join(dir, "bin-b", "deno_ansible"),
    join(dir, "launches-b.log"),
  );
  const rt = join(dir, "rt");
  await Deno.mkdir(rt);
  await Deno.chmod(rt, 0o1777); // root's and nobody's daemons, like /tmp
  await Deno.mkdir(join(dir, "group_vars"));
  await Deno.writeTextFile(
    join(dir, "group_vars", "all.yml"),
    [
      `ansible_deno_ansible_interpreter: ${join(dir, "bin-a", "deno_ansible")}`,
      `ansible_remote_tmp: ${rt}`,
      `collections_dir: ${collections}`,
      `cloud_url: ${cloud.url}`,
      `cloud_key: ${DEFAULT_API_KEY}`,
      "",
    ].join("\n"),
  );
  await Deno.writeTextFile(
    join(dir, "inventory.yml"),
    [
      "all:",
      "  vars:",
      "    ansible_connection: local",
      "    ansible_python_interpreter: /usr/bin/python3",
      "  hosts:",
      "    via_group_vars: {}",
      "    via_inventory:",
      `      ansible_deno_ansible_interpreter: ${
        join(dir, "bin-b", "deno_ansible")
      }`,
      "",
    ].join("\n"),
  );
  await Deno.writeTextFile(join(dir, "site.yml"), playbook());
  return await runPlaybook(ansible, { dir, play: dir }, "site.yml", {
    inventory: join(dir, "inventory.yml"),
    env: { ANSIBLE_COLLECTIONS_PATH: collections },
  });
}

async function uidOf(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
}
