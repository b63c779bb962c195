#!/usr/bin/env -S deno run --allow-all
/**
 * `deno task demo:ansible`: turbo mode under real Ansible. A playbook of 20
 * tasks of the `slow_init` example (a large SDK import plus a 300 ms login)
 * runs on localhost twice, with the plain module and with the turbo one,
 * and the wall times of both `ansible-playbook` runs are printed, next to
 * Ansible's own cost for 20 tasks that do nothing.
 *
 * Needs Ansible (`ansible-playbook` on PATH, or `--ansible-playbook PATH`; or
 * `--ansible-dir DIR` for a tree unpacked by `.ci/install_ansible.sh`).
 *
 * ```sh
 * deno task demo:ansible
 * deno run -A examples/demo_ansible.ts --tasks 5
 * deno run -A examples/demo_ansible.ts --ansible-dir .cache/ansible-2.19/root
 * ```
 *
 * Everything lives in a temp directory: the modules (with `mod.ts` imported
 * by absolute URL, as a module under Ansible must), the launcher of their
 * one-word shebang (`mod.ts install-launcher`), the playbooks and
 * `remote_tmp`. The daemon is stopped and checked gone at the end.
 *
 * @module
 */

import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { installLauncher } from "../_cli.ts";
import {
  DENO,
  portableSource,
  processesMentioning,
  stopDaemonsUnder,
} from "../_test_harness.ts";
import { startAuthServer } from "./_auth_server.ts";

const SLOW_INIT = new URL("./slow_init.ts", import.meta.url).pathname;

/** How to run `ansible-playbook`. */
export interface AnsibleCommand {
  /** Program and leading arguments, e.g. `["ansible-playbook"]`. */
  command: string[];
  /** Extra environment (e.g. `PYTHONPATH` for an unpacked tree). */
  env: Record<string, string>;
}

/** Options of {@linkcode runAnsibleDemo}. */
export interface AnsibleDemoOptions {
  /** Tasks per playbook (default 20). */
  tasks?: number;
  /** Which Ansible to run (default: `ansible-playbook` on PATH). */
  ansible?: AnsibleCommand;
  /** Where progress lines go (default: nowhere). */
  progress?: (line: string) => void;
}

/** One timed `ansible-playbook` run. */
export interface PlaybookFigures {
  /** Wall time of the whole `ansible-playbook` run, in ms. */
  wallMs: number;
  /** Distinct pids the tasks reported (the daemon's, in turbo mode). */
  pids: number[];
  /** Logins the auth server counted during the run. */
  authentications: number;
}

/** What {@linkcode runAnsibleDemo} measured. */
export interface AnsibleDemoFigures {
  /** Tasks per playbook. */
  tasks: number;
  /** `ansible-playbook --version`'s first line. */
  version: string;
  /** The same number of `debug` tasks: Ansible's own cost. */
  baseline: PlaybookFigures;
  plain: PlaybookFigures;
  turbo: PlaybookFigures;
}

/**
 * Runs the three playbooks (baseline, plain, turbo) after an untimed warm-up
 * of Deno's caches, and returns their figures. Stops the daemon and the auth
 * server before returning; throws if a task failed or a daemon survived.
 *
 * @example
 * ```ts ignore
 * import { formatAnsibleDemo, runAnsibleDemo } from "./demo_ansible.ts";
 * console.log(formatAnsibleDemo(await runAnsibleDemo({ tasks: 5 })));
 * ```
 */
export async function runAnsibleDemo(
  options: AnsibleDemoOptions = {},
): Promise<AnsibleDemoFigures> {
  const tasks = Math.max(1, Math.floor(options.tasks ?? 20));
  const ansible = options.ansible ?? { command: ["ansible-playbook"], env: {} };
  const progress = options.progress ?? (() => {});
  const version = await ansibleVersion(ansible);
  const dir = await Deno.makeTempDir({ prefix: "turbo-demo-ansible-" });
  await using server = startAuthServer();
  try {
    const launcher = await installLauncher(
      join(dir, "bin", "deno-ansible"),
      DENO,
    );
    const library = join(dir, "library");
    await Deno.mkdir(library);
    const source = (await portableSource(SLOW_INIT)).replace(
      /^#!.*\n/,
      `#!${launcher}\n`,
    );
    const turbo = "AnsibleTurboModule as AnsibleModule";
    if (!source.includes(turbo)) {
      throw new Error(`${SLOW_INIT} no longer imports ${turbo}`);
    }
    await Deno.writeTextFile(join(library, "slow_init.ts"), source);
    await Deno.writeTextFile(
      join(library, "slow_init_plain.ts"),
      source.replace(turbo, "AnsibleModule"),
    );
    await Deno.writeTextFile(
      join(dir, "inventory.ini"),
      `localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 ansible_remote_tmp=${
        join(dir, "rt")
      }\n`,
    );
    const args =
      `{auth_url: "${server.url}", username: demo, password: s3cret}`;
    const playbook = (name: string, action: string, count: number) =>
      Deno.writeTextFile(
        join(dir, `${name}.yml`),
        `- hosts: localhost\n  gather_facts: false\n  tasks:\n` +
          Array.from(
            { length: count },
            (_, i) => `    - name: task ${i + 1}\n      ${action}\n`,
          ).join(""),
      );
    await playbook("baseline", "debug: {msg: nothing}", tasks);
    await playbook("plain", `slow_init_plain: ${args}`, tasks);
    await playbook("turbo", `slow_init: ${args}`, tasks);
    await playbook("warm_plain", `slow_init_plain: ${args}`, 1);
    // A remote_tmp of its own: the timed turbo run must start its own daemon.
    await playbook(
      "warm_turbo",
      `slow_init: ${args}\n      vars: {ansible_remote_tmp: "${
        join(dir, "rt-warm")
      }"}`,
      1,
    );

    const run = async (name: string): Promise<PlaybookFigures> => {
      const before = server.authentications;
      const started = performance.now();
      const pids = await runPlaybook(ansible, dir, `${name}.yml`);
      return {
        wallMs: performance.now() - started,
        pids,
        authentications: server.authentications - before,
      };
    };
    // Untimed: fills Deno's compile cache, so neither mode pays it alone.
    progress("warming up Deno's caches...");
    await run("warm_plain");
    await run("warm_turbo");
    await stopDaemonsUnder(join(dir, "rt-warm"));
    progress(`${version}: ${tasks} debug tasks (Ansible's own cost)...`);
    const baseline = await run("baseline");
    progress(`${tasks} slow_init tasks, plain...`);
    const plain = await run("plain");
    progress(`${tasks} slow_init tasks, turbo...`);
    const turboFigures = await run("turbo");
    return { tasks, version, baseline, plain, turbo: turboFigures };
  } finally {
    const killed = await stopDaemonsUnder(dir);
    const left = await processesMentioning(dir);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    if (killed.length || left.length) {
      // deno-lint-ignore no-unsafe-finally -- a surviving daemon is the louder problem
      throw new Error(`daemons survived the demo: ${[...killed, ...left]}`);
    }
  }
}

async function ansibleVersion(ansible: AnsibleCommand): Promise<string> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(ansible.command[0], {
      args: [...ansible.command.slice(1), "--version"],
      env: ansible.env,
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (error) {
    throw new Error(
      `Ansible is needed for this demo: cannot run ${ansible.command[0]} (${
        (error as Error).message
      }); install it (e.g. apt-get install ansible-core) or pass --ansible-playbook PATH`,
    );
  }
  const text = new TextDecoder().decode(output.stdout);
  if (!output.success) {
    throw new Error(
      `${ansible.command.join(" ")} --version failed: ${
        new TextDecoder().decode(output.stderr)
      }`,
    );
  }
  return text.split("\n")[0];
}

/** Runs one playbook; returns the distinct pids its tasks reported. */
async function runPlaybook(
  ansible: AnsibleCommand,
  dir: string,
  playbook: string,
): Promise<number[]> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    // Turbo's own knobs stay as the demo sets them.
    if (!key.startsWith("ANSIBLE_TURBO_")) env[key] = value;
  }
  Object.assign(env, ansible.env, {
    ANSIBLE_STDOUT_CALLBACK: "json",
    ANSIBLE_LOCAL_TEMP: join(dir, "local-tmp"),
    ANSIBLE_RETRY_FILES_ENABLED: "false",
    // Long enough that one daemon serves the whole turbo run.
    ANSIBLE_TURBO_LOOKUP_TTL: "60",
  });
  const output = await new Deno.Command(ansible.command[0], {
    args: [
      ...ansible.command.slice(1),
      "-i",
      join(dir, "inventory.ini"),
      join(dir, playbook),
    ],
    cwd: dir,
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(output.stdout);
  const start = stdout.indexOf("{");
  if (!output.success || start < 0) {
    throw new Error(
      `${playbook} failed (exit ${output.code}):\n${stdout.slice(-4000)}${
        new TextDecoder().decode(output.stderr).slice(-2000)
      }`,
    );
  }
  const json = JSON.parse(stdout.slice(start)) as {
    plays: { tasks: { hosts: Record<string, Record<string, unknown>> }[] }[];
  };
  const pids = new Set<number>();
  for (const task of json.plays[0].tasks) {
    const pid = task.hosts.localhost?.pid;
    if (typeof pid === "number") pids.add(pid);
  }
  return [...pids];
}

/**
 * The demo's report: wall time of each playbook, per task, logins counted,
 * and turbo's speed-up over plain, with and without Ansible's own cost.
 *
 * @example
 * ```ts
 * import { formatAnsibleDemo } from "./demo_ansible.ts";
 * const run = (wallMs: number, n: number) => ({ wallMs, pids: [1], authentications: n });
 * const text = formatAnsibleDemo({
 *   tasks: 20, version: "ansible-playbook [core 2.14.18]",
 *   baseline: run(2000, 0), plain: run(14000, 20), turbo: run(4000, 1),
 * });
 * console.assert(text.includes("3.5x"));
 * ```
 */
export function formatAnsibleDemo(figures: AnsibleDemoFigures): string {
  const { tasks, baseline, plain, turbo } = figures;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const per = (ms: number) => `${Math.round(ms / tasks)} ms`;
  const rows: string[][] = [
    [`${tasks} tasks`, "wall time", "per task", "logins", "pids"],
    ...([
      ["debug (Ansible alone)", baseline],
      ["slow_init plain", plain],
      ["slow_init turbo", turbo],
    ] as const).map(([name, f]) => [
      name,
      s(f.wallMs),
      per(f.wallMs),
      String(f.authentications),
      String(f.pids.length),
    ]),
  ];
  const widths = rows[0].map((_, col) =>
    Math.max(...rows.map((row) => row[col].length))
  );
  const line = (row: string[]) =>
    `| ${
      row.map((cell, col) =>
        col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])
      ).join(" | ")
    } |`;
  const rule = `|${
    widths.map((w, i) => "-".repeat(w + 1) + (i ? ":" : "-")).join("|")
  }|`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  const net = (f: PlaybookFigures) => Math.max(1, f.wallMs - baseline.wallMs);
  return [
    figures.version,
    "",
    line(rows[0]),
    rule,
    ...rows.slice(1).map(line),
    "",
    `turbo speed-up: ${
      ratio(plain.wallMs, turbo.wallMs)
    } on the playbook's wall time, ` +
    `${
      ratio(net(plain), net(turbo))
    } on the modules' share (wall time less the debug run)`,
  ].join("\n");
}

/**
 * The command line: `--tasks N`, `--ansible-playbook PATH`,
 * `--ansible-dir DIR`.
 *
 * @example
 * ```ts ignore
 * import { main } from "./demo_ansible.ts";
 * await main(["--tasks", "5"]);
 * ```
 */
export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      tasks: { type: "string", default: "20" },
      "ansible-playbook": { type: "string" },
      "ansible-dir": { type: "string" },
    },
    strict: true,
  });
  const tasks = Number(values.tasks);
  if (!Number.isInteger(tasks) || tasks < 1) {
    throw new Error(`--tasks must be a positive integer, not ${values.tasks}`);
  }
  const dir = values["ansible-dir"] && resolve(values["ansible-dir"]);
  const ansible: AnsibleCommand = dir
    ? {
      // An unpacked .deb: Debian's python3 has the packages it depends on.
      command: ["/usr/bin/python3", join(dir, "usr/bin/ansible-playbook")],
      env: { PYTHONPATH: join(dir, "usr/lib/python3/dist-packages") },
    }
    : { command: [values["ansible-playbook"] ?? "ansible-playbook"], env: {} };
  const figures = await runAnsibleDemo({
    tasks,
    ansible,
    progress: (line) => console.log(line),
  });
  console.log("");
  console.log(formatAnsibleDemo(figures));
  console.log("\n(no daemon left running, auth server stopped)");
}

if (import.meta.main) await main(Deno.args);
