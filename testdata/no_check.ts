#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: a turbo module that does not support check mode.
 *
 * @module
 */
import { AnsibleTurboModule } from "../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./no_check.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleTurboModule.create({ argumentSpec: {} });
  module.exitJson({ changed: true });
}

if (import.meta.main) await main();
