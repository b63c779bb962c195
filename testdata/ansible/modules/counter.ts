#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: named counters kept in a module-level variable, so the
 * values show whether tasks share one warm process. Reports the daemon's
 * pid and uid too. Honours check mode (nothing counted) and diff mode.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

const counts = new Map<string, number>();

/**
 * Counts one call of the counter `name` and returns its new value.
 *
 * @example
 * ```ts ignore
 * import { main } from "./counter.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { name: { type: "str", default: "default" } },
    supportsCheckMode: true,
  });
  const name = String(module.params.name);
  const before = counts.get(name) ?? 0;
  const after = before + 1;
  if (!module.checkMode) counts.set(name, after);
  const result: Record<string, unknown> = {
    changed: true,
    value: module.checkMode ? before : after,
    pid: Deno.pid,
    uid: Deno.uid(),
  };
  if (module.diff) result.diff = { before: `${before}\n`, after: `${after}\n` };
  module.exitJson(result);
}

if (import.meta.main) await main();
