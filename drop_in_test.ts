/**
 * Turbo as a safe drop-in: the faults an outside review found, each
 * reproduced with real module processes and a real daemon. Every test runs
 * in a sandbox whose cleanup stops its daemons and fails if one survives.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DENO,
  MOD_URL,
  portableSource,
  requireHere,
  ROOT,
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
  skipUnless,
  stopDaemonsUnder,
  waitFor,
} from "./_test_harness.ts";
import { sha256Hex } from "./_paths.ts";
import { offerTask, PROTOCOL_VERSION } from "./_protocol.ts";

const ECHO = "testdata/echo.ts";
const uid = Deno.uid() ?? 0;

function result(outcome: RunOutcome): Record<string, unknown> {
  assert.ok(
    outcome.result,
    `no JSON result; code ${outcome.code}\nstdout: ${
      outcome.stdout.slice(-2000)
    }\nstderr: ${outcome.stderr.slice(-2000)}`,
  );
  return outcome.result;
}

/** Writes a module importing the runtime by URL into the sandbox. */
async function writeModule(
  box: Sandbox,
  name: string,
  body: string,
): Promise<string> {
  const path = join(box.dir, name);
  await Deno.writeTextFile(
    path,
    `// WANT_JSON\nimport { AnsibleTurboModule } from ${
      JSON.stringify(MOD_URL)
    };\n${body}\nif (import.meta.main) await main();\n`,
  );
  return path;
}

function exists(path: string): Promise<boolean> {
  return Deno.stat(path).then(() => true, () => false);
}

function privateDir(box: Sandbox): string {
  return join(box.remoteTmp, `ansible-turbo-${uid}`);
}

async function filesIn(dir: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  } catch {
    // Not there.
  }
  return names.sort();
}

// ---------------------------------------------------------------------------
// The daemon's environment

Deno.test("the daemon keeps no task's environment, and process-wide variables choose the daemon", async () => {
  await using box = await sandbox();
  const secret = `s3cret-${crypto.randomUUID()}`;
  const probe = await writeModule(
    box,
    "zone.ts",
    `export async function main() {
  const m = await AnsibleTurboModule.create({ argumentSpec: { name: { type: "str" } } });
  m.exitJson({
    value: Deno.env.get(m.params.name ?? "") ?? null,
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    epoch: new Date(0).toString(),
    pid: Deno.pid,
  });
}`,
  );
  const run = (env: Record<string, string>, plain = false) =>
    runAsAnsible(probe, {
      sandbox: box,
      args: { name: "API_TOKEN" },
      env: plain ? { ...env, ANSIBLE_TURBO_DISABLE: "1" } : env,
    }).then(result);
  const first = await run({ API_TOKEN: secret, TZ: "UTC" });
  assert.equal(first.value, secret, "the task itself sees it");
  const environ = await Deno.readTextFile(`/proc/${first.pid}/environ`);
  assert.ok(!environ.includes(secret), "the secret lives on in the daemon");
  assert.ok(!environ.includes("API_TOKEN"));
  const second = await run({ TZ: "UTC" });
  assert.equal(second.pid, first.pid);
  assert.equal(second.value, null);
  // Another time zone is another daemon, which has that zone, as plain has.
  const tokyo = await run({ TZ: "Asia/Tokyo" });
  const plainTokyo = await run({ TZ: "Asia/Tokyo" }, true);
  assert.notEqual(tokyo.pid, first.pid);
  assert.equal(tokyo.zone, "Asia/Tokyo");
  assert.equal(tokyo.epoch, plainTokyo.epoch);
  assert.equal(first.zone, "UTC");
  assert.equal((await box.daemonPids()).length, 2);
});

// ---------------------------------------------------------------------------
// Working directories

const CWD_PROBE = `export async function main() {
  const m = await AnsibleTurboModule.create({
    argumentSpec: {
      chdir: { type: "str" },
      read: { type: "str", required: true },
      mark_file: { type: "str" },
      await_file: { type: "str" },
      write_after: { type: "str" },
    },
  });
  if (m.params.chdir) Deno.chdir(m.params.chdir);
  if (m.params.mark_file) await Deno.writeTextFile(m.params.mark_file, "");
  // Both tasks finish only if they overlapped.
  while (m.params.await_file && !(await Deno.stat(m.params.await_file).then(() => true, () => false))) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const text = await Deno.readTextFile(m.params.read);
  if (m.params.write_after) {
    // No timer: a child process keeps this task going past its timeout.
    await new Deno.Command("sleep", { args: ["2"] }).output();
    await Deno.writeTextFile(m.params.write_after, "written after the timeout");
  }
  m.exitJson({ text, cwd: Deno.cwd(), pid: Deno.pid });
}`;

Deno.test("Deno.chdir() in one task moves only that task, while another shares its directory", async () => {
  await using box = await sandbox();
  const project = join(box.dir, "project");
  await Deno.mkdir(join(project, "sub"), { recursive: true });
  await Deno.writeTextFile(join(project, "data.txt"), "in the project");
  await Deno.writeTextFile(join(project, "sub/data.txt"), "in sub");
  const probe = await writeModule(box, "cwd_probe.ts", CWD_PROBE);
  const markA = join(box.dir, "a");
  const markB = join(box.dir, "b");
  const first = runAsAnsible(probe, {
    sandbox: box,
    cwd: project,
    args: {
      chdir: "sub",
      read: "data.txt",
      mark_file: markA,
      await_file: markB,
    },
  });
  // B arrives once A, alone, has moved (the daemon's process with it), and
  // A finishes only once B ran: B must not wait for A to leave.
  await waitFor("the first task's chdir", () => exists(markA), 120_000);
  const second = runAsAnsible(probe, {
    sandbox: box,
    cwd: project,
    args: { read: "data.txt", mark_file: markB, await_file: markA },
  });
  const [a, b] = (await Promise.all([first, second])).map(result);
  assert.equal(b.warnings, undefined, "the second task ran in-process");
  assert.equal(a.pid, b.pid, "one daemon ran both, at the same time");
  assert.equal(a.text, "in sub");
  assert.equal(a.cwd, join(project, "sub"));
  assert.equal(b.text, "in the project", "the other task was moved");
  assert.equal(b.cwd, project);
});

Deno.test("a task cut off by its timeout cannot act in another task's directory later", async () => {
  await using box = await sandbox();
  const here = join(box.dir, "here");
  const there = join(box.dir, "there");
  for (const dir of [here, there]) {
    await Deno.mkdir(dir);
    await Deno.writeTextFile(join(dir, "data.txt"), dir);
  }
  const probe = await writeModule(box, "cwd_probe.ts", CWD_PROBE);
  const late = runAsAnsible(probe, {
    sandbox: box,
    cwd: here,
    env: { ANSIBLE_TURBO_TASK_TIMEOUT: "1" },
    args: { read: "data.txt", write_after: "late.txt" },
  });
  const cut = result(await late);
  assert.match(String(cut.msg), /^The module did not finish within 1 s/);
  // The daemon now works in another directory...
  const other = result(
    await runAsAnsible(probe, {
      sandbox: box,
      cwd: there,
      args: { read: "data.txt", await_file: join(box.dir, "never") },
      env: { ANSIBLE_TURBO_TASK_TIMEOUT: "5" },
    }),
  );
  assert.match(String(other.msg), /did not finish within 5 s/);
  // ...long after the cut task's child ended: its late write never happened.
  assert.equal(await exists(join(here, "late.txt")), false);
  assert.equal(await exists(join(there, "late.txt")), false);
});

// ---------------------------------------------------------------------------
// Permissions

Deno.test("without --allow-env a turbo module runs in-process with a warning, as plain runs it", async () => {
  await using box = await sandbox();
  const permissions = [
    "--allow-read",
    "--allow-write",
    "--allow-run",
    "--allow-net",
  ];
  const outcome = await runAsAnsible("examples/hello.ts", {
    sandbox: box,
    args: { name: "no env" },
    permissions,
  });
  const r = result(outcome);
  assert.equal(r.greeting, "hello no env");
  assert.match(
    String((r.warnings as string[])[0]),
    /^Turbo mode could not be used, .*--allow-env/,
  );
  assert.doesNotMatch(outcome.stderr, /NotCapable|at /);
  assert.deepEqual(await box.daemonPids(), []);
});

// ---------------------------------------------------------------------------
// Shutting down while tasks arrive

Deno.test("tasks arriving while daemons retire are each run exactly once, none lost", async () => {
  await using box = await sandbox();
  const marks = join(box.dir, "marks");
  await Deno.mkdir(marks);
  // Every daemon retires after one task: each later task meets one that is
  // releasing its socket, or starts the next.
  const env = { ANSIBLE_TURBO_MAX_REQUESTS: "1" };
  const outcomes = await Promise.all(
    Array.from({ length: 24 }, (_, i) =>
      runAsAnsible(ECHO, {
        sandbox: box,
        env,
        args: { value: i, mark_file: join(marks, String(i)) },
      })),
  );
  const results = outcomes.map(result);
  assert.deepEqual(results.map((r) => r.value), [...Array(24).keys()]);
  for (const [i, r] of results.entries()) {
    assert.equal(r.failed, undefined, JSON.stringify(r));
    assert.equal(
      await Deno.readTextFile(join(marks, String(i))),
      `${r.pid}\n`,
      `task ${i} ran once`,
    );
  }
  const fallbacks = results.filter((r) => r.warnings).length;
  console.log(
    `24 tasks, daemons retiring after each: ${
      new Set(results.map((r) => r.pid)).size
    } processes served them, ${fallbacks} ran in-process`,
  );
});

// ---------------------------------------------------------------------------
// File descriptors

Deno.test("1,000 clients at a daemon limited to 256 descriptors: it keeps serving, each task runs at most once", async () => {
  await using box = await sandbox();
  const marks = join(box.dir, "marks");
  await Deno.mkdir(marks);
  const probe = await writeModule(
    box,
    "fd_probe.ts",
    `export async function main() {
  const m = await AnsibleTurboModule.create({
    argumentSpec: { id: { type: "int", required: true }, marks: { type: "str", required: true } },
  });
  // createNew: a second run of the same task would fail here.
  await Deno.writeTextFile(\`\${m.params.marks}/\${m.params.id}\`, String(Deno.pid), { createNew: true });
  m.exitJson({ id: m.params.id, pid: Deno.pid });
}`,
  );
  const warm = result(
    await runAsAnsible(probe, {
      sandbox: box,
      args: { id: -1, marks },
      fileLimit: 256,
      moduleName: "fd.limit.probe",
    }),
  );
  const dir = privateDir(box);
  const socket = (await filesIn(dir)).find((name) => name.endsWith(".sock"));
  assert.ok(socket);
  const stem = join(dir, socket.replace(/\.sock$/, ""));
  const log = await Deno.readTextFile(`${stem}.log`);
  assert.match(log, /at most 128 connections/);
  const token = (await Deno.readTextFile(`${stem}.token`)).trim();
  const source = await Deno.readFile(probe);
  const module = {
    url: `file://${probe}`,
    hash: await sha256Hex(source),
    copy: false,
  };
  const request = (id: number) => ({
    v: PROTOCOL_VERSION,
    type: "run",
    token,
    module,
    argsText: JSON.stringify({
      id,
      marks,
      _ansible_module_name: "fd.limit.probe",
      _ansible_remote_tmp: box.remoteTmp,
    }),
    argv: [],
    env: {},
    cwd: box.dir,
    ttl: 60,
    timeout: 60,
    ranUntilCreate: false,
  });
  const outcomes = await Promise.all(
    Array.from({ length: 1000 }, async (_, id) => {
      let conn: Deno.UnixConn;
      try {
        conn = await Deno.connect({ transport: "unix", path: `${stem}.sock` });
      } catch {
        return "refused";
      }
      try {
        const task = await offerTask(conn, request(id));
        return task.code === 0 ? "ran" : task.seen.join(",");
      } catch {
        return "dropped";
      } finally {
        try {
          conn.close();
        } catch { /* closed */ }
      }
    }),
  );
  const tally = new Map<string, number>();
  for (const outcome of outcomes) {
    tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  }
  console.log(
    `1,000 clients, daemon limited to 256 descriptors: ${
      JSON.stringify(Object.fromEntries(tally))
    }`,
  );
  const ran = outcomes.flatMap((outcome, id) => outcome === "ran" ? [id] : []);
  const marked = (await filesIn(marks)).filter((name) => name !== "-1")
    .map(Number).sort((a, b) => a - b);
  assert.deepEqual(marked, ran, "exactly the tasks reported run, once each");
  assert.ok(ran.length > 0, "it served some of them");
  // Still alive, still serving, as the same daemon.
  const after = result(
    await runAsAnsible(probe, {
      sandbox: box,
      args: { id: 5000, marks },
      moduleName: "fd.limit.probe",
    }),
  );
  assert.equal(after.warnings, undefined);
  assert.equal(after.pid, warm.pid, "the same daemon");
});

// ---------------------------------------------------------------------------
// A full disk

/** Writes to `path` until the disk is full to its last byte. */
async function fill(path: string): Promise<void> {
  const file = await Deno.open(path, { write: true, create: true });
  try {
    for (const size of [64 * 1024, 1024, 1]) {
      try {
        for (;;) await file.write(new Uint8Array(size));
      } catch (error) {
        assert.match(String(error), /No space left|os error 28/);
      }
    }
  } finally {
    file.close();
  }
}

Deno.test({
  name:
    "a full disk under the daemon's files: its log fails quietly, tasks succeed, no temp file is left",
  ignore: skipUnless(uid === 0, "mounting a small tmpfs needs root"),
  async fn() {
    requireHere(uid === 0, "mounting a small tmpfs needs root");
    await using box = await sandbox();
    // The daemon's private directory is a small disk of its own.
    const disk = privateDir(box);
    await Deno.mkdir(disk, { mode: 0o700 });
    const mount = await new Deno.Command("mount", {
      args: ["-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs", disk],
    }).output();
    requireHere(mount.success, "mount -t tmpfs failed here");
    try {
      const env = { ANSIBLE_TURBO_DEBUG: "1" };
      const run = () => runAsAnsible(ECHO, { sandbox: box, env });
      const warm = result(await run());
      await fill(join(disk, "filler"));
      // Enough tasks that the log's last page fills up and its writes fail.
      for (let i = 0; i < 40; i++) {
        const r = result(await run());
        assert.equal(r.pid, warm.pid, "the daemon lives on");
        assert.equal(r.failed, undefined);
        assert.equal(r.warnings, undefined);
      }
      // No daemon can start on a full disk: the task runs in-process, and
      // nothing of the failed start is left behind.
      await new Deno.Command(DENO, {
        args: ["run", "-A", "mod.ts", "stop", "--dir", box.remoteTmp],
        cwd: ROOT,
      }).output();
      await waitFor(
        "the daemon to exit",
        async () => !(await box.daemonPids()).includes(Number(warm.pid)),
      );
      await fill(join(disk, "filler-2")); // what the daemon's files freed
      const cold = result(await run());
      assert.notEqual(cold.pid, warm.pid);
      assert.match(
        String((cold.warnings as string[])[0]),
        /^Turbo mode could not be used/,
      );
      const left = (await filesIn(disk)).filter((name) =>
        name.endsWith(".tmp")
      );
      assert.deepEqual(left, [], "temp files left behind");
    } finally {
      await stopDaemonsUnder(box.dir);
      await new Deno.Command("umount", { args: ["-l", disk] }).output();
    }
  },
});

// ---------------------------------------------------------------------------
// Big output

Deno.test("300 MB of console output goes through as in a plain run, and the daemon gives the memory back", async () => {
  await using box = await sandbox();
  const probe = await writeModule(
    box,
    "loud.ts",
    `export async function main() {
  const m = await AnsibleTurboModule.create({ argumentSpec: { mb: { type: "int", required: true } } });
  const line = "x".repeat(1024 * 1024 - 1);
  for (let i = 0; i < m.params.mb; i++) console.log(line);
  m.exitJson({ printed_mb: m.params.mb });
}`,
  );
  const turbo = await runAsAnsible(probe, { sandbox: box, args: { mb: 300 } });
  const [pid] = await box.daemonPids();
  const kb = async (field: string) => {
    const status = await Deno.readTextFile(`/proc/${pid}/status`);
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1]);
  };
  const peak = await kb("VmHWM");
  // The daemon collects after such a task; its pages go back to the system
  // as V8 sweeps them, shortly after.
  await waitFor(
    "the daemon to give the memory back",
    async () => await kb("VmRSS") < peak - 200 * 1024,
    30_000,
  );
  console.log(
    `300 MB of output: daemon RSS ${
      (await kb("VmRSS") / 1024).toFixed(0)
    } MiB after the task, ${(peak / 1024).toFixed(0)} MiB at its peak`,
  );
  const plain = await runAsAnsible(probe, {
    sandbox: box,
    args: { mb: 300 },
    env: { ANSIBLE_TURBO_DISABLE: "1" },
  });
  assert.equal(turbo.code, plain.code);
  // The same output before the result line, byte for byte.
  const junk = (stdout: string) =>
    stdout.slice(0, stdout.lastIndexOf("\n", stdout.length - 2) + 1);
  assert.ok(junk(turbo.stdout) === junk(plain.stdout), "the output differs");
  assert.equal(junk(turbo.stdout).length, 300 * 1024 * 1024);
  const { warnings, ...plainResult } = result(plain);
  assert.match(String((warnings as string[])[0]), /ANSIBLE_TURBO_DISABLE/);
  assert.deepEqual(result(turbo), plainResult);
});

// ---------------------------------------------------------------------------
// Fresh, verified code

Deno.test("an edited local import is picked up by the next task", async () => {
  await using box = await sandbox();
  const helper = join(box.dir, "helper.ts");
  const write = (value: string) =>
    Deno.writeTextFile(helper, `export const VALUE = "${value}";\n`);
  await write("one");
  const probe = await writeModule(
    box,
    "uses_helper.ts",
    `import { VALUE } from ${JSON.stringify(`file://${helper}`)};
export async function main() {
  const m = await AnsibleTurboModule.create({});
  m.exitJson({ value: VALUE, pid: Deno.pid });
}`,
  );
  const first = result(await runAsAnsible(probe, { sandbox: box }));
  await write("two");
  const second = result(await runAsAnsible(probe, { sandbox: box }));
  assert.equal(first.value, "one");
  assert.equal(second.value, "two");
  assert.equal(second.warnings, undefined);
  // A process loads a file once: the daemon that had "one" retired.
  await waitFor(
    "the stale daemon to exit",
    async () => !(await box.daemonPids()).includes(Number(first.pid)),
  );
  assert.deepEqual(await box.daemonPids(), [second.pid]);
});

/** Runs a module in place (not an Ansible temp copy), as the collection path does. */
async function runInPlace(
  box: Sandbox,
  module: string,
  args: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const argsFile = join(box.dir, `args-${crypto.randomUUID()}.json`);
  await Deno.writeTextFile(
    argsFile,
    JSON.stringify({ ...args, _ansible_remote_tmp: box.remoteTmp }),
  );
  const output = await new Deno.Command(DENO, {
    args: ["run", "--allow-all", module, argsFile],
    cwd: box.dir,
    stdin: "null",
  }).output();
  await Deno.remove(argsFile);
  const stdout = new TextDecoder().decode(output.stdout);
  const line = stdout.trim().split("\n").at(-1) ?? "";
  assert.ok(
    line.startsWith("{"),
    stdout + new TextDecoder().decode(output.stderr),
  );
  return JSON.parse(line);
}

Deno.test("a module run in place picks up an edit of the helper it imports relatively", async () => {
  await using box = await sandbox();
  await Deno.mkdir(join(box.dir, "module_utils"));
  const helper = join(box.dir, "module_utils/api.ts");
  await Deno.writeTextFile(helper, `export const VERSION = 1;\n`);
  const module = await writeModule(
    box,
    "in_place.ts",
    `import { VERSION } from "./module_utils/api.ts";
export async function main() {
  const m = await AnsibleTurboModule.create({});
  const { VERSION: late } = await import("./module_utils/api.ts");
  m.exitJson({ version: VERSION, late, pid: Deno.pid });
}`,
  );
  const first = await runInPlace(box, module);
  await Deno.writeTextFile(helper, `export const VERSION = 2;\n`);
  const second = await runInPlace(box, module);
  assert.deepEqual([first.version, first.late], [1, 1]);
  assert.deepEqual([second.version, second.late], [2, 2]);
  assert.equal(second.warnings, undefined);
  assert.notEqual(second.pid, first.pid);
});

Deno.test("code that changes while the daemon loads it never serves the task: it runs in-process, once", async () => {
  await using box = await sandbox();
  const marks = join(box.dir, "ran.txt");
  // Its top level edits its own file each time it is loaded, as a file
  // swapped under the daemon's import would be.
  const module = await writeModule(
    box,
    "shifty.ts",
    `Deno.writeTextFileSync(new URL(import.meta.url), "// loaded\\n", { append: true });
export async function main() {
  const m = await AnsibleTurboModule.create({});
  Deno.writeTextFileSync(${
      JSON.stringify(marks)
    }, \`\${Deno.pid}\\n\`, { append: true });
  m.exitJson({ pid: Deno.pid });
}`,
  );
  const r = await runInPlace(box, module);
  assert.match(
    String((r.warnings as string[] | undefined)?.[0]),
    /changed while/,
  );
  assert.equal(await Deno.readTextFile(marks), `${r.pid}\n`, "ran once, here");
  const log = (await filesIn(privateDir(box))).find((n) => n.endsWith(".log"));
  assert.ok(log);
  assert.match(
    await Deno.readTextFile(join(privateDir(box), log)),
    /changed while the daemon loaded it/,
  );
});

Deno.test("Ansible's temp copy is imported from the daemon's own copy of the verified bytes", async () => {
  await using box = await sandbox();
  const r = result(await runAsAnsible(ECHO, { sandbox: box }));
  const stores = (await filesIn(privateDir(box))).filter((n) =>
    n.endsWith(".modules")
  );
  assert.equal(stores.length, 1);
  const store = join(privateDir(box), stores[0]);
  const [version] = await filesIn(store);
  const copy = join(store, version, "AnsiballZ_echo.ts");
  const bytes = await Deno.readFile(copy);
  const sent = new TextEncoder().encode(await portableSource(ECHO));
  assert.equal(
    await sha256Hex(bytes),
    await sha256Hex(sent),
    "the store copy is exactly what the client hashed",
  );
  // Gone with the daemon.
  Deno.kill(Number(r.pid), "SIGTERM");
  await waitFor(
    "the daemon to exit",
    async () => (await box.daemonPids()).length === 0,
  );
  assert.equal(await exists(store), false, "the store outlived its daemon");
});

Deno.test("a copy shipped with the files it imports relatively is served from the store, edits included", async () => {
  await using box = await sandbox();
  // As the plugin ships a collection module over SSH: its shared code in
  // the temp directory beside it, imported relatively.
  const run = async (version: number) => {
    const tmp = await Deno.makeTempDir({
      dir: box.remoteTmp,
      prefix: "ansible-tmp-",
    });
    await Deno.mkdir(join(tmp, "files/module_utils"), { recursive: true });
    await Deno.writeTextFile(
      join(tmp, "files/module_utils/api.ts"),
      `export const VERSION = ${version};\n`,
    );
    await Deno.writeTextFile(
      join(tmp, "AnsiballZ_shipped.ts"),
      `// WANT_JSON
import { AnsibleTurboModule } from ${JSON.stringify(MOD_URL)};
import { VERSION } from "./files/module_utils/api.ts";
const loaded = crypto.randomUUID();
export async function main() {
  const m = await AnsibleTurboModule.create({});
  m.exitJson({ version: VERSION, loaded, pid: Deno.pid });
}
if (import.meta.main) await main();
`,
    );
    await Deno.writeTextFile(
      join(tmp, "args"),
      JSON.stringify({
        _ansible_tmpdir: `${tmp}/`,
        _ansible_remote_tmp: box.remoteTmp,
      }),
    );
    const output = await new Deno.Command(DENO, {
      args: ["run", "-A", join(tmp, "AnsiballZ_shipped.ts"), join(tmp, "args")],
      cwd: box.dir,
    }).output();
    await Deno.remove(tmp, { recursive: true });
    return JSON.parse(new TextDecoder().decode(output.stdout).trim());
  };
  const [one, again, two] = [await run(1), await run(1), await run(2)];
  for (const r of [one, again, two]) assert.equal(r.warnings, undefined);
  assert.deepEqual([one.version, again.version, two.version], [1, 1, 2]);
  assert.equal(again.loaded, one.loaded, "one import for the same files");
  assert.notEqual(two.loaded, one.loaded, "the edited helper is a new version");
  assert.equal(two.pid, one.pid, "served by the same daemon");
});
