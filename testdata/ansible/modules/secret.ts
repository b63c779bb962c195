#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: takes a `no_log` parameter and carelessly echoes it, so the
 * runtime's scrubbing (and Ansible's) can be checked.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Echoes `token` in its result, which must come out masked.
 *
 * @example
 * ```ts ignore
 * import { main } from "./secret.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      token: { type: "str", required: true, no_log: true },
      label: { type: "str", default: "db" },
    },
    supportsCheckMode: true,
  });
  const { token, label } = module.params;
  module.exitJson({
    changed: false,
    msg: `used ${token} for ${label}`,
    echo: token,
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
