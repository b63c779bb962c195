#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: a plain module (no turbo) that appends a line to `path`
 * each time it does its work, so that a routed plain module can be shown to
 * do its work exactly once per task.
 *
 * @module
 */
import { AnsibleModule } from "../../../mod.ts";

/**
 * Appends a line to `path`.
 *
 * @example
 * ```ts ignore
 * import { main } from "./plain_marker.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { path: { type: "str", required: true } },
  });
  await Deno.writeTextFile(String(module.params.path), "worked\n", {
    append: true,
  });
  module.exitJson({ changed: true, pid: Deno.pid });
}

if (import.meta.main) await main();
