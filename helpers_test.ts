/**
 * Tests of the module object's helpers (`runCommand`, `getBinPath`,
 * `atomicMove`, `backupLocal`, digests, `addCleanupFile`, `boolean`, the
 * file common arguments), with real processes and files. The differential
 * tests run every case of `testdata/helpers/cases.ts` through ansible-core
 * 2.14's AnsibleModule (`driver.py`, one python process) and through our
 * module (`module.ts`), in-process and through a warm daemon, on the same
 * files, environment and directory, and compare the printed results.
 */
import assert from "node:assert/strict";
import {
  processesMentioning,
  ROOT,
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
  waitFor,
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
import {
  cleanArgs,
  heuristicLogSanitize,
  runCommand,
  RunCommandError,
} from "./_run_command.ts";
import { backupLocal } from "./_file_ops.ts";
import { withFileCommonArgs } from "./_file_attrs.ts";
import type { HelperHost } from "./_helper_host.ts";
import { removeValues } from "./_module.ts";
import { expandUser, expandVars, normPath } from "./_path_expand.ts";
import { toBoolean } from "./_boolean.ts";

const MODULE = "testdata/helpers/module.ts";
const DRIVER = `${ROOT}/testdata/helpers/driver.py`;
const IS_CI = Deno.env.get("CI") === "true";
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
        _ansible_check_mode: false,
        _ansible_no_log: false,
        _ansible_debug: false,
        _ansible_diff: false,
        _ansible_verbosity: 0,
        _ansible_version: "2.14.18",
        _ansible_module_name: "module",
        _ansible_string_conversion_action: "warn",
        _ansible_keep_remote_files: false,
        _ansible_tmpdir: `${dirs.base}/`,
        _ansible_remote_tmp: dirs.base,
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

async function available(): Promise<boolean> {
  if (await ansibleAvailable()) return true;
  console.warn(
    "skipping the ansible-core differential tests of the helpers: no python3 with ansible-core (set CI=true to make this fail)",
  );
  return false;
}

const canDiff = IS_CI || await available();

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

// ---------------------------------------------------------------------------
// Behaviour beyond the differential cases, with real processes and files.

function exists(path: string): Promise<boolean> {
  return Deno.stat(path).then(() => true, () => false);
}

class TaskFailed extends Error {
  constructor(readonly result: Record<string, unknown>) {
    super(String(result.msg));
    this.name = "TaskFailed";
  }
}

/** A module as the helpers see it, failing by throwing. */
function hostFor(
  cwd: string,
  extra: Partial<HelperHost> = {},
): HelperHost {
  return {
    env: { PATH: "/usr/bin:/bin", TASK_ONLY: "yes" },
    cwd,
    checkMode: false,
    params: {},
    failJson(result): never {
      throw new TaskFailed(result);
    },
    scrub: (text) => removeValues(text, new Set(["hunter2"])) as string,
    ...extra,
  };
}

Deno.test("runCommand: the child gets the task's environment and nothing else", async () => {
  await withDirs(async ({ base }) => {
    const { rc, stdout } = await runCommand(hostFor(base), ["env"], {
      envUpdate: { ADDED: "1" },
    });
    assert.equal(rc, 0);
    const names = stdout.trim().split("\n").map((l) => l.split("=")[0]).sort();
    assert.deepEqual(names, ["ADDED", "PATH", "TASK_ONLY"]);
    const pwd = await runCommand(hostFor(base), "pwd");
    assert.equal(pwd.stdout, `${base}\n`);
  });
});

Deno.test("runCommand: megabytes in and out at once, without a deadlock", async () => {
  await withDirs(async ({ base }) => {
    const data = "x".repeat(3 << 20);
    const cat = await runCommand(hostFor(base), ["cat"], { data });
    assert.equal(cat.stdout.length, data.length + 1);
    const both = await runCommand(hostFor(base), [
      "sh",
      "-c",
      "head -c 2000000 /dev/zero | tr '\\0' y; head -c 2000000 /dev/zero | tr '\\0' z >&2",
    ]);
    assert.deepEqual([both.stdout.length, both.stderr.length], [
      2000000,
      2000000,
    ]);
    assert.match(both.stdout, /^y+$/);
    assert.match(both.stderr, /^z+$/);
  });
});

Deno.test("runCommand: an aborted signal ends the command (rc minus the signal)", async () => {
  await withDirs(async ({ base }) => {
    const controller = new AbortController();
    const running = runCommand(hostFor(base), [
      "sh",
      "-c",
      "touch started; exec sleep 60",
    ], {
      signal: controller.signal,
    });
    await waitFor("the command to start", () => exists(`${base}/started`));
    controller.abort();
    const { rc } = await running;
    assert.equal(rc, -15);
  });
});

Deno.test("runCommand: a prompt ends the command; nothing keeps running", async () => {
  await withDirs(async ({ base }) => {
    // A sleep whose command line is unique, to look for it afterwards.
    const seconds = `60.${crypto.getRandomValues(new Uint32Array(1))[0]}`;
    const result = await runCommand(hostFor(base), [
      "sh",
      "-c",
      `printf 'Password: '; exec sleep ${seconds}`,
    ], { promptRegex: /password:/i });
    assert.equal(result.rc, 257);
    assert.equal(result.stdout, "Password: ");
    assert.equal(
      result.stderr,
      "A prompt was encountered while running a command, but no input data was specified",
    );
    await waitFor(
      "the prompting command to end",
      async () => (await processesMentioning(`sleep ${seconds}`)).length === 0,
    );
  });
});

Deno.test("runCommand: failures come as ansible-core reports them, secrets masked", async () => {
  await withDirs(async ({ base }) => {
    await assert.rejects(
      runCommand(hostFor(base), [
        "sh",
        "-c",
        "echo 'no hunter2 here' >&2; exit 5",
        "hunter2",
      ], {
        checkRc: true,
      }),
      (e: unknown) => {
        assert.ok(e instanceof TaskFailed);
        assert.deepEqual(e.result, {
          cmd:
            "sh -c 'echo '\"'\"'no ******** here'\"'\"' >&2; exit 5' VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
          rc: 5,
          stdout: "",
          stderr: "no hunter2 here\n",
          msg: "no ******** here",
        });
        return true;
      },
    );
    await assert.rejects(
      runCommand(hostFor(base), ["nosuch_cmd_x"], { handleExceptions: false }),
      (e: unknown) =>
        e instanceof RunCommandError && e.errno === 2 &&
        e.message === "[Errno 2] No such file or directory: b'nosuch_cmd_x'",
    );
    assert.equal(
      cleanArgs(
        ["mysql", "-u", "root", "--password", "x", "--pass=y", "db"],
        (s) => s,
      ),
      "mysql -u root --password '********' '--pass=********' db",
    );
  });
});

Deno.test("backupLocal: the name has the process id and the local time", async () => {
  await withDirs(async ({ base }) => {
    await Deno.writeTextFile(`${base}/conf`, "a=1\n");
    const before = Date.now();
    const backup = await backupLocal(hostFor(base), "conf");
    const after = Date.now();
    const match = /^conf\.(\d+)\.(\d{4})-(\d\d)-(\d\d)@(\d\d):(\d\d):(\d\d)~$/
      .exec(backup);
    assert.ok(match, backup);
    assert.equal(Number(match[1]), Deno.pid);
    const [y, mo, d, h, mi, s] = match.slice(2).map(Number);
    const at = new Date(y, mo - 1, d, h, mi, s).getTime();
    assert.ok(
      at >= before - 1000 && at <= after,
      `${backup} is not between the calls`,
    );
    assert.equal(await Deno.readTextFile(`${base}/${backup}`), "a=1\n");
    assert.equal(await backupLocal(hostFor(base), "missing"), "");
  });
});

Deno.test("the file common arguments: a module's own entry wins, Python's order", () => {
  const spec = withFileCommonArgs({
    path: { type: "path" },
    mode: { type: "str" },
  });
  assert.deepEqual(Object.keys(spec), [
    "path",
    "mode",
    "owner",
    "group",
    "seuser",
    "serole",
    "selevel",
    "setype",
    "attributes",
    "unsafe_writes",
  ]);
  assert.equal(spec.mode.type, "str");
});

for (const inProcess of [true, false]) {
  Deno.test(`addCleanupFile: removed on failJson too (${inProcess ? "in-process" : "turbo"})`, async () => {
    await using box = await sandbox();
    const dir = `${box.dir}/work`;
    await Deno.mkdir(`${dir}/adir`, { recursive: true });
    await Deno.writeTextFile(`${dir}/a`, "a");
    await Deno.writeTextFile(`${dir}/b`, "b");
    const run = await runAsAnsible(MODULE, {
      sandbox: box,
      args: {
        op: "cleanup",
        input: { paths: ["a", `${dir}/b`, "adir"], fail: true },
      },
      env: inProcess ? { HELPERS_IN_PROCESS: "1" } : {},
      cwd: dir,
    });
    assert.equal(run.result?.msg, "failing on purpose");
    assert.equal(run.code, 1);
    const left = [];
    for await (const entry of Deno.readDir(dir)) left.push(entry.name);
    assert.deepEqual(left, ["adir"]);
    assert.match(
      run.stderr,
      /could not cleanup adir: \[Errno 21\] Is a directory: 'adir'/,
    );
  });
}

Deno.test("turbo: runCommand and getBinPath use each task's environment and directory", async () => {
  await using box = await sandbox();
  const dirs = ["one", "two", "three"].map((name) => `${box.dir}/${name}`);
  for (const dir of dirs) await Deno.mkdir(dir);
  await Deno.mkdir(`${dirs[1]}/bin`);
  await Deno.writeTextFile(`${dirs[1]}/bin/prog`, "#!/bin/sh\n", {
    mode: 0o755,
  });
  const show = 'echo "$MARK|$(pwd)|${ONLY_FIRST-unset}|$PPID"';
  const task = (i: number, env: Record<string, string>) =>
    runAsAnsible(MODULE, {
      sandbox: box,
      args: { op: "run_command", input: { args: ["sh", "-c", show] } },
      env: { MARK: `m${i}`, ...env },
      cwd: dirs[i],
    });
  assert.deepEqual(await box.daemonPids(), []);
  // The first task starts the daemon, which must not keep its environment.
  const outcomes = [await task(0, { ONLY_FIRST: "first" })];
  outcomes.push(...await Promise.all([task(1, {}), task(2, {})]));
  const daemons = await box.daemonPids();
  assert.equal(daemons.length, 1, "one warm daemon");
  assert.deepEqual(
    outcomes.map((o) => o.result?.stdout),
    [
      `m0|${dirs[0]}|first|${daemons[0]}\n`,
      `m1|${dirs[1]}|unset|${daemons[0]}\n`,
      `m2|${dirs[2]}|unset|${daemons[0]}\n`,
    ],
  );
  const lookup = (i: number, path: string) =>
    runAsAnsible(MODULE, {
      sandbox: box,
      args: { op: "get_bin_path", input: { arg: "prog" } },
      env: { PATH: path },
      cwd: dirs[i],
    });
  const found = await lookup(1, "bin:/usr/bin:/bin");
  const missing = await lookup(2, "bin:/usr/bin:/bin");
  assert.equal(found.result?.bin_path, "bin/prog");
  assert.equal(missing.result?.bin_path, null);
  assert.deepEqual(
    await box.daemonPids(),
    daemons,
    "the same daemon served all",
  );
});
