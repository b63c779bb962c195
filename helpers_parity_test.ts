/**
 * Differential tests of the module object's helpers (`runCommand`,
 * `getBinPath`, `atomicMove`, `backupLocal`, digests, `addCleanupFile`,
 * `boolean`, the file common arguments): every case of
 * `testdata/helpers/cases.ts` runs through ansible-core 2.14's
 * AnsibleModule (`driver.py`, one python process) and through our module
 * (`module.ts`), in-process and through a warm daemon, on the same files,
 * environment and directory, and the printed results must be the same. The
 * pure functions behind them (mode parser, shlex, ...) are compared with
 * their Python originals on tables.
 */
import assert from "node:assert/strict";
import { ansibleArgs } from "./_ansible_args.ts";
import {
  ROOT,
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
  skipUnless,
} from "./_test_harness.ts";
import { ansibleAvailable } from "./testdata/parity/ansible.ts";
import {
  BASE_ENV,
  type FileSpec,
  type HelperCase,
  MODULE_CASES,
  tables,
} from "./testdata/helpers/cases.ts";
import { ModeError, parseOctal, symbolicModeToOctal } from "./_file_mode.ts";
import { ShlexError, shlexQuote, shlexSplit } from "./_shlex.ts";
import { heuristicLogSanitize } from "./_run_command.ts";
import { expandUser, expandVars, normPath } from "./_path_expand.ts";
import { toBoolean } from "./_boolean.ts";

const MODULE = "testdata/helpers/module.ts";
const DRIVER = `${ROOT}/testdata/helpers/driver.py`;
const IS_ROOT = Deno.uid() === 0;
const FIXED_TIME = new Date("2020-01-02T03:04:05Z");
const DENO_DIR = Deno.env.get("DENO_DIR") ??
  `${Deno.env.get("HOME")}/.cache/deno`;
const TEMP_NAME = /\.ansible_tmp[a-z0-9_]{8}/g;
const BACKUP_NAME = /\.\d+\.\d{4}-\d\d-\d\d@\d\d:\d\d:\d\d~/g;

/** What one run of a case printed, and which checked paths exist after it. */
interface Outcome {
  code: number | null;
  output: Record<string, unknown> | null;
  stderr: string;
  exists: Record<string, boolean>;
}

interface Dirs {
  base: string;
  shm: string;
}

/** `@D` and `@S` replaced, deeply. */
function place<T>(value: T, dirs: { d: string; s: string }): T {
  const swap = (v: unknown): unknown => {
    if (typeof v === "string") {
      return v.replaceAll("@D", dirs.d).replaceAll("@S", dirs.s);
    }
    if (Array.isArray(v)) return v.map(swap);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, swap(x)]),
      );
    }
    return v;
  };
  return swap(value) as T;
}

function caseDirs(dirs: Dirs, index: number): { d: string; s: string } {
  return { d: `${dirs.base}/c${index}`, s: `${dirs.shm}/c${index}` };
}

/** Makes the case's directory afresh, with its files. */
async function makeFiles(
  c: HelperCase,
  at: { d: string; s: string },
): Promise<void> {
  for (const dir of [at.d, at.s]) {
    await unfreeze(dir);
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    await Deno.mkdir(dir, { recursive: true });
  }
  const frozen: string[] = [];
  for (const [name, raw] of Object.entries(c.files ?? {})) {
    const path = place(name.startsWith("@") ? name : `@D/${name}`, at);
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    const spec: Exclude<FileSpec, string> = typeof raw === "string"
      ? { content: raw }
      : raw;
    if (spec.immutable) frozen.push(path);
    if (spec.dir) {
      await Deno.mkdir(path, { recursive: true });
      continue;
    }
    if (spec.link) {
      await Deno.symlink(spec.link, path);
      continue;
    }
    await Deno.writeTextFile(path, spec.content ?? "");
    await Deno.chmod(path, spec.mode ?? 0o644);
    if (IS_ROOT && (spec.owner !== undefined || spec.group !== undefined)) {
      await Deno.chown(path, spec.owner ?? 0, spec.group ?? 0);
    }
    await Deno.utime(path, FIXED_TIME, FIXED_TIME);
  }
  if (IS_ROOT && frozen.length) await chattr(["+i", ...frozen]);
}

async function chattr(args: string[]): Promise<void> {
  await new Deno.Command("chattr", { args, stdout: "null", stderr: "null" })
    .output();
}

/** Clears immutable flags, so that the directory can be removed. */
async function unfreeze(dir: string): Promise<void> {
  if (IS_ROOT && await exists(dir)) await chattr(["-R", "-i", dir]);
}

async function existing(
  c: HelperCase,
  at: { d: string; s: string },
): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const name of c.check ?? []) {
    out[name] = await Deno.lstat(place(`@D/${name}`, at)).then(
      () => true,
      () => false,
    );
  }
  return out;
}

function moduleArgs(
  c: HelperCase,
  at: { d: string; s: string },
): Record<string, unknown> {
  return place({ op: c.op, input: c.input, pw: "hunter2", ...c.args }, at);
}

function caseEnv(
  c: HelperCase,
  at: { d: string; s: string },
): Record<string, string> {
  return place({ ...BASE_ENV, ...c.env }, at);
}

/** Runs every case through ansible-core's AnsibleModule, in one python process. */
async function runPython(dirs: Dirs): Promise<{
  version: string;
  modules: Outcome[];
  tables: Record<string, unknown[]>;
}> {
  const cases = [];
  for (const [i, c] of MODULE_CASES.entries()) {
    const at = caseDirs(dirs, i);
    await makeFiles(c, at);
    cases.push({
      args: {
        ...moduleArgs(c, at),
        ...ansibleArgs({
          moduleName: "module",
          remoteTmp: dirs.base,
          taskDir: dirs.base,
        }),
        ...c.internal,
      },
      env: caseEnv(c, at),
      cwd: at.d,
    });
  }
  const input = `${dirs.base}/cases.json`;
  const output = `${dirs.base}/results.json`;
  await Deno.writeTextFile(
    input,
    JSON.stringify({ modules: cases, tables: tables() }),
  );
  const run = await new Deno.Command("/usr/bin/python3", {
    args: [DRIVER, input, output],
    // Python prints the BOOLEANS set in hash order; pin it.
    env: { PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(
    run.success,
    `driver.py failed:\n${new TextDecoder().decode(run.stderr)}`,
  );
  const results = JSON.parse(await Deno.readTextFile(output));
  for (const [i, c] of MODULE_CASES.entries()) {
    results.modules[i].exists = await existing(c, caseDirs(dirs, i));
  }
  return results;
}

/** Runs one case through module.ts, as Ansible runs a module. */
async function runOurs(
  c: HelperCase,
  options: { box: Sandbox; dirs: Dirs; index: number; inProcess: boolean },
): Promise<Outcome> {
  const at = caseDirs(options.dirs, options.index);
  await makeFiles(c, at);
  // Deno keeps its cache where it is, not under the case's HOME.
  const env: Record<string, string> = { ...caseEnv(c, at), DENO_DIR };
  if (options.inProcess) env.HELPERS_IN_PROCESS = "1";
  const run: RunOutcome = await runAsAnsible(MODULE, {
    sandbox: options.box,
    args: moduleArgs(c, at),
    internal: c.internal,
    env,
    cwd: at.d,
    moduleName: "module",
  });
  return {
    code: run.code,
    output: run.result,
    stderr: run.stderr,
    exists: await existing(c, at),
  };
}

/**
 * What may differ by nature: tracebacks (present on both sides), backup and
 * temp file names (pid, time, random letters), the time of files written.
 */
function normalize(value: unknown): unknown {
  if (typeof value === "string") {
    return value.replace(BACKUP_NAME, ".PID.TIME~")
      .replace(TEMP_NAME, ".ansible_tmpXXXXXXXX");
  }
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, normalizeField(k, v)]),
    );
  }
  return value;
}

// add_path_info's fields, which ansible-core adds to a result with `path`
// and this runtime does not (README, "AnsibleModule parity").
const PATH_INFO = ["uid", "gid", "owner", "group", "mode", "state", "size"];

/** Python's result without add_path_info's fields. */
function withoutPathInfo(output: Record<string, unknown> | null): unknown {
  if (!output || typeof output.path !== "string") return output;
  return Object.fromEntries(
    Object.entries(output).filter(([k]) => !PATH_INFO.includes(k)),
  );
}

function normalizeField(key: string, value: unknown): unknown {
  if (key === "exception") return "<exception>";
  // A file written by the run has the time of the run, which differs.
  if (key === "mtime") {
    return value === FIXED_TIME.getTime() / 1000 ? "fixture's" : "new";
  }
  return normalize(value);
}

function cleanupLines(stderr: string): string[] {
  return stderr.split("could not cleanup ").slice(1).map((s) =>
    s.split("\n")[0].trim()
  );
}

function compare(
  c: HelperCase,
  { ours, py }: { ours: Outcome; py: Outcome },
): void {
  const label = `case "${c.name}"`;
  assert.ok(ours.output, `${label}: no JSON result; stderr: ${ours.stderr}`);
  assert.equal(ours.code, py.code ?? 0, `${label}: exit code`);
  const expected = normalize(withoutPathInfo(py.output));
  const actual = normalize(ours.output);
  assert.deepEqual(actual, expected, `${label}: result`);
  assert.equal(
    JSON.stringify(actual),
    JSON.stringify(expected),
    `${label}: result key order`,
  );
  assert.deepEqual(ours.exists, py.exists, `${label}: files left`);
  assert.deepEqual(
    cleanupLines(ours.stderr),
    cleanupLines(py.stderr),
    `${label}: cleanup messages`,
  );
  assert.ok(
    !JSON.stringify(ours.output).includes("hunter2"),
    `${label}: no_log value shown`,
  );
}

const canDiff = !skipUnless(
  await ansibleAvailable(),
  "no python3 with ansible-core 2.14 for the helpers' differential tests",
);

/** Temp directories on the disk and on another file system (/dev/shm), removed after `fn`. */
async function withDirs<T>(fn: (dirs: Dirs) => Promise<T>): Promise<T> {
  const base = await Deno.makeTempDir({ prefix: "att-helpers-" });
  const shm = await Deno.makeTempDir({
    dir: "/dev/shm",
    prefix: "att-helpers-",
  });
  try {
    return await fn({ base, shm });
  } finally {
    await unfreeze(base);
    await Deno.remove(base, { recursive: true });
    await Deno.remove(shm, { recursive: true });
  }
}

for (const inProcess of [true, false]) {
  Deno.test({
    name:
      `differential: every helper case matches ansible-core's AnsibleModule (${
        inProcess ? "in-process" : "turbo"
      })`,
    ignore: !canDiff,
    async fn() {
      await withDirs(async (dirs) => {
        const py = await runPython(dirs);
        assert.match(
          py.version,
          /^2\.14\./,
          "messages are ansible-core 2.14's",
        );
        assert.equal(py.modules.length, MODULE_CASES.length);
        await using box = await sandbox();
        const failures: string[] = [];
        for (const [index, c] of MODULE_CASES.entries()) {
          try {
            const ours = await runOurs(c, { box, dirs, index, inProcess });
            compare(c, { ours, py: py.modules[index] });
          } catch (e) {
            failures.push(e instanceof Error ? e.message : String(e));
          }
        }
        if (!inProcess) {
          assert.equal(
            (await box.daemonPids()).length,
            1,
            "one warm daemon served every case",
          );
        }
        assert.deepEqual(
          failures,
          [],
          `${failures.length} of ${MODULE_CASES.length} cases differ`,
        );
      });
    },
  });
}

Deno.test({
  name:
    "differential: the mode parser, shlex, sanitizer, expansions and boolean match Python's",
  ignore: !canDiff,
  async fn() {
    await withDirs(async (dirs) => {
      const table = tables();
      const py = (await runPython(dirs)).tables;
      const failures: string[] = [];
      const check = (what: string, pair: { ours: unknown; py: unknown }) => {
        try {
          assert.deepEqual(pair.ours, pair.py);
        } catch {
          failures.push(
            `${what}: ours ${JSON.stringify(pair.ours)}, Python ${
              JSON.stringify(pair.py)
            }`,
          );
        }
      };
      for (const [i, row] of table.modes.entries()) {
        let ours: unknown;
        try {
          ours = parseOctal(row.mode) ??
            symbolicModeToOctal(row.mode, {
              mode: row.st_mode,
              isDirectory: (row.st_mode & 0o170000) === 0o040000,
              umask: row.umask,
            });
        } catch (e) {
          if (!(e instanceof ModeError)) throw e;
          ours = `error: ${e.message}`;
        }
        check(
          `mode ${JSON.stringify(row.mode)} on ${
            row.st_mode.toString(8)
          } umask ${row.umask.toString(8)}`,
          { ours, py: py.modes[i] },
        );
      }
      for (const [i, text] of table.shlex_split.entries()) {
        let ours: unknown;
        try {
          ours = shlexSplit(text);
        } catch (e) {
          if (!(e instanceof ShlexError)) throw e;
          ours = `error: ${e.message}`;
        }
        check(`shlex.split ${JSON.stringify(text)}`, {
          ours,
          py: py.shlex_split[i],
        });
      }
      for (const [i, text] of table.shlex_quote.entries()) {
        check(
          `shlex.quote ${JSON.stringify(text)}`,
          { ours: shlexQuote(text), py: py.shlex_quote[i] },
        );
      }
      for (const [i, text] of table.sanitize.entries()) {
        check(
          `heuristic_log_sanitize ${JSON.stringify(text)}`,
          { ours: heuristicLogSanitize(text), py: py.sanitize[i] },
        );
      }
      for (const [i, text] of table.expandvars.entries()) {
        check(
          `expandvars ${JSON.stringify(text)}`,
          { ours: expandVars(text, table.env), py: py.expandvars[i] },
        );
      }
      for (const [i, text] of table.expanduser.entries()) {
        check(
          `expanduser ${JSON.stringify(text)}`,
          { ours: await expandUser(text, table.env), py: py.expanduser[i] },
        );
      }
      for (const [i, text] of table.normpath.entries()) {
        check(
          `normpath ${JSON.stringify(text)}`,
          { ours: normPath(text), py: py.normpath[i] },
        );
      }
      for (const [i, value] of table.boolean.entries()) {
        let ours: unknown;
        try {
          ours = toBoolean(value);
        } catch (e) {
          ours = `error: ${(e as Error).message}`;
        }
        check(`boolean ${JSON.stringify(value)}`, { ours, py: py.boolean[i] });
      }
      assert.deepEqual(failures, [], `${failures.length} rows differ`);
    });
  },
});

function exists(path: string): Promise<boolean> {
  return Deno.stat(path).then(() => true, () => false);
}
