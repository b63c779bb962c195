/**
 * End to end: real `ansible-playbook` runs the fixture modules of
 * `testdata/ansible/` on this machine (`connection: local`), turbo and
 * plain, on ansible-core 2.14 and 2.19, and every scenario is checked on the
 * registered results (the `json` stdout callback).
 *
 * Every scenario runs twice per version: unrouted (each task is a module
 * process, whose client hands the task to the daemon) and routed to the
 * action plugin `ansible_turbo.deno.turbo` (zero-spawn: the Ansible worker
 * hands the task to the daemon itself). The launcher records every module
 * process, so the routed runs prove that no process ran for a task, only
 * one locate run per module and setting, and that become takes the stock
 * path.
 *
 * Modules start with a one-word shebang, the launcher that
 * `mod.ts install-launcher` writes: 2.19 takes the whole shebang line as one
 * interpreter path, so `#!/usr/bin/env -S deno run` fails there. With
 * CI=true a missing Ansible version fails.
 *
 * @module
 */

import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { processesMentioning, stopDaemonsUnder } from "./_test_harness.ts";
import {
  type Ansible,
  ansibleVersions,
  CI,
  explain,
  isDaemon,
  launches,
  loopResults,
  makeWorkspace,
  type PlayRun,
  requireAnsible,
  type Result,
  resultOf,
  ROUTED,
  runPlaybook,
  socketsUnder,
  type Workspace,
} from "./testdata/ansible/harness.ts";

const SECRET = "e2e-Hunter2-4f9c1b"; // also in playbooks/main.yml
const NO_LOG_MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";
const NOBODY_UID = 65534;

/** The parts of a result that must be the same turbo or plain. */
function comparable(result: Result): Result {
  const {
    pid: _pid,
    action: _action,
    exception,
    ...rest
  } = result;
  if (exception !== undefined) {
    assert.equal(typeof exception, "string");
    rest.exception = "<stack>";
  }
  return rest;
}

async function processUid(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
}

async function filesContaining(dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string) => {
    for await (const entry of Deno.readDir(path)) {
      const child = join(path, entry.name);
      if (entry.isDirectory) await walk(child);
      else if (entry.isFile) {
        const content = await Deno.readTextFile(child).catch(() => "");
        if (content.includes(text)) found.push(child);
      }
    }
  };
  await walk(dir).catch(() => {});
  return found;
}

/** Waits until `check` holds or `ms` passed; returns whether it held. */
async function waitFor(
  check: () => Promise<boolean>,
  ms: number,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function assertNoWarnings(result: Result, what: string): void {
  // A turbo module that fell back to running in-process says so in a warning.
  assert.equal(
    result.warnings,
    undefined,
    `${what} warned: ${JSON.stringify(result.warnings)}`,
  );
}

/**
 * Runs a playbook and returns it with the module processes it started
 * (from the launcher's record): `run NAME` and `locate NAME` lines.
 */
async function play(
  ansible: Ansible,
  ws: Workspace,
  playbook: string,
  options: Parameters<typeof runPlaybook>[3] = {},
): Promise<PlayRun & { started: string[] }> {
  const before = (await launches(ws.launches)).length;
  const run = await runPlaybook(ansible, ws, playbook, options);
  const started = (await launches(ws.launches)).slice(before).map((
    [kind, name],
  ) => `${kind} ${name}`);
  return { ...run, started };
}

/** How often `line` (`run counter.ts`, say) is among the processes started. */
function count(started: string[], line: string): number {
  return started.filter((l) => l === line).length;
}

/**
 * In a routed run, no turbo module ran as a process (`exceptions` lists the
 * runs a scenario takes the stock path for); unrouted, none was located.
 */
function assertProcesses(
  ws: Workspace,
  started: string[],
  exceptions: string[] = [],
): void {
  if (!ws.routed) {
    assert.deepEqual(started.filter((l) => l.startsWith("locate ")), []);
    return;
  }
  const runs = started.filter((l) =>
    l.startsWith("run ") && ROUTED.includes(l.slice(4).replace(/\.ts$/, ""))
  );
  assert.deepEqual(runs, exceptions, `module processes: ${started}`);
}

for (const ansible of await ansibleVersions()) {
  for (const routed of [false, true]) {
    Deno.test({
      name:
        `ansible-core ${ansible.label} runs TypeScript modules, plain and turbo, ${
          routed
            ? "routed to ansible_turbo.deno.turbo (zero-spawn)"
            : "unrouted"
        }`,
      ignore: ansible.missing !== undefined && !CI,
      fn: (t) => scenarios(t, { ansible, routed }),
    });
  }
}

async function scenarios(
  t: Deno.TestContext,
  { ansible, routed }: { ansible: Ansible; routed: boolean },
): Promise<void> {
  requireAnsible(ansible);
  const ws = await makeWorkspace({ routed });
  /** Every daemon pid a task reported: nothing else may be left running. */
  const daemonPids = new Set<number>();
  const noteDaemon = async (pid: unknown, what: string) => {
    assert.ok(await isDaemon(pid), `${what}: pid ${pid} is no daemon`);
    daemonPids.add(pid as number);
  };
  try {
    // Its daemons are checked after the play: an idle TTL longer than a
    // loaded machine's play (the default 15 s was not) keeps them up till
    // then; the last step stops them.
    const main = await play(ansible, ws, "main.yml", {
      env: { ANSIBLE_TURBO_LOOKUP_TTL: "600" },
    });
    assert.equal(main.code, 0, explain(main));
    const counterPid = loopResults(resultOf(main, "counter x10"))[0].pid;

    await t.step(
      routed
        ? "routed: no module process ran for a task, one locate run per module and setting"
        : "unrouted: one module process per task",
      () => {
        assertProcesses(ws, main.started);
        if (routed) {
          // counter.ts: the main and the other remote_tmp; the collection's
          // own copy; env_reader.ts: with and without the variable.
          assert.equal(count(main.started, "locate counter.ts"), 3);
          assert.equal(count(main.started, "locate env_reader.ts"), 2);
          assert.equal(count(main.started, "locate hello.ts"), 1);
        } else {
          assert.ok(count(main.started, "run counter.ts") >= 15);
        }
      },
    );

    await t.step(
      "library module and collection module (FQCN)",
      async () => {
        const hello = resultOf(main, "library hello");
        assert.equal(hello.greeting, "hello e2e");
        await noteDaemon(hello.pid, "library hello");
        const first = resultOf(main, "collection counter");
        const again = resultOf(main, "collection counter again");
        assert.deepEqual([first.value, again.value], [1, 2]);
        assert.equal(first.pid, again.pid);
        await noteDaemon(first.pid, "collection counter");
        // A collection is a daemon group of its own.
        assert.notEqual(first.pid, counterPid);
        assertNoWarnings(first, "collection counter");
      },
    );

    await t.step(
      "a counter run 10 times counts 1..10 in one daemon",
      async () => {
        const calls = loopResults(resultOf(main, "counter x10"));
        assert.deepEqual(
          calls.map((r) => r.value),
          [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        );
        assert.deepEqual(new Set(calls.map((r) => r.pid)).size, 1);
        await noteDaemon(counterPid, "counter");
        for (const call of calls) assertNoWarnings(call, "counter");
      },
    );

    await t.step("diff only when asked", () => {
      const without = resultOf(main, "counter without diff");
      const withDiff = resultOf(main, "counter with diff");
      assert.equal(without.diff, undefined);
      assert.deepEqual(withDiff.diff, { before: "1\n", after: "2\n" });
    });

    await t.step(
      "no_log: no secret in the output or the result",
      async () => {
        const param = resultOf(main, "secret parameter");
        assert.equal(param.echo, NO_LOG_MASK);
        assert.equal(param.msg, "used ******** for db");
        assert.deepEqual(
          (param.invocation as Result).module_args,
          { token: NO_LOG_MASK, label: "db" },
        );
        assert.equal(param.pid, counterPid);
        const task = resultOf(main, "secret task");
        assert.ok(task.censored, "a no_log task's result is censored");
        assert.equal(task.echo, undefined);
        assert.ok(!main.stdout.includes(SECRET), "secret in stdout");
        assert.ok(!main.stderr.includes(SECRET), "secret in stderr");
        assert.deepEqual(await filesContaining(ws.rt, SECRET), []);
        assert.deepEqual(
          await filesContaining(join(ws.dir, "local-tmp"), SECRET),
          [],
        );
      },
    );

    await t.step("environment: keyword reaches its task only", () => {
      const set = resultOf(main, "env set");
      const unset = resultOf(main, "env unset");
      const plain = resultOf(main, "env plain");
      assert.equal(set.value, "only-this-task");
      assert.equal(set.module_value, "only-this-task");
      assert.equal(unset.value, null);
      assert.equal(unset.module_value, null);
      assert.deepEqual(comparable(set), {
        ...comparable(plain),
        invocation: set.invocation,
      });
      assert.equal(set.pid, counterPid);
      assert.equal(unset.pid, counterPid);
    });

    await t.step(
      "the whole environment is a plain process's, variable by variable",
      () => {
        const turbo = resultOf(main, "env dump turbo");
        const plain = resultOf(main, "env dump plain");
        assert.equal(turbo.pid, counterPid);
        assert.equal((turbo.env as Result).TURBO_E2E_VAR, "dumped");
        assert.deepEqual(turbo.env, plain.env);
        assert.deepEqual(turbo.module_env, plain.module_env);
      },
    );

    await t.step("cwd: the playbook's directory, as in a plain run", () => {
      const turbo = resultOf(main, "cwd turbo");
      const plain = resultOf(main, "cwd plain");
      assert.equal(plain.cwd, ws.play);
      assert.equal(turbo.cwd, plain.cwd);
      assert.equal(turbo.module_cwd, plain.cwd);
      assert.equal(turbo.content, "marker from the playbook directory");
      assert.equal(turbo.content, plain.content);
      assert.equal(turbo.pid, counterPid);
      assert.notEqual(plain.pid, counterPid);
    });

    await t.step("another remote_tmp gets another daemon", async () => {
      const other = resultOf(main, "counter other remote_tmp");
      const after = resultOf(main, "counter after other remote_tmp");
      assert.equal(other.value, 1);
      assert.notEqual(other.pid, counterPid);
      await noteDaemon(other.pid, "other remote_tmp");
      assert.equal((await socketsUnder(ws.rt2)).length, 1);
      assert.equal(after.value, 11);
      assert.equal(after.pid, counterPid);
    });

    await t.step(
      "failures show as Ansible shows them; the daemon serves on",
      () => failures(main, ansible, counterPid),
    );

    await t.step(
      "a launcher shebang works; env -S works on 2.14 only",
      () => {
        // Every module above ran through the launcher.
        const envShebang = resultOf(main, "env shebang");
        if (ansible.label === "2.14") {
          assert.equal(envShebang.greeting, "hello e2e");
        } else {
          assert.equal(envShebang.failed, true);
          assert.match(String(envShebang.msg), /interpreter/i);
        }
      },
    );

    await t.step("--check and --diff reach the daemon", async () => {
      const check = await play(ansible, ws, "check.yml", {
        args: ["--check", "--diff"],
      });
      assert.equal(check.code, 0, explain(check));
      assertProcesses(ws, check.started);
      const real = resultOf(check, "counter real");
      const checked = resultOf(check, "counter checked");
      const skipped = resultOf(check, "no_check checked");
      const again = resultOf(check, "counter real again");
      assert.equal(real.value, 1);
      assert.equal(checked.value, 1, "check mode changed the counter");
      assert.equal(checked.changed, true);
      assert.deepEqual(checked.diff, { before: "1\n", after: "2\n" });
      assert.equal(skipped.skipped, true);
      assert.match(String(skipped.msg), /does not support check mode/);
      assert.equal(again.value, 2);
      assert.equal(checked.pid, real.pid);
      await noteDaemon(real.pid, "check");
    });

    await t.step(
      "10 parallel hosts x 20 calls share one exact count",
      async () => {
        const parallel = await play(ansible, ws, "parallel.yml", {
          inventory: join(ws.dir, "parallel_inventory.ini"),
          args: ["--forks", "10"],
        });
        assert.equal(parallel.code, 0, explain(parallel));
        assertProcesses(ws, parallel.started);
        if (routed) {
          // Hosts that start together may each locate; items after never do.
          assert.ok(count(parallel.started, "locate counter.ts") <= 10);
        }
        const values: number[] = [];
        const pids = new Set<unknown>();
        for (let i = 1; i <= 10; i++) {
          const host = `node${String(i).padStart(2, "0")}`;
          const saved = JSON.parse(
            await Deno.readTextFile(join(ws.out, `${host}.json`)),
          ) as Result;
          const calls = loopResults(saved);
          assert.equal(calls.length, 20, host);
          const mine = calls.map((call) => {
            assert.equal(call.failed ?? false, false, JSON.stringify(call));
            assertNoWarnings(call, host);
            pids.add(call.pid);
            return call.value as number;
          });
          // One host's calls run in order, so its values only grow.
          assert.deepEqual(mine, [...mine].sort((a, b) => a - b), host);
          values.push(...mine);
        }
        values.sort((a, b) => a - b);
        assert.deepEqual(
          values,
          Array.from({ length: 200 }, (_, i) => i + 1),
        );
        assert.equal(pids.size, 1, `pids ${[...pids]}`);
        await noteDaemon([...pids][0], "parallel");
      },
    );

    await t.step(
      "TTL: 2 s ends the daemon after the play; the default serves the next play",
      async () => {
        const short = await play(ansible, ws, "ttl.yml", {
          env: { ANSIBLE_TURBO_LOOKUP_TTL: "2" },
        });
        assert.equal(short.code, 0, explain(short));
        assertProcesses(ws, short.started);
        const first = resultOf(short, "counter ttl");
        assert.equal(first.value, 1);
        // Served by a daemon (a fallback would warn), which may already be
        // gone: a loaded machine can take 2 s to end the play.
        assertNoWarnings(first, "counter ttl");
        const gone = await waitFor(
          async () =>
            !(await isDaemon(first.pid)) &&
            (await socketsUnder(ws.rtTtl)).length === 0,
          30_000,
        );
        assert.ok(gone, "the TTL=2 daemon or its socket outlived 30 s");
        const runs = [];
        for (let i = 0; i < 2; i++) {
          const run = await play(ansible, ws, "ttl.yml");
          assert.equal(run.code, 0, explain(run));
          assertProcesses(ws, run.started);
          runs.push(resultOf(run, "counter ttl"));
        }
        assert.deepEqual(runs.map((r) => r.value), [1, 2]);
        assert.equal(runs[0].pid, runs[1].pid);
        assert.notEqual(runs[0].pid, first.pid);
        await noteDaemon(runs[0].pid, "ttl default");
      },
    );

    await t.step(
      "become: another user gets its own daemon and cannot reach root's",
      async () => {
        const become = await play(ansible, ws, "become.yml");
        assert.equal(become.code, 0, explain(become));
        // Routed, become takes the stock path: nobody's two counter tasks
        // are processes (root's are not).
        assertProcesses(ws, become.started, [
          "run counter.ts",
          "run counter.ts",
        ]);
        const root = resultOf(become, "counter root");
        const nobody = resultOf(become, "counter nobody");
        const rootAgain = resultOf(become, "counter root again");
        const nobodyAgain = resultOf(become, "counter nobody again");
        await noteDaemon(root.pid, "root");
        await noteDaemon(nobody.pid, "nobody");
        assert.deepEqual([root.uid, root.value], [0, 1]);
        assert.deepEqual([nobody.uid, nobody.value], [NOBODY_UID, 1]);
        assert.deepEqual([rootAgain.pid, rootAgain.value], [root.pid, 2]);
        assert.deepEqual([nobodyAgain.pid, nobodyAgain.value], [
          nobody.pid,
          2,
        ]);
        assert.notEqual(root.pid, nobody.pid);
        assertNoWarnings(nobody, "nobody's counter");
        assert.equal(await processUid(nobody.pid as number), NOBODY_UID);
        const probe = resultOf(become, "probe nobody");
        assert.equal(probe.uid, NOBODY_UID);
        const probes = probe.probes as Result[];
        assert.ok(probes.length >= 1, "root's socket was found");
        for (const p of probes) {
          assert.equal(p.connect, "PermissionDenied", JSON.stringify(p));
          assert.equal(p.token, "PermissionDenied", JSON.stringify(p));
        }
        const nobodyDir = await Deno.lstat(
          join(ws.rtShared, `ansible-turbo-${NOBODY_UID}`),
        );
        assert.equal(nobodyDir.uid, NOBODY_UID);
        assert.equal((nobodyDir.mode ?? 0) & 0o777, 0o700);
      },
    );

    await t.step(
      "only the daemons tasks reported run; stopped, none and no socket is left",
      async () => {
        const alive = (await processesMentioning(ws.dir)).sort();
        const unknown = alive.filter((pid) => !daemonPids.has(pid));
        assert.deepEqual(unknown, [], "daemons nobody reported");
        // SIGTERM, as a service manager would: each daemon removes its socket.
        const killed = await stopDaemonsUnder(ws.dir);
        assert.deepEqual(killed, [], "daemons that ignored SIGTERM");
        assert.deepEqual(await processesMentioning(ws.dir), []);
        assert.deepEqual(await socketsUnder(ws.dir), []);
      },
    );
  } finally {
    await stopDaemonsUnder(ws.dir);
    await Deno.remove(ws.dir, { recursive: true }).catch(() => {});
  }
  assert.deepEqual(await processesMentioning(basename(ws.dir)), []);
}

/** Failures, turbo and plain side by side: the same as Ansible shows them. */
function failures(main: PlayRun, ansible: Ansible, counterPid: unknown): void {
  const pair = (name: string) => {
    const turbo = resultOf(main, `${name} turbo`);
    const plain = resultOf(main, `${name} plain`);
    assert.deepEqual(comparable(turbo), comparable(plain), name);
    return turbo;
  };
  const failJson = pair("fail_json");
  assert.equal(failJson.failed, true);
  assert.equal(failJson.msg, "Keypair not found");
  assert.equal(failJson.name, "k1");
  assert.deepEqual(failJson.details, { code: 42, retry: false });
  assert.equal(failJson.pid, undefined);
  const thrown = pair("throw");
  assert.equal(thrown.failed, true);
  assert.equal(thrown.msg, "unexpected boom: disk on fire");
  if (ansible.label === "2.14") {
    // 2.19 shows "(traceback unavailable)" for any module's stack.
    assert.match(String(thrown.exception), /unexpected boom/);
  }
  const choice = pair("invalid choice");
  assert.equal(
    choice.msg,
    "value of mode must be one of: ok, fail_json, throw, got: bogus",
  );
  const int = pair("invalid int");
  assert.match(
    String(int.msg),
    /^argument 'count' is of type <class 'str'> and we were unable to convert to int/,
  );
  const missing = pair("missing required");
  assert.equal(missing.msg, "missing required arguments: mode");
  const junkBefore = pair("junk before result");
  assert.equal(junkBefore.failed ?? false, false);
  assert.equal(junkBefore.value, "after the junk");
  const junkOnly = pair("junk only");
  assert.equal(junkOnly.failed, true);
  // Each version's own words for output without a result.
  assert.match(
    String(junkOnly.msg),
    ansible.label === "2.14"
      ? /^MODULE FAILURE/
      : /^Module result deserialization failed/,
  );
  assert.match(
    String(junkOnly.module_stdout),
    /junk on stdout from the module/,
  );
  assert.match(
    String(junkOnly.module_stderr),
    /junk on stderr from the module/,
  );
  const ok = resultOf(main, "failing ok after failures");
  assert.equal(ok.failed ?? false, false);
  assert.equal(ok.pid, counterPid);
  const counter = resultOf(main, "counter after failures");
  assert.equal(counter.pid, counterPid);
  assert.equal(counter.value, 12);
}
