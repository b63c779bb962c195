/** Unit tests of daemon naming and the private directory checks. */
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  baseDirFor,
  type DaemonIdentity,
  daemonPaths,
  ensurePrivateDir,
  expandPath,
  identityKey,
  UnsafeDirectoryError,
} from "./_paths.ts";

const identity: DaemonIdentity = {
  uid: 1000,
  protocol: 1,
  deno: "2.9.6",
  runtime: "0.1.0",
  runtimeUrl: "file:///src/mod.ts",
  launcher: "/usr/bin/deno",
  permissions: ["--allow-all"],
  group: "acme.cloud",
  base: "/home/u/.ansible/tmp",
  env: { TZ: "UTC" },
};

Deno.test("remote_tmp is expanded as Ansible expands it", () => {
  const env = { HOME: "/home/u", PROJ: "/srv/p" };
  assert.equal(expandPath("~/.ansible/tmp", env), "/home/u/.ansible/tmp");
  assert.equal(expandPath("$PROJ/tmp", env), "/srv/p/tmp");
  assert.equal(expandPath("${PROJ}/tmp", env), "/srv/p/tmp");
  assert.equal(baseDirFor("~/.ansible/tmp/", env), "/home/u/.ansible/tmp");
  assert.equal(
    baseDirFor(undefined, { XDG_RUNTIME_DIR: "/run/user/1" }),
    "/run/user/1",
  );
  assert.equal(baseDirFor(undefined, {}), "/tmp");
});

Deno.test("every part of the identity changes the daemon's key", async () => {
  const key = await identityKey(identity);
  assert.match(key, /^[0-9a-f]{24}$/);
  assert.equal(await identityKey({ ...identity }), key);
  const changes: Partial<DaemonIdentity>[] = [
    { uid: 1001 },
    { protocol: 2 },
    { deno: "2.9.7" },
    { runtime: "0.2.0" },
    { runtimeUrl: "https://example.org/mod.ts" },
    { launcher: "/opt/deno" },
    { permissions: ["--allow-read"] },
    { group: "" },
    { base: "/tmp" },
    { env: { TZ: "Asia/Tokyo" } },
    { env: {} },
  ];
  for (const change of changes) {
    assert.notEqual(
      await identityKey({ ...identity, ...change }),
      key,
      JSON.stringify(change),
    );
  }
});

Deno.test("socket paths always fit in sun_path", () => {
  const short = daemonPaths("/run/user/1000", {
    key: "k".repeat(24),
    uid: 1000,
  });
  assert.equal(
    short.socket,
    `/run/user/1000/ansible-turbo-1000/${"k".repeat(24)}.sock`,
  );
  const long = daemonPaths(`/home/${"x".repeat(120)}/.ansible/tmp`, {
    key: "k".repeat(24),
    uid: 1000,
  });
  assert.equal(long.dir, "/tmp/ansible-turbo-1000");
  assert.ok(new TextEncoder().encode(long.socket).length <= 107);
});

Deno.test("the private directory is created 0700 and unsafe ones are refused", async () => {
  const base = await Deno.makeTempDir();
  try {
    const uid = Deno.uid()!;
    const dir = join(base, "mine");
    await ensurePrivateDir(dir, uid);
    assert.equal((await Deno.stat(dir)).mode! & 0o777, 0o700);
    await ensurePrivateDir(dir, uid); // idempotent
    await Deno.chmod(dir, 0o755);
    await assert.rejects(
      () => ensurePrivateDir(dir, uid),
      UnsafeDirectoryError,
    );
    await assert.rejects(() => ensurePrivateDir(dir, uid + 1), /owned by uid/);
    const link = join(base, "link");
    await Deno.symlink(dir, link);
    await Deno.chmod(dir, 0o700);
    await assert.rejects(
      () => ensurePrivateDir(link, uid),
      /not a plain directory/,
    );
  } finally {
    await Deno.remove(base, { recursive: true });
  }
});
