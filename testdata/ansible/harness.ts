/**
 * What the tests that drive real `ansible-playbook` share: the Ansible
 * versions under test (from `versions.ts`), a workspace laid out as a user's project (fixture
 * modules, inventories, a launcher that records every module process it
 * starts), running a playbook and reading its registered results.
 *
 * @module
 */

import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { installLauncher } from "../../_cli.ts";
import { DENO, portableSource, ROOT } from "../../_test_harness.ts";
import type { Ansible } from "./versions.ts";

export {
  type Ansible,
  ansibleVersions,
  CI,
  requireAnsible,
} from "./versions.ts";

const FIXTURES = join(ROOT, "testdata", "ansible");
const PLAYBOOK_TIMEOUT_MS = 240_000;

/** A registered task result. */
export type Result = Record<string, unknown>;

/** A fresh directory laid out as a user's Ansible project. */
export interface Workspace {
  dir: string;
  play: string;
  /** The module launcher: records each process in `launches`, then runs it. */
  launcher: string;
  /** One line per module process: `run NAME` or `locate NAME` (a locate run). */
  launches: string;
  rt: string;
  rt2: string;
  rtTtl: string;
  rtShared: string;
  out: string;
  /** True when the turbo fixtures are routed to `ansible_turbo.deno.turbo`. */
  routed: boolean;
}

/** The fixtures that import `AnsibleTurboModule`. */
export const TURBO_FIXTURES = [
  "counter",
  "no_check",
  "failing",
  "junk",
  "env_reader",
  "env_dump",
  "cwd_reader",
  "secret",
];
/** The turbo fixtures that also get a plain twin (`<name>_plain`). */
export const PLAIN_TWINS = [
  "failing",
  "junk",
  "env_reader",
  "env_dump",
  "cwd_reader",
];
/** What a routed workspace sends to the action plugin: every turbo module. */
export const ROUTED = [...TURBO_FIXTURES, "hello"];

/**
 * Lays out a workspace: `play/` with the fixture playbooks, `library/`
 * modules and the `testns.turbo` collection, inventories, and the
 * recording launcher. Routed, each turbo module is sent to the action
 * plugin: library modules by an action plugin of their name, the
 * collection's counter by its `meta/runtime.yml`.
 *
 * @param options Whether to route the turbo modules.
 * @returns The workspace.
 *
 * @example
 * ```ts ignore
 * import { makeWorkspace } from "./harness.ts";
 * const ws = await makeWorkspace({ routed: true });
 * ```
 */
export async function makeWorkspace(
  options: { routed: boolean },
): Promise<Workspace> {
  const dir = await Deno.makeTempDir({ prefix: "ate-" });
  // Open to other users, so that the `become` scenario's nobody can reach
  // the playbook's directory (its cwd) and the shared remote_tmp.
  await Deno.chmod(dir, 0o755);
  const ws: Workspace = {
    dir,
    play: join(dir, "play"),
    launcher: join(dir, "bin", "deno_ansible"),
    launches: join(dir, "launches.log"),
    rt: join(dir, "rt"),
    rt2: join(dir, "rt2"),
    rtTtl: join(dir, "rt-ttl"),
    rtShared: join(dir, "rt-shared"),
    out: join(dir, "out"),
    routed: options.routed,
  };
  await writeRecordingLauncher(ws.launcher, ws.launches);
  const library = join(ws.play, "library");
  const collection = join(
    ws.play,
    "collections/ansible_collections/testns/turbo",
  );
  await Deno.mkdir(library, { recursive: true });
  await Deno.mkdir(join(collection, "plugins/modules"), { recursive: true });
  await Deno.mkdir(join(ws.play, "data"));
  await Deno.mkdir(ws.out);
  await Deno.mkdir(ws.rtShared);
  await Deno.chmod(ws.rtShared, 0o1777); // like /tmp: shared, sticky
  for await (const entry of Deno.readDir(join(FIXTURES, "playbooks"))) {
    if (entry.isFile) {
      await Deno.copyFile(
        join(FIXTURES, "playbooks", entry.name),
        join(ws.play, entry.name),
      );
    }
  }
  await Deno.copyFile(
    join(FIXTURES, "playbooks/data/marker.txt"),
    join(ws.play, "data/marker.txt"),
  );
  for (const name of ["inventory", "parallel_inventory"]) {
    const text = await Deno.readTextFile(join(FIXTURES, `${name}.ini.tmpl`));
    await Deno.writeTextFile(
      join(dir, `${name}.ini`),
      text.replaceAll("@WORK@", dir),
    );
  }
  const write = (path: string, source: string) =>
    Deno.writeTextFile(path, source, { mode: 0o644 });
  const hello = await portableSource("examples/hello.ts");
  await write(join(library, "hello.ts"), withShebang(hello, ws.launcher));
  await write(join(library, "hello_env.ts"), hello); // its env -S shebang
  for (const name of [...TURBO_FIXTURES, "socket_probe"]) {
    const source = withShebang(
      await portableSource(join(FIXTURES, "modules", `${name}.ts`)),
      ws.launcher,
    );
    await write(join(library, `${name}.ts`), source);
    if (PLAIN_TWINS.includes(name)) {
      await write(join(library, `${name}_plain.ts`), plainTwin(source));
    }
    if (name === "counter") {
      await write(join(collection, "plugins/modules/counter.ts"), source);
    }
  }
  if (ws.routed) await route(ws, collection);
  return ws;
}

/**
 * Routes the turbo modules to the action plugin: an action plugin of the
 * same name for each `library/` module (Ansible prefers it to `normal`), and
 * `plugin_routing` in the collection's `meta/runtime.yml`.
 */
async function route(ws: Workspace, collection: string): Promise<void> {
  const actions = join(ws.play, "action_plugins");
  await Deno.mkdir(actions);
  for (const name of ROUTED) {
    await Deno.writeTextFile(
      join(actions, `${name}.py`),
      "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
    );
  }
  await Deno.mkdir(join(collection, "meta"));
  await Deno.writeTextFile(
    join(collection, "meta/runtime.yml"),
    [
      "plugin_routing:",
      "  modules:",
      "    counter:",
      "      action_plugin: ansible_turbo.deno.turbo",
      "",
    ].join("\n"),
  );
}

/**
 * Writes a launcher (the one `install-launcher` writes, beside it in
 * `real/`) behind a wrapper that appends one line per module process to
 * `log`: `locate NAME` for a run in locate mode, `run NAME` otherwise,
 * NAME being the module's file name without Ansible's `AnsiballZ_`.
 *
 * @param path Where the wrapper goes.
 * @param log The record, writable by every user (the become scenario).
 *
 * @example
 * ```ts ignore
 * import { writeRecordingLauncher } from "./harness.ts";
 * await writeRecordingLauncher("/tmp/w/bin/deno_ansible", "/tmp/w/launches.log");
 * ```
 */
export async function writeRecordingLauncher(
  path: string,
  log: string,
): Promise<void> {
  const real = await installLauncher(
    join(dirname(path), "real", "deno_ansible"),
    DENO,
  );
  await Deno.writeTextFile(log, "");
  await Deno.chmod(log, 0o666);
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  await Deno.writeTextFile(
    path,
    [
      "#!/bin/sh",
      "# Records each module process, then runs it (see testdata/ansible/harness.ts).",
      'if [ "$ANSIBLE_TURBO_LOCATE" = 1 ]; then kind=locate; else kind=run; fi',
      'name="${1##*/}"',
      `echo "$kind \${name#AnsiballZ_}" >> ${quote(log)} 2>/dev/null`,
      `exec ${quote(real)} "$@"`,
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  await Deno.chmod(path, 0o755);
}

/**
 * The module processes recorded so far: `[kind, name]` pairs in order.
 *
 * @param log The launcher's record.
 * @returns One pair per process.
 *
 * @example
 * ```ts ignore
 * import { launches } from "./harness.ts";
 * const runs = (await launches(ws.launches)).filter(([kind]) => kind === "run");
 * ```
 */
export async function launches(log: string): Promise<[string, string][]> {
  const text = await Deno.readTextFile(log);
  return text.split("\n").filter(Boolean).map((line) => {
    const [kind, name] = line.split(" ");
    return [kind, name];
  });
}

/** The module with its first line replaced by `#!launcher`. */
export function withShebang(source: string, launcher: string): string {
  assert.match(source, /^#!.*\n/);
  return source.replace(/^#!.*\n/, `#!${launcher}\n`);
}

/** The same module without turbo: the one import that differs. */
export function plainTwin(source: string): string {
  const turbo = "AnsibleTurboModule as AnsibleModule";
  assert.ok(source.includes(turbo), "a turbo fixture imports its module so");
  return source.replace(turbo, "AnsibleModule");
}

/** What `ansible-playbook` printed and registered. */
export interface PlayRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Task name → host → registered result. */
  tasks: Map<string, Record<string, Result>>;
  /** Wall time of the run, in milliseconds. */
  ms: number;
}

/** Options of {@linkcode runPlaybook}. */
export interface PlaybookOptions {
  /** Inventory file (default `<dir>/inventory.ini`). */
  inventory?: string;
  /** More arguments for `ansible-playbook`. */
  args?: string[];
  /** More environment (over the test's). */
  env?: Record<string, string>;
  /** Working directory (default the workspace). */
  cwd?: string;
}

/**
 * Runs a playbook of `dir/play` with the `json` stdout callback (unless
 * `options.env` names another) and reads every registered result.
 *
 * @param ansible The version to run.
 * @param ws Where: `dir` (its local temp, inventory) and `play`.
 * @param playbook File name in `play`.
 * @param options Inventory, arguments, environment.
 * @returns What the run printed and registered.
 *
 * @example
 * ```ts ignore
 * import { runPlaybook } from "./harness.ts";
 * const run = await runPlaybook(ansible, ws, "main.yml");
 * ```
 */
export async function runPlaybook(
  ansible: Ansible,
  ws: { dir: string; play: string },
  playbook: string,
  options: PlaybookOptions = {},
): Promise<PlayRun> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    // The test decides Ansible's and turbo's settings, not the caller's shell.
    if (!key.startsWith("ANSIBLE_") && key !== "PYTHONPATH") env[key] = value;
  }
  Object.assign(env, ansible.env, {
    // `deno` on PATH only for the env-shebang record.
    PATH: `${dirname(DENO)}:${env.PATH ?? "/usr/bin:/bin"}`,
    ANSIBLE_STDOUT_CALLBACK: "json",
    ANSIBLE_LOCAL_TEMP: join(ws.dir, "local-tmp"),
    ANSIBLE_RETRY_FILES_ENABLED: "false",
    ANSIBLE_NOCOLOR: "1",
    ANSIBLE_FORCE_COLOR: "0",
    // Where the action plugin's collection is: this checkout.
    ANSIBLE_COLLECTIONS_PATH: ROOT,
    // Names no shell variable can have (`deno task` exports "?"): Debian's
    // /bin/sh drops them on the stock path, so zero-spawn must too.
    "?": "0",
    "ODD-NAME.X": "1",
  }, options.env);
  const started = performance.now();
  const output = await new Deno.Command(ansible.command[0], {
    args: [
      ...ansible.command.slice(1),
      "-i",
      options.inventory ?? join(ws.dir, "inventory.ini"),
      ...(options.args ?? []),
      join(ws.play, playbook),
    ],
    cwd: options.cwd ?? ws.dir, // not the playbook's directory: Ansible itself must give that
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(PLAYBOOK_TIMEOUT_MS),
  }).output();
  const ms = performance.now() - started;
  const stdout = new TextDecoder().decode(output.stdout);
  const stderr = new TextDecoder().decode(output.stderr);
  const tasks = new Map<string, Record<string, Result>>();
  const start = stdout.indexOf("{");
  if (start >= 0 && env.ANSIBLE_STDOUT_CALLBACK === "json") {
    const json = JSON.parse(stdout.slice(start)) as {
      plays: {
        tasks: { task: { name: string }; hosts: Record<string, Result> }[];
      }[];
    };
    for (const play of json.plays) {
      for (const { task, hosts } of play.tasks) {
        const seen = tasks.get(task.name);
        tasks.set(task.name, { ...seen, ...hosts });
      }
    }
  }
  return { code: output.code, stdout, stderr, tasks, ms };
}

/**
 * A summary of a run that did not succeed: its failed tasks and stderr's end.
 *
 * @param run A playbook run.
 * @returns Text for an assertion message.
 *
 * @example
 * ```ts ignore
 * import { explain, runPlaybook } from "./harness.ts";
 * const run = await runPlaybook(ansible, ws, "main.yml");
 * assert.equal(run.code, 0, explain(run));
 * ```
 */
export function explain(run: PlayRun): string {
  const failed: string[] = [];
  for (const [name, hosts] of run.tasks) {
    for (const [host, result] of Object.entries(hosts)) {
      if (result.failed || result.unreachable) {
        failed.push(
          `${name} on ${host}: ${JSON.stringify(result).slice(0, 1500)}`,
        );
      }
    }
  }
  return `exit code ${run.code}; failed tasks (some may be ignored):\n${
    failed.join("\n")
  }\nstderr:\n${run.stderr.slice(-2000)}`;
}

/**
 * The single host's result of `task`, failing clearly when absent.
 *
 * @param run A playbook run.
 * @param task The task's name.
 * @param host The host (default localhost).
 * @returns The registered result.
 *
 * @example
 * ```ts ignore
 * import { resultOf } from "./harness.ts";
 * const hello = resultOf(run, "library hello");
 * ```
 */
export function resultOf(
  run: PlayRun,
  task: string,
  host = "localhost",
): Result {
  const result = run.tasks.get(task)?.[host];
  assert.ok(
    result,
    `no result for task "${task}" on ${host}; stderr:\n${
      run.stderr.slice(-3000)
    }`,
  );
  return result;
}

/**
 * The item results of a loop task.
 *
 * @param result A loop's registered result.
 * @returns Its `results`.
 *
 * @example
 * ```ts ignore
 * import { loopResults, resultOf } from "./harness.ts";
 * const calls = loopResults(resultOf(run, "counter x10"));
 * ```
 */
export function loopResults(result: Result): Result[] {
  assert.ok(Array.isArray(result.results), "a loop registers results");
  return result.results as Result[];
}

/**
 * Whether `pid` is an ansible-turbo daemon.
 *
 * @param pid A process id from a result.
 * @returns True for a live daemon.
 *
 * @example
 * ```ts ignore
 * import { isDaemon } from "./harness.ts";
 * assert.ok(await isDaemon(result.pid));
 * ```
 */
export async function isDaemon(pid: unknown): Promise<boolean> {
  try {
    const cmdline = await Deno.readTextFile(`/proc/${pid}/cmdline`);
    return cmdline.includes("--ansible-turbo-daemon");
  } catch {
    return false;
  }
}

/**
 * The sockets below `dir`, sorted.
 *
 * @param dir A directory to search.
 * @returns Their paths.
 *
 * @example
 * ```ts ignore
 * import { socketsUnder } from "./harness.ts";
 * assert.deepEqual(await socketsUnder(ws.dir), []);
 * ```
 */
export async function socketsUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string) => {
    for await (const entry of Deno.readDir(path)) {
      const child = join(path, entry.name);
      if (entry.isDirectory) await walk(child);
      else if (entry.name.endsWith(".sock")) found.push(child);
    }
  };
  await walk(dir).catch(() => {});
  return found.sort();
}
