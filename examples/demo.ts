#!/usr/bin/env -S deno run --allow-all
/**
 * `deno task demo`: what turbo mode buys a module with an expensive start-up.
 * Runs `slow_init.ts` (a large SDK import plus a 300 ms login) N times as
 * Ansible runs it, each task a fresh copy in a new `deno` process, first
 * plain (`ANSIBLE_TURBO_DISABLE=1`), then in turbo mode, and prints per-task
 * times, the logins the auth server counted, and the speed-up.
 *
 * ```sh
 * deno task demo                                  # 10 tasks per mode
 * deno run -A examples/demo.ts --quick            # 3 tasks per mode
 * deno run -A examples/demo.ts --tasks 20
 * ```
 *
 * Daemons run in a private sandbox and are stopped (and checked gone) at the
 * end; the auth server is stopped too.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { runAsAnsible, type Sandbox, sandbox } from "../_test_harness.ts";
import { type AuthServer, startAuthServer } from "./_auth_server.ts";

const SLOW_INIT = new URL("./slow_init.ts", import.meta.url).pathname;

/**
 * The figures of one mode.
 *
 * @example
 * ```ts
 * import type { ModeFigures } from "./demo.ts";
 * const turbo: ModeFigures = { times: [480, 55, 57], authentications: 1, pids: [7, 7, 7], warnings: [] };
 * ```
 */
export interface ModeFigures {
  /** Wall time of each task, in ms, in order. */
  times: number[];
  /** Logins the auth server counted during the mode's tasks. */
  authentications: number;
  /** The `pid` each task reported (the daemon's, in turbo mode). */
  pids: number[];
  /** Warnings the tasks returned, without repeats. */
  warnings: string[];
}

/**
 * What {@linkcode runDemo} measured.
 *
 * @example
 * ```ts ignore
 * import { type DemoFigures, runDemo } from "./demo.ts";
 * const figures: DemoFigures = await runDemo({ tasks: 3 });
 * console.log(figures.turbo.authentications); // 1
 * ```
 */
export interface DemoFigures {
  /** Tasks per mode. */
  tasks: number;
  plain: ModeFigures;
  turbo: ModeFigures;
}

/**
 * Options of {@linkcode runDemo}.
 *
 * @example
 * ```ts
 * import type { DemoOptions } from "./demo.ts";
 * const options: DemoOptions = { tasks: 3, progress: (line) => console.error(line) };
 * ```
 */
export interface DemoOptions {
  /** Tasks per mode (at least 2). */
  tasks: number;
  /** Where progress lines go (default: nowhere). */
  progress?: (line: string) => void;
}

/**
 * Runs the demo's tasks and returns the measurements; stops its daemons
 * (asserting none survives) and its auth server before returning.
 *
 * @example
 * ```ts ignore
 * import { formatTable, runDemo } from "./demo.ts";
 * console.log(formatTable(await runDemo({ tasks: 3 })));
 * ```
 */
export async function runDemo(options: DemoOptions): Promise<DemoFigures> {
  const tasks = Math.max(2, Math.floor(options.tasks));
  const progress = options.progress ?? (() => {});
  await using box = await sandbox();
  await using server = startAuthServer();

  // Untimed: fills Deno's compile caches, so neither mode pays them alone.
  progress("warming up Deno's caches...");
  {
    await using scratch = await sandbox();
    await runMode(scratch, server, 1, PLAIN_ENV);
    await runMode(scratch, server, 1, TURBO_ENV);
  }

  progress(`running ${tasks} tasks in plain mode (ANSIBLE_TURBO_DISABLE=1)...`);
  const plain = await runMode(box, server, tasks, PLAIN_ENV);
  progress(`running ${tasks} tasks in turbo mode...`);
  const turbo = await runMode(box, server, tasks, TURBO_ENV);
  const daemons = await box.daemonPids();
  progress(
    `turbo tasks were served by pid ${[...new Set(turbo.pids)].join(", ")}; ` +
      `daemons running: ${daemons.join(", ") || "none"} (stopping them)`,
  );
  return { tasks, plain, turbo };
}

const PLAIN_ENV = { ANSIBLE_TURBO_DISABLE: "1" };
// Long enough that the daemon outlives the run; the sandbox stops it.
const TURBO_ENV = {
  ANSIBLE_TURBO_DISABLE: "0",
  ANSIBLE_TURBO_LOOKUP_TTL: "60",
};

async function runMode(
  box: Sandbox,
  server: AuthServer,
  tasks: number,
  env: Record<string, string>,
): Promise<ModeFigures> {
  const before = server.authentications;
  const figures: ModeFigures = {
    times: [],
    authentications: 0,
    pids: [],
    warnings: [],
  };
  for (let i = 0; i < tasks; i++) {
    const started = performance.now();
    const outcome = await runAsAnsible(SLOW_INIT, {
      sandbox: box,
      env,
      args: { auth_url: server.url, username: "demo", password: "s3cret" },
    });
    figures.times.push(performance.now() - started);
    const result = outcome.result;
    if (outcome.code !== 0 || result === null || result.failed) {
      throw new Error(
        `slow_init failed (exit ${outcome.code}):\n${outcome.stdout}${outcome.stderr}`,
      );
    }
    figures.pids.push(Number(result.pid));
    for (const warning of asStrings(result.warnings)) {
      if (!figures.warnings.includes(warning)) figures.warnings.push(warning);
    }
  }
  figures.authentications = server.authentications - before;
  return figures;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 *
 * @example
 * ```ts
 * import { median } from "./demo.ts";
 * console.assert(median([3, 1, 2]) === 2 && median([1, 2, 3, 4]) === 2.5);
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The demo's table: first task, median of the rest, total, logins counted
 * by the auth server, and the speed-up of turbo mode.
 *
 * @example
 * ```ts
 * import { formatTable } from "./demo.ts";
 * const mode = { times: [400, 380], authentications: 2, pids: [1, 2], warnings: [] };
 * const table = formatTable({ tasks: 2, plain: mode, turbo: { ...mode, authentications: 1 } });
 * console.assert(table.includes("authentications"));
 * ```
 */
export function formatTable(figures: DemoFigures): string {
  const { plain, turbo } = figures;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const total = (mode: ModeFigures) => mode.times.reduce((a, b) => a + b, 0);
  const rest = (mode: ModeFigures) => median(mode.times.slice(1));
  const rows: [string, string, string][] = [
    [`slow_init, ${figures.tasks} tasks`, "plain", "turbo"],
    ["first task", ms(plain.times[0]), ms(turbo.times[0])],
    ["median of the rest", ms(rest(plain)), ms(rest(turbo))],
    ["total", ms(total(plain)), ms(total(turbo))],
    [
      "authentications",
      String(plain.authentications),
      String(turbo.authentications),
    ],
  ];
  const widths = [0, 1, 2].map((col) =>
    Math.max(...rows.map((row) => row[col].length))
  );
  const line = (row: [string, string, string]) =>
    `| ${row[0].padEnd(widths[0])} | ${row[1].padStart(widths[1])} | ${
      row[2].padStart(widths[2])
    } |`;
  const rule = `|${
    widths.map((w, i) => "-".repeat(w + 1) + (i ? ":" : "-")).join("|")
  }|`;
  const speedUp = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  return [
    line(rows[0]),
    rule,
    ...rows.slice(1).map(line),
    "",
    `speed-up: ${
      speedUp(rest(plain), rest(turbo))
    } per task after the first (median), ` +
    `${speedUp(total(plain), total(turbo))} in total`,
  ].join("\n");
}

/**
 * Runs the demo from the command line (`--quick`, `--tasks N`) and prints
 * the table.
 *
 * @example
 * ```ts ignore
 * import { main } from "./demo.ts";
 * await main(["--quick"]);
 * ```
 */
export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: "boolean", default: false },
      tasks: { type: "string" },
    },
    strict: true,
  });
  const tasks = values.tasks ? Number(values.tasks) : values.quick ? 3 : 10;
  if (!Number.isInteger(tasks) || tasks < 2) {
    throw new Error(
      `--tasks must be an integer of at least 2, not ${values.tasks}`,
    );
  }
  const started = performance.now();
  const figures = await runDemo({
    tasks,
    progress: (line) => console.log(line),
  });
  console.log("");
  console.log(formatTable(figures));
  for (
    const [name, mode] of Object.entries({
      plain: figures.plain,
      turbo: figures.turbo,
    })
  ) {
    for (const warning of mode.warnings) {
      console.log(`${name} tasks warned: ${warning}`);
    }
  }
  console.log(
    `\n(${((performance.now() - started) / 1000).toFixed(1)} s in all; ` +
      "no daemon left running, auth server stopped)",
  );
}

if (import.meta.main) await main(Deno.args);
