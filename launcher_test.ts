/**
 * `mod.ts install-launcher`: its default name has no hyphen (so that
 * `ansible_deno_ansible_interpreter` is a valid variable everywhere), it
 * says which shebang and which variable to use, and the launcher it writes
 * runs a module.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { DENO, ROOT } from "./_test_harness.ts";

Deno.test("install-launcher writes ~/.local/bin/deno_ansible, which runs modules", async () => {
  const home = await Deno.makeTempDir({ prefix: "launcher-" });
  try {
    const out = await new Deno.Command(DENO, {
      args: ["run", "-A", join(ROOT, "mod.ts"), "install-launcher"],
      env: { HOME: home },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    assert.ok(out.success, new TextDecoder().decode(out.stderr));
    const launcher = join(home, ".local", "bin", "deno_ansible");
    assert.equal(((await Deno.stat(launcher)).mode ?? 0) & 0o111, 0o111);
    assert.match(text, new RegExp(`^#!${launcher}$`, "m"));
    assert.match(text, /^#!\/usr\/bin\/deno_ansible$/m);
    assert.match(
      text,
      new RegExp(`^ansible_deno_ansible_interpreter: ${launcher}$`, "m"),
    );
    const args = join(home, "args");
    await Deno.writeTextFile(
      args,
      JSON.stringify({ name: "launcher", _ansible_module_name: "hello" }),
    );
    const run = await new Deno.Command(launcher, {
      args: [join(ROOT, "examples/hello.ts"), args],
      env: { HOME: home, ANSIBLE_TURBO_DISABLE: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const result = JSON.parse(new TextDecoder().decode(run.stdout));
    assert.equal(result.greeting, "hello launcher");
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
