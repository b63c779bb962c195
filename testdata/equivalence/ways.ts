/**
 * The two ways of the equivalence suite that run a module as its own
 * process, as Ansible does (`connection: local`, no pipelining): a fresh
 * `ansible-tmp-*` directory under remote_tmp, the module copied there as
 * `AnsiballZ_<name>.ts`, an arguments file with the `_ansible_*` keys
 * ansible-core 2.14 sends, `deno run --allow-all copy args`.
 *
 * - **plain** runs each module with `AnsibleTurboModule` replaced by
 *   `AnsibleModule`, the one import that differs;
 * - **turbo** runs it as written, every case in one sandbox, so one warm
 *   daemon serves them in a row, as it serves the tasks of a play.
 *
 * @module
 */

import { join } from "node:path";
import { ansibleArgs } from "../../_ansible_args.ts";
import {
  DENO,
  portableSource,
  ROOT,
  type Sandbox,
  sandbox,
} from "../../_test_harness.ts";
import { type AnsibleView, ansibleView } from "./ansible_view.ts";
import type {
  Case,
  Observation,
  RunOverride,
  Way,
  WayContext,
} from "./types.ts";

/** Where the corpus's modules live, relative to the repository. */
export const MODULES_DIR = "testdata/equivalence/modules";
const TURBO_IMPORT = "AnsibleTurboModule as AnsibleModule";
/** Start of the warnings turbo adds when it falls back to in-process. */
export const FALLBACK_WARNINGS = [
  "Turbo mode could not be used",
  "Turbo mode is disabled",
];
/** How much of a run's stdout and stderr an observation keeps. */
const KEPT_OUTPUT = 4096;

/**
 * The module run in-process: its `AnsibleTurboModule` import replaced by
 * `AnsibleModule`.
 *
 * @returns The "plain" way.
 *
 * @example
 * ```ts ignore
 * import { plainWay, turboWay } from "./ways.ts";
 * import { checkEquivalence } from "../../_equivalence.ts";
 * const report = await checkEquivalence(plainWay(), turboWay());
 * ```
 */
export function plainWay(): Way {
  return processWay("plain", { transform: plainTwin, daemon: false });
}

/**
 * The module run as written, through the turbo daemon (one per sandbox,
 * shared by all cases).
 *
 * @returns The "turbo" way.
 *
 * @example
 * ```ts ignore
 * import { turboWay } from "./ways.ts";
 * const observations = await turboWay().run(cases, context);
 * ```
 */
export function turboWay(): Way {
  return processWay("turbo", { transform: (source) => source, daemon: true });
}

/**
 * The same module without turbo: the one import that differs.
 *
 * @param source A module's source that imports `AnsibleTurboModule as AnsibleModule`.
 * @returns The source importing `AnsibleModule` instead.
 * @throws {Error} When the source does not import turbo that way.
 *
 * @example
 * ```ts
 * import { plainTwin } from "./ways.ts";
 * const twin = plainTwin('import { AnsibleTurboModule as AnsibleModule } from "./mod.ts";');
 * console.assert(twin === 'import { AnsibleModule } from "./mod.ts";');
 * ```
 */
export function plainTwin(source: string): string {
  if (source.split(TURBO_IMPORT).length !== 2) {
    throw new Error(`A corpus module must import ${TURBO_IMPORT} exactly once`);
  }
  return source.replace(TURBO_IMPORT, "AnsibleModule");
}

interface ProcessWayOptions {
  /** What the module's source becomes before it is run. */
  transform: (source: string) => string;
  /** True when a daemon must serve the tasks. */
  daemon: boolean;
}

function processWay(name: string, options: ProcessWayOptions): Way {
  return {
    name,
    async run(cases, context) {
      await using box = await sandbox();
      const observations: Observation[] = [];
      for (const c of cases) {
        for (const [run, override] of runsOf(c).entries()) {
          observations.push(
            await runOnce(c, { ...options, run, override, box, context }),
          );
        }
      }
      return observations;
    },
  };
}

/**
 * The overrides of each run of a case: one empty override per run when
 * `runs` is a count.
 *
 * @param c A case.
 * @returns One override per run.
 *
 * @example
 * ```ts
 * import { runsOf } from "./ways.ts";
 * console.assert(runsOf({ name: "x", module: "m.ts", runs: 2 }).length === 2);
 * ```
 */
export function runsOf(c: Case): readonly RunOverride[] {
  if (Array.isArray(c.runs)) return c.runs;
  return Array.from(
    { length: (c.runs as number | undefined) ?? 1 },
    () => ({}),
  );
}

interface RunSetup extends ProcessWayOptions {
  run: number;
  override: RunOverride;
  box: Sandbox;
  context: WayContext;
}

async function runOnce(c: Case, setup: RunSetup): Promise<Observation> {
  const task = await prepareTask(c, setup);
  try {
    const raw = await runProcess([task.copy, task.argsFile], {
      cwd: task.cwd,
      env: task.env,
      timeoutMs: c.timeoutMs ?? setup.context.timeoutMs,
    });
    return await observe(c, { setup, task, raw });
  } finally {
    await Deno.remove(task.dir, { recursive: true }).catch(() => {});
    await Deno.remove(task.cwd, { recursive: true }).catch(() => {});
  }
}

/** One run laid out as Ansible lays out a task. */
interface PreparedTask {
  /** The `ansible-tmp-*` directory. */
  dir: string;
  /** The module's copy in it, and the arguments file. */
  copy: string;
  argsFile: string;
  /** The run's working directory, with the case's files. */
  cwd: string;
  env: Record<string, string>;
}

async function prepareTask(c: Case, setup: RunSetup): Promise<PreparedTask> {
  const { box, override } = setup;
  const cwd = await Deno.makeTempDir({ dir: box.dir, prefix: "case-" });
  const dir = await Deno.makeTempDir({
    dir: box.remoteTmp,
    prefix: `ansible-tmp-${Date.now()}-${setup.run}-`,
  });
  for (const [path, content] of Object.entries(c.cwd ?? {})) {
    await Deno.mkdir(join(cwd, path, ".."), { recursive: true });
    await Deno.writeTextFile(join(cwd, path), content);
  }
  await c.setup?.(cwd);
  const fill = <T>(value: T): T =>
    fillPlaceholders(value, { cwd, remoteTmp: box.remoteTmp });
  const copy = join(dir, `AnsiballZ_${c.module}`);
  const source = await portableSource(join(MODULES_DIR, c.module));
  await Deno.writeTextFile(copy, setup.transform(source));
  const argsFile = join(dir, "args");
  const moduleName = c.module.replace(/\.ts$/, "");
  const args = {
    ...fill(c.args),
    ...fill(override.args),
    ...ansibleArgs({ moduleName, remoteTmp: box.remoteTmp, taskDir: dir }),
    ...fill(c.internal),
    ...fill(override.internal),
  };
  await Deno.writeTextFile(argsFile, JSON.stringify(args));
  const env = {
    ...setup.context.baseEnv,
    // Every temp copy is a new path, so each run adds to Deno's emit
    // cache: keep that in the sandbox, which goes with the way.
    DENO_DIR: join(box.dir, "deno-dir"),
    ...fill(c.env),
    ...fill(override.env),
  };
  return { dir, copy, argsFile, cwd, env };
}

/** What the way reports of a finished run, its random paths named. */
async function observe(
  c: Case,
  { setup, task, raw }: { setup: RunSetup; task: PreparedTask; raw: RawRun },
): Promise<Observation> {
  const view = ansibleView(raw);
  const probe = c.probe
    ? await c.probe({ cwd: task.cwd, result: view.result })
    : undefined;
  const paths: [string, string][] = [
    [task.dir, "<ansible-tmp>"],
    [task.cwd, "<cwd>"],
    [setup.box.remoteTmp, "<remote_tmp>"],
    [setup.box.dir, "<sandbox>"],
  ];
  const notes = fallbackNotes(view);
  if (setup.daemon && (await setup.box.daemonPids()).length === 0) {
    // A daemon must have served, or the comparison proves nothing.
    notes.push("no daemon ran");
  }
  return {
    case: c.name,
    run: setup.run,
    view: normalisePaths(view, paths) as AnsibleView,
    rc: raw.rc,
    stdout: normalisePaths(excerpt(raw.stdout), paths) as string,
    stderr: normalisePaths(excerpt(raw.stderr), paths) as string,
    probe: normalisePaths(probe, paths),
    timedOut: raw.timedOut || undefined,
    notes: notes.length ? notes : undefined,
  };
}

/** A module process's output, as bytes, and how it ended. */
interface RawRun {
  stdout: Uint8Array;
  stderr: Uint8Array;
  rc: number;
  timedOut: boolean;
}

async function runProcess(
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<RawRun> {
  const child = new Deno.Command(DENO, {
    args: ["run", "--allow-all", ...args],
    cwd: options.cwd,
    env: options.env,
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      child.kill("SIGKILL");
    } catch {
      // It ended meanwhile.
    }
  }, options.timeoutMs);
  try {
    const output = await child.output();
    return {
      stdout: output.stdout,
      stderr: output.stderr,
      rc: output.code,
      timedOut,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Notes on the turbo fallback warning, which the comparison sets aside. */
function fallbackNotes(view: AnsibleView): string[] {
  const warnings = view.result.warnings;
  if (!Array.isArray(warnings)) return [];
  return warnings.filter((w) =>
    typeof w === "string" && FALLBACK_WARNINGS.some((f) => w.startsWith(f))
  ).map((w) => `fell back: ${w}`);
}

/**
 * Replaces `{cwd}` and `{remote_tmp}` in every string of a value.
 *
 * @param value Arguments, environment or internal keys.
 * @param dirs The run's directories.
 * @returns A copy with the placeholders filled.
 *
 * @example
 * ```ts
 * import { fillPlaceholders } from "./ways.ts";
 * const dirs = { cwd: "/w", remoteTmp: "/rt" };
 * console.assert(fillPlaceholders({ a: "{cwd}/x" }, dirs).a === "/w/x");
 * ```
 */
export function fillPlaceholders<T>(
  value: T,
  dirs: { cwd: string; remoteTmp: string },
): T {
  return mapStrings(
    value,
    (s) =>
      s.replaceAll("{cwd}", dirs.cwd).replaceAll(
        "{remote_tmp}",
        dirs.remoteTmp,
      ),
  ) as T;
}

/**
 * Replaces the run's own directories (random names) in every string of a
 * value by fixed names, so that two runs compare.
 *
 * @param value A view, a probe result or an output excerpt.
 * @param paths Pairs of path and name, most specific first.
 * @returns A copy with the paths replaced.
 *
 * @example
 * ```ts
 * import { normalisePaths } from "./ways.ts";
 * console.assert(normalisePaths("at /tmp/x/y.ts", [["/tmp/x", "<cwd>"]]) === "at <cwd>/y.ts");
 * ```
 */
export function normalisePaths(
  value: unknown,
  paths: readonly [string, string][],
): unknown {
  return mapStrings(value, (s) => {
    for (const [path, name] of paths) s = s.replaceAll(path, name);
    return s;
  });
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // A "__proto__" key must stay data.
      Object.defineProperty(out, k, {
        value: mapStrings(v, fn),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function excerpt(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, KEPT_OUTPUT));
  return bytes.length > KEPT_OUTPUT ? `${text}… (${bytes.length} bytes)` : text;
}

/**
 * The environment every module process starts from: enough to run Deno
 * (PATH, HOME), with a fixed locale and time zone.
 *
 * @returns The base environment.
 *
 * @example
 * ```ts
 * import { baseEnvironment } from "./ways.ts";
 * console.assert(baseEnvironment().TZ === "UTC");
 * ```
 */
export function baseEnvironment(): Record<string, string> {
  return {
    PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
    HOME: Deno.env.get("HOME") ?? ROOT,
    LANG: "C.UTF-8",
    TZ: "UTC",
  };
}
