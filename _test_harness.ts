/**
 * Test and demo support: run a module exactly as Ansible does (a fresh temp
 * copy of the module, a JSON arguments file, a real `deno` process: the
 * test kit, `testing.ts`, does it), inside a sandbox directory whose daemons
 * are stopped, and checked gone, on cleanup.
 *
 * @module
 */

import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  moduleRunner,
  parseModuleOutput,
  portableSource as kitPortableSource,
} from "./testing.ts";
import { localImports } from "./_import_scan.ts";

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
 * Stops (SIGTERM, then SIGKILL after 5 s) every process that mentions `dir`
 * (see {@linkcode processesMentioning}); returns the pids that needed SIGKILL.
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
 * Pids of live processes (other than zombies) whose command line or
 * starting environment contains `text`. The environment catches a daemon
 * whose socket moved to /tmp (a path too long for `sun_path`): it still
 * carries the sandbox's `TMPDIR` or `HOME`.
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
      if (
        !cmdline.includes(text) &&
        !(await environOf(entry.name)).includes(text)
      ) continue;
      const stat = await Deno.readTextFile(`/proc/${entry.name}/stat`);
      if (/^\d+ \(.*\) Z/.test(stat)) continue;
      pids.push(Number(entry.name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** A process's starting environment, or "" where it may not be read. */
async function environOf(pid: string): Promise<string> {
  try {
    return await Deno.readTextFile(`/proc/${pid}/environ`);
  } catch {
    return "";
  }
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
  /** The JSON result, as Ansible reads it (see `parseModuleOutput`); null when none. */
  result: Record<string, unknown> | null;
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs `modulePath` as Ansible runs a `WANT_JSON` module, through the test
 * kit (`testing.ts`): a fresh `ansible-tmp-*` copy below the sandbox's
 * remote_tmp, relative imports made absolute, the arguments file, the
 * process, the result as Ansible reads it. Daemons are left to the sandbox.
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
  // Not closed: the sandbox stops its daemons, and checks them gone.
  const runner = await moduleRunner({
    remoteTmp: options.remoteTmp ?? options.sandbox.remoteTmp,
  });
  const run = [DENO, "run", ...options.permissions ?? ["--allow-all"]];
  const { stdout, stderr, rc } = await runner.run(
    inRoot(modulePath),
    options.args,
    {
      moduleName: options.moduleName ??
        basename(modulePath).replace(/\.ts$/, ""),
      ansible: options.internal,
      env: options.env,
      cwd: options.cwd ?? ROOT,
      interpreter: options.fileLimit === undefined ? run : [
        "/bin/sh",
        "-c",
        `ulimit -n ${options.fileLimit} && exec "$@"`,
        "sh",
        ...run,
      ],
    },
  );
  return {
    result: parseModuleOutput(stdout) ?? null,
    stdout,
    stderr,
    code: rc,
  };
}

/**
 * The module's source with relative imports turned into absolute `file:`
 * URLs, so that a copy of it runs anywhere (what an author does by importing
 * `mod.ts` by URL); the test kit's {@linkcode kitPortableSource}, with
 * relative paths taken from the repository root.
 *
 * @example
 * ```ts ignore
 * import { portableSource } from "./_test_harness.ts";
 * const text = await portableSource("examples/hello.ts");
 * ```
 */
export function portableSource(modulePath: string): Promise<string> {
  return kitPortableSource(inRoot(modulePath));
}

function inRoot(modulePath: string): string {
  return modulePath.startsWith("/") ? modulePath : join(ROOT, modulePath);
}

/**
 * Every local file the `entries` can load: their imports, `import()`s and
 * the URLs workers are started from, transitively.
 *
 * @param entries Files relative to the repository.
 * @returns The files, relative to the repository.
 *
 * @example
 * ```ts ignore
 * import { localGraph } from "./_test_harness.ts";
 * console.assert((await localGraph(["mod.ts"])).has("daemon.ts"));
 * ```
 */
export async function localGraph(entries: string[]): Promise<Set<string>> {
  const graph = new Set<string>();
  const queue = entries.map((e) => new URL(e, `file://${ROOT}/`).href);
  while (queue.length) {
    const url = queue.pop()!;
    if (graph.has(url)) continue;
    graph.add(url);
    const source = await Deno.readTextFile(new URL(url));
    queue.push(...localImports(source, url));
    // Workers are started from URLs, not imported (JSDoc examples aside).
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "");
    for (
      const [, spec] of code.matchAll(
        /new URL\(\s*"(\.\.?\/[^"]+)",\s*import\.meta\.url,?\s*\)/g,
      )
    ) {
      queue.push(new URL(spec, url).href);
    }
  }
  return new Set(
    [...graph].map((url) => relative(ROOT, new URL(url).pathname)),
  );
}
