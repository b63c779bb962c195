/**
 * What every benchmark case needs: a private workspace (its own DENO_DIR,
 * remote_tmp directories and daemons, all removed at the end), module
 * sources made runnable from a temp copy, and module processes run exactly
 * as Ansible runs them (a fresh `ansible-tmp-*` directory holding
 * `AnsiballZ_<name>` and the JSON arguments file, `deno run --allow-all copy
 * args`), timed from spawn to exit.
 *
 * @module
 */

import {
  DENO,
  portableSource,
  processesMentioning,
  ROOT,
  stopDaemonsUnder,
} from "../_test_harness.ts";
import { ansibleArgs } from "../_ansible_args.ts";

export { DENO, ROOT };

const decoder = new TextDecoder();

/** A module's source, ready to be written as a task's temp copy. */
export interface ModuleText {
  /** File name of the original (`trivial.ts`); the copy is `AnsiballZ_<fileName>`. */
  fileName: string;
  /** Source with relative imports made absolute `file:` URLs. */
  text: string;
}

let runtimeUrl = new URL(`file://${ROOT}/mod.ts`).href;

/**
 * Makes every module loaded from now on import `dir/mod.ts` instead of this
 * checkout's, to benchmark a changed copy of the runtime (A/B).
 *
 * @example
 * ```ts ignore
 * import { useRuntime } from "./_harness.ts";
 * useRuntime("/tmp/runtime-copy");
 * ```
 */
export function useRuntime(dir: string): void {
  runtimeUrl = new URL(`file://${dir.replace(/\/+$/, "")}/mod.ts`).href;
}

/** How to turn a module's source into the variant under test. */
export interface LoadOptions {
  /** Switch `AnsibleTurboModule as AnsibleModule` to plain `AnsibleModule`. */
  plain?: boolean;
  /** Replace the shebang line with `#!<shebang>`. */
  shebang?: string;
}

/**
 * Loads a module (path relative to the repository root) with its relative
 * imports made absolute, as a module copied away by Ansible needs them.
 *
 * @example
 * ```ts ignore
 * import { loadModule } from "./_harness.ts";
 * const plain = await loadModule("bench/modules/trivial.ts", { plain: true });
 * ```
 */
export async function loadModule(
  path: string,
  options: LoadOptions = {},
): Promise<ModuleText> {
  let text = (await portableSource(path)).replaceAll(
    new URL(`file://${ROOT}/mod.ts`).href,
    runtimeUrl,
  );
  if (options.plain) {
    const turbo = /import\s*\{\s*AnsibleTurboModule as AnsibleModule\s*\}/;
    if (!turbo.test(text)) {
      throw new Error(
        `${path} does not import "AnsibleTurboModule as AnsibleModule", so it has no plain twin`,
      );
    }
    text = text.replace(turbo, "import { AnsibleModule }");
  }
  if (options.shebang !== undefined) {
    text = text.replace(/^#!.*\n/, `#!${options.shebang}\n`);
  }
  return { fileName: path.slice(path.lastIndexOf("/") + 1), text };
}

/** One place of the workspace: a directory with its own remote_tmp. */
export interface Area {
  dir: string;
  /** Used as `_ansible_remote_tmp`: the daemons of this area live below it. */
  remoteTmp: string;
}

/** The benchmark's private directory tree; every daemon in it is stopped on cleanup. */
export interface Workspace extends AsyncDisposable {
  root: string;
  /** DENO_DIR of every process the benchmark starts (warmed up before timing). */
  denoDir: string;
  /** Environment of module processes: ours, minus ANSIBLE_TURBO_* settings, plus the private DENO_DIR. */
  env: Record<string, string>;
  /** Makes a fresh area named `name` (a counter is appended). */
  area(name: string): Promise<Area>;
  /** Stops the daemons of `area` (untimed) and waits until they are gone. */
  stopDaemons(area: Area): Promise<void>;
  /** Pids of live processes whose command line mentions the workspace. */
  processes(): Promise<number[]>;
  /**
   * Runs `undo` first on cleanup (an interrupted run too): for what lives
   * outside the tree, such as the SSH case's test user.
   */
  onCleanup(undo: () => Promise<void>): void;
  /** Stops every daemon, removes the tree; throws if a process survives. */
  cleanup(): Promise<void>;
}

/**
 * Creates the workspace (in the system temp directory unless `parent` is given).
 *
 * @example
 * ```ts ignore
 * import { workspace } from "./_harness.ts";
 * await using ws = await workspace();
 * const area = await ws.area("warm");
 * ```
 */
export async function workspace(parent?: string): Promise<Workspace> {
  const root = await Deno.makeTempDir({
    dir: parent,
    prefix: "atb-", // short: Unix socket paths below it must fit in 107 bytes
  });
  const denoDir = `${root}/deno_dir`;
  await Deno.mkdir(denoDir);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    if (!key.startsWith("ANSIBLE_TURBO_")) env[key] = value;
  }
  env.DENO_DIR = denoDir;
  env.NO_COLOR = "1";
  // Long enough that no daemon expires between the samples of a case.
  env.ANSIBLE_TURBO_LOOKUP_TTL = "120";
  let count = 0;
  let cleaned = false;
  const undos: (() => Promise<void>)[] = [];
  const ws: Workspace = {
    root,
    denoDir,
    env,
    async area(name: string): Promise<Area> {
      const dir = `${root}/${name}-${++count}`;
      const remoteTmp = `${dir}/rt`;
      checkSocketRoom(remoteTmp);
      await Deno.mkdir(remoteTmp, { recursive: true, mode: 0o700 });
      return { dir, remoteTmp };
    },
    async stopDaemons(area: Area): Promise<void> {
      const left = await stopDaemonsUnder(area.dir);
      if (left.length) {
        throw new Error(`daemons needed SIGKILL: ${left.join(", ")}`);
      }
    },
    processes: () => processesMentioning(root),
    onCleanup(undo: () => Promise<void>): void {
      undos.push(undo);
    },
    async cleanup(): Promise<void> {
      if (cleaned) return;
      cleaned = true;
      for (const undo of undos.reverse()) {
        await undo().catch((error) => console.error(String(error)));
      }
      const left = await stopDaemonsUnder(root);
      await Deno.remove(root, { recursive: true }).catch(() => {});
      if (left.length) {
        throw new Error(`processes survived the benchmark: ${left.join(", ")}`);
      }
    },
    [Symbol.asyncDispose]() {
      return ws.cleanup();
    },
  };
  return ws;
}

/**
 * Throws unless the daemons' sockets fit below `remoteTmp`: ours
 * (`ansible-turbo-<uid>/<24 hex>.sock`) would otherwise move to `/tmp`, out
 * of the workspace and of its cleanup, and cloud.common's
 * (`turbo_mode.cloud.common.socket`) would fail.
 *
 * @example
 * ```ts
 * import { checkSocketRoom } from "./_harness.ts";
 * checkSocketRoom("/tmp/atb-1/warm-1/rt");
 * ```
 */
export function checkSocketRoom(remoteTmp: string): void {
  const encoder = new TextEncoder();
  const longest = Math.max(
    ...[
      `${remoteTmp}/ansible-turbo-${Deno.uid()}/${"0".repeat(24)}.sock`,
      `${remoteTmp}/turbo_mode.cloud.common.socket`,
    ].map((path) => encoder.encode(path).length),
  );
  if (longest > 107) {
    throw new Error(
      `${remoteTmp} is too long for the daemons' Unix sockets (107 bytes); set TMPDIR to a shorter directory`,
    );
  }
}

/** What a finished process did, and how long it took from spawn to exit. */
export interface ProcessRun {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  code: number;
  pid: number;
  stdout: string;
  stderr: string;
  /** `performance.timeOrigin + performance.now()` just before the spawn. */
  spawnedAt: number;
  /** The same clock when the exit was seen. */
  exitedAt: number;
  /**
   * CPU time (user + system) of the process and the children it waited
   * for, from this process's `cutime + cstime`: in 10 ms ticks, so only
   * a mean over many runs means something. NaN when unknown or when other
   * processes were reaped meanwhile (concurrent runs).
   */
  cpuMs: number;
}

/** Where and how a process runs. */
export interface ProcessOptions {
  cwd: string;
  /** The whole environment of the process. */
  env: Record<string, string>;
  /** Ends the process (SIGTERM) when aborted: a bound on a run that may hang. */
  signal?: AbortSignal;
}

/**
 * The wall clock in milliseconds with sub-millisecond precision; comparable
 * across processes on one machine.
 *
 * @example
 * ```ts
 * import { epochMs } from "./_harness.ts";
 * console.assert(Math.abs(epochMs() - Date.now()) < 1000);
 * ```
 */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Spawns and exits seen so far, to tell whether runs overlapped. */
let processEvents = 0;

/**
 * CPU milliseconds (user + system) of the children this process has waited
 * for, from `/proc/self/stat` (`cutime`, `cstime`; 100 ticks per second).
 *
 * @example
 * ```ts
 * import { childrenCpuMs } from "./_harness.ts";
 * console.assert(childrenCpuMs() >= 0 || Number.isNaN(childrenCpuMs()));
 * ```
 */
export function childrenCpuMs(): number {
  try {
    const stat = Deno.readTextFileSync("/proc/self/stat");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields after the command name start at field 3; cutime is 16, cstime 17.
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Runs a command to completion, timing it from spawn to exit.
 *
 * @example
 * ```ts ignore
 * import { DENO, runProcess } from "./_harness.ts";
 * const run = await runProcess(DENO, ["--version"], { cwd: "/", env: {} });
 * console.log(run.ms);
 * ```
 */
export async function runProcess(
  command: string,
  args: string[],
  options: ProcessOptions,
): Promise<ProcessRun> {
  const cmd = new Deno.Command(command, {
    args,
    cwd: options.cwd,
    env: options.env,
    clearEnv: true,
    signal: options.signal,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  });
  const cpuBefore = childrenCpuMs();
  const spawnedAt = epochMs();
  const start = performance.now();
  const child = cmd.spawn();
  const events = ++processEvents;
  const output = await child.output();
  const ms = performance.now() - start;
  // Valid only when no other process started or ended meanwhile.
  const cpuMs = events === processEvents ? childrenCpuMs() - cpuBefore : NaN;
  processEvents++;
  return {
    cpuMs,
    ms,
    code: output.code,
    pid: child.pid,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
    spawnedAt,
    exitedAt: spawnedAt + ms,
  };
}

/** How a module task is run. */
export interface TaskOptions {
  /** remote_tmp: where the task's temp directory is made and daemons live. */
  remoteTmp: string;
  /** Working directory of the module process (the playbook's directory under Ansible). */
  cwd: string;
  env: Record<string, string>;
  /** Module parameters (without `_ansible_*` keys). */
  args?: Record<string, unknown>;
  /** Name Ansible gives the module (default: the file name without `.ts`). */
  moduleName?: string;
  /** Extra flags between `run --allow-all` and the module (profiling only). */
  denoFlags?: string[];
}

/** A task's temp directory, copy and arguments file, written and not yet run. */
export interface PreparedTask {
  dir: string;
  copy: string;
  argsFile: string;
  options: TaskOptions;
}

/** A finished task: the process and the JSON result Ansible would read. */
export interface TaskRun extends ProcessRun {
  result: Record<string, unknown> | null;
}

/**
 * Writes a task's temp directory as Ansible does: `ansible-tmp-<time>-<pid>-<random>/`
 * holding `AnsiballZ_<name>` and the JSON `args` file.
 *
 * @example
 * ```ts ignore
 * import { loadModule, prepareTask, runPrepared } from "./_harness.ts";
 * const task = await prepareTask(await loadModule("bench/modules/floor.ts"), options);
 * const run = await runPrepared(task);
 * ```
 */
export async function prepareTask(
  module: ModuleText,
  options: TaskOptions,
): Promise<PreparedTask> {
  const dir = await Deno.makeTempDir({
    dir: options.remoteTmp,
    prefix: `ansible-tmp-${(Date.now() / 1000).toFixed(6)}-${Deno.pid}-`,
  });
  const copy = `${dir}/AnsiballZ_${module.fileName}`;
  await Deno.writeTextFile(copy, module.text, { mode: 0o700 });
  const argsFile = `${dir}/args`;
  const args = {
    ...options.args,
    ...ansibleArgs({
      moduleName: options.moduleName ?? module.fileName.replace(/\.ts$/, ""),
      remoteTmp: options.remoteTmp,
      taskDir: dir,
    }),
  };
  await Deno.writeTextFile(argsFile, JSON.stringify(args));
  return { dir, copy, argsFile, options };
}

/**
 * Runs a prepared task (`deno run --allow-all copy args`), then removes its
 * temp directory, as Ansible does.
 *
 * @example
 * ```ts ignore
 * import { runPrepared } from "./_harness.ts";
 * const run = await runPrepared(task);
 * console.log(run.ms, run.result);
 * ```
 */
export async function runPrepared(task: PreparedTask): Promise<TaskRun> {
  try {
    const run = await runProcess(
      DENO,
      [
        "run",
        "--allow-all",
        ...task.options.denoFlags ?? [],
        task.copy,
        task.argsFile,
      ],
      { cwd: task.options.cwd, env: task.options.env },
    );
    return { ...run, result: lastJson(run.stdout) };
  } finally {
    await Deno.remove(task.dir, { recursive: true }).catch(() => {});
  }
}

/**
 * Prepares and runs one task; only the process is timed.
 *
 * @example
 * ```ts ignore
 * import { runTask } from "./_harness.ts";
 * const run = await runTask(module, { remoteTmp, cwd, env });
 * ```
 */
export async function runTask(
  module: ModuleText,
  options: TaskOptions,
): Promise<TaskRun> {
  return await runPrepared(await prepareTask(module, options));
}

/** What a task's result must show to count as a valid sample. */
export interface Expectation {
  /** "daemon": served by a daemon (another pid, no fallback warning); "self": ran in its own process. */
  servedBy?: "daemon" | "self";
  /** Extra check; returns a problem, or undefined when fine. */
  check?: (result: Record<string, unknown>) => string | undefined;
}

/**
 * The task's result when it succeeded as expected; throws with the
 * process's output otherwise, so that a broken variant never yields a
 * (fast) sample.
 *
 * @example
 * ```ts ignore
 * import { expectOk } from "./_harness.ts";
 * expectOk("warm turbo", run, { servedBy: "daemon" });
 * ```
 */
export function expectOk(
  what: string,
  run: TaskRun,
  expectation: Expectation = {},
): Record<string, unknown> {
  const result = run.result;
  let problem: string | undefined;
  if (!result) problem = "no JSON result";
  else if (result.failed) problem = `failed: ${result.msg}`;
  else if (expectation.servedBy === "daemon") {
    if (result.pid === run.pid) problem = "ran in its own process";
    else if (result.warnings) problem = `warned: ${result.warnings}`;
  } else if (expectation.servedBy === "self" && result.pid !== run.pid) {
    problem = `was served by process ${result.pid}`;
  }
  if (!problem && result && expectation.check) {
    problem = expectation.check(result);
  }
  if (problem) {
    throw new Error(
      `${what}: ${problem} (exit code ${run.code})\nstdout: ${run.stdout}\nstderr: ${run.stderr}`,
    );
  }
  return result!;
}

/**
 * The last line of `stdout` that parses as a JSON object, as Ansible reads it.
 *
 * @example
 * ```ts
 * import { lastJson } from "./_harness.ts";
 * console.assert(lastJson('junk\n{"a": 1}\n')?.a === 1);
 * ```
 */
export function lastJson(stdout: string): Record<string, unknown> | null {
  const lines = stdout.trimEnd().split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line);
    } catch {
      // Not the result; keep looking.
    }
  }
  return null;
}
