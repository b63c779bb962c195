/**
 * Tests of the module object's helpers beyond the differential cases of
 * `helpers_parity_test.ts`, with real processes and files: runCommand's
 * environment, large output, signals and prompts; backup names; cleanup
 * files on failure; and, in the daemon, each task's environment and
 * directory.
 */
import assert from "node:assert/strict";
import {
  processesMentioning,
  runAsAnsible,
  sandbox,
  waitFor,
} from "./_test_harness.ts";
import { cleanArgs, runCommand, RunCommandError } from "./_run_command.ts";
import { backupLocal } from "./_file_ops.ts";
import { withFileCommonArgs } from "./_file_attrs.ts";
import type { HelperHost } from "./_helper_host.ts";
import { removeValues } from "./_module.ts";

const MODULE = "testdata/helpers/module.ts";

/** A temp directory, removed after `fn`. */
async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "att-helpers-" });
  try {
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

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
  await withTempDir(async (base) => {
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
  await withTempDir(async (base) => {
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
  await withTempDir(async (base) => {
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
  await withTempDir(async (base) => {
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
  await withTempDir(async (base) => {
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
  await withTempDir(async (base) => {
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
