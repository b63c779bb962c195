#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: a module that does not declare check-mode support, so
 * Ansible's `--check` must skip it.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Reports a change; never reached in check mode.
 *
 * @example
 * ```ts ignore
 * import { main } from "./no_check.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({ argumentSpec: {} });
  module.exitJson({ changed: true, pid: Deno.pid });
}

if (import.meta.main) await main();
