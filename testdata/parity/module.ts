#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Parity fixture: a generic module whose spec, rules and result come from
 * the JSON file named by the task's `PARITY_CASE_FILE`, so that one module
 * runs every parity case, in-process and through turbo.
 *
 * @module
 */
import { AnsibleTurboModule } from "../../mod.ts";
import type { ModuleResult } from "../../errors.ts";
import { resolveSpec } from "./spec.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./module.ts";
 * Deno.env.set("PARITY_CASE_FILE", "/tmp/case.json");
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  // Read before create(): in the daemon, Deno.env is this task's environment
  // only while the task's own code runs.
  const file = Deno.env.get("PARITY_CASE_FILE");
  if (!file) throw new Error("PARITY_CASE_FILE is not set");
  const c = JSON.parse(await Deno.readTextFile(file));
  const module = await AnsibleTurboModule.create({
    argumentSpec: resolveSpec(c.spec),
    ...c.rules,
    supportsCheckMode: c.supportsCheckMode ?? false,
  });
  if (c.fail) module.failJson(c.fail as ModuleResult & { msg: string });
  module.exitJson(c.result ?? {});
}

if (import.meta.main) await main();
