#!/usr/bin/env -S deno run --allow-all
/**
 * `deno task demo:ansible`: turbo mode under real Ansible. A playbook of 20
 * tasks of the `slow_init` example (a large SDK import plus a 300 ms login)
 * runs on localhost three ways, and the wall times of the `ansible-playbook`
 * runs are printed, next to Ansible's own cost for 20 tasks that do nothing:
 *
 * plain (`AnsibleModule`, a process per task); turbo (`AnsibleTurboModule`,
 * a process per task whose client hands the task to the warm daemon); and
 * zero-spawn: the turbo module in a collection whose `meta/runtime.yml`
 * routes it to the action plugin `ansible_turbo.deno.turbo`, so the Ansible
 * worker hands the task to the daemon itself. The launcher records every
 * module process: the demo shows that zero-spawn started none per task, and
 * says so loudly when the plugin fell back to Ansible's stock path.
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
 * by absolute URL, as a module under Ansible must) in `library/` and in a
 * collection, the launcher `deno_ansible` their fixed shebang
 * `#!/usr/bin/deno_ansible` is pointed at (`ansible_deno_ansible_interpreter`),
 * the playbooks, `remote_tmp`, and Ansible's local temp directory, beside
 * which the plugin keeps its locate answers. The daemons are stopped and
 * checked gone at the end, and the directory removed.
 *
 * @module
 */

import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  portableSource,
  processesMentioning,
  ROOT,
  stopDaemonsUnder,
} from "../_test_harness.ts";
import {
  launches,
  writeRecordingLauncher,
} from "../testdata/ansible/harness.ts";
import { startAuthServer } from "./_auth_server.ts";

const SLOW_INIT = new URL("./slow_init.ts", import.meta.url).pathname;
/** The collection the zero-spawn module lives in, in the temp directory. */
const COLLECTION = "turbo_demo.cloud";
const ROUTING = `plugin_routing:
  modules:
    slow_init:
      action_plugin: ansible_turbo.deno.turbo
`;

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
  /**
   * Module processes the launcher started during the run: `run` ones (a
   * task's module) and `locate` ones (the action plugin asking the module
   * where its daemon is).
   */
  processes: { run: number; locate: number };
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
  /** The turbo module routed to `ansible_turbo.deno.turbo`. */
  zeroSpawn: PlaybookFigures;
  /** Locate answers the plugin kept during the zero-spawn run. */
  locateAnswers: number;
  /**
   * When the zero-spawn run fell back: the plugin's own account of why
   * (its `ansible-turbo:` lines of a `-vvv` rerun of one task).
   */
  fallbackReasons: string[];
}

/** Playbooks the demo writes: name, action, task count, remote_tmp of its own. */
type PlaybookSpec = [string, string, number, string?];

/**
 * Runs the four playbooks (baseline, plain, turbo, zero-spawn) after an
 * untimed warm-up of Deno's caches, and returns their figures. Turbo and
 * zero-spawn each start with no daemon. Stops the daemons and the auth
 * server and removes the temp directory before returning; throws if a task
 * failed, a daemon survived or the directory could not be removed.
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
  const dir = await Deno.makeTempDir({ prefix: "tda-" });
  await using server = startAuthServer();
  try {
    checkSocketRoom(dir);
    await writeWorkspace(dir, { tasks, authUrl: server.url });
    const log = join(dir, "launches.log");
    const run = async (name: string): Promise<PlaybookFigures> => {
      const before = server.authentications;
      const launched = (await launches(log)).length;
      const started = performance.now();
      const pids = await runPlaybook(ansible, { dir, args: [`${name}.yml`] });
      const wallMs = performance.now() - started;
      const kinds = (await launches(log)).slice(launched).map(([k]) => k);
      return {
        wallMs,
        pids,
        authentications: server.authentications - before,
        processes: {
          run: kinds.filter((k) => k === "run").length,
          locate: kinds.filter((k) => k === "locate").length,
        },
      };
    };
    // Untimed: fills Deno's compile cache, so no way pays it alone.
    progress("warming up Deno's caches...");
    for (const name of ["warm_plain", "warm_turbo", "warm_zero_spawn"]) {
      await run(name);
    }
    await stopDaemonsUnder(join(dir, "rt-warm"));
    progress(`${version}: ${tasks} debug tasks (Ansible's own cost)...`);
    const baseline = await run("baseline");
    progress(`${tasks} slow_init tasks, plain...`);
    const plain = await run("plain");
    progress(`${tasks} slow_init tasks, turbo...`);
    const turbo = await run("turbo");
    progress(`${tasks} slow_init tasks, zero-spawn...`);
    const answers = await countLocateAnswers(dir);
    const zeroSpawn = await run("zero_spawn");
    const locateAnswers = await countLocateAnswers(dir) - answers;
    const fallbackReasons = zeroSpawn.processes.run || !locateAnswers
      ? await pluginReasons(ansible, dir)
      : [];
    return {
      tasks,
      version,
      baseline,
      plain,
      turbo,
      zeroSpawn,
      locateAnswers,
      fallbackReasons,
    };
  } finally {
    const killed = await stopDaemonsUnder(dir);
    const left = await processesMentioning(dir);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    const kept = await Deno.stat(dir).then(() => true, () => false);
    if (killed.length || left.length || kept) {
      // deno-lint-ignore no-unsafe-finally -- what the demo left is the louder problem
      throw new Error(
        `the demo left daemons (${[...killed, ...left]}) or ${dir} behind`,
      );
    }
  }
}

/**
 * The modules, the recording launcher, the zero-spawn collection, the
 * inventory and the playbooks, in `dir`.
 */
async function writeWorkspace(
  dir: string,
  { tasks, authUrl }: { tasks: number; authUrl: string },
): Promise<void> {
  const launcher = join(dir, "bin", "deno_ansible");
  await writeRecordingLauncher(launcher, join(dir, "launches.log"));
  // The fixed shebang of a shipped module; the inventory names the launcher.
  const source = (await portableSource(SLOW_INIT)).replace(
    /^#!.*\n/,
    "#!/usr/bin/deno_ansible\n",
  );
  const turbo = "AnsibleTurboModule as AnsibleModule";
  if (!source.includes(turbo)) {
    throw new Error(`${SLOW_INIT} no longer imports ${turbo}`);
  }
  const library = join(dir, "library");
  await Deno.mkdir(library);
  await Deno.writeTextFile(join(library, "slow_init.ts"), source);
  await Deno.writeTextFile(
    join(library, "slow_init_plain.ts"),
    source.replace(turbo, "AnsibleModule"),
  );
  const collection = join(
    dir,
    "collections/ansible_collections",
    ...COLLECTION.split("."),
  );
  await Deno.mkdir(join(collection, "plugins/modules"), { recursive: true });
  await Deno.mkdir(join(collection, "meta"));
  await Deno.writeTextFile(join(collection, "meta/runtime.yml"), ROUTING);
  await Deno.writeTextFile(
    join(collection, "plugins/modules/slow_init.ts"),
    source,
  );
  await Deno.writeTextFile(
    join(dir, "inventory.ini"),
    `localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 ansible_deno_ansible_interpreter=${launcher} ansible_remote_tmp=${
      join(dir, "rt")
    }\n`,
  );
  const args = `{auth_url: "${authUrl}", username: demo, password: s3cret}`;
  const routed = `${COLLECTION}.slow_init: ${args}`;
  // Turbo and zero-spawn each start their own daemon: a remote_tmp apiece.
  const specs: PlaybookSpec[] = [
    ["baseline", "debug: {msg: nothing}", tasks],
    ["plain", `slow_init_plain: ${args}`, tasks],
    ["turbo", `slow_init: ${args}`, tasks],
    ["zero_spawn", routed, tasks, "rt-zero-spawn"],
    ["warm_plain", `slow_init_plain: ${args}`, 1],
    ["warm_turbo", `slow_init: ${args}`, 1, "rt-warm"],
    ["warm_zero_spawn", routed, 1, "rt-warm"],
  ];
  for (const [name, action, count, rt] of specs) {
    const vars = rt ? `  vars: {ansible_remote_tmp: "${join(dir, rt)}"}\n` : "";
    await Deno.writeTextFile(
      join(dir, `${name}.yml`),
      `- hosts: localhost\n  gather_facts: false\n${vars}  tasks:\n` +
        Array.from(
          { length: count },
          (_, i) => `    - name: task ${i + 1}\n      ${action}\n`,
        ).join(""),
    );
  }
}

/** Answers in the plugin's locate cache, beside Ansible's local temp dirs. */
async function countLocateAnswers(dir: string): Promise<number> {
  const cache = join(dir, "local-tmp", `ansible-turbo-locate-${Deno.uid()}`);
  let count = 0;
  try {
    for await (const entry of Deno.readDir(cache)) {
      if (entry.name.endsWith(".json")) count++;
    }
  } catch {
    // No cache: no answer.
  }
  return count;
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

/** Where and what {@linkcode playbookCommand} runs. */
interface PlaybookCall {
  /** The demo's directory: inventory, playbooks, working directory. */
  dir: string;
  /** Arguments after the inventory: options and the playbook. */
  args: string[];
  /** Environment over the demo's. */
  env?: Record<string, string>;
}

/** Runs one playbook; returns the distinct pids its tasks reported. */
async function runPlaybook(
  ansible: AnsibleCommand,
  call: PlaybookCall,
): Promise<number[]> {
  const output = await playbookCommand(ansible, call).output();
  const playbook = call.args.at(-1);
  const stdout = new TextDecoder().decode(output.stdout);
  const stderr = new TextDecoder().decode(output.stderr);
  const start = stdout.indexOf("{");
  if (!output.success || start < 0) {
    throw new Error(
      `${playbook} failed (exit ${output.code}):\n${stdout.slice(-4000)}${
        stderr.slice(-2000)
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
 * Why the plugin took the stock path: one zero-spawn task rerun with
 * `-vvv`, where the plugin says so on lines starting with `ansible-turbo:`.
 */
async function pluginReasons(
  ansible: AnsibleCommand,
  dir: string,
): Promise<string[]> {
  const output = await playbookCommand(ansible, {
    dir,
    args: ["-vvv", "warm_zero_spawn.yml"],
    env: { ANSIBLE_STDOUT_CALLBACK: "default" },
  }).output();
  const text = new TextDecoder().decode(output.stdout) +
    new TextDecoder().decode(output.stderr);
  const lines = text.split("\n").filter((line) =>
    line.includes("ansible-turbo:")
  ).map((line) => line.trim());
  return lines.length ? [...new Set(lines)] : [
    "no line of the plugin's in a -vvv run: was ansible_turbo.deno.turbo used at all?",
  ];
}

/**
 * Throws unless a daemon's socket fits below the demo's remote_tmp
 * directories: one that does not moves to /tmp, out of the demo's sight
 * and cleanup.
 */
function checkSocketRoom(dir: string): void {
  const socket = join(
    dir,
    "rt-zero-spawn",
    `ansible-turbo-${Deno.uid()}`,
    `${"0".repeat(24)}.sock`,
  );
  if (new TextEncoder().encode(socket).length > 107) {
    throw new Error(
      `${dir} is too long for the daemons' Unix sockets (107 bytes); set TMPDIR to a shorter directory`,
    );
  }
}

/** `ansible-playbook` with the demo's inventory and environment, in `dir`. */
function playbookCommand(
  ansible: AnsibleCommand,
  { dir, args, env: extraEnv = {} }: PlaybookCall,
): Deno.Command {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    // Turbo's own knobs stay as the demo sets them.
    if (!key.startsWith("ANSIBLE_TURBO_")) env[key] = value;
  }
  Object.assign(env, ansible.env, {
    ANSIBLE_STDOUT_CALLBACK: "json",
    // The plugin keeps its locate answers beside this: inside `dir` too.
    ANSIBLE_LOCAL_TEMP: join(dir, "local-tmp"),
    ANSIBLE_RETRY_FILES_ENABLED: "false",
    // The zero-spawn module's collection, and ansible_turbo.deno (the plugin).
    ANSIBLE_COLLECTIONS_PATH: `${join(dir, "collections")}:${ROOT}`,
    // Long enough that one daemon serves the whole turbo run.
    ANSIBLE_TURBO_LOOKUP_TTL: "60",
  }, extraEnv);
  return new Deno.Command(ansible.command[0], {
    args: [
      ...ansible.command.slice(1),
      "-i",
      join(dir, "inventory.ini"),
      ...args,
    ],
    cwd: dir,
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  });
}

/**
 * Why the zero-spawn figures are not zero-spawn ones, or `undefined` when
 * the action plugin served every task: no module process ran a task (the
 * launcher records each), and the plugin kept its locate answer.
 *
 * @param figures What {@linkcode runAnsibleDemo} measured.
 * @returns The reason (first line) and the plugin's account, or `undefined`.
 *
 * @example
 * ```ts
 * import { zeroSpawnFellBack } from "./demo_ansible.ts";
 * const run = (processes: { run: number; locate: number }) => ({
 *   wallMs: 1000, pids: [1], authentications: 1, processes,
 * });
 * const figures = {
 *   tasks: 20, version: "ansible-playbook [core 2.14.18]",
 *   locateAnswers: 1, fallbackReasons: [],
 *   baseline: run({ run: 0, locate: 0 }), plain: run({ run: 20, locate: 0 }),
 *   turbo: run({ run: 20, locate: 0 }), zeroSpawn: run({ run: 0, locate: 1 }),
 * };
 * console.assert(zeroSpawnFellBack(figures) === undefined);
 * figures.zeroSpawn.processes.run = 20;
 * console.assert(zeroSpawnFellBack(figures)?.includes("20 of 20 tasks"));
 * ```
 */
export function zeroSpawnFellBack(
  figures: AnsibleDemoFigures,
): string | undefined {
  const { tasks, zeroSpawn, locateAnswers } = figures;
  const reasons: string[] = [];
  if (zeroSpawn.processes.run > 0) {
    reasons.push(
      `${zeroSpawn.processes.run} of ${tasks} tasks ran a module process: the action plugin ansible_turbo.deno.turbo took Ansible's stock path`,
    );
  }
  if (locateAnswers === 0) {
    reasons.push(
      "the plugin kept no new locate answer in the demo's local temp directory",
    );
  }
  if (!reasons.length) return undefined;
  return [
    `ZERO-SPAWN FELL BACK: ${
      reasons.join("; ")
    }. Its figures are not zero-spawn figures.`,
    ...figures.fallbackReasons.map((line) => `  plugin: ${line}`),
  ].join("\n");
}

/**
 * The demo's report: wall time of each playbook, per task, logins counted,
 * pids and module processes, then the ratios: turbo and zero-spawn to plain,
 * and zero-spawn's per task to `debug`'s. When the zero-spawn run fell back
 * (see {@linkcode zeroSpawnFellBack}), its figures are withheld and the
 * report says why.
 *
 * @param figures What {@linkcode runAnsibleDemo} measured.
 * @returns The report, several lines.
 *
 * @example
 * ```ts
 * import { formatAnsibleDemo } from "./demo_ansible.ts";
 * const run = (wallMs: number, n: number, processes = { run: 20, locate: 0 }) =>
 *   ({ wallMs, pids: [1], authentications: n, processes });
 * const text = formatAnsibleDemo({
 *   tasks: 20, version: "ansible-playbook [core 2.14.18]",
 *   locateAnswers: 1, fallbackReasons: [],
 *   baseline: run(2000, 0, { run: 0, locate: 0 }), plain: run(14000, 20),
 *   turbo: run(4000, 1), zeroSpawn: run(2800, 1, { run: 0, locate: 1 }),
 * });
 * console.assert(text.includes("zero-spawn / plain 0.20"));
 * ```
 */
export function formatAnsibleDemo(figures: AnsibleDemoFigures): string {
  const { tasks, baseline, plain, turbo, zeroSpawn } = figures;
  const fellBack = zeroSpawnFellBack(figures);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const per = (ms: number) => `${Math.round(ms / tasks)} ms`;
  const ways = [
    ["debug (Ansible alone)", baseline],
    ["slow_init plain", plain],
    ["turbo", turbo],
    [fellBack ? "zero-spawn (FELL BACK)" : "zero-spawn", zeroSpawn],
  ] as const;
  // A fallen-back run shows only its module processes: the evidence.
  const figure = (
    f: PlaybookFigures,
    text: (f: PlaybookFigures) => string,
  ) => f === zeroSpawn && fellBack && text !== processes ? "-" : text(f);
  const rows: string[][] = [
    [`${tasks} tasks`, ...ways.map(([name]) => name)],
    ...([
      ["wall time", (f) => s(f.wallMs)],
      ["per task", (f) => per(f.wallMs)],
      ["logins", (f) => String(f.authentications)],
      ["pids", (f) => String(f.pids.length)],
      ["module processes", processes],
    ] as [string, (f: PlaybookFigures) => string][]).map((
      [label, text],
    ) => [label, ...ways.map(([, f]) => figure(f, text))]),
  ];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const speedUp = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  const net = (f: PlaybookFigures) => Math.max(1, f.wallMs - baseline.wallMs);
  const lines = [figures.version, "", ...table(rows), ""];
  if (fellBack) return [...lines, `!!! ${fellBack}`].join("\n");
  return [
    ...lines,
    `ratios: turbo / plain ${ratio(turbo.wallMs, plain.wallMs)}, ` +
    `zero-spawn / plain ${ratio(zeroSpawn.wallMs, plain.wallMs)}, ` +
    `zero-spawn per task / debug per task ${
      ratio(zeroSpawn.wallMs, baseline.wallMs)
    } (${per(zeroSpawn.wallMs)} vs ${per(baseline.wallMs)})`,
    `on the modules' share (wall time less the debug run): turbo ${
      speedUp(net(plain), net(turbo))
    }, zero-spawn ${speedUp(net(plain), net(zeroSpawn))} faster than plain`,
    `zero-spawn checked: no module process ran a task (the launcher records each; ` +
    `${zeroSpawn.processes.locate} locate run found and started the daemon), ` +
    `and the action plugin kept its locate answer`,
  ].join("\n");
}

/** Module processes of a run: `20`, or `0 + 1 locate`. */
function processes(f: PlaybookFigures): string {
  return String(f.processes.run) +
    (f.processes.locate ? ` + ${f.processes.locate} locate` : "");
}

/** A Markdown table: first column left-aligned, the others right-aligned. */
function table(rows: string[][]): string[] {
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
  return [line(rows[0]), rule, ...rows.slice(1).map(line)];
}

/**
 * The command line: `--tasks N`, `--ansible-playbook PATH`,
 * `--ansible-dir DIR`. Exits with status 1 when the zero-spawn run fell
 * back.
 *
 * @param args The arguments, as `Deno.args`.
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
  console.log(
    "\n(no daemon left running, auth server stopped, temp directory removed)",
  );
  if (zeroSpawnFellBack(figures)) Deno.exitCode = 1;
}

if (import.meta.main) await main(Deno.args);
