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
import { parseJson } from "../../_json.ts";
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
  // parseJson: a case's numbers (4.0, big ints) are what it says.
  const c = parseJson(await Deno.readTextFile(file)) as {
    spec: Record<string, unknown>;
    rules: Record<string, unknown>;
    supportsCheckMode?: boolean;
    result?: ModuleResult;
    fail?: ModuleResult & { msg: string };
  };
  const module = await AnsibleTurboModule.create({
    argumentSpec: resolveSpec(c.spec),
    ...c.rules,
    supportsCheckMode: c.supportsCheckMode ?? false,
  });
  if (c.fail) module.failJson(c.fail);
  module.exitJson(c.result ?? {});
}

if (import.meta.main) await main();
