/**
 * Test and demo support: run a module exactly as Ansible does (a fresh temp
 * copy of the module, a JSON arguments file, a real `deno` process), inside
 * a sandbox directory whose daemons are stopped, and checked gone, on
 * cleanup.
 *
 * @module
 */

import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The Deno binary running this process. */
export const DENO: string = Deno.execPath();

/** Absolute `file:` URL of `mod.ts`, for modules copied away from the repo. */
export const MOD_URL: string = new URL("./mod.ts", import.meta.url).href;

/** The repository root. */
export const ROOT: string = dirname(fileURLToPath(import.meta.url));

/** A private place for one test's daemons and temp copies. */
export interface Sandbox extends AsyncDisposable {
  /** The sandbox directory. */
  dir: string;
  /** Used as `_ansible_remote_tmp`, so daemons live below `dir`. */
  remoteTmp: string;
  /** Pids of daemons currently serving this sandbox. */
  daemonPids(): Promise<number[]>;
  /** Stops every daemon, asserts none survives, removes the directory. */
  cleanup(): Promise<void>;
}

/**
 * Makes a sandbox; use with `await using`.
 *
 * @example
 * ```ts ignore
 * import { sandbox } from "./_test_harness.ts";
 * await using box = await sandbox();
 * ```
 */
export async function sandbox(): Promise<Sandbox> {
  const dir = await Deno.makeTempDir({ prefix: "att-" });
  const remoteTmp = join(dir, "rt");
  await Deno.mkdir(remoteTmp, { mode: 0o700 });
  let cleaned = false;
  const box: Sandbox = {
    dir,
    remoteTmp,
    daemonPids: () => processesMentioning(dir),
    async cleanup() {
      if (cleaned) return;
      cleaned = true;
      const left = await stopDaemonsUnder(dir);
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      if (left.length) {
        throw new Error(`daemons survived the sandbox: ${left.join(", ")}`);
      }
    },
    [Symbol.asyncDispose]() {
      return box.cleanup();
    },
  };
  return box;
}

/**
 * Stops (SIGTERM, then SIGKILL after 5 s) every process whose command line
 * mentions `dir`; returns the pids that needed SIGKILL.
 *
 * @example
 * ```ts ignore
 * import { stopDaemonsUnder } from "./_test_harness.ts";
 * await stopDaemonsUnder("/tmp/att-x");
 * ```
 */
export async function stopDaemonsUnder(dir: string): Promise<number[]> {
  const pids = await processesMentioning(dir);
  for (const pid of pids) signal(pid, "SIGTERM");
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if ((await processesMentioning(dir)).length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const left = await processesMentioning(dir);
  for (const pid of left) signal(pid, "SIGKILL");
  return left;
}

function signal(pid: number, name: Deno.Signal): void {
  try {
    Deno.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/**
 * Pids of live processes (other than zombies) whose command line contains
 * `text`.
 *
 * @example
 * ```ts ignore
 * import { processesMentioning } from "./_test_harness.ts";
 * console.log(await processesMentioning("/tmp/att-"));
 * ```
 */
export async function processesMentioning(text: string): Promise<number[]> {
  const pids: number[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    try {
      const cmdline = await Deno.readTextFile(`/proc/${entry.name}/cmdline`);
      if (!cmdline.includes(text)) continue;
      const stat = await Deno.readTextFile(`/proc/${entry.name}/stat`);
      if (/^\d+ \(.*\) Z/.test(stat)) continue;
      pids.push(Number(entry.name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/**
 * Polls `check` every 25 ms until it holds; throws after `timeoutMs`.
 *
 * @example
 * ```ts ignore
 * import { waitFor } from "./_test_harness.ts";
 * await waitFor("the daemon to exit", async () => (await box.daemonPids()).length === 0);
 * ```
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Whether a test needing something this machine lacks is skipped: outside CI
 * it is, and the reason is printed; with `CI=true` it is not (the test runs
 * and fails, saying why, through {@linkcode requireHere}).
 *
 * @example
 * ```ts ignore
 * import { skipUnless } from "./_test_harness.ts";
 * Deno.test({ name: "as root", ignore: skipUnless(Deno.uid() === 0, "needs root"), fn() {} });
 * ```
 */
export function skipUnless(available: boolean, why: string): boolean {
  if (available || Deno.env.get("CI") === "true") return false;
  console.log(`skipping a test: ${why} (with CI=true it fails instead)`);
  return true;
}

/**
 * Fails the running test when what it needs is missing (the counterpart of
 * {@linkcode skipUnless} under `CI=true`).
 *
 * @example
 * ```ts ignore
 * import { requireHere } from "./_test_harness.ts";
 * requireHere(Deno.uid() === 0, "needs root (runuser, chown)");
 * ```
 */
export function requireHere(available: boolean, why: string): void {
  if (!available) throw new Error(`This test cannot run here: ${why}`);
}

/** Options of {@linkcode runAsAnsible}. */
export interface RunOptions {
  /** The sandbox whose remote_tmp the task uses. */
  sandbox: Sandbox;
  /** Module arguments (without `_ansible_*` keys). */
  args?: Record<string, unknown>;
  /** Extra `_ansible_*` keys, e.g. `{ _ansible_check_mode: true }`. */
  internal?: Record<string, unknown>;
  /** Environment of the module process (added to this process's). */
  env?: Record<string, string>;
  /** Working directory of the module process. */
  cwd?: string;
  /** Name Ansible gives the module; defaults to the file's base name. */
  moduleName?: string;
  /** A different remote_tmp than the sandbox's. */
  remoteTmp?: string;
  /** Deno's permission flags for the module (default `--allow-all`). */
  permissions?: string[];
  /** Run under `ulimit -n` of this many file descriptors (inherited by a daemon it starts). */
  fileLimit?: number;
}

/** What a module process printed, and its result when it printed one. */
export interface RunOutcome {
  /** The parsed JSON result, as Ansible would read it; null when none. */
  result: Record<string, unknown> | null;
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs `modulePath` as Ansible runs a `WANT_JSON` module: copies it to a
 * fresh `ansible-tmp-*` directory as `AnsiballZ_<name>` (relative imports
 * made absolute, as they must be for a module that Ansible copies away),
 * writes the arguments file, runs `deno run -A copy args`, reads the JSON
 * result and deletes the directory.
 *
 * @example
 * ```ts ignore
 * import { runAsAnsible, sandbox } from "./_test_harness.ts";
 * await using box = await sandbox();
 * const { result } = await runAsAnsible("examples/hello.ts", { sandbox: box, args: { name: "x" } });
 * ```
 */
export async function runAsAnsible(
  modulePath: string,
  options: RunOptions,
): Promise<RunOutcome> {
  const remoteTmp = options.remoteTmp ?? options.sandbox.remoteTmp;
  const taskDir = await Deno.makeTempDir({
    dir: remoteTmp,
    prefix: `ansible-tmp-${Date.now()}-${Deno.pid}-`,
  });
  try {
    const name = basename(modulePath);
    const copy = join(taskDir, `AnsiballZ_${name}`);
    await Deno.writeTextFile(copy, await portableSource(modulePath));
    const argsFile = join(taskDir, "args");
    const args = {
      ...options.args,
      _ansible_check_mode: false,
      _ansible_no_log: false,
      _ansible_debug: false,
      _ansible_diff: false,
      _ansible_verbosity: 0,
      _ansible_version: "2.14.18",
      _ansible_module_name: options.moduleName ?? name.replace(/\.ts$/, ""),
      _ansible_string_conversion_action: "warn",
      _ansible_keep_remote_files: false,
      _ansible_tmpdir: `${taskDir}/`,
      _ansible_remote_tmp: remoteTmp,
      ...options.internal,
    };
    await Deno.writeTextFile(argsFile, JSON.stringify(args));
    const run = [DENO, "run", ...options.permissions ?? ["--allow-all"], copy];
    const command = options.fileLimit === undefined ? run : [
      "/bin/sh",
      "-c",
      `ulimit -n ${options.fileLimit} && exec "$@"`,
      "sh",
      ...run,
    ];
    const output = await new Deno.Command(command[0], {
      args: [...command.slice(1), argsFile],
      cwd: options.cwd ?? ROOT,
      env: options.env,
      stdin: "null",
    }).output();
    const stdout = new TextDecoder().decode(output.stdout);
    const stderr = new TextDecoder().decode(output.stderr);
    return { result: lastJson(stdout), stdout, stderr, code: output.code };
  } finally {
    await Deno.remove(taskDir, { recursive: true });
  }
}

/**
 * The module's source with relative imports turned into absolute `file:`
 * URLs, so that a copy of it runs anywhere (what an author does by importing
 * `mod.ts` by URL).
 *
 * @example
 * ```ts ignore
 * import { portableSource } from "./_test_harness.ts";
 * const text = await portableSource("examples/hello.ts");
 * ```
 */
export async function portableSource(modulePath: string): Promise<string> {
  const path = modulePath.startsWith("/") ? modulePath : join(ROOT, modulePath);
  const source = await Deno.readTextFile(path);
  const base = new URL(`file://${path}`);
  return source.replace(
    /(from\s+|import\s*\(\s*)(["'])(\.\.?\/[^"']+)\2/g,
    (_all, lead: string, quote: string, spec: string) =>
      `${lead}${quote}${new URL(spec, base).href}${quote}`,
  );
}

/** The last line of `stdout` that parses as a JSON object, as Ansible reads it. */
function lastJson(stdout: string): Record<string, unknown> | null {
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
