#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: reads a file by a relative path and reports the working
 * directory, to show that a module sees the directory Ansible gives it.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Returns the working directory and the text of `path`.
 *
 * @example
 * ```ts ignore
 * import { main } from "./cwd_reader.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { path: { type: "str", required: true } },
    supportsCheckMode: true,
  });
  module.exitJson({
    changed: false,
    cwd: Deno.cwd(),
    module_cwd: module.cwd,
    content: (await Deno.readTextFile(String(module.params.path))).trim(),
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
