/**
 * The test kit (`testing.ts`) with real module processes and real daemons:
 * the copy, the arguments file and the options as a module sees them, a
 * module importing the runtime and its helpers by relative path, one warm
 * daemon across the runs of a runner, every daemon stopped and every file
 * removed when it is done; the result read as ansible-core reads it
 * (checked against its own `_filter_non_json_lines`); and the package that
 * `deno publish` would upload.
 *
 * @module
 */

import assert from "node:assert/strict";
import { dirname, join, relative } from "node:path";
import {
  DENO,
  localGraph,
  ROOT,
  skipUnless,
  waitFor,
} from "./_test_harness.ts";
import {
  moduleRunner,
  parseModuleOutput,
  portableSource,
  runModule,
  TestingError,
} from "./testing.ts";

const COUNTER = join(ROOT, "testdata/ansible/modules/counter.ts");
const PYTHON = "/usr/bin/python3";

/** A temp directory, removed (and checked free of daemons) after `fn`. */
async function withTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "kit-test-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function isAlive(pid: unknown): boolean {
  try {
    const stat = Deno.readTextFileSync(`/proc/${pid}/stat`);
    return !/^\d+ \(.*\) [ZX]/s.test(stat);
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return await Deno.lstat(path).then(() => true, () => false);
}

/** A module with no dependency at all: reports its copy, its arguments file, its environment. */
const ARGS_PROBE = `// WANT_JSON
const args = JSON.parse(await Deno.readTextFile(Deno.args[0]));
console.log("junk before the result");
console.log(JSON.stringify({
  changed: false,
  main: Deno.mainModule,
  args_file: Deno.args[0],
  args,
  cwd: Deno.cwd(),
  kit_var: Deno.env.get("KIT_VAR") ?? null,
  disable: Deno.env.get("ANSIBLE_TURBO_DISABLE") ?? null,
}));
`;

Deno.test("a run: the copy, the arguments file and the options as the module sees them", async () => {
  await withTempDir(async (dir) => {
    const module = join(dir, "probe.ts");
    await Deno.writeTextFile(module, ARGS_PROBE);
    await using kit = await moduleRunner({ env: { KIT_VAR: "runner" } });
    const run = await kit.run(module, { name: "x", count: 2 }, {
      checkMode: true,
      diff: true,
      noLog: true,
      verbosity: 3,
      cwd: dir,
      turbo: false,
      env: { OTHER: "1" },
      ansible: { _ansible_version: "2.19.0" },
    });
    assert.equal(run.rc, 0, run.stderr);
    assert.match(run.stdout, /^junk before the result\n\{/);
    const r = run.result;
    const main = decodeURIComponent(new URL(String(r.main)).pathname);
    const taskDir = dirname(main);
    assert.match(main, /\/ansible-tmp-[\d.]+-\d+-[^/]+\/AnsiballZ_probe\.ts$/);
    assert.equal(dirname(taskDir), kit.remoteTmp);
    assert.equal(r.args_file, join(taskDir, "args"));
    // Written out, not taken from `_ansible_args.ts`: this checks that file's
    // keys and values against what ansible-core 2.14 sends.
    assert.deepEqual(r.args, {
      name: "x",
      count: 2,
      _ansible_check_mode: true,
      _ansible_no_log: true,
      _ansible_debug: false,
      _ansible_diff: true,
      _ansible_verbosity: 3,
      _ansible_version: "2.19.0",
      _ansible_module_name: "probe",
      _ansible_syslog_facility: "LOG_USER",
      _ansible_selinux_special_fs: [
        "fuse",
        "nfs",
        "vboxsf",
        "ramfs",
        "9p",
        "vfat",
      ],
      _ansible_string_conversion_action: "warn",
      _ansible_socket: null,
      _ansible_shell_executable: "/bin/sh",
      _ansible_keep_remote_files: false,
      _ansible_tmpdir: `${taskDir}/`,
      _ansible_remote_tmp: kit.remoteTmp,
    });
    assert.equal(r.cwd, dir);
    assert.equal(r.kit_var, "runner");
    assert.equal(r.disable, "1");
    assert.equal(await exists(taskDir), false, "the task's directory is gone");

    // Defaults: this process's cwd, turbo left to the environment.
    const plain = await kit.run(module, {}, { env: { KIT_VAR: "run" } });
    assert.equal(plain.result.cwd, Deno.cwd());
    assert.equal(plain.result.kit_var, "run");
    assert.equal(
      plain.result.disable,
      Deno.env.get("ANSIBLE_TURBO_DISABLE") ?? null,
    );
    const args = plain.result.args as Record<string, unknown>;
    assert.equal(args._ansible_check_mode, false);
    assert.equal(args._ansible_version, "2.14.18");

    // The interpreter Ansible would run, here a shell in front of Deno.
    const viaShell = await kit.run(module, {}, {
      interpreter: [
        "/bin/sh",
        "-c",
        'echo "interpreter: $#" >&2; exec "$@"',
        "sh",
        DENO,
        "run",
        "-A",
      ],
    });
    assert.equal(viaShell.result.changed, false);
    assert.equal(viaShell.stderr, "interpreter: 5\n");
    const remote = kit.remoteTmp;
    await kit.close();
    assert.equal(await exists(remote), false, "the private remote_tmp is gone");
    await assert.rejects(kit.run(module), TestingError);
  });
});

Deno.test("runModule: a turbo module importing mod.ts by relative path, served by a daemon that is gone when it resolves", async () => {
  const run = await runModule(COUNTER, { name: "one" });
  assert.equal(run.rc, 0, run.stderr);
  assert.equal(run.result.value, 1);
  assert.equal(run.result.warnings, undefined, "it ran in the daemon");
  assert.notEqual(run.result.pid, undefined);
  assert.equal(isAlive(run.result.pid), false, "its daemon is stopped");

  const plain = await runModule(COUNTER, {}, { turbo: false });
  assert.match(
    String((plain.result.warnings as string[])[0]),
    /disabled by ANSIBLE_TURBO_DISABLE/,
  );
});

Deno.test("moduleRunner: one warm daemon across runs, module state kept, check mode and diff; closed, nothing left", async () => {
  const kit = await moduleRunner();
  let daemon: number | undefined;
  try {
    const one = await kit.run(COUNTER, { name: "n" });
    const two = await kit.run(COUNTER, { name: "n" });
    const checked = await kit.run(COUNTER, { name: "n" }, {
      checkMode: true,
      diff: true,
    });
    assert.deepEqual(
      [one.result.value, two.result.value, checked.result.value],
      [1, 2, 2],
    );
    assert.deepEqual(checked.result.diff, { before: "2\n", after: "3\n" });
    daemon = Number(one.result.pid);
    assert.equal(two.result.pid, daemon);
    assert.deepEqual(await kit.daemonPids(), [daemon]);
    // Runs at once share it too.
    const many = await Promise.all(
      Array.from({ length: 4 }, () => kit.run(COUNTER, { name: "p" })),
    );
    assert.deepEqual(
      many.map((m) => m.result.value).sort(),
      [1, 2, 3, 4],
    );
  } finally {
    await kit.close();
  }
  assert.equal(isAlive(daemon), false, "the daemon is stopped");
  assert.equal(await exists(kit.remoteTmp), false);
  assert.deepEqual(await kit.daemonPids(), []);
  await kit.close(); // twice: nothing to do
});

Deno.test("a TMPDIR too long for daemon sockets below it: the runner's directory is in /tmp", async () => {
  await withTempDir(async (dir) => {
    const long = join(dir, "x".repeat(80));
    await Deno.mkdir(long);
    const before = Deno.env.get("TMPDIR");
    Deno.env.set("TMPDIR", long);
    try {
      await using kit = await moduleRunner();
      assert.match(kit.remoteTmp, /^\/tmp\/turbo-kit-[^/]+\/remote_tmp$/);
      const run = await kit.run(COUNTER);
      assert.equal(run.result.warnings, undefined, "served by a daemon");
      assert.deepEqual(await kit.daemonPids(), [run.result.pid]);
    } finally {
      if (before === undefined) Deno.env.delete("TMPDIR");
      else Deno.env.set("TMPDIR", before);
    }
    assert.deepEqual([...Deno.readDirSync(long)], []);
  });
});

Deno.test("close() stops a daemon busy with a task that never ends", async () => {
  await withTempDir(async (dir) => {
    const started = join(dir, "started");
    const kit = await moduleRunner();
    let daemon: number[] = [];
    try {
      const controller = new AbortController();
      const hung = kit.run(join(ROOT, "testdata/echo.ts"), {
        behave: "hang",
        mark_file: started,
      }, { signal: controller.signal });
      await waitFor("the task to start", () => exists(started));
      daemon = await kit.daemonPids();
      assert.equal(daemon.length, 1);
      assert.equal(
        (await Deno.readTextFile(started)).trim(),
        String(daemon[0]),
      );
      controller.abort(); // the module process goes; its task runs on
      await assert.rejects(hung);
      assert.ok(isAlive(daemon[0]));
    } finally {
      await kit.close();
    }
    assert.equal(isAlive(daemon[0]), false);
  });
});

Deno.test("a collection's module: its FQCN, its relative helpers (static, side-effect, dynamic), in the daemon and in-process", async () => {
  await withTempDir(async (dir) => {
    const collection = join(dir, "ansible_collections/acme/kit");
    const modules = join(collection, "plugins/modules");
    const utils = join(collection, "plugins/module_utils");
    await Deno.mkdir(modules, { recursive: true });
    await Deno.mkdir(utils, { recursive: true });
    const runtime = relative(modules, join(ROOT, "mod.ts"));
    await Deno.writeTextFile(
      join(utils, "shared.ts"),
      "export let calls = 0;\nexport function call(): number {\n  return ++calls;\n}\n",
    );
    await Deno.writeTextFile(
      join(utils, "side.ts"),
      "(globalThis as Record<string, unknown>).kitSide = 'loaded';\n",
    );
    await Deno.writeTextFile(
      join(utils, "late.ts"),
      "export const LATE = 'late';\n",
    );
    const module = join(modules, "probe.ts");
    await Deno.writeTextFile(
      module,
      `// WANT_JSON
import { AnsibleTurboModule as AnsibleModule } from "./${runtime}";
import { call } from "../module_utils/shared.ts";
import '../module_utils/side.ts';

export async function main(): Promise<void> {
  const module = await AnsibleModule.create({ argumentSpec: {} });
  const { LATE } = await import("../module_utils/late.ts");
  module.exitJson({
    calls: call(),
    name: module.name,
    side: (globalThis as Record<string, unknown>).kitSide,
    late: LATE,
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
`,
    );
    const copied = await portableSource(module);
    assert.ok(
      copied.includes(
        `from "${new URL(`file://${join(utils, "shared.ts")}`).href}"`,
      ),
      copied,
    );
    assert.ok(
      copied.includes(`import '${new URL(`file://${utils}/side.ts`)}'`),
    );
    assert.ok(copied.includes(`from "file://${ROOT}/mod.ts"`));

    await using kit = await moduleRunner();
    const first = await kit.run(new URL(`file://${module}`));
    const second = await kit.run(module);
    assert.equal(first.rc, 0, first.stdout + first.stderr);
    assert.deepEqual(
      { ...first.result, invocation: undefined, pid: undefined },
      {
        changed: false,
        calls: 1,
        name: "acme.kit.probe",
        side: "loaded",
        late: "late",
        invocation: undefined,
        pid: undefined,
      },
    );
    assert.equal(second.result.calls, 2, "the helper's state lives on");
    assert.deepEqual(await kit.daemonPids(), [first.result.pid]);
    const plain = await kit.run(module, {}, { turbo: false });
    assert.equal(plain.result.calls, 1);
    assert.notEqual(plain.result.pid, first.result.pid);
  });
});

Deno.test("a module that prints no result: the result Ansible makes of it", async () => {
  await withTempDir(async (dir) => {
    const module = join(dir, "broken.ts");
    await Deno.writeTextFile(
      module,
      'console.log("not JSON");\nconsole.error("Traceback (most recent call last):");\nDeno.exit(3);\n',
    );
    const run = await runModule(module);
    assert.deepEqual(run.result, {
      failed: true,
      module_stdout: "not JSON\n",
      module_stderr: "Traceback (most recent call last):\n",
      exception: "Traceback (most recent call last):\n",
      msg: "MODULE FAILURE\nSee stdout/stderr for the exact error",
      rc: 3,
    });
    assert.equal(run.rc, 3);
  });
});

Deno.test("a run that cannot start or is aborted says so, and leaves nothing", async () => {
  await withTempDir(async (dir) => {
    const missing = join(dir, "missing.ts");
    await assert.rejects(
      runModule(missing),
      (error: Error) => {
        assert.ok(error instanceof TestingError);
        assert.equal(
          error.message.split(":")[0],
          `Cannot read the module ${missing}`,
        );
        return true;
      },
    );
    const module = join(dir, "hang.ts");
    const started = join(dir, "started");
    await Deno.writeTextFile(
      module,
      `await Deno.writeTextFile(${
        JSON.stringify(started)
      }, "");\nawait new Promise(() => setInterval(() => {}, 1000));\n`,
    );
    await using kit = await moduleRunner();
    const early = new AbortController();
    early.abort(new Error("never mind"));
    await assert.rejects(
      kit.run(module, {}, { signal: early.signal }),
      /never mind/,
    );
    const late = new AbortController();
    const run = kit.run(module, {}, { signal: late.signal });
    await waitFor("the module to start", () => exists(started));
    late.abort();
    await assert.rejects(run, (error: Error) => error.name === "AbortError");
    const left: string[] = [];
    for await (const entry of Deno.readDir(kit.remoteTmp)) {
      left.push(entry.name);
    }
    assert.deepEqual(left, []);
  });
});

/** Outputs where junk, line ends and JSON meet. */
const OUTPUTS = [
  '{"changed": false}',
  '{"changed": false}\n',
  'junk\nmore junk\n{"a": 1}\n',
  '{"a": 1}\ntrailing junk\n\n',
  'before\n  {"a": [1, 2]}  \nafter\n',
  '{"a": 1}\n{"b": 2}\n',
  'junk {"a": 1}\n',
  '{\n  "a": {\n    "b": 1\n  }\n}\nbye\n',
  '{"a": 1}\r\n',
  'x\r{"a": 1}\rthe end',
  '{"a": 1}\x0cafter a form feed',
  '{"a": "\u2028"}',
  '{"a": "\\u2028"}',
  '{"a": 1}\ndone}\n',
  "[1, 2]\n",
  "",
  "no result at all\n",
  "{broken\n",
  '{"nested": {"deep": [true, null, 1.5, "\\u00e9"]}}\n',
  '\t{"a": 1}\t\n',
  'x\x1c{"a": 1}\x1dy',
  '\x1f{"a": 1}\n',
  '{"a": 1}\u0085after a next line',
];

Deno.test({
  name:
    "parseModuleOutput reads what ansible-core's _filter_non_json_lines and json.loads read",
  ignore: skipUnless(
    await ansibleImportable(),
    `${PYTHON} cannot import ansible`,
  ),
  async fn() {
    const script = [
      "import json, sys",
      "from ansible.module_utils.json_utils import _filter_non_json_lines",
      "out = []",
      "for text in json.load(sys.stdin):",
      "    try:",
      "        data = json.loads(_filter_non_json_lines(text, objects_only=True)[0])",
      "        out.append(data if isinstance(data, dict) else None)",
      "    except ValueError:",
      "        out.append(None)",
      "print(json.dumps(out))",
    ].join("\n");
    const child = new Deno.Command(PYTHON, {
      args: ["-c", script],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(JSON.stringify(OUTPUTS)));
    await writer.close();
    const out = await child.output();
    assert.ok(out.success, new TextDecoder().decode(out.stderr));
    const expected = JSON.parse(new TextDecoder().decode(out.stdout));
    const actual = OUTPUTS.map((text) => parseModuleOutput(text) ?? null);
    assert.deepEqual(actual, expected);
    // Both ways of failing occur, and so do successes.
    assert.ok(expected.filter((r: unknown) => r === null).length >= 5);
    assert.ok(expected.filter((r: unknown) => r !== null).length >= 8);
  },
});

async function ansibleImportable(): Promise<boolean> {
  try {
    const out = await new Deno.Command(PYTHON, {
      args: ["-c", "import ansible.module_utils.json_utils"],
      stdout: "null",
      stderr: "null",
    }).output();
    return out.success;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// The package

/** What `deno ARGS` printed in the repository, without colours; asserts it succeeded. */
async function denoInRoot(args: string[]): Promise<string> {
  const out = await new Deno.Command(DENO, {
    args,
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout) +
    new TextDecoder().decode(out.stderr);
  assert.ok(out.success, text);
  return text;
}

Deno.test("deno publish --dry-run: the package is the runtime, the test kit, README, LICENSE and deno.json", async () => {
  const text = await denoInRoot(["publish", "--dry-run", "--allow-dirty"]);
  assert.match(text, /Success Dry run complete/);
  const files = [...text.matchAll(/^\s+file:\/\/(\/\S+) \([\d.]+[KMG]?B\)$/gm)]
    .map(([, path]) => relative(ROOT, path)).sort();
  const runtime = await localGraph(["mod.ts", "testing.ts"]);
  assert.ok(runtime.has("daemon.ts") && runtime.has("_watchdog_worker.ts"));
  assert.deepEqual(
    files,
    [...runtime, "LICENSE", "README.md", "deno.json"].sort(),
  );
  for (const file of files) {
    assert.doesNotMatch(file, /_test\.ts$|bench|testdata|^examples\//);
  }
  // The one warning: the daemon imports modules by URLs known at run time.
  const warnings = [...text.matchAll(/^warning\[([\w-]+)\]/gm)].map((m) =>
    m[1]
  );
  assert.deepEqual(warnings, ["unanalyzable-dynamic-import"]);
});

Deno.test("deno doc --lint: the package's two entry points are documented", async () => {
  const text = await denoInRoot(["doc", "--lint", "mod.ts", "testing.ts"]);
  assert.doesNotMatch(text, /error|warning/i);
});
