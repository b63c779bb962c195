import assert from "node:assert/strict";
import { join } from "node:path";
import { cache, cacheKey, CacheKeyError } from "./_cache.ts";
import { MOD_URL, runAsAnsible, sandbox } from "./_test_harness.ts";

/** A resource that records how it was closed. */
class Resource {
  closed = 0;
  constructor(readonly id: number) {}
  close(): void {
    this.closed++;
  }
}

/** A promise with its resolvers, to hold a call in flight. */
function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

Deno.test("cache: one computation per structural key", async () => {
  let calls = 0;
  const cached = cache((x: unknown, y?: unknown) => ({ n: ++calls, x, y }));
  const a = await cached({ host: "h", port: 1 });
  assert.equal(await cached({ port: 1, host: "h" }), a, "key order is ignored");
  assert.equal(await cached({ port: 1, host: "h" }, undefined), a);
  assert.notEqual(await cached({ host: "h", port: "1" }), a, "1 is not '1'");
  assert.notEqual(await cached({ host: "h", port: 1 }, null), a);
  assert.notEqual(await cached([1, 2]), await cached([2, 1]));
  assert.equal(calls, 5);
  assert.equal(cached.size, 5);
});

Deno.test("cache: keys are hashed, with no argument in clear", () => {
  const key = cacheKey(["https://api", { password: "hunter2-s3cret" }]);
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(key, cacheKey(["https://api", { password: "hunter2-s3cret" }]));
  assert.notEqual(key, cacheKey(["https://api", { password: "other" }]));
  // Distinct types never collide, even when their JSON would.
  assert.notEqual(cacheKey([1n]), cacheKey(["b:1"]));
  assert.notEqual(cacheKey([new Date(0)]), cacheKey([0]));
  assert.notEqual(cacheKey([undefined]), cacheKey([null]));
  assert.notEqual(cacheKey([NaN]), cacheKey([null]));
  assert.notEqual(
    cacheKey([new Uint8Array([1])]),
    cacheKey([new Uint8Array([2])]),
  );
  // The same bytes in views of another kind are other arguments.
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const views = [
    bytes,
    new Int8Array(bytes.buffer),
    new Uint8ClampedArray(bytes.buffer),
    new Uint16Array(bytes.buffer),
    new Float32Array(bytes.buffer),
    new DataView(bytes.buffer),
  ];
  assert.equal(new Set(views.map((view) => cacheKey([view]))).size, 6);
  assert.equal(cacheKey([new Int8Array([1])]), cacheKey([new Int8Array([1])]));
});

Deno.test("cache: arguments without a stable key are refused, value not shown", async () => {
  const cached = cache((x: unknown) => x);
  class Credentials {
    constructor(readonly password: string) {}
  }
  for (const bad of [new Map(), new Credentials("hunter2"), () => 1]) {
    const error = await cached(bad).then(() => null, (e) => e);
    assert.ok(error instanceof CacheKeyError, String(error));
    assert.equal(error.name, "CacheKeyError");
    assert.doesNotMatch(error.message, /hunter2/);
  }
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  await assert.rejects(() => cached(circular), CacheKeyError);
  // A key option maps such arguments to plain data.
  let calls = 0;
  const keyed = cache((c: Credentials) => ({ n: ++calls, c }), {
    key: (c) => c.password,
  });
  await keyed(new Credentials("a"));
  await keyed(new Credentials("a"));
  assert.equal(calls, 1);
});

Deno.test("cache: concurrent calls share one in-flight call", async () => {
  let calls = 0;
  const gate = deferred<void>();
  const cached = cache(async (name: string) => {
    calls++;
    await gate.promise;
    return { name };
  });
  const all = Array.from({ length: 50 }, () => cached("s"));
  assert.ok(cached.has("s"), "an in-flight call counts");
  gate.resolve();
  const values = await Promise.all(all);
  assert.equal(calls, 1);
  assert.ok(values.every((v) => v === values[0]));
});

Deno.test("cache: a synchronous function is cached too", async () => {
  let calls = 0;
  const cached = cache((n: number) => n * 2 + ++calls * 0);
  assert.equal(await cached(2), 4);
  assert.equal(await cached(2), 4);
  assert.equal(calls, 1);
});

Deno.test("cache: a rejected call is not cached; all its waiters get the error", async () => {
  let calls = 0;
  const gate = deferred<void>();
  const cached = cache(async (n: number) => {
    calls++;
    if (calls === 1) {
      await gate.promise;
      throw new Error("login refused");
    }
    return n;
  });
  const first = cached(1);
  const second = cached(1);
  gate.resolve();
  await assert.rejects(first, /login refused/);
  await assert.rejects(second, /login refused/);
  assert.equal(cached.has(1), false);
  assert.equal(await cached(1), 1);
  assert.equal(calls, 2);
});

Deno.test("cache: a synchronous throw becomes a rejection, not cached", async () => {
  let calls = 0;
  const cached = cache((n: number) => {
    if (++calls === 1) throw new Error("boom");
    return n;
  });
  const result = cached(1); // must not throw synchronously
  await assert.rejects(result, /boom/);
  assert.equal(await cached(1), 1);
});

Deno.test("cache: ttl counts from when the value settled", async () => {
  let now = 0;
  let calls = 0;
  const gate = deferred<void>();
  const cached = cache(async () => {
    calls++;
    if (calls === 1) await gate.promise;
    return new Resource(calls);
  }, { ttl: 10, now: () => now });
  const first = cached();
  now = 60_000; // a slow login: the clock must not start before it ends
  gate.resolve();
  const a = await first;
  now += 9_999;
  assert.equal(await cached(), a);
  now += 1;
  const b = await cached();
  assert.notEqual(b, a);
  assert.equal(a.closed, 1, "the expired resource is closed");
  assert.equal(b.closed, 0);
  assert.equal(calls, 2);
});

Deno.test("cache: maxEntries evicts the least recently used and closes it", async () => {
  let calls = 0;
  const cached = cache((_name: string) => new Resource(++calls), {
    maxEntries: 2,
  });
  const a = await cached("a");
  const b = await cached("b");
  assert.equal(await cached("a"), a); // a is now the most recent
  const c = await cached("c");
  assert.equal(cached.size, 2);
  assert.equal(b.closed, 1, "b was least recently used");
  assert.equal(a.closed + c.closed, 0);
  assert.equal(await cached("a"), a);
  assert.notEqual(await cached("b"), b);
  assert.equal(calls, 4);
});

Deno.test("cache: maxEntries never evicts an in-flight call", async () => {
  const gate = deferred<void>();
  let calls = 0;
  const cached = cache(async (name: string) => {
    calls++;
    await gate.promise;
    return name;
  }, { maxEntries: 1 });
  const a = cached("a");
  const b = cached("b");
  assert.equal(cached.size, 2, "both in flight, neither evicted");
  gate.resolve();
  await Promise.all([a, b]);
  await cached("c");
  assert.equal(cached.size, 1);
  assert.equal(calls, 3);
});

Deno.test("cache: invalidate(args) drops one entry, invalidate() all, closing them", async () => {
  let calls = 0;
  const cached = cache((_name: string) => new Resource(++calls));
  const a = await cached("a");
  const b = await cached("b");
  await cached.invalidate("a");
  assert.equal(a.closed, 1);
  assert.equal(b.closed, 0);
  assert.notEqual(await cached("a"), a);
  assert.equal(await cached("b"), b);
  await cached.invalidate();
  assert.equal(cached.size, 0);
  assert.equal(b.closed, 1);
  await cached.invalidate("missing"); // no entry: nothing to do
});

Deno.test("cache: an entry invalidated in flight reaches its waiters, is not kept, is closed", async () => {
  const gate = deferred<void>();
  let calls = 0;
  const cached = cache(async () => {
    const n = ++calls;
    if (n === 1) await gate.promise;
    return new Resource(n);
  });
  const waiting = cached();
  await cached.invalidate();
  const fresh = await cached(); // does not wait for the invalidated call
  gate.resolve();
  const stale = await waiting;
  await tick();
  assert.equal(stale.id, 1);
  assert.equal(fresh.id, 2);
  assert.equal(stale.closed, 1);
  assert.equal(fresh.closed, 0);
  assert.equal(await cached(), fresh);
});

Deno.test("cache: discard(value) spares a newer entry for the same arguments", async () => {
  let calls = 0;
  const cached = cache(() => new Resource(++calls));
  const old = await cached();
  await cached.discard(old);
  const fresh = await cached();
  await cached.discard(old); // a second task reporting the same bad value
  assert.equal(await cached(), fresh);
  assert.equal(old.closed, 1);
  assert.equal(fresh.closed, 0);
});

class Unauthorized extends Error {
  constructor() {
    super("401 Unauthorized");
    this.name = "Unauthorized";
  }
}

Deno.test("cache: run() retries once with a fresh value when retryOn says so", async () => {
  let logins = 0;
  const session = cache(() => new Resource(++logins), {
    retryOn: (e) => e instanceof Unauthorized,
  });
  await session(); // a session that the server will reject
  const seen: number[] = [];
  const result = await session.run([], (s) => {
    seen.push(s.id);
    if (s.id === 1) throw new Unauthorized();
    return "ok";
  });
  assert.equal(result, "ok");
  assert.deepEqual(seen, [1, 2]);
  assert.equal(logins, 2);
  // A second failure is the caller's: no endless retry loop.
  let attempts = 0;
  await assert.rejects(
    session.run([], () => {
      attempts++;
      throw new Unauthorized();
    }),
    Unauthorized,
  );
  assert.equal(attempts, 2);
  // Other errors are not retried and keep the session.
  const before = await session();
  await assert.rejects(
    session.run([], () => {
      throw new Error("404");
    }),
    /404/,
  );
  assert.equal(await session(), before);
});

Deno.test("cache: tasks failing together on a stale session cause one new login", async () => {
  let logins = 0;
  const server = { valid: 1 };
  const session = cache(async () => {
    await tick();
    return new Resource(++logins);
  }, { retryOn: (e) => e instanceof Unauthorized });
  await session();
  server.valid = 2; // the token expired on the server
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      session.run([], async (s) => {
        await tick();
        if (s.id !== server.valid) throw new Unauthorized();
        return s.id;
      })),
  );
  assert.ok(results.every((id) => id === 2));
  assert.equal(logins, 2);
});

Deno.test("cache: close, Symbol.dispose and Symbol.asyncDispose; close errors ignored", async () => {
  const log: string[] = [];
  const values = [
    {
      close: () => log.push("close-not-preferred"),
      [Symbol.asyncDispose]: async () => {
        await tick();
        log.push("asyncDispose");
      },
    },
    { [Symbol.dispose]: () => log.push("dispose") },
    {
      close: () => {
        log.push("close");
        throw new Error("already closed");
      },
    },
  ];
  const cached = cache((i: number) => values[i]);
  for (let i = 0; i < values.length; i++) await cached(i);
  await cached.invalidate(); // waits for the async close; the throw is ignored
  assert.deepEqual(log.sort(), ["asyncDispose", "close", "dispose"]);
});

Deno.test("cache: a value held by two keys is closed when the last lets go", async () => {
  const shared = new Resource(1);
  const cached = cache((_name: string) => shared);
  await cached("a");
  await cached("b");
  await cached.invalidate("a");
  assert.equal(shared.closed, 0);
  await cached.invalidate("b");
  assert.equal(shared.closed, 1);
});

Deno.test("cache: the cached function is disposable", async () => {
  let resource: Resource;
  {
    await using cached = cache(() => new Resource(1));
    resource = await cached();
  }
  assert.equal(resource.closed, 1);
});

Deno.test("cache: caches with the same name share entries", async () => {
  let calls = 0;
  const login = () => new Resource(++calls);
  const name = `test.shared.${crypto.randomUUID()}`;
  const first = cache(login, { name });
  const second = cache(login, { name });
  assert.equal(await first(), await second());
  assert.equal(calls, 1);
  await second.invalidate();
  assert.equal(first.size, 0);
});

Deno.test("cache: bad options are refused", () => {
  assert.throws(() => cache(() => 1, { ttl: -1 }), RangeError);
  assert.throws(() => cache(() => 1, { ttl: NaN }), RangeError);
  assert.throws(() => cache(() => 1, { maxEntries: 0 }), RangeError);
  assert.throws(() => cache(() => 1, { maxEntries: 1.5 }), RangeError);
});

Deno.test("cache: resources still held are closed when a process exits", async () => {
  const dir = await Deno.makeTempDir({ prefix: "att-cache-" });
  try {
    const script = join(dir, "exit.ts");
    const marker = join(dir, "closed");
    await Deno.writeTextFile(
      script,
      `import { cache } from ${JSON.stringify(MOD_URL)};
const session = cache(() => ({
  close() { Deno.writeTextFileSync(${JSON.stringify(marker)}, "closed"); },
}));
await session();
Deno.exit(0);
`,
    );
    const { code } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", script],
      stdout: "null",
      stderr: "inherit",
    }).output();
    assert.equal(code, 0);
    assert.equal(await Deno.readTextFile(marker), "closed");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("cache: a daemon shares entries across tasks and awaits their async close when it exits", async () => {
  await using box = await sandbox();
  const marker = join(box.dir, "closed");
  const module = join(box.dir, "session_probe.ts");
  await Deno.writeTextFile(
    module,
    `// WANT_JSON
import { AnsibleTurboModule, cache } from ${JSON.stringify(MOD_URL)};
let logins = 0;
const session = cache((user: string, password: string) => ({
  login: ++logins,
  user,
  // Asynchronous on purpose: the daemon must wait for it before exiting.
  async [Symbol.asyncDispose]() {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Deno.writeTextFile(${JSON.stringify(marker)}, "closed");
  },
}));
export async function main(): Promise<void> {
  const module = await AnsibleTurboModule.create({
    argumentSpec: { user: { type: "str" }, password: { type: "str", no_log: true } },
  });
  const s = await session(String(module.params.user), String(module.params.password));
  module.exitJson({ login: s.login, logins, pid: Deno.pid });
}
if (import.meta.main) await main();
`,
  );
  const env = { ANSIBLE_TURBO_LOOKUP_TTL: "3" };
  const args = { user: "u", password: "p4ss" };
  const one = await runAsAnsible(module, { sandbox: box, args, env });
  const two = await runAsAnsible(module, { sandbox: box, args, env });
  assert.equal(one.result?.failed, undefined, one.stdout + one.stderr);
  assert.equal(two.result?.pid, one.result?.pid, "served by the same daemon");
  assert.equal(two.result?.login, 1);
  assert.equal(two.result?.logins, 1);
  // The daemon exits after its idle TTL, through Deno.exit().
  const deadline = Date.now() + 15_000;
  while ((await box.daemonPids()).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(await box.daemonPids(), []);
  assert.equal(await Deno.readTextFile(marker), "closed");
});

Deno.test("cache: a value evicted or expired while a task uses it closes only once that task ended", async () => {
  await using box = await sandbox();
  const module = join(box.dir, "lease_probe.ts");
  await Deno.writeTextFile(
    module,
    `// WANT_JSON
import { AnsibleTurboModule, cache } from ${JSON.stringify(MOD_URL)};
const closed: string[] = [];
// One entry only: a second key evicts the first.
const session = cache((name: string) => ({
  name,
  closed: false,
  close() {
    this.closed = true;
    closed.push(name);
  },
}), { maxEntries: 1 });
export async function main(): Promise<void> {
  const module = await AnsibleTurboModule.create({
    argumentSpec: {
      key: { type: "str", required: true },
      mark_file: { type: "str" },
      await_file: { type: "str" },
    },
  });
  const s = await session(module.params.key);
  if (module.params.mark_file) await Deno.writeTextFile(module.params.mark_file, "");
  // Holds the session until another task has evicted it.
  while (module.params.await_file && !(await Deno.stat(module.params.await_file).then(() => true, () => false))) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  module.exitJson({ closed_in_use: s.closed, closed_so_far: [...closed], pid: Deno.pid });
}
if (import.meta.main) await main();
`,
  );
  const held = join(box.dir, "a-holds");
  const evicted = join(box.dir, "b-evicted");
  const [a, b] = await Promise.all([
    runAsAnsible(module, {
      sandbox: box,
      args: { key: "a", mark_file: held, await_file: evicted },
    }),
    (async () => {
      // B starts once A holds its session, and evicts it.
      while (!(await Deno.stat(held).then(() => true, () => false))) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return await runAsAnsible(module, {
        sandbox: box,
        args: { key: "b", mark_file: evicted },
      });
    })(),
  ]);
  assert.equal(a.result?.pid, b.result?.pid, a.stdout + b.stdout);
  assert.equal(b.result?.closed_in_use, false);
  assert.equal(a.result?.closed_in_use, false, "closed while its task used it");
  assert.deepEqual(a.result?.closed_so_far, [], "closed before its task ended");
  // Once A ended, the evicted session was given back and closed.
  const c = await runAsAnsible(module, { sandbox: box, args: { key: "b" } });
  assert.deepEqual(c.result?.closed_so_far, ["a"]);
});
