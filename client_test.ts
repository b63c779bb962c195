/** Unit tests of the client's pure parts: how a daemon is named and started. */
import assert from "node:assert/strict";
import {
  daemonCommand,
  grantedPermissionFlags,
  groupOf,
  isCompiled,
  readBinaryTail,
  ttlSeconds,
} from "./client.ts";
import { DAEMON_FLAG } from "./_protocol.ts";

const base = {
  execPath: "/opt/deno/bin/deno",
  runtimeUrl: "https://example.org/ansible-turbo/mod.ts",
  permissions: ["--allow-read", "--allow-net"],
  socket: "/run/user/1000/ansible-turbo-1000/abc.sock",
  ttl: 15,
};

Deno.test("a script daemon re-runs mod.ts under the same deno with the same permissions", () => {
  const { command, args } = daemonCommand({ ...base, compiled: false });
  assert.equal(command, "/opt/deno/bin/deno");
  assert.deepEqual(args, [
    "run",
    "--no-config",
    "--v8-flags=--max-semi-space-size=1,--expose-gc",
    "--allow-read",
    "--allow-net",
    "https://example.org/ansible-turbo/mod.ts",
    DAEMON_FLAG,
    "--socket",
    base.socket,
    "--ttl",
    "15",
  ]);
});

Deno.test("a compiled module re-executes its own binary with the daemon flag only", () => {
  const { command, args } = daemonCommand({
    ...base,
    execPath: "/home/u/.ansible/tmp/ansible-tmp-1/AnsiballZ_keypair",
    compiled: true,
  });
  assert.equal(command, "/home/u/.ansible/tmp/ansible-tmp-1/AnsiballZ_keypair");
  assert.deepEqual(args, [DAEMON_FLAG, "--socket", base.socket, "--ttl", "15"]);
  assert.ok(!args.includes("run"));
});

Deno.test("compiled binaries are recognised by their module URLs", () => {
  assert.equal(
    isCompiled("file:///tmp/deno-compile-keypair/mod/client.ts"),
    true,
  );
  assert.equal(isCompiled("file:///home/u/src/ansible-turbo/client.ts"), false);
  assert.equal(
    isCompiled("https://example.org/ansible-turbo/client.ts"),
    false,
  );
});

Deno.test("the binary tail identifies a compiled module by size and last bytes", async () => {
  const path = await Deno.makeTempFile();
  try {
    await Deno.writeFile(path, new Uint8Array([1, 2, 3, 4]));
    const tail = await readBinaryTail(path);
    assert.deepEqual([...tail.subarray(0, 4)], [1, 2, 3, 4]);
    assert.equal(new DataView(tail.buffer).getBigUint64(4), 4n);
    await Deno.writeFile(path, new Uint8Array([1, 2, 3, 5]));
    assert.notDeepEqual(await readBinaryTail(path), tail);
  } finally {
    await Deno.remove(path);
  }
});

Deno.test("a module's daemon group is its collection", () => {
  assert.equal(groupOf("amazon.aws.ec2_instance"), "amazon.aws");
  assert.equal(groupOf("hello"), "");
  assert.equal(groupOf(undefined), "");
});

Deno.test("the TTL comes from the environment, then the option, then 15 s", () => {
  assert.equal(ttlSeconds("2", 30), 2);
  assert.equal(ttlSeconds(undefined, 30), 30);
  assert.equal(ttlSeconds("", undefined), 15);
  assert.equal(ttlSeconds("nonsense", undefined), 15);
  assert.equal(ttlSeconds("0", 4), 4);
});

Deno.test("permission flags pass on exactly what this process holds", () => {
  // This test runs with --allow-all.
  assert.deepEqual(grantedPermissionFlags("file:///src/mod.ts"), [
    "--allow-all",
  ]);
});

Deno.test("a partly permitted process passes on only its full grants", async () => {
  const code = `import { grantedPermissionFlags } from ${
    JSON.stringify(new URL("./client.ts", import.meta.url).href)
  };
console.log(JSON.stringify(grantedPermissionFlags("http://127.0.0.1:8000/mod.ts")));`;
  const script = await Deno.makeTempFile({ suffix: ".ts" });
  await Deno.writeTextFile(script, code);
  const output = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-env",
      "--allow-net=127.0.0.1",
      script,
    ],
  }).output().finally(() => Deno.remove(script));
  assert.equal(output.code, 0, new TextDecoder().decode(output.stderr));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(output.stdout)), [
    "--allow-read",
    "--allow-env",
    "--allow-import=127.0.0.1:8000",
  ]);
});
