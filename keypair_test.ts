import assert from "node:assert/strict";
import { join } from "node:path";
import {
  type CloudHandle,
  type CloudOptions,
  startCloud,
} from "./examples/cloud_api.ts";
import {
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
} from "./_test_harness.ts";

const MODULE =
  "examples/collection/ansible_collections/example/cloud/plugins/modules/keypair.ts";
// A key unlike any other string in the output, so a leak cannot hide.
const API_KEY = `sk-test-${crypto.randomUUID()}`;
const PLAIN = { ANSIBLE_TURBO_DISABLE: "1" };

function publicKey(i: number, variant = "a"): string {
  return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${variant}${i} user${i}@example`;
}

async function cloudIn(
  box: Sandbox,
  options: Partial<CloudOptions> = {},
): Promise<CloudHandle> {
  return await startCloud({
    dataDir: join(box.dir, "cloud"),
    apiKeys: [API_KEY],
    ...options,
  });
}

interface TaskOptions {
  env?: Record<string, string>;
  internal?: Record<string, unknown>;
  apiKey?: string;
}

/** A function running one keypair task as Ansible would, checking no secret got out. */
function tasks(
  box: Sandbox,
  cloud: CloudHandle,
): (
  args: Record<string, unknown>,
  options?: TaskOptions,
) => Promise<RunOutcome> {
  return async (args, options = {}) => {
    const apiKey = options.apiKey ?? API_KEY;
    const outcome = await runAsAnsible(MODULE, {
      sandbox: box,
      args: { api_url: cloud.url, api_key: apiKey, ...args },
      env: options.env,
      internal: options.internal,
    });
    for (const text of [outcome.stdout, outcome.stderr]) {
      assert.ok(!text.includes(apiKey), "the API key leaked into the output");
    }
    return outcome;
  };
}

/** Result of a task that must have succeeded. */
function ok(outcome: RunOutcome): Record<string, unknown> {
  assert.ok(
    outcome.result && !outcome.result.failed,
    `task failed: ${outcome.stdout}${outcome.stderr}`,
  );
  return outcome.result;
}

async function stats(cloud: CloudHandle): Promise<Record<string, number>> {
  return await (await fetch(`${cloud.url}/v1/stats`)).json();
}

/** Runs tasks one after the other, like a playbook; returns results and ms per task. */
async function sequence(
  count: number,
  task: (i: number) => Promise<RunOutcome>,
): Promise<{ results: Record<string, unknown>[]; msPerTask: number }> {
  const results: Record<string, unknown>[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) results.push(ok(await task(i)));
  return { results, msPerTask: (performance.now() - started) / count };
}

Deno.test("keypair: 20 turbo tasks cost one authentication; a second run changes nothing", async () => {
  await using box = await sandbox();
  await using cloud = await cloudIn(box);
  const keypair = tasks(box, cloud);
  const first = await sequence(
    20,
    (i) => keypair({ name: `key-${i}`, public_key: publicKey(i) }),
  );
  assert.ok(first.results.every((r) => r.changed === true));
  assert.ok(
    first.results.every((r) => r.warnings === undefined),
    "no fallback",
  );
  assert.equal(cloud.counters.authentications, 1);
  assert.equal((await stats(cloud)).authentications, 1);
  const second = await sequence(
    20,
    (i) => keypair({ name: `key-${i}`, public_key: publicKey(i) }),
  );
  assert.ok(second.results.every((r) => r.changed === false));
  assert.equal(cloud.counters.authentications, 1);
  assert.equal(cloud.counters.writes, 20);
  console.log(
    `turbo: 20 tasks, ${cloud.counters.authentications} authentication, ` +
      `${
        first.msPerTask.toFixed(0)
      } ms/task (first run, daemon start included), ` +
      `${second.msPerTask.toFixed(0)} ms/task (second run)`,
  );
});

Deno.test("keypair: 20 plain tasks cost 20 authentications", async () => {
  await using box = await sandbox();
  await using cloud = await cloudIn(box);
  const keypair = tasks(box, cloud);
  const run = await sequence(
    20,
    (i) =>
      keypair({ name: `key-${i}`, public_key: publicKey(i) }, {
        env: PLAIN,
      }),
  );
  assert.ok(run.results.every((r) => r.changed === true));
  assert.ok(
    run.results.every((r) => String(r.warnings).includes("disabled")),
    "each task ran in its own process",
  );
  assert.equal(cloud.counters.authentications, 20);
  assert.equal((await stats(cloud)).authentications, 20);
  assert.deepEqual(await box.daemonPids(), []);
  console.log(
    `plain: 20 tasks, ${cloud.counters.authentications} authentications, ` +
      `${run.msPerTask.toFixed(0)} ms/task`,
  );
});

Deno.test("keypair: an expired token is renewed transparently", async () => {
  await using box = await sandbox();
  // Long enough for a task under load, short enough for a test.
  await using cloud = await cloudIn(box, { tokenTtl: 2 });
  const keypair = tasks(box, cloud);
  ok(await keypair({ name: "k1", public_key: publicKey(1) }));
  assert.equal(cloud.counters.authentications, 1);
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const renewed = ok(
    await keypair({ name: "k2", public_key: publicKey(2) }),
  );
  assert.equal(renewed.changed, true);
  assert.equal(cloud.counters.rejectedTokens, 1, "the old token was refused");
  assert.equal(cloud.counters.authentications, 2);
  // A rotation on the server side, mid-run: same story.
  cloud.expireTokens();
  const after = ok(
    await keypair({ name: "k1", state: "absent" }),
  );
  assert.equal(after.changed, true);
  assert.equal(cloud.counters.authentications, 3);
});

Deno.test("keypair: check mode changes nothing on the server; diff only when asked", async () => {
  await using box = await sandbox();
  await using cloud = await cloudIn(box);
  const keypair = tasks(box, cloud);
  ok(await keypair({ name: "keep", public_key: publicKey(1) }));
  ok(await keypair({ name: "gone", public_key: publicKey(2) }));
  const before = await listKeypairs(cloud);
  const writes = cloud.counters.writes;
  const check = { _ansible_check_mode: true, _ansible_diff: true };

  const create = ok(
    await keypair({ name: "new", public_key: publicKey(3) }, {
      internal: check,
    }),
  );
  assert.equal(create.changed, true);
  assert.deepEqual(create.diff, {
    before: { state: "absent" },
    after: { name: "new", public_key: publicKey(3), state: "present" },
  });
  const replace = ok(
    await keypair({ name: "keep", public_key: publicKey(1, "b") }, {
      internal: check,
    }),
  );
  assert.equal(replace.changed, true);
  const remove = ok(
    await keypair({ name: "gone", state: "absent" }, {
      internal: check,
    }),
  );
  assert.equal(remove.changed, true);
  assert.deepEqual(remove.diff, {
    before: { name: "gone", public_key: publicKey(2), state: "present" },
    after: { state: "absent" },
  });
  const same = ok(
    await keypair({ name: "keep", public_key: publicKey(1) }, {
      internal: check,
    }),
  );
  assert.equal(same.changed, false);

  assert.equal(cloud.counters.writes, writes);
  assert.deepEqual(await listKeypairs(cloud), before);
  const noDiff = ok(
    await keypair({ name: "keep", public_key: publicKey(1, "c") }, {
      internal: { _ansible_check_mode: true },
    }),
  );
  assert.equal("diff" in noDiff, false);
});

Deno.test("keypair: 50 parallel turbo tasks cost one authentication", async () => {
  await using box = await sandbox();
  await using cloud = await cloudIn(box);
  const keypair = tasks(box, cloud);
  const outcomes = await Promise.all(
    Array.from(
      { length: 50 },
      (_, i) => keypair({ name: `key-${i}`, public_key: publicKey(i) }),
    ),
  );
  const results = outcomes.map(ok);
  assert.ok(results.every((r) => r.changed === true));
  assert.ok(results.every((r) => r.warnings === undefined), "no fallback");
  assert.equal(cloud.counters.authentications, 1);
  assert.equal((await listKeypairs(cloud)).length, 50);
});

Deno.test("keypair: a wrong API key fails the task, is not cached, is not shown", async () => {
  await using box = await sandbox();
  await using cloud = await cloudIn(box);
  const keypair = tasks(box, cloud);
  const wrong = `sk-wrong-${crypto.randomUUID()}`;
  const failed = await keypair({
    name: "k1",
    public_key: publicKey(1),
  }, { apiKey: wrong });
  assert.equal(failed.result?.failed, true);
  assert.equal(
    failed.result?.msg,
    "keypair k1: authentication failed: 401 invalid API key",
  );
  assert.equal(
    (failed.result?.invocation as { module_args: Record<string, unknown> })
      .module_args.api_key,
    "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
  );
  assert.equal(cloud.counters.authFailures, 1);
  ok(await keypair({ name: "k1", public_key: publicKey(1) }));
  const again = await keypair({
    name: "k1",
    public_key: publicKey(1),
  }, { apiKey: wrong });
  assert.equal(again.result?.failed, true);
  assert.equal(cloud.counters.authFailures, 2, "a refused login is retried");
});

Deno.test("keypair: the cloud keeps its keypairs across a restart", async () => {
  await using box = await sandbox();
  {
    await using cloud = await cloudIn(box);
    const keypair = tasks(box, cloud);
    ok(await keypair({ name: "k1", public_key: publicKey(1) }));
  }
  await using cloud = await cloudIn(box);
  const keypair = tasks(box, cloud);
  const result = ok(
    await keypair({ name: "k1", public_key: publicKey(1) }),
  );
  assert.equal(result.changed, false);
  assert.equal(cloud.counters.writes, 0);
});

async function listKeypairs(cloud: CloudHandle): Promise<unknown[]> {
  const auth = await fetch(`${cloud.url}/v1/auth`, {
    method: "POST",
    body: JSON.stringify({ api_key: API_KEY }),
  });
  const { token } = await auth.json();
  const response = await fetch(`${cloud.url}/v1/keypairs`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return await response.json();
}
