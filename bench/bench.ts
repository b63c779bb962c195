/**
 * `deno task bench`: measures turbo against plain Deno, the physical floor,
 * the Python original, Ansible's own floor (`debug`) and, over SSH, Mitogen,
 * side by side in one run, and writes
 * `results.json`, `results.md` (the table) and `results.svg` (the chart).
 *
 * ```sh
 * deno task bench                     # full run (about 13 minutes), writes bench/results.*
 * deno task bench --quick             # every case with few samples (about 2 minutes)
 * deno task bench --quick --out /tmp/b --only process,protocol
 * deno task bench --out /tmp/b --runtime /tmp/changed-runtime   # A/B a change
 * deno task bench --help              # the options
 * ```
 *
 * Everything runs in a private temp workspace (its own DENO_DIR and
 * remote_tmp directories); every daemon and server it starts is stopped
 * before it exits, and it fails if one survives. Exit code 0 when every
 * case ran (whether or not it met its target), 1 when one broke, 2 (with
 * the usage on stderr) for a command line it does not understand.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { ANSIBLE_ROWS, ansibleCases } from "./_ansible.ts";
import { SSH_ROWS, sshCases } from "./_ssh.ts";
import {
  concurrencyCase,
  memoryCase,
  processCases,
  protocolCase,
  slowInitCase,
} from "./_cases.ts";
import { DENO, ROOT, runProcess, useRuntime, workspace } from "./_harness.ts";
import {
  markdownReport,
  type Results,
  type RunMeta,
  svgChart,
} from "./_report.ts";
import { seededRandom } from "./_stats.ts";
import type { CaseContext, CaseResult } from "./_types.ts";

/**
 * The case groups, in run order, and the case ids each one reports.
 *
 * @example
 * ```ts
 * import { GROUPS } from "./bench.ts";
 * console.assert(GROUPS.process.ids.includes("warm_turbo"));
 * ```
 */
export const GROUPS: Record<
  string,
  { ids: string[]; run: (ctx: CaseContext) => Promise<CaseResult[]> }
> = {
  process: {
    ids: ["floor", "warm_turbo", "plain", "cold_turbo"],
    run: processCases,
  },
  slow_init: {
    ids: ["slow_init"],
    run: async (ctx) => [await slowInitCase(ctx)],
  },
  concurrency: {
    ids: ["concurrency"],
    run: async (ctx) => [await concurrencyCase(ctx)],
  },
  protocol: {
    ids: ["protocol"],
    run: async (ctx) => [await protocolCase(ctx)],
  },
  memory: { ids: ["memory"], run: async (ctx) => [await memoryCase(ctx)] },
  ansible: { ids: ANSIBLE_ROWS.map(([id]) => id), run: ansibleCases },
  ssh: { ids: SSH_ROWS.map(([id]) => id), run: sshCases },
};

/**
 * Every case id, in table order.
 *
 * @example
 * ```ts
 * import { CASE_IDS } from "./bench.ts";
 * console.assert(CASE_IDS[0] === "floor" && CASE_IDS.includes("ansible_loop"));
 * ```
 */
export const CASE_IDS: string[] = Object.values(GROUPS).flatMap((g) => g.ids);

/** Command-line options of the benchmark. */
export interface BenchOptions {
  quick: boolean;
  /** Directory the results are written to. */
  out: string;
  /** Groups to run (default: all). */
  only: string[];
  seed: number;
  /** A copy of the runtime to measure instead of this checkout's. */
  runtime?: string;
}

/**
 * A command line the benchmark does not understand.
 *
 * @example
 * ```ts
 * import { BenchUsageError, parseBenchArgs } from "./bench.ts";
 * try {
 *   parseBenchArgs(["--bogus"]);
 * } catch (error) {
 *   console.assert(error instanceof BenchUsageError);
 * }
 * ```
 */
export class BenchUsageError extends Error {
  /** Builds the error from what is wrong with the command line. */
  constructor(message: string) {
    super(message);
    this.name = "BenchUsageError";
  }
}

/**
 * What `deno task bench --help` prints.
 *
 * @example
 * ```ts
 * import { USAGE } from "./bench.ts";
 * console.assert(USAGE.startsWith("Usage: deno task bench"));
 * ```
 */
export const USAGE: string = `Usage: deno task bench [OPTIONS]

Options:
  --quick          every case with few samples (about 2 minutes; else about 13)
  --out DIR        where results.json, results.md and results.svg go (default: bench/)
  --only G1,G2     only these groups: ${Object.keys(GROUPS).join(", ")}
  --seed N         the seed of the cases' shuffled order (default: 20260)
  --runtime DIR    measure this copy of the runtime instead of the checkout's
  -h, --help       this message`;

/**
 * Parses the command line: `--quick`, `--out DIR`, `--only g1,g2`, `--seed N`,
 * `--runtime DIR`, `--help`.
 *
 * @param args The command line's arguments.
 * @returns The options, or `"help"` when `--help` is given.
 * @throws {BenchUsageError} When an option is unknown, misses its value, or
 *   has one that is not valid.
 *
 * @example
 * ```ts
 * import { parseBenchArgs } from "./bench.ts";
 * const options = parseBenchArgs(["--quick", "--out", "/tmp/b"]);
 * console.assert(options !== "help" && options.quick && options.out === "/tmp/b");
 * ```
 */
export function parseBenchArgs(args: string[]): BenchOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        quick: { type: "boolean", default: false },
        out: { type: "string" },
        only: { type: "string" },
        seed: { type: "string", default: "20260" },
        runtime: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    // node:util's parseArgs throws a TypeError for what it cannot parse.
    if (error instanceof TypeError) throw new BenchUsageError(error.message);
    throw error;
  }
  if (values.help) return "help";
  const only = values.only
    ? values.only.split(",").map((s) => s.trim()).filter(Boolean)
    : Object.keys(GROUPS);
  for (const group of only) {
    if (!(group in GROUPS)) {
      throw new BenchUsageError(
        `Unknown group ${group}; groups are ${Object.keys(GROUPS).join(", ")}`,
      );
    }
  }
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) {
    throw new BenchUsageError(
      `The seed must be a whole number: ${values.seed}`,
    );
  }
  return {
    quick: values.quick,
    out: values.out ?? `${ROOT}/bench`,
    only,
    seed,
    runtime: values.runtime,
  };
}

async function loadAverage(): Promise<number> {
  const text = await Deno.readTextFile("/proc/loadavg").catch(() => "");
  return Number(text.split(" ")[0]) || 0;
}

async function machine(): Promise<RunMeta["machine"]> {
  const cpuinfo = await Deno.readTextFile("/proc/cpuinfo").catch(() => "");
  const meminfo = await Deno.readTextFile("/proc/meminfo").catch(() => "");
  const osRelease = await Deno.readTextFile("/etc/os-release").catch(() => "");
  const kb = Number(/MemTotal:\s+(\d+)/.exec(meminfo)?.[1] ?? 0);
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1].trim() ?? "unknown CPU",
    cores: navigator.hardwareConcurrency,
    memoryGb: Math.round(kb / 1024 / 1024),
    os: /PRETTY_NAME="?([^"\n]+)"?/.exec(osRelease)?.[1] ?? Deno.build.os,
    kernel: Deno.osRelease(),
  };
}

async function commit(): Promise<string> {
  const env = Deno.env.toObject();
  const head = await runProcess("git", ["rev-parse", "--short", "HEAD"], {
    cwd: ROOT,
    env,
  }).catch(() => null);
  if (!head || head.code !== 0) return "unknown";
  const status = await runProcess(
    "git",
    ["status", "--porcelain", "--untracked-files=no"],
    { cwd: ROOT, env },
  );
  return `${head.stdout.trim()}${status.stdout.trim() ? "+dirty" : ""}`;
}

/**
 * Runs the benchmark and writes its reports; resolves to the exit code.
 *
 * @example
 * ```ts ignore
 * import { runBench } from "./bench.ts";
 * Deno.exit(await runBench({ quick: true, out: "/tmp/b", only: ["protocol"], seed: 1 }));
 * ```
 */
export async function runBench(options: BenchOptions): Promise<number> {
  const started = performance.now();
  if (options.runtime) useRuntime(options.runtime);
  const loadBefore = await loadAverage();
  const log = (message: string) => console.error(message);
  const ws = await workspace();
  const interrupted = (signal: Deno.Signal) => async () => {
    log(`${signal}: stopping the benchmark's daemons`);
    await ws.cleanup().catch((error) => log(String(error)));
    Deno.exit(130);
  };
  const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => {
    const handler = interrupted(signal);
    Deno.addSignalListener(signal, handler);
    return () => Deno.removeSignalListener(signal, handler);
  });
  const ctx: CaseContext = {
    ws,
    quick: options.quick,
    random: seededRandom(options.seed),
    log,
  };
  const cases: CaseResult[] = [];
  let broken = false;
  try {
    for (const name of options.only) {
      const group = GROUPS[name];
      const t0 = performance.now();
      log(`${name}...`);
      try {
        cases.push(...await group.run(ctx));
      } catch (error) {
        broken = true;
        log(`${name} broke: ${(error as Error).stack ?? error}`);
        for (const id of group.ids) {
          cases.push({
            id,
            name: id.replaceAll("_", " "),
            what: "the case broke before it finished",
            value: null,
            unit: "",
            status: "ERROR",
            note: String((error as Error).message ?? error).split("\n")[0],
          });
        }
      }
      log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await ws.cleanup();
    for (const remove of handlers) remove();
  }
  const results: Results = {
    meta: {
      date: new Date().toISOString(),
      quick: options.quick,
      commit: await commit(),
      machine: await machine(),
      deno: Deno.version.deno,
      load: { before: loadBefore, after: await loadAverage() },
      seed: options.seed,
      runtime: options.runtime,
      durationS: Math.round((performance.now() - started) / 100) / 10,
    },
    cases,
  };
  await Deno.mkdir(options.out, { recursive: true });
  await Deno.writeTextFile(
    `${options.out}/results.json`,
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const reports = [`${options.out}/results.md`, `${options.out}/results.svg`];
  await Deno.writeTextFile(reports[0], markdownReport(results));
  await Deno.writeTextFile(reports[1], svgChart(results));
  // In the repository's own style, so that `deno fmt --check` passes on them.
  const fmt = await runProcess(DENO, ["fmt", ...reports], {
    cwd: ROOT,
    env: Deno.env.toObject(),
  });
  if (fmt.code !== 0) log(`deno fmt of the reports failed: ${fmt.stderr}`);
  console.log(await Deno.readTextFile(reports[0]));
  log(`results written to ${options.out} (deno ${DENO})`);
  return broken ? 1 : 0;
}

/** Runs the benchmark as its command line asks; resolves to the exit code. */
async function main(args: string[]): Promise<number> {
  let options: BenchOptions | "help";
  try {
    options = parseBenchArgs(args);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  return await runBench(options);
}

if (import.meta.main) Deno.exit(await main(Deno.args));
