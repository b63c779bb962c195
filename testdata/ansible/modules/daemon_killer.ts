#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: notes each time it runs (a line appended to `path`), then
 * kills the process it runs in: in a daemon, the daemon itself, halfway
 * through the task. Shows that a task lost after the daemon took it is
 * reported and never run a second time.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Appends a line to `path`, then ends its process with SIGKILL.
 *
 * @example
 * ```ts ignore
 * import { main } from "./daemon_killer.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { path: { type: "str", required: true } },
  });
  await Deno.writeTextFile(String(module.params.path), `ran in ${Deno.pid}\n`, {
    append: true,
  });
  Deno.kill(Deno.pid, "SIGKILL");
  await new Promise(() => {}); // the signal ends everything first
}

if (import.meta.main) await main();
