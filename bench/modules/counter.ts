#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Benchmark module for the Ansible case: the TypeScript twin of
 * `cloud.common.turbo_demo`. It counts its calls in module state, which the
 * daemon keeps between tasks, and reports the process serving it.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../mod.ts";

let calls = 0;

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./counter.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {},
    supportsCheckMode: true,
  });
  const before = calls;
  if (!module.checkMode) calls++;
  const result: Record<string, unknown> = {
    changed: !module.checkMode,
    message:
      `This is me running with PID: ${Deno.pid}, called ${calls} time(s)`,
    counter: calls,
    envvar: module.env.TURBO_TEST_VAR ?? null,
  };
  if (module.diff) result.diff = { before, after: calls };
  module.exitJson(result);
}

if (import.meta.main) await main();
