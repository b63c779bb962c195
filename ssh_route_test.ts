/**
 * The action plugin `ansible_turbo.deno.turbo` over ssh with a
 * ControlMaster (`_ssh_route.py`), under real `ansible-playbook` 2.14 and
 * 2.19 and a private `sshd`:
 *
 * - tasks go to the remote daemon through a socket forwarded over
 *   Ansible's own master: one daemon keeps the module's state, results are
 *   shaped as on the stock path, and no module process, temp directory or
 *   remote command is made per task (the server records every command);
 * - the forwarded socket is 0600 in a 0700 directory, the route file 0600;
 * - a server that refuses forwarding (`AllowTcpForwarding no`) gets every
 *   task the stock way, each run exactly once, with a warning;
 * - a `become` task takes the stock path;
 * - a daemon lost after `go` fails its task, which is never run again; the
 *   next task's route is made again to a fresh daemon;
 * - nothing is left once the masters exit.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  portableSource,
  processesMentioning,
  ROOT,
  skipUnless,
  stopDaemonsUnder,
} from "./_test_harness.ts";
import {
  type Ansible,
  ansibleVersions,
  CI,
  explain,
  isDaemon,
  launches,
  loopResults,
  type PlayRun,
  requireAnsible,
  resultOf,
  runPlaybook,
  withShebang,
  writeRecordingLauncher,
} from "./testdata/ansible/harness.ts";
import { DEFAULT_API_KEY, startCloud } from "./examples/cloud_api.ts";
import {
  exitMasters,
  sshAvailable,
  type Sshd,
  startSshd,
} from "./_sshd_test_support.ts";

const FIXTURES = join(ROOT, "testdata/ansible/modules");
const ITEMS = 4;

const playbook = (cloudUrl: string) =>
  `- hosts: remote
  gather_facts: false
  environment: { ANSIBLE_TURBO_LOOKUP_TTL: "300" } # no idle exit between runs
  tasks:
    - { name: loop, counter: { name: c }, loop: ${
    JSON.stringify([...Array(ITEMS).keys()])
  } }
    - { name: single, counter: { name: c } }
    - name: info
      example.cloud.keypair_info: { api_url: "${cloudUrl}", api_key: "${DEFAULT_API_KEY}" }
    - { name: become, counter: { name: b }, become: true, become_method: su }
`;

/** A workspace: the counter fixture routed through `action_plugins/`. */
async function workspace(dir: string, cloudUrl: string): Promise<string> {
  const play = join(dir, "play");
  const launcher = join(dir, "bin", "deno_ansible");
  await writeRecordingLauncher(launcher, join(dir, "launches.log"));
  await Deno.mkdir(join(play, "library"), { recursive: true });
  await Deno.mkdir(join(play, "action_plugins"));
  for (const name of ["counter", "daemon_killer"]) {
    await Deno.writeTextFile(
      join(play, "library", `${name}.ts`),
      withShebang(await portableSource(join(FIXTURES, `${name}.ts`)), launcher),
    );
    await Deno.writeTextFile(
      join(play, "action_plugins", `${name}.py`),
      "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
    );
  }
  await Deno.writeTextFile(join(play, "routed.yml"), playbook(cloudUrl));
  await Deno.writeTextFile(
    join(play, "killer.yml"),
    `- hosts: remote
  gather_facts: false
  environment: { ANSIBLE_TURBO_LOOKUP_TTL: "300" } # no idle exit between runs
  tasks:
    - { name: killer, daemon_killer: { path: "${dir}/killer.txt" }, ignore_errors: true }
    - { name: after the loss, counter: { name: c } }
`,
  );
  // The server runs every command through this, so the test sees them all.
  await Deno.writeTextFile(
    join(dir, "bin", "record_command"),
    [
      "#!/bin/sh",
      'cmd="$SSH_ORIGINAL_COMMAND"; unset SSH_ORIGINAL_COMMAND',
      `printf '%s\\n' "$(printf '%s' "$cmd" | tr '\\n' ' ' | cut -c1-400)" >> '${
        join(dir, "commands.log")
      }'`,
      'if [ "$cmd" = sftp ]; then exec /usr/lib/openssh/sftp-server; fi',
      'exec /bin/sh -c "$cmd"',
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  return play;
}

/** Runs the playbook against `sshd` with a persistent master whose sockets go in `dir`/cp. */
function play(
  ansible: Ansible,
  dir: string,
  sshd: Sshd,
  inventory: string,
  playbook = "routed.yml",
): Promise<PlayRun> {
  Deno.writeTextFileSync(
    join(dir, inventory),
    `remote ansible_host=127.0.0.1 ansible_port=${sshd.port} ansible_user=root ansible_ssh_private_key_file=${sshd.key}\n`,
  );
  return runPlaybook(ansible, { dir, play: join(dir, "play") }, playbook, {
    inventory: join(dir, inventory),
    env: {
      ANSIBLE_COLLECTIONS_PATH: `${ROOT}:${join(ROOT, "examples/collection")}`,
      ANSIBLE_HOST_KEY_CHECKING: "false",
      ANSIBLE_SSH_ARGS:
        "-C -o ControlMaster=auto -o ControlPersist=60s -o UserKnownHostsFile=/dev/null",
      ANSIBLE_SSH_CONTROL_PATH_DIR: join(dir, "cp"),
      ANSIBLE_REMOTE_TMP: join(dir, "rt"),
    },
    args: [
      "-e",
      `ansible_python_interpreter=/usr/bin/python3 ansible_deno_ansible_interpreter=${
        join(dir, "bin", "deno_ansible")
      }`,
    ],
  });
}

/** A task's duration in ms, per loop item for a loop, from the json callback's stamps. */
function taskMs(run: PlayRun, task: string, items = 1): number {
  const json = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as {
    plays: {
      tasks: {
        task: { name: string; duration: { start: string; end: string } };
      }[];
    }[];
  };
  const found = json.plays[0].tasks.find((t) => t.task.name === task)!;
  const { start, end } = found.task.duration;
  return (Date.parse(end) - Date.parse(start)) / items;
}

async function mode(path: string): Promise<number> {
  return (await Deno.lstat(path)).mode! & 0o777;
}

async function routedOverSsh(ansible: Ansible): Promise<void> {
  requireAnsible(ansible);
  const dir = await Deno.makeTempDir({ prefix: "sr-" });
  await Deno.mkdir(join(dir, "srv1"));
  await Deno.mkdir(join(dir, "srv2"));
  const cloud = await startCloud({
    dataDir: join(dir, "cloud"),
    authDelayMs: 10,
  });
  await workspace(dir, cloud.url);
  const sshd = await startSshd(join(dir, "srv1"), {
    config: [`ForceCommand ${join(dir, "bin", "record_command")}`],
  });
  const refusing = await startSshd(join(dir, "srv2"), {
    key: sshd.key,
    config: ["AllowTcpForwarding no"],
  });
  try {
    const run = await play(ansible, dir, sshd, "inventory.ini");
    assert.equal(run.code, 0, explain(run));
    const started = (await launches(join(dir, "launches.log"))).map((
      [kind, name],
    ) => `${kind} ${name}`);
    const commands = (await Deno.readTextFile(join(dir, "commands.log")))
      .split("\n").filter(Boolean);

    // State kept by one daemon, across loop items and tasks.
    const items = loopResults(resultOf(run, "loop", "remote"));
    const single = resultOf(run, "single", "remote");
    const routed = [...items, single];
    assert.deepEqual(
      routed.map((r) => r.value),
      [...Array(ITEMS + 1).keys()].map((i) => i + 1),
    );
    assert.equal(new Set(routed.map((r) => r.pid)).size, 1);
    assert.ok(await isDaemon(single.pid));

    // Shaped as on the stock path (the become task took it).
    const stock = resultOf(run, "become", "remote");
    assert.equal(stock.failed ?? false, false, JSON.stringify(stock));
    assert.equal(stock.value, 1);
    for (const r of [...routed, stock]) {
      assert.equal(r.changed, true);
      assert.equal(r.warnings, undefined, JSON.stringify(r.warnings));
    }
    assert.deepEqual(Object.keys(single).sort(), Object.keys(stock).sort());
    assert.deepEqual(
      (single.invocation as { module_args: unknown }).module_args,
      { name: "c" },
    );

    // A collection module: its shared client went into the store beside it.
    const info = resultOf(run, "info", "remote");
    assert.equal(info.failed ?? false, false, JSON.stringify(info));
    assert.equal(info.user_agent, "example.cloud/1.0.0");
    assert.equal(info.warnings, undefined, JSON.stringify(info.warnings));

    // No process, temp directory or command per routed task: one locate
    // run per module, and the become task's stock commands.
    assert.deepEqual(started, [
      "locate counter.ts",
      "locate keypair_info.ts",
      "run counter.ts",
    ]);
    const tmpDirs = commands.filter((c) => /mkdir .*ansible-tmp-/.test(c));
    assert.equal(tmpDirs.length, 1, commands.join("\n"));
    const beforeBecome = commands.slice(
      0,
      commands.findIndex((c) => /ansible-tmp-/.test(c)),
    );
    // Per module, the locate script and the token's read; nothing per task.
    assert.equal(beforeBecome.length, 4, commands.join("\n"));

    // The forwarded socket, and the route file with the token.
    const cp = join(dir, "cp");
    const forwarded = [...Deno.readDirSync(cp)]
      .filter((e) => e.name.startsWith("turbo-")).map((e) => join(cp, e.name));
    assert.equal(forwarded.length, 2, "one per daemon"); // one group each
    for (const socket of forwarded) {
      assert.ok((await Deno.lstat(socket)).isSocket);
      assert.equal(await mode(socket), 0o600);
    }
    assert.equal(await mode(cp), 0o700);
    const routes = join(dir, "local-tmp", "ansible-turbo-locate-0");
    assert.equal(await mode(routes), 0o700);
    const files = [...Deno.readDirSync(routes)].map((e) =>
      join(routes, e.name)
    );
    const routeFiles = files.filter((f) =>
      Deno.readTextFileSync(f).includes(forwarded[0])
    );
    assert.equal(routeFiles.length, 1);
    assert.equal(await mode(routeFiles[0]), 0o600);

    // A server that refuses forwarding: the stock path, each task once.
    const refused = await play(ansible, dir, refusing, "refusing.ini");
    assert.equal(refused.code, 0, explain(refused));
    assert.match(
      // 2.14 prints it on stderr, 2.19 in the json callback's output.
      (refused.stderr + refused.stdout).replace(/\s+/g, " "),
      /ansible-turbo: the module runs the stock way on 127\.0\.0\.1: the forwarded socket/,
    );
    const viaStock = [
      ...loopResults(resultOf(refused, "loop", "remote")),
      resultOf(refused, "single", "remote"),
    ];
    // The daemon the routed tasks used (same user, remote_tmp and module),
    // with the module imported from Ansible's copy: its own counters.
    assert.deepEqual(
      viaStock.map((r) => r.pid),
      viaStock.map(() => single.pid),
    );
    assert.deepEqual(
      viaStock.map((r) => r.value),
      [...Array(ITEMS + 1).keys()].map((i) => i + 1),
      "each task counted once",
    );
    const again = (await launches(join(dir, "launches.log"))).map((
      [kind, name],
    ) => `${kind} ${name}`).slice(started.length);
    assert.deepEqual(again, [
      "locate counter.ts",
      "locate counter.ts",
      ...Array(ITEMS + 1).fill("run counter.ts"),
      "locate keypair_info.ts",
      "locate keypair_info.ts",
      "run keypair_info.ts",
      "run counter.ts",
    ]);

    // The masters gone: the remembered routes are refused, made again
    // through new masters, and the old sockets removed.
    assert.equal((await exitMasters(cp)).length, 2);
    const rerouted = await play(ansible, dir, sshd, "inventory.ini");
    assert.equal(rerouted.code, 0, explain(rerouted));
    const later = [
      ...loopResults(resultOf(rerouted, "loop", "remote")),
      resultOf(rerouted, "single", "remote"),
    ];
    assert.deepEqual(
      later.map((r) => r.value),
      [...Array(ITEMS + 1).keys()].map((i) => i + ITEMS + 2),
      "the same daemon, the same module: its state kept",
    );
    assert.deepEqual(later.map((r) => r.pid), later.map(() => single.pid));
    const third = (await launches(join(dir, "launches.log"))).map((
      [kind, name],
    ) => `${kind} ${name}`).slice(started.length + again.length);
    assert.deepEqual(third, [
      "locate counter.ts",
      "locate keypair_info.ts",
      "run counter.ts",
    ]);
    const now = [...Deno.readDirSync(cp)].filter((e) =>
      e.name.startsWith("turbo-")
    ).map((e) => join(cp, e.name));
    assert.equal(now.length, 2, now.join(", "));
    assert.ok(now.every((socket) => !forwarded.includes(socket)));

    // A daemon lost after go: the task fails, is never run again, and the
    // next task's route (refused before ready) is made again to a new daemon.
    const lost = await play(ansible, dir, sshd, "inventory.ini", "killer.yml");
    assert.equal(lost.code, 0, explain(lost));
    const killer = resultOf(lost, "killer", "remote");
    assert.equal(killer.failed, true);
    assert.match(
      String(killer.msg),
      /The ansible-turbo daemon stopped before the task finished\. The task was not run again/,
    );
    assert.equal(
      await Deno.readTextFile(join(dir, "killer.txt")),
      `ran in ${single.pid}\n`,
    );
    const after = resultOf(lost, "after the loss", "remote");
    assert.equal(after.value, 1, "a fresh daemon counts from 1");
    assert.notEqual(after.pid, single.pid);
    assert.ok(await isDaemon(after.pid));
    assert.deepEqual(
      (await launches(join(dir, "launches.log"))).map(([kind, name]) =>
        `${kind} ${name}`
      ).slice(started.length + again.length + third.length),
      ["locate daemon_killer.ts", "locate counter.ts"],
    );

    const ms = (r: PlayRun) =>
      `${
        taskMs(r, "loop", ITEMS).toFixed(1)
      } ms per loop item (the first item` +
      ` included), ${taskMs(r, "single").toFixed(1)} ms the next task`;
    console.log(
      `ansible-core ${ansible.label}: routed ${ms(run)}; stock ${ms(refused)}`,
    );
  } finally {
    await exitMasters(join(dir, "cp"));
    await sshd.stop(); // first: its command line names dir too
    await refusing.stop();
    await cloud.shutdown();
    await stopDaemonsUnder(dir);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
  assert.deepEqual(await processesMentioning(dir), []);
}

for (const ansible of await ansibleVersions()) {
  Deno.test({
    name:
      `ansible-core ${ansible.label}: over ssh with a ControlMaster, tasks go to the remote daemon through a forwarded socket`,
    ignore: (ansible.missing !== undefined && !CI) ||
      skipUnless(sshAvailable(), "needs /usr/sbin/sshd and ssh-keygen"),
    fn: () => routedOverSsh(ansible),
  });
}
