/**
 * Playbooks for the Ansible and SSH cases: an Ansible project written into
 * the benchmark's workspace (ansible.cfg, inventory, `library/` modules with
 * the absolute shebang and `mod.ts` URL a module copied away by Ansible
 * needs), playbooks of one action as an N-item loop or as N separate tasks,
 * and timed `ansible-playbook` runs whose every result is checked (through
 * the `json` callback), so that a broken variant never yields a fast sample.
 *
 * @module
 */

import { DENO, loadModule, runProcess } from "./_harness.ts";

/** The shape of a playbook: one looped task, separate tasks, or none. */
export type Shape = "loop" | "tasks" | "empty";

/** An Ansible project in the workspace. */
export interface AnsibleProject {
  /** The playbook directory (ansible.cfg, inventory, library/, *.yml). */
  dir: string;
  ansiblePlaybook: string;
  /** Environment of every `ansible-playbook` run. */
  env: Record<string, string>;
}

/** One task's (or loop item's) result as the `json` callback reports it. */
export type TaskResult = Record<string, unknown>;

/** A timed, checked `ansible-playbook` run. */
export interface PlaybookRun {
  /** Wall time of the whole `ansible-playbook` process. */
  ms: number;
  /**
   * From the first timed task's start to the last one's end, as the `json`
   * callback stamps them: the timed tasks alone, without the playbook's
   * start and end (NaN when there are none).
   */
  spanMs: number;
  /** Results of the timed action (every item of the loop, or every task). */
  results: TaskResult[];
}

/**
 * A playbook that did not end within its bound and was stopped.
 *
 * @example
 * ```ts
 * import { PlaybookHungError } from "./_playbooks.ts";
 * const error = new PlaybookHungError("demo_loop", 60000);
 * console.assert(error.playbook === "demo_loop");
 * ```
 */
export class PlaybookHungError extends Error {
  /** The playbook's name, without `.yml`. */
  readonly playbook: string;

  /** Builds the error from the playbook's name and how long it ran. */
  constructor(playbook: string, ms: number) {
    super(`${playbook}.yml did not end within ${Math.round(ms / 1000)} s`);
    this.name = "PlaybookHungError";
    this.playbook = playbook;
  }
}

/**
 * The `ansible-playbook` on PATH (or Debian's), or undefined.
 *
 * @example
 * ```ts ignore
 * import { findAnsiblePlaybook } from "./_playbooks.ts";
 * console.log(await findAnsiblePlaybook());
 * ```
 */
export async function findAnsiblePlaybook(): Promise<string | undefined> {
  const dirs = (Deno.env.get("PATH") ?? "").split(":").filter(Boolean);
  for (const dir of [...dirs, "/usr/bin"]) {
    const path = `${dir}/ansible-playbook`;
    try {
      const info = await Deno.stat(path);
      if (info.isFile && ((info.mode ?? 0) & 0o111)) return path;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/**
 * The interpreter named by a script's `#!` line (`/usr/bin/python3`).
 *
 * @example
 * ```ts ignore
 * import { shebangInterpreter } from "./_playbooks.ts";
 * console.log(await shebangInterpreter("/usr/bin/ansible-playbook"));
 * ```
 */
export async function shebangInterpreter(path: string): Promise<string> {
  const head = (await Deno.readTextFile(path)).slice(0, 200);
  const match = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(head);
  if (!match) return "/usr/bin/python3";
  return match[1].endsWith("/env") && match[2] ? match[2] : match[1];
}

/** What {@linkcode writeProject} writes. */
export interface ProjectOptions {
  /** Inventory file text. */
  inventory: string;
  /** Extra ansible.cfg lines, by section (`defaults`, `ssh_connection`). */
  config?: Record<string, string[]>;
  /** Modules to put in `library/`: name → source path and plain/turbo. */
  modules?: Record<string, { path: string; plain?: boolean }>;
  /** Environment of the runs (the workspace's). */
  env: Record<string, string>;
}

/**
 * Writes ansible.cfg, the inventory and the modules into `dir`.
 *
 * @example
 * ```ts ignore
 * import { writeProject } from "./_playbooks.ts";
 * const project = await writeProject(dir, ansiblePlaybook, { inventory, env });
 * ```
 */
export async function writeProject(
  dir: string,
  ansiblePlaybook: string,
  options: ProjectOptions,
): Promise<AnsibleProject> {
  await Deno.mkdir(`${dir}/library`, { recursive: true });
  for (const [name, source] of Object.entries(options.modules ?? {})) {
    const module = await loadModule(source.path, {
      plain: source.plain,
      shebang: `${DENO} run --allow-all`,
    });
    await Deno.writeTextFile(`${dir}/library/${name}.ts`, module.text, {
      mode: 0o755,
    });
  }
  await Deno.writeTextFile(`${dir}/inventory`, options.inventory);
  const sections: Record<string, string[]> = {
    defaults: [
      "inventory = inventory",
      `local_tmp = ${dir}/local_tmp`,
      "retry_files_enabled = False",
      "gathering = explicit",
      "stdout_callback = json",
      "deprecation_warnings = False",
      ...options.config?.defaults ?? [],
    ],
  };
  for (const [name, lines] of Object.entries(options.config ?? {})) {
    if (name !== "defaults") sections[name] = lines;
  }
  const cfg = Object.entries(sections).flatMap((
    [name, lines],
  ) => [`[${name}]`, ...lines, ""]);
  await Deno.writeTextFile(`${dir}/ansible.cfg`, cfg.join("\n"));
  return {
    dir,
    ansiblePlaybook,
    env: {
      ...options.env,
      ANSIBLE_CONFIG: `${dir}/ansible.cfg`,
      ANSIBLE_NOCOLOR: "1",
      ANSIBLE_FORCE_COLOR: "0",
    },
  };
}

/** What a playbook holds. */
export interface PlaybookSpec {
  hosts: string;
  /** The action under test as YAML (`turbo_counter: {}`), or null for none. */
  action: string | null;
  shape: Shape;
  /** Items of the loop, or separate tasks. */
  count: number;
  /** Tasks run first, untimed by the subtraction (e.g. opening the connection). */
  setup?: string[];
  /** Play-level `environment:` (YAML flow mapping). */
  environment?: string;
}

/**
 * A playbook's YAML: `setup` tasks, then the action as one task over a
 * `count`-item loop or as `count` separate tasks.
 *
 * @example
 * ```ts
 * import { playbookYaml } from "./_playbooks.ts";
 * const yaml = playbookYaml({ hosts: "localhost", action: "ping: {}", shape: "loop", count: 3 });
 * console.assert(yaml.includes("loop: \"{{ range(3) | list }}\""));
 * ```
 */
export function playbookYaml(spec: PlaybookSpec): string {
  const lines = [
    "- name: ansible-turbo benchmark",
    `  hosts: ${spec.hosts}`,
    "  gather_facts: false",
  ];
  if (spec.environment) lines.push(`  environment: ${spec.environment}`);
  const tasks: string[] = [];
  for (const [i, setup] of (spec.setup ?? []).entries()) {
    tasks.push(`    - name: setup ${i + 1}`, `      ${setup}`);
  }
  if (spec.action !== null && spec.shape === "loop") {
    tasks.push(
      "    - name: timed",
      `      ${spec.action}`,
      `      loop: "{{ range(${spec.count}) | list }}"`,
    );
  } else if (spec.action !== null && spec.shape === "tasks") {
    for (let i = 1; i <= spec.count; i++) {
      tasks.push(`    - name: timed ${i}`, `      ${spec.action}`);
    }
  }
  lines.push(...(tasks.length ? ["  tasks:", ...tasks] : ["  tasks: []"]));
  return `${lines.join("\n")}\n`;
}

/** The problem with one result, or undefined when it is as expected. */
export type ResultCheck = (result: TaskResult, index: number) =>
  | string
  | undefined;

interface JsonCallbackOutput {
  plays: {
    tasks: {
      task: { name: string; duration?: { start: string; end: string } };
      hosts: Record<string, TaskResult & { results?: TaskResult[] }>;
    }[];
  }[];
  stats: Record<string, { failures: number; unreachable: number }>;
}

/**
 * Runs a playbook (written in the project directory as `name.yml`), timed
 * from spawn to exit, and checks that it succeeded and that every timed
 * result passes `check`; throws with the output otherwise.
 *
 * @example
 * ```ts ignore
 * import { runPlaybook } from "./_playbooks.ts";
 * const run = await runPlaybook(project, "turbo_loop", { count: 40, shape: "loop" });
 * ```
 */
export async function runPlaybook(
  project: AnsibleProject,
  name: string,
  options: {
    shape: Shape;
    count: number;
    check?: ResultCheck;
    env?: Record<string, string>;
    args?: string[];
    /** Ends the playbook when aborted; then {@linkcode PlaybookHungError}. */
    signal?: AbortSignal;
  },
): Promise<PlaybookRun> {
  const run = await runProcess(
    project.ansiblePlaybook,
    [...options.args ?? [], `${name}.yml`],
    {
      cwd: project.dir,
      env: { ...project.env, ...options.env },
      signal: options.signal,
    },
  );
  if (options.signal?.aborted) throw new PlaybookHungError(name, run.ms);
  const fail = (problem: string): never => {
    throw new Error(
      `ansible-playbook ${name}.yml: ${problem} (exit code ${run.code})\n${
        run.stdout.slice(-3000)
      }\n${run.stderr.slice(-3000)}`,
    );
  };
  let output: JsonCallbackOutput;
  try {
    // The callback's document starts with a line "{"; -v output comes before it.
    const start = /^\{$/m.exec(run.stdout)?.index ?? -1;
    output = JSON.parse(run.stdout.slice(start));
  } catch {
    return fail("no JSON output");
  }
  for (const [host, stats] of Object.entries(output.stats)) {
    if (stats.failures || stats.unreachable) fail(`${host} failed`);
  }
  if (run.code !== 0) fail("failed");
  const timed = output.plays.flatMap((p) => p.tasks).filter((t) =>
    t.task.name.startsWith("timed")
  );
  const results: TaskResult[] = [];
  for (const task of timed) {
    for (const result of Object.values(task.hosts)) {
      results.push(
        ...(options.shape === "loop" ? result.results ?? [] : [
          result,
        ]),
      );
    }
  }
  const expected = options.shape === "empty" ? 0 : options.count;
  if (results.length !== expected) {
    fail(`${results.length} timed results, expected ${expected}`);
  }
  for (const [i, result] of results.entries()) {
    const problem = result.failed
      ? `result ${i + 1} failed: ${result.msg}`
      : options.check?.(result, i);
    if (problem) fail(problem);
  }
  const stamps = timed.map((t) => t.task.duration);
  const spanMs = stamps.length && stamps[0] && stamps.at(-1)
    ? Date.parse(stamps.at(-1)!.end) - Date.parse(stamps[0].start)
    : NaN;
  return { ms: run.ms, spanMs, results };
}
