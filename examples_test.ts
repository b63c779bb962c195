/**
 * Tests of the examples: `slow_init.ts` plain and in turbo mode, its auth
 * server, and the demo, each task run as Ansible runs it.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DENO,
  ROOT,
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
} from "./_test_harness.ts";
import {
  type AuthServer,
  fetchAuthStats,
  startAuthServer,
} from "./examples/_auth_server.ts";

const SLOW_INIT = "examples/slow_init.ts";
const PASSWORD = "s3cret-Pa55word";
const PLAIN = { ANSIBLE_TURBO_DISABLE: "1" };
// The daemon must outlive the test whatever the caller's environment says.
const TURBO = { ANSIBLE_TURBO_DISABLE: "0", ANSIBLE_TURBO_LOOKUP_TTL: "60" };

async function slowInit(
  box: Sandbox,
  server: AuthServer,
  env: Record<string, string>,
  password = PASSWORD,
): Promise<RunOutcome & { result: Record<string, unknown> }> {
  const outcome = await runAsAnsible(SLOW_INIT, {
    sandbox: box,
    env,
    args: { auth_url: server.url, username: "demo", password },
  });
  assert.ok(
    outcome.result,
    `no JSON result; stdout: ${outcome.stdout} stderr: ${outcome.stderr}`,
  );
  // The password is no_log: it must not show anywhere in what Ansible reads.
  assert.ok(!outcome.stdout.includes(password), outcome.stdout);
  assert.ok(!outcome.stderr.includes(password), outcome.stderr);
  return outcome as RunOutcome & { result: Record<string, unknown> };
}

function withoutWarnings(
  result: Record<string, unknown>,
): Record<string, unknown> {
  // Plain mode adds a warning saying that turbo mode was disabled.
  const { warnings: _warnings, ...rest } = result;
  return rest;
}

Deno.test("slow_init returns the same fields plain and in turbo mode", async () => {
  await using box = await sandbox();
  await using server = startAuthServer();
  const plain = await slowInit(box, server, PLAIN);
  const turbo = await slowInit(box, server, TURBO);
  for (const outcome of [plain, turbo]) {
    assert.equal(outcome.code, 0, outcome.stdout + outcome.stderr);
    assert.equal(outcome.result.failed, undefined);
  }
  assert.deepEqual(
    Object.keys(withoutWarnings(turbo.result)).sort(),
    Object.keys(withoutWarnings(plain.result)).sort(),
  );
  assert.deepEqual(turbo.result.warnings, undefined);
  for (
    const key of [
      "changed",
      "authenticated_now",
      "username",
      "sdk_version",
      "sdk_resources",
      "invocation",
    ]
  ) {
    assert.deepEqual(turbo.result[key], plain.result[key], key);
  }
  assert.equal(plain.result.changed, false);
  assert.equal(plain.result.authenticated_now, true);
  assert.equal(plain.result.username, "demo");
  assert.equal(typeof plain.result.session_age_ms, "number");
  assert.deepEqual(plain.result.invocation, {
    module_args: {
      auth_url: server.url,
      username: "demo",
      password: "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
    },
  });
  // Plain runs in the task's own process, turbo in the daemon.
  assert.notEqual(plain.result.pid, turbo.result.pid);
  assert.deepEqual(await box.daemonPids(), [turbo.result.pid]);
});

Deno.test("slow_init logs in once for N turbo tasks, N times for N plain ones", async () => {
  const tasks = 4;
  await using box = await sandbox();
  await using server = startAuthServer();

  const plain: Record<string, unknown>[] = [];
  for (let i = 0; i < tasks; i++) {
    plain.push((await slowInit(box, server, PLAIN)).result);
  }
  assert.equal(server.authentications, tasks);
  assert.deepEqual(plain.map((r) => r.authenticated_now), [
    true,
    true,
    true,
    true,
  ]);
  assert.equal(new Set(plain.map((r) => r.pid)).size, tasks);
  assert.deepEqual(await box.daemonPids(), []);

  const turbo: Record<string, unknown>[] = [];
  for (let i = 0; i < tasks; i++) {
    turbo.push((await slowInit(box, server, TURBO)).result);
  }
  assert.equal(server.authentications - tasks, 1);
  assert.equal((await fetchAuthStats(server.url)).authentications, tasks + 1);
  assert.deepEqual(turbo.map((r) => r.authenticated_now), [
    true,
    false,
    false,
    false,
  ]);
  const pids = new Set(turbo.map((r) => r.pid));
  assert.equal(pids.size, 1, `turbo tasks ran in pids ${[...pids]}`);
  assert.deepEqual(await box.daemonPids(), [...pids]);
  // The same session, growing older.
  const ages = turbo.map((r) => Number(r.session_age_ms));
  assert.deepEqual([...ages].sort((a, b) => a - b), ages);
  assert.ok(ages[tasks - 1] > ages[0], `session ages ${ages}`);
});

Deno.test("slow_init fails on a wrong password without leaking it, and does not cache the failure", async () => {
  await using box = await sandbox();
  await using server = startAuthServer({ password: PASSWORD, delayMs: 50 });
  for (const env of [PLAIN, TURBO]) {
    const wrong = await slowInit(box, server, env, "not-the-Pa55word");
    assert.equal(wrong.code, 1);
    assert.equal(wrong.result.failed, true);
    assert.match(
      String(wrong.result.msg),
      /^Could not log in to http:\/\/127\.0\.0\.1:\d+ as demo: .*401/,
    );
    const right = await slowInit(box, server, env);
    assert.equal(right.code, 0, right.stdout + right.stderr);
    assert.equal(right.result.authenticated_now, true);
  }
  assert.equal(server.rejected, 2);
  assert.equal(server.authentications, 2);
});

Deno.test("slow_init in the daemon logs in again when the API forgets its session, and never caches a failed login", async () => {
  await using box = await sandbox();
  const first = startAuthServer({ delayMs: 50 });
  const port = first.port;
  const run = async (username: string) =>
    (await runAsAnsible(SLOW_INIT, {
      sandbox: box,
      env: TURBO,
      args: { auth_url: first.url, username, password: PASSWORD },
    })).result;
  try {
    assert.equal((await run("demo"))?.authenticated_now, true);
  } finally {
    await first.shutdown();
  }
  // The API is down: the cached session cannot be checked, a new login fails.
  assert.match(String((await run("demo"))?.msg), /^Could not log in/);
  assert.match(String((await run("other"))?.msg), /^Could not log in/);
  // Back up on the same address, with none of the old tokens.
  await using second = startAuthServer({ delayMs: 50, port });
  const again = await run("demo");
  assert.equal(again?.authenticated_now, true, JSON.stringify(again));
  assert.equal((await run("demo"))?.authenticated_now, false);
  assert.equal((await run("other"))?.authenticated_now, true);
  assert.equal(second.authentications, 2);
  assert.equal((await box.daemonPids()).length, 1);
});

Deno.test("the auth server is slow to issue tokens, and counts them", async () => {
  await using server = startAuthServer();
  const login = async (password: string) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/v1/auth/token`, {
      method: "POST",
      body: JSON.stringify({ username: "demo", password }),
    });
    const body = await response.json();
    return { status: response.status, body, ms: performance.now() - started };
  };
  const ok = await login("x");
  assert.equal(ok.status, 200);
  assert.ok(ok.ms >= 290, `the token came after ${ok.ms} ms`);
  assert.equal(typeof ok.body.token, "string");
  assert.equal((await login("")).status, 401);
  assert.equal(server.authentications, 1);
  assert.equal(server.rejected, 1);

  const whoami = async (token: string) => {
    const response = await fetch(`${server.url}/v1/whoami`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: await response.json() };
  };
  assert.deepEqual(await whoami(ok.body.token), {
    status: 200,
    body: { username: "demo" },
  });
  assert.equal((await whoami("forged")).status, 401);
  const missing = await fetch(`${server.url}/nowhere`);
  assert.equal(missing.status, 404);
  await missing.body?.cancel();
  assert.deepEqual(await fetchAuthStats(server.url), {
    authentications: 1,
    rejected: 1,
    requests: 6,
  });
});

Deno.test("the demo runs end to end, prints its table and leaves no daemon", async () => {
  await using box = await sandbox();
  // The demo's own sandbox lands inside ours, so our checks see its daemons.
  const tmp = join(box.dir, "tmp");
  await Deno.mkdir(tmp);
  const output = await new Deno.Command(DENO, {
    args: ["run", "--allow-all", "examples/demo.ts", "--quick"],
    cwd: ROOT,
    env: { TMPDIR: tmp },
    stdin: "null",
  }).output();
  const stdout = new TextDecoder().decode(output.stdout);
  const stderr = new TextDecoder().decode(output.stderr);
  assert.equal(output.code, 0, `stdout: ${stdout}\nstderr: ${stderr}`);
  assert.deepEqual(await box.daemonPids(), [], "the demo left daemons");
  assert.match(stdout, /\| slow_init, 3 tasks\s+\|\s+plain \|\s+turbo \|/);
  assert.match(stdout, /\| first task\s+\|\s+\d+ ms \|\s+\d+ ms \|/);
  assert.match(stdout, /\| median of the rest\s+\|\s+\d+ ms \|\s+\d+ ms \|/);
  assert.match(stdout, /\| total\s+\|\s+\d+ ms \|\s+\d+ ms \|/);
  assert.match(stdout, /\| authentications\s+\|\s+3 \|\s+1 \|/);
  assert.match(stdout, /speed-up: \d+\.\dx per task after the first/);
  // Its sandbox was removed, not left behind in ours.
  assert.deepEqual(await Array.fromAsync(Deno.readDir(tmp)), []);
});
