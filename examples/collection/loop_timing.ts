/**
 * Per-item cost of a 40-item loop under `ansible-playbook` (local
 * connection), for each way a task can run:
 *
 * - `debug` (no module process at all: Ansible's own floor);
 * - a plain TypeScript module (`AnsibleModule`, one process per item);
 * - the turbo module unrouted (one process per item, whose client hands
 *   the task to the warm daemon);
 * - the turbo module routed to `ansible_turbo.deno.turbo` (zero-spawn: the
 *   Ansible worker hands the task to the daemon itself).
 *
 * Each loop follows a warm-up task of the same module, so the daemon is up
 * and the locate answer remembered; the json callback's task durations give
 * the loop's time. Medians of `--rounds` playbook runs (default 3).
 *
 * ```sh
 * deno run -A examples/collection/loop_timing.ts [--rounds 3] [--items 40]
 * ```
 *
 * @module
 */

import { join } from "node:path";
import { parseArgs } from "node:util";
import { installLauncher } from "../../_cli.ts";
import {
  DENO,
  portableSource,
  ROOT,
  stopDaemonsUnder,
} from "../../_test_harness.ts";
import {
  type Ansible,
  ansibleVersions,
} from "../../testdata/ansible/harness.ts";

/** The loops measured, in the playbook's order. */
const WAYS = [
  ["debug", "debug: { msg: hi }"],
  ["plain TS module", "hello_plain: { name: x }"],
  ["turbo, unrouted (process path)", "hello: { name: x }"],
  ["turbo, routed (zero-spawn)", "hello_routed: { name: x }"],
] as const;

/** Per-item milliseconds of each way, one entry per round. */
type Timings = Record<string, number[]>;

async function workspace(items: number): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "loop-timing-" });
  const launcher = await installLauncher(
    join(dir, "bin", "deno_ansible"),
    DENO,
  );
  const library = join(dir, "library");
  await Deno.mkdir(library);
  await Deno.mkdir(join(dir, "action_plugins"));
  const hello = (await portableSource("examples/hello.ts")).replace(
    /^#!.*\n/,
    `#!${launcher}\n`,
  );
  await Deno.writeTextFile(join(library, "hello.ts"), hello);
  await Deno.writeTextFile(join(library, "hello_routed.ts"), hello);
  await Deno.writeTextFile(
    join(library, "hello_plain.ts"),
    hello.replace("AnsibleTurboModule as AnsibleModule", "AnsibleModule"),
  );
  await Deno.writeTextFile(
    join(dir, "action_plugins", "hello_routed.py"),
    "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
  );
  const tasks = WAYS.flatMap(([name, call]) => [
    `    - name: warm ${name}`,
    `      ${call}`,
    `    - name: ${name}`,
    `      ${call}`,
    `      loop: "{{ range(${items}) | list }}"`,
  ]);
  await Deno.writeTextFile(
    join(dir, "loop.yml"),
    [
      "- hosts: localhost",
      "  gather_facts: false",
      "  tasks:",
      ...tasks,
      "",
    ].join("\n"),
  );
  await Deno.writeTextFile(
    join(dir, "inventory.ini"),
    `localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 ansible_remote_tmp=${dir}/rt\n`,
  );
  return dir;
}

async function round(
  ansible: Ansible,
  dir: string,
  items: number,
): Promise<Record<string, number>> {
  const output = await new Deno.Command(ansible.command[0], {
    args: [...ansible.command.slice(1), "-i", "inventory.ini", "loop.yml"],
    cwd: dir,
    env: {
      ...ansible.env,
      ANSIBLE_STDOUT_CALLBACK: "json",
      ANSIBLE_LOCAL_TEMP: join(dir, "local-tmp"),
      ANSIBLE_COLLECTIONS_PATH: ROOT,
      ANSIBLE_RETRY_FILES_ENABLED: "false",
    },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(output.stdout);
  if (!output.success) {
    throw new Error(`ansible-playbook failed:\n${text.slice(-2000)}`);
  }
  const json = JSON.parse(text.slice(text.indexOf("{"))) as {
    plays: {
      tasks: {
        task: { name: string; duration: { start: string; end: string } };
        hosts: Record<string, { results?: { failed?: boolean }[] }>;
      }[];
    }[];
  };
  const perItem: Record<string, number> = {};
  for (const { task, hosts } of json.plays[0].tasks) {
    const way = WAYS.find(([name]) => name === task.name);
    if (!way) continue;
    const results = hosts.localhost.results ?? [];
    if (results.length !== items || results.some((r) => r.failed)) {
      throw new Error(`${task.name}: ${JSON.stringify(results[0])}`);
    }
    const ms = Date.parse(task.duration.end) - Date.parse(task.duration.start);
    perItem[task.name] = ms / items;
  }
  return perItem;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      rounds: { type: "string", default: "3" },
      items: { type: "string", default: "40" },
    },
  });
  const rounds = Number(values.rounds);
  const items = Number(values.items);
  const lines = [
    `| per item, ${items}-item loop | ${
      WAYS.map(([name]) => name).join(" | ")
    } |`,
    `| --- | ${WAYS.map(() => "---:").join(" | ")} |`,
  ];
  for (const ansible of await ansibleVersions()) {
    if (ansible.missing) {
      console.error(
        `skipping ansible-core ${ansible.label}: ${ansible.missing}`,
      );
      continue;
    }
    const dir = await workspace(items);
    const timings: Timings = {};
    try {
      for (let i = 0; i < rounds; i++) {
        for (
          const [name, ms] of Object.entries(await round(ansible, dir, items))
        ) {
          (timings[name] ??= []).push(ms);
        }
      }
    } finally {
      await stopDaemonsUnder(dir);
      await Deno.remove(dir, { recursive: true });
    }
    lines.push(
      `| ansible-core ${ansible.label} | ${
        WAYS.map(([name]) => `${median(timings[name]).toFixed(1)} ms`).join(
          " | ",
        )
      } |`,
    );
  }
  console.log(lines.join("\n"));
}
