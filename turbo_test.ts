/**
 * End-to-end tests of turbo mode with real processes: real `deno` module
 * processes run as Ansible runs them, real daemons, real Unix sockets.
 * Every test runs in a sandbox whose cleanup stops its daemons and fails
 * the test if one survives.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DENO,
  MOD_URL,
  portableSource,
  processesMentioning,
  ROOT,
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
  waitFor,
} from "./_test_harness.ts";

const ECHO = "testdata/echo.ts";
/** Environments for turbo and for in-process runs of the same module. */
const MODES: Record<string, string>[] = [{}, { ANSIBLE_TURBO_DISABLE: "1" }];
const uid = Deno.uid() ?? 0;

function result(outcome: RunOutcome): Record<string, unknown> {
  assert.ok(
    outcome.result,
    `no JSON result; code ${outcome.code}\nstdout: ${outcome.stdout}\nstderr: ${outcome.stderr}`,
  );
  return outcome.result;
}

/** The sockets of the sandbox's daemons. */
async function socketsOf(box: Sandbox): Promise<string[]> {
  const dir = join(box.remoteTmp, `ansible-turbo-${uid}`);
  const found: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) {
      if (entry.name.endsWith(".sock")) found.push(join(dir, entry.name));
    }
  } catch {
    // No daemon directory yet.
  }
  return found;
}

function withoutVolatile(r: Record<string, unknown>): Record<string, unknown> {
  const {
    pid: _pid,
    instance: _i,
    started_at: _s,
    warnings: _w,
    counter: _c,
    ...rest
  } = r;
  return rest;
}

Deno.test("a module gives the same result in turbo and in-process", async () => {
  await using box = await sandbox();
  const args = { value: { nested: [1, "two", null] }, env_name: "HOME" };
  const turbo = result(await runAsAnsible(ECHO, { sandbox: box, args }));
  const plain = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      args,
      env: { ANSIBLE_TURBO_DISABLE: "1" },
    }),
  );
  assert.deepEqual(withoutVolatile(turbo), withoutVolatile(plain));
  assert.equal(turbo.warnings, undefined);
  assert.match(
    String((plain.warnings as string[])[0]),
    /ANSIBLE_TURBO_DISABLE/,
  );
  assert.notEqual(turbo.pid, plain.pid);
});

Deno.test("later tasks are served by the same warm daemon, state kept", async () => {
  await using box = await sandbox();
  const results = [];
  for (let i = 0; i < 3; i++) {
    results.push(result(await runAsAnsible(ECHO, { sandbox: box })));
  }
  assert.deepEqual(results.map((r) => r.counter), [1, 2, 3]);
  assert.equal(new Set(results.map((r) => r.pid)).size, 1);
  assert.deepEqual(await box.daemonPids(), [results[0].pid]);
  assert.equal((await socketsOf(box)).length, 1);
});

Deno.test("50 concurrent cold clients start exactly one daemon", async () => {
  await using box = await sandbox();
  const outcomes = await Promise.all(
    Array.from(
      { length: 50 },
      (_, i) => runAsAnsible(ECHO, { sandbox: box, args: { value: i } }),
    ),
  );
  const results = outcomes.map(result);
  assert.deepEqual(results.map((r) => r.value), [...Array(50).keys()]);
  assert.equal(new Set(results.map((r) => r.pid)).size, 1);
  assert.deepEqual(
    results.map((r) => r.counter).sort((a, b) => Number(a) - Number(b)),
    Array.from({ length: 50 }, (_, i) => i + 1),
  );
  assert.equal((await box.daemonPids()).length, 1);
});

Deno.test("tasks in flight together each see their own params and env", async () => {
  await using box = await sandbox();
  await runAsAnsible(ECHO, { sandbox: box }); // warm up
  const markA = join(box.dir, "a.txt");
  const markB = join(box.dir, "b.txt");
  // Each waits for the other's mark: both finish only if they overlapped.
  const [a, b] = (await Promise.all([
    runAsAnsible(ECHO, {
      sandbox: box,
      args: {
        value: "a",
        env_name: "TASK_VAR",
        mark_file: markA,
        await_file: markB,
        set_env: "LEAK",
      },
      env: { TASK_VAR: "from-a" },
    }),
    runAsAnsible(ECHO, {
      sandbox: box,
      args: {
        value: "b",
        env_name: "TASK_VAR",
        mark_file: markB,
        await_file: markA,
      },
      env: { TASK_VAR: "from-b" },
    }),
  ])).map(result);
  assert.equal(a.pid, b.pid);
  assert.equal(a.value, "a");
  assert.equal(b.value, "b");
  assert.equal(a.env_value, "from-a");
  assert.equal(a.deno_env_value, "from-a");
  assert.equal(b.env_value, "from-b");
  assert.equal(b.deno_env_value, "from-b");
  // They really overlapped: each saw the other's mark before it finished.
  assert.equal(await Deno.readTextFile(markA), `${a.pid}\n`);
  assert.equal(await Deno.readTextFile(markB), `${b.pid}\n`);
  // A variable one task set does not reach the next task.
  const c = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { env_name: "LEAK" } }),
  );
  assert.equal(c.pid, a.pid);
  assert.equal(c.env_value, null);
  assert.equal(c.deno_env_value, null);
});

Deno.test("relative paths resolve against the task's working directory", async () => {
  await using box = await sandbox();
  const project = join(box.dir, "project");
  await Deno.mkdir(project);
  await Deno.writeTextFile(join(project, "data.txt"), "project data");
  const r = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      cwd: project,
      args: { read_file: "data.txt" },
    }),
  );
  assert.equal(r.file_text, "project data");
  assert.equal(r.cwd, project);
});

Deno.test("check mode: honoured when supported, skipped with Ansible's message when not", async () => {
  await using box = await sandbox();
  const check = { _ansible_check_mode: true };
  const echo = result(
    await runAsAnsible(ECHO, { sandbox: box, internal: check }),
  );
  assert.equal(echo.check_mode, true);
  for (const env of MODES) {
    const skipped = result(
      await runAsAnsible("testdata/no_check.ts", {
        sandbox: box,
        internal: check,
        env,
      }),
    );
    assert.equal(skipped.skipped, true);
    assert.equal(skipped.changed, false);
    assert.equal(
      skipped.msg,
      "remote module (no_check) does not support check mode",
    );
  }
});

Deno.test("errors reach the task result with their real message, plain and turbo", async () => {
  await using box = await sandbox();
  for (const env of MODES) {
    const thrown = await runAsAnsible(ECHO, {
      sandbox: box,
      args: { behave: "throw" },
      env,
    });
    assert.equal(thrown.code, 1);
    assert.equal(result(thrown).failed, true);
    assert.equal(result(thrown).msg, "the widget is broken");
    assert.match(String(result(thrown).exception), /^TypeError: the widget/);
    const rejected = result(
      await runAsAnsible(ECHO, {
        sandbox: box,
        args: { behave: "reject" },
        env,
      }),
    );
    assert.equal(rejected.msg, "the gadget is out of range");
    const failed = result(
      await runAsAnsible(ECHO, { sandbox: box, args: { behave: "fail" }, env }),
    );
    assert.equal(failed.failed, true);
    assert.equal(failed.msg, "asked to fail");
    assert.deepEqual(failed.detail, { code: 42 });
    const invalid = result(
      await runAsAnsible(ECHO, {
        sandbox: box,
        args: { behave: "dance" },
        env,
      }),
    );
    assert.equal(invalid.failed, true);
    assert.match(String(invalid.msg), /^value of behave must be one of: ok, /);
  }
  // The daemon survived all of it and still serves.
  const ok = result(await runAsAnsible(ECHO, { sandbox: box }));
  assert.equal(ok.failed, undefined);
  assert.equal((await box.daemonPids()).length, 1);
});

Deno.test("console output and Deno.exit behave as in a plain process", async () => {
  await using box = await sandbox();
  for (const env of MODES) {
    const printed = await runAsAnsible(ECHO, {
      sandbox: box,
      args: { behave: "print" },
      env,
    });
    assert.match(printed.stdout, /^some junk before the result\n\{/);
    assert.equal(result(printed).changed, false);
    const exited = await runAsAnsible(ECHO, {
      sandbox: box,
      args: { behave: "exit" },
      env,
    });
    assert.deepEqual(exited.result, { changed: false, exited: true });
    assert.equal(exited.code, 0);
    const silent = await runAsAnsible(ECHO, {
      sandbox: box,
      args: { behave: "no_exit" },
      env,
    });
    assert.equal(silent.stdout, "");
    assert.equal(silent.result, null);
  }
  assert.equal((await box.daemonPids()).length, 1);
});

Deno.test("a changed module file is picked up by the running daemon", async () => {
  await using box = await sandbox();
  const path = join(box.dir, "greeter.ts");
  const source = (greeting: string) =>
    `import { AnsibleTurboModule } from "${MOD_URL}";
export async function main() {
  const module = await AnsibleTurboModule.create({});
  module.exitJson({ greeting: "${greeting}", pid: Deno.pid });
}
if (import.meta.main) await main();
`;
  await Deno.writeTextFile(path, source("first"));
  const first = result(await runAsAnsible(path, { sandbox: box }));
  await Deno.writeTextFile(path, source("second"));
  const second = result(await runAsAnsible(path, { sandbox: box }));
  assert.equal(first.greeting, "first");
  assert.equal(second.greeting, "second");
  assert.equal(first.pid, second.pid);
});

Deno.test("the same module from many temp copies is imported once", async () => {
  await using box = await sandbox();
  for (let i = 0; i < 5; i++) await runAsAnsible(ECHO, { sandbox: box });
  const status = await new Deno.Command(DENO, {
    args: ["run", "-A", "mod.ts", "status", "--dir", box.remoteTmp],
    cwd: ROOT,
  }).output();
  const text = new TextDecoder().decode(status.stdout);
  assert.match(text, /requests 5 .* modules 1 /);
});

Deno.test("payloads of many megabytes go through whole", async () => {
  await using box = await sandbox();
  const value = "x".repeat(8 * 1024 * 1024) + "end";
  const r = result(await runAsAnsible(ECHO, { sandbox: box, args: { value } }));
  assert.equal(r.size, value.length);
  assert.equal(r.value, value);
});

Deno.test("the daemon exits after its idle TTL and removes its socket", async () => {
  await using box = await sandbox();
  const r = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      env: { ANSIBLE_TURBO_LOOKUP_TTL: "1" },
    }),
  );
  assert.equal((await socketsOf(box)).length, 1);
  await waitFor(
    "the daemon to exit",
    async () => (await box.daemonPids()).length === 0,
  );
  assert.deepEqual(await socketsOf(box), []);
  const dir = join(box.remoteTmp, `ansible-turbo-${uid}`);
  const left = [];
  for await (const entry of Deno.readDir(dir)) left.push(entry.name);
  // Only the lock and the log stay; the token went with the socket.
  assert.deepEqual(left.filter((n) => !/\.(lock|log)$/.test(n)), []);
  assert.ok(typeof r.pid === "number");
});

Deno.test("SIGTERM stops the daemon and removes its socket", async () => {
  await using box = await sandbox();
  const r = result(await runAsAnsible(ECHO, { sandbox: box }));
  Deno.kill(Number(r.pid), "SIGTERM");
  await waitFor(
    "the daemon to exit",
    async () => (await box.daemonPids()).length === 0,
  );
  assert.deepEqual(await socketsOf(box), []);
});

Deno.test("a stale socket left by a killed daemon is recovered", async () => {
  await using box = await sandbox();
  const first = result(await runAsAnsible(ECHO, { sandbox: box }));
  Deno.kill(Number(first.pid), "SIGKILL");
  await waitFor(
    "the daemon to die",
    async () => (await box.daemonPids()).length === 0,
  );
  assert.equal(
    (await socketsOf(box)).length,
    1,
    "the dead daemon's socket file stays",
  );
  const second = result(await runAsAnsible(ECHO, { sandbox: box }));
  assert.notEqual(second.pid, first.pid);
  assert.equal(second.counter, 1);
  assert.equal(second.warnings, undefined);
});

Deno.test("an unsafe daemon directory falls back to in-process with a warning", async () => {
  await using box = await sandbox();
  const dir = join(box.remoteTmp, `ansible-turbo-${uid}`);
  await Deno.mkdir(dir, { mode: 0o700 });
  await Deno.chmod(dir, 0o777);
  const r = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { value: 1 } }),
  );
  assert.equal(r.value, 1);
  assert.match(
    String((r.warnings as string[])[0]),
    /^Turbo mode could not be used, so the module ran without its daemon: .* is open to other users/,
  );
  assert.deepEqual(await box.daemonPids(), []);
});

Deno.test("a blocked socket path falls back to in-process with a warning", async () => {
  await using box = await sandbox();
  const first = result(await runAsAnsible(ECHO, { sandbox: box }));
  const [socket] = await socketsOf(box);
  Deno.kill(Number(first.pid), "SIGKILL");
  await waitFor(
    "the daemon to die",
    async () => (await box.daemonPids()).length === 0,
  );
  // A directory where the socket should be cannot be cleaned up as stale.
  await Deno.remove(socket);
  await Deno.mkdir(socket);
  await Deno.writeTextFile(join(socket, "keep"), "");
  const r = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { value: 2 } }),
  );
  assert.equal(r.value, 2);
  assert.match(
    String((r.warnings as string[])[0]),
    /^Turbo mode could not be used/,
  );
});

Deno.test("a daemon killed mid-task fails that task and does not rerun it", async () => {
  await using box = await sandbox();
  const warm = result(await runAsAnsible(ECHO, { sandbox: box }));
  const mark = join(box.dir, "ran.txt");
  const running = runAsAnsible(ECHO, {
    sandbox: box,
    args: { mark_file: mark, sleep_ms: 5000 },
  });
  await waitFor("the task to start", async () => {
    try {
      return (await Deno.readTextFile(mark)).length > 0;
    } catch {
      return false;
    }
  });
  Deno.kill(Number(warm.pid), "SIGKILL");
  const outcome = await running;
  const r = result(outcome);
  assert.equal(outcome.code, 1);
  assert.equal(r.failed, true);
  assert.match(
    String(r.msg),
    /daemon stopped before the task finished.*not run again/,
  );
  assert.equal(
    await Deno.readTextFile(mark),
    `${warm.pid}\n`,
    "ran exactly once",
  );
  const next = result(await runAsAnsible(ECHO, { sandbox: box }));
  assert.notEqual(next.pid, warm.pid);
  assert.equal(next.failed, undefined);
});

Deno.test("a different remote_tmp gets a different daemon", async () => {
  await using box = await sandbox();
  const other = join(box.dir, "other-rt");
  await Deno.mkdir(other, { mode: 0o700 });
  const a = result(await runAsAnsible(ECHO, { sandbox: box }));
  const b = result(
    await runAsAnsible(ECHO, { sandbox: box, remoteTmp: other }),
  );
  assert.notEqual(a.pid, b.pid);
  assert.equal((await box.daemonPids()).length, 2);
});

Deno.test("modules of one collection share a daemon, other collections do not", async () => {
  await using box = await sandbox();
  const run = (moduleName: string) =>
    runAsAnsible(ECHO, { sandbox: box, moduleName }).then(result);
  const a1 = await run("acme.cloud.echo");
  const a2 = await run("acme.cloud.other");
  const b = await run("other.ns.echo");
  assert.equal(a1.pid, a2.pid);
  assert.notEqual(a1.pid, b.pid);
});

Deno.test("a module importing mod.ts by http URL works plain and turbo", async () => {
  await using box = await sandbox();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async (request) => {
      const path = new URL(request.url).pathname;
      try {
        const body = await Deno.readFile(join(ROOT, path));
        return new Response(body, {
          headers: { "content-type": "application/typescript" },
        });
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  );
  try {
    const url = `http://127.0.0.1:${server.addr.port}/mod.ts`;
    const path = join(box.dir, "remote_hello.ts");
    const source = await portableSource("examples/hello.ts");
    await Deno.writeTextFile(path, source.replace(MOD_URL, url));
    const env = { DENO_DIR: join(box.dir, "deno_dir") };
    const turbo1 = result(
      await runAsAnsible(path, { sandbox: box, args: { name: "web" }, env }),
    );
    const turbo2 = result(
      await runAsAnsible(path, { sandbox: box, args: { name: "web" }, env }),
    );
    const plain = result(
      await runAsAnsible(path, {
        sandbox: box,
        args: { name: "web" },
        env: { ...env, ANSIBLE_TURBO_DISABLE: "1" },
      }),
    );
    for (const r of [turbo1, turbo2, plain]) {
      assert.equal(r.greeting, "hello web");
    }
    assert.equal(turbo1.warnings, undefined);
    assert.equal(turbo1.pid, turbo2.pid);
    assert.notEqual(plain.pid, turbo1.pid);
    const daemons = await processesMentioning(url);
    assert.equal(daemons.length, 1, "the daemon runs mod.ts from its URL");
  } finally {
    await box.cleanup();
    await server.shutdown();
  }
});

Deno.test("a task that never settles times out while other tasks are served", async () => {
  await using box = await sandbox();
  const env = { ANSIBLE_TURBO_TASK_TIMEOUT: "1" };
  const hung = runAsAnsible(ECHO, {
    sandbox: box,
    args: { behave: "hang" },
    env,
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const other = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { value: 7 } }),
  );
  assert.equal(other.value, 7);
  const r = result(await hung);
  assert.equal(r.failed, true);
  assert.match(String(r.msg), /^The module did not finish within 1 s/);
  assert.equal(r.pid, undefined);
  assert.equal((await box.daemonPids()).length, 1);
});

Deno.test("errors thrown after a task ended do not take the daemon down", async () => {
  await using box = await sandbox();
  const first = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { behave: "late_throw" } }),
  );
  const second = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { behave: "late_reject" } }),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  const third = result(await runAsAnsible(ECHO, { sandbox: box }));
  assert.equal(first.pid, second.pid);
  assert.equal(second.pid, third.pid);
  assert.equal(third.counter, 3);
});

Deno.test("a daemon retires after its request budget and no task notices", async () => {
  await using box = await sandbox();
  const env = { ANSIBLE_TURBO_MAX_REQUESTS: "3" };
  const results = [];
  for (let i = 0; i < 7; i++) {
    results.push(
      result(
        await runAsAnsible(ECHO, { sandbox: box, env, args: { value: i } }),
      ),
    );
  }
  assert.deepEqual(results.map((r) => r.value), [0, 1, 2, 3, 4, 5, 6]);
  assert.deepEqual(results.map((r) => r.counter), [1, 2, 3, 1, 2, 3, 1]);
  const pids = results.map((r) => r.pid);
  assert.equal(new Set(pids).size, 3);
  assert.ok(results.every((r) => r.warnings === undefined));
});

Deno.test("status lists the user's daemons and stop stops them", async () => {
  await using box = await sandbox();
  const r = result(await runAsAnsible(ECHO, { sandbox: box }));
  const cli = async (command: string) => {
    const output = await new Deno.Command(DENO, {
      args: ["run", "-A", "mod.ts", command, "--dir", box.remoteTmp],
      cwd: ROOT,
    }).output();
    return new TextDecoder().decode(output.stdout);
  };
  assert.match(await cli("status"), new RegExp(`^pid ${r.pid} .*requests 1 `));
  assert.equal(await cli("stop"), "Stopped 1 daemon.\n");
  assert.deepEqual(await box.daemonPids(), []);
  assert.deepEqual(await socketsOf(box), []);
  assert.match(await cli("status"), /^No ansible-turbo daemon is running/);
});

Deno.test("SIGTERM ends the daemon after a grace period even if a task never settles", async () => {
  await using box = await sandbox();
  const warm = result(await runAsAnsible(ECHO, { sandbox: box }));
  const mark = join(box.dir, "started.txt");
  const hung = runAsAnsible(ECHO, {
    sandbox: box,
    args: { behave: "hang", mark_file: mark },
  });
  // Signal only once the daemon runs the task, however loaded the machine.
  await waitFor(
    "the task to start",
    () => Deno.stat(mark).then(() => true, () => false),
  );
  const signalled = Date.now();
  Deno.kill(Number(warm.pid), "SIGTERM");
  const r = result(await hung);
  const waited = Date.now() - signalled;
  assert.equal(r.failed, true);
  assert.match(String(r.msg), /daemon stopped before the task finished/);
  // Not before the 10 s grace; how much later depends only on the load.
  assert.ok(waited >= 9_000, `waited ${waited} ms`);
  assert.deepEqual(await box.daemonPids(), []);
  assert.deepEqual(await socketsOf(box), []);
});

Deno.test("a daemon run by hand in the foreground serves tasks and logs each one", async () => {
  await using box = await sandbox();
  await runAsAnsible(ECHO, { sandbox: box });
  const [socket] = await socketsOf(box);
  const stop = new Deno.Command(DENO, {
    args: ["run", "-A", "mod.ts", "stop", "--dir", box.remoteTmp],
    cwd: ROOT,
  });
  await stop.output();
  const daemon = new Deno.Command(DENO, {
    args: [
      "run",
      "-A",
      "mod.ts",
      "--ansible-turbo-daemon",
      "--socket",
      socket,
      "--foreground",
    ],
    cwd: ROOT,
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const stderr = daemon.stderr.pipeThrough(new TextDecoderStream());
  const lines: string[] = [];
  const collecting = (async () => {
    for await (const chunk of stderr) lines.push(chunk);
  })();
  await waitFor(
    "the daemon to listen",
    () => Promise.resolve(lines.join("").includes("listening on")),
  );
  const r = result(
    await runAsAnsible(ECHO, { sandbox: box, args: { value: "fg" } }),
  );
  assert.equal(r.pid, daemon.pid);
  await waitFor(
    "the task's log line",
    () =>
      Promise.resolve(
        /task file:.*AnsiballZ_echo\.ts ok in/.test(lines.join("")),
      ),
  );
  await stop.output();
  assert.equal((await daemon.status).code, 0);
  await collecting;
});
