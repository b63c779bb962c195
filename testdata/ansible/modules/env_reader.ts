#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: reports an environment variable, as `Deno.env` and as the
 * module object's `env` see it.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Returns the value of the variable `name` (null when unset).
 *
 * @example
 * ```ts ignore
 * import { main } from "./env_reader.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { name: { type: "str", required: true } },
    supportsCheckMode: true,
  });
  const name = String(module.params.name);
  module.exitJson({
    changed: false,
    value: Deno.env.get(name) ?? null,
    module_value: module.env[name] ?? null,
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
