#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: returns the module's whole environment, so that a run
 * through the daemon (with or without a process) can be compared with a
 * plain run, variable by variable.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Returns `Deno.env` and the module object's `env`.
 *
 * @example
 * ```ts ignore
 * import { main } from "./env_dump.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {},
    supportsCheckMode: true,
  });
  module.exitJson({
    changed: false,
    env: Deno.env.toObject(),
    module_env: { ...module.env },
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
