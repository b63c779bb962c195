/**
 * End to end: real `ansible-playbook` runs the fixture modules of
 * `testdata/ansible/` on this machine (`connection: local`), turbo and
 * plain, on ansible-core 2.14 and 2.19, and every scenario is checked on the
 * registered results (the `json` stdout callback).
 *
 * Modules start with a one-word shebang, the launcher that
 * `mod.ts install-launcher` writes: 2.19 takes the whole shebang line as one
 * interpreter path, so `#!/usr/bin/env -S deno run` fails there.
 *
 * 2.14 is `/usr/bin/ansible-playbook`; 2.19 is the tree that
 * `.ci/install_ansible.sh` unpacks (`$ANSIBLE_219_DIR`, else
 * `.cache/ansible-2.19/root`). With CI=true a missing version fails.
 *
 * @module
 */

import assert from "node:assert/strict";
import { basename, dirname, join } from "node:path";
import { installLauncher } from "./_cli.ts";
import {
  DENO,
  portableSource,
  processesMentioning,
  ROOT,
  stopDaemonsUnder,
} from "./_test_harness.ts";

const CI = Deno.env.get("CI") === "true";
const FIXTURES = join(ROOT, "testdata", "ansible");
const SECRET = "e2e-Hunter2-4f9c1b"; // also in playbooks/main.yml
const NO_LOG_MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";
const NOBODY_UID = 65534;
const PLAYBOOK_TIMEOUT_MS = 180_000;

type Result = Record<string, unknown>;

/** One Ansible version under test. */
interface Ansible {
  label: string;
  command: string[];
  env: Record<string, string>;
  /** Why it cannot run here, when it cannot. */
  missing?: string;
}

async function ansibleVersions(): Promise<Ansible[]> {
  const dir219 = Deno.env.get("ANSIBLE_219_DIR") ||
    join(ROOT, ".cache", "ansible-2.19", "root");
  const versions: Ansible[] = [
    { label: "2.14", command: ["/usr/bin/ansible-playbook"], env: {} },
    {
      label: "2.19",
      // Debian's python3: its packages are the ones 2.19's .deb depends on.
      command: ["/usr/bin/python3", join(dir219, "usr/bin/ansible-playbook")],
      env: { PYTHONPATH: join(dir219, "usr/lib/python3/dist-packages") },
    },
  ];
  for (const version of versions) {
    try {
      const out = await new Deno.Command(version.command[0], {
        args: [...version.command.slice(1), "--version"],
        env: version.env,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const text = new TextDecoder().decode(out.stdout);
      if (!out.success || !text.includes(`core ${version.label}.`)) {
        version.missing = `${
          version.command.join(" ")
        } is not ansible-core ${version.label}: ${text.split("\n")[0]}${
          new TextDecoder().decode(out.stderr).slice(0, 300)
        }`;
      }
    } catch (error) {
      version.missing = `${version.command.join(" ")}: ${
        (error as Error).message
      }`;
    }
  }
  return versions;
}

/** A fresh directory laid out as a user's Ansible project. */
interface Workspace {
  dir: string;
  play: string;
  launcher: string;
  rt: string;
  rt2: string;
  rtTtl: string;
  rtShared: string;
  out: string;
}

const TURBO_FIXTURES = [
  "counter",
  "no_check",
  "failing",
  "junk",
  "env_reader",
  "cwd_reader",
  "secret",
];
const PLAIN_TWINS = ["failing", "junk", "env_reader", "cwd_reader"];

async function makeWorkspace(): Promise<Workspace> {
  const dir = await Deno.makeTempDir({ prefix: "ate-" });
  // Open to other users, so that the `become` scenario's nobody can reach
  // the playbook's directory (its cwd) and the shared remote_tmp.
  await Deno.chmod(dir, 0o755);
  const ws: Workspace = {
    dir,
    play: join(dir, "play"),
    launcher: join(dir, "bin", "deno-ansible"),
    rt: join(dir, "rt"),
    rt2: join(dir, "rt2"),
    rtTtl: join(dir, "rt-ttl"),
    rtShared: join(dir, "rt-shared"),
    out: join(dir, "out"),
  };
  await installLauncher(ws.launcher, DENO);
  const library = join(ws.play, "library");
  const collection = join(
    ws.play,
    "collections/ansible_collections/testns/turbo/plugins/modules",
  );
  await Deno.mkdir(library, { recursive: true });
  await Deno.mkdir(collection, { recursive: true });
  await Deno.mkdir(join(ws.play, "data"));
  await Deno.mkdir(ws.out);
  await Deno.mkdir(ws.rtShared);
  await Deno.chmod(ws.rtShared, 0o1777); // like /tmp: shared, sticky
  for await (const entry of Deno.readDir(join(FIXTURES, "playbooks"))) {
    if (entry.isFile) {
      await Deno.copyFile(
        join(FIXTURES, "playbooks", entry.name),
        join(ws.play, entry.name),
      );
    }
  }
  await Deno.copyFile(
    join(FIXTURES, "playbooks/data/marker.txt"),
    join(ws.play, "data/marker.txt"),
  );
  for (const name of ["inventory", "parallel_inventory"]) {
    const text = await Deno.readTextFile(join(FIXTURES, `${name}.ini.tmpl`));
    await Deno.writeTextFile(
      join(dir, `${name}.ini`),
      text.replaceAll("@WORK@", dir),
    );
  }
  const write = (path: string, source: string) =>
    Deno.writeTextFile(path, source, { mode: 0o644 });
  const hello = await portableSource("examples/hello.ts");
  await write(join(library, "hello.ts"), withShebang(hello, ws.launcher));
  await write(join(library, "hello_env.ts"), hello); // its env -S shebang
  for (const name of [...TURBO_FIXTURES, "socket_probe"]) {
    const source = withShebang(
      await portableSource(join(FIXTURES, "modules", `${name}.ts`)),
      ws.launcher,
    );
    await write(join(library, `${name}.ts`), source);
    if (PLAIN_TWINS.includes(name)) {
      await write(join(library, `${name}_plain.ts`), plainTwin(source));
    }
    if (name === "counter") await write(join(collection, "counter.ts"), source);
  }
  return ws;
}

/** The module with its first line replaced by `#!launcher`. */
function withShebang(source: string, launcher: string): string {
  assert.match(source, /^#!.*\n/);
  return source.replace(/^#!.*\n/, `#!${launcher}\n`);
}

/** The same module without turbo: the one import that differs. */
function plainTwin(source: string): string {
  const turbo = "AnsibleTurboModule as AnsibleModule";
  assert.ok(source.includes(turbo), "a turbo fixture imports its module so");
  return source.replace(turbo, "AnsibleModule");
}

interface PlayRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Task name → host → registered result. */
  tasks: Map<string, Record<string, Result>>;
}

async function runPlaybook(
  ansible: Ansible,
  ws: Workspace,
  playbook: string,
  options: {
    inventory?: string;
    args?: string[];
    env?: Record<string, string>;
  } = {},
): Promise<PlayRun> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    // The test decides Ansible's and turbo's settings, not the caller's shell.
    if (!key.startsWith("ANSIBLE_") && key !== "PYTHONPATH") env[key] = value;
  }
  Object.assign(env, ansible.env, {
    // `deno` on PATH only for the env-shebang record.
    PATH: `${dirname(DENO)}:${env.PATH ?? "/usr/bin:/bin"}`,
    ANSIBLE_STDOUT_CALLBACK: "json",
    ANSIBLE_LOCAL_TEMP: join(ws.dir, "local-tmp"),
    ANSIBLE_RETRY_FILES_ENABLED: "false",
    ANSIBLE_NOCOLOR: "1",
    ANSIBLE_FORCE_COLOR: "0",
  }, options.env);
  const output = await new Deno.Command(ansible.command[0], {
    args: [
      ...ansible.command.slice(1),
      "-i",
      join(ws.dir, options.inventory ?? "inventory.ini"),
      ...(options.args ?? []),
      join(ws.play, playbook),
    ],
    cwd: ws.dir, // not the playbook's directory: Ansible itself must give that
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(PLAYBOOK_TIMEOUT_MS),
  }).output();
  const stdout = new TextDecoder().decode(output.stdout);
  const stderr = new TextDecoder().decode(output.stderr);
  const tasks = new Map<string, Record<string, Result>>();
  const start = stdout.indexOf("{");
  if (start >= 0) {
    const json = JSON.parse(stdout.slice(start)) as {
      plays: {
        tasks: { task: { name: string }; hosts: Record<string, Result> }[];
      }[];
    };
    for (const play of json.plays) {
      for (const { task, hosts } of play.tasks) {
        const seen = tasks.get(task.name);
        tasks.set(task.name, { ...seen, ...hosts });
      }
    }
  }
  return { code: output.code, stdout, stderr, tasks };
}

/** A summary of a run that did not succeed: its failed tasks and stderr's end. */
function explain(run: PlayRun): string {
  const failed: string[] = [];
  for (const [name, hosts] of run.tasks) {
    for (const [host, result] of Object.entries(hosts)) {
      if (result.failed || result.unreachable) {
        failed.push(
          `${name} on ${host}: ${JSON.stringify(result).slice(0, 1500)}`,
        );
      }
    }
  }
  return `exit code ${run.code}; failed tasks (some may be ignored):\n${
    failed.join("\n")
  }\nstderr:\n${run.stderr.slice(-2000)}`;
}

/** The single host's result of `task`, failing clearly when absent. */
function resultOf(run: PlayRun, task: string, host = "localhost"): Result {
  const result = run.tasks.get(task)?.[host];
  assert.ok(
    result,
    `no result for task "${task}" on ${host}; stderr:\n${
      run.stderr.slice(-3000)
    }`,
  );
  return result;
}

function loopResults(result: Result): Result[] {
  assert.ok(Array.isArray(result.results), "a loop registers results");
  return result.results as Result[];
}

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

async function isDaemon(pid: unknown): Promise<boolean> {
  try {
    const cmdline = await Deno.readTextFile(`/proc/${pid}/cmdline`);
    return cmdline.includes("--ansible-turbo-daemon");
  } catch {
    return false;
  }
}

async function processUid(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
}

async function socketsUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string) => {
    for await (const entry of Deno.readDir(path)) {
      const child = join(path, entry.name);
      if (entry.isDirectory) await walk(child);
      else if (entry.name.endsWith(".sock")) found.push(child);
    }
  };
  await walk(dir).catch(() => {});
  return found.sort();
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

for (const ansible of await ansibleVersions()) {
  Deno.test({
    name:
      `ansible-core ${ansible.label} runs TypeScript modules, plain and turbo`,
    ignore: ansible.missing !== undefined && !CI,
    fn: async (t) => {
      if (ansible.missing !== undefined) {
        throw new Error(
          `ansible-core ${ansible.label} is missing (run .ci/install_ansible.sh): ${ansible.missing}`,
        );
      }
      const ws = await makeWorkspace();
      /** Every daemon pid a task reported: nothing else may be left running. */
      const daemonPids = new Set<number>();
      const noteDaemon = async (pid: unknown, what: string) => {
        assert.ok(await isDaemon(pid), `${what}: pid ${pid} is no daemon`);
        daemonPids.add(pid as number);
      };
      try {
        const main = await runPlaybook(ansible, ws, "main.yml");
        assert.equal(main.code, 0, explain(main));
        const counterPid = loopResults(resultOf(main, "counter x10"))[0].pid;

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
          () => {
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
          },
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
          const check = await runPlaybook(ansible, ws, "check.yml", {
            args: ["--check", "--diff"],
          });
          assert.equal(check.code, 0, explain(check));
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
            const parallel = await runPlaybook(ansible, ws, "parallel.yml", {
              inventory: "parallel_inventory.ini",
              args: ["--forks", "10"],
            });
            assert.equal(parallel.code, 0, explain(parallel));
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
            const short = await runPlaybook(ansible, ws, "ttl.yml", {
              env: { ANSIBLE_TURBO_LOOKUP_TTL: "2" },
            });
            assert.equal(short.code, 0, explain(short));
            const first = resultOf(short, "counter ttl");
            assert.equal(first.value, 1);
            assert.ok(await isDaemon(first.pid));
            const gone = await waitFor(
              async () =>
                !(await isDaemon(first.pid)) &&
                (await socketsUnder(ws.rtTtl)).length === 0,
              6000,
            );
            assert.ok(gone, "the TTL=2 daemon or its socket outlived 6 s");
            const runs = [];
            for (let i = 0; i < 2; i++) {
              const run = await runPlaybook(ansible, ws, "ttl.yml");
              assert.equal(run.code, 0, explain(run));
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
            const become = await runPlaybook(ansible, ws, "become.yml");
            assert.equal(become.code, 0, explain(become));
            const root = resultOf(become, "counter root");
            const nobody = resultOf(become, "counter nobody");
            const rootAgain = resultOf(become, "counter root again");
            const nobodyAgain = resultOf(become, "counter nobody again");
            assert.deepEqual([root.uid, root.value], [0, 1]);
            assert.deepEqual([nobody.uid, nobody.value], [NOBODY_UID, 1]);
            assert.deepEqual([rootAgain.pid, rootAgain.value], [root.pid, 2]);
            assert.deepEqual([nobodyAgain.pid, nobodyAgain.value], [
              nobody.pid,
              2,
            ]);
            assert.notEqual(root.pid, nobody.pid);
            assertNoWarnings(nobody, "nobody's counter");
            await noteDaemon(root.pid, "root");
            await noteDaemon(nobody.pid, "nobody");
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
    },
  });
}
