#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: fails in each way a module can: `failJson` with extra
 * fields, an unexpected exception, or (through its argument spec) a
 * validation error. `mode: ok` succeeds.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Succeeds or fails as `mode` says.
 *
 * @example
 * ```ts ignore
 * import { main } from "./failing.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      mode: {
        type: "str",
        required: true,
        choices: ["ok", "fail_json", "throw"],
      },
      count: { type: "int" },
    },
    supportsCheckMode: true,
  });
  if (module.params.mode === "fail_json") {
    module.failJson({
      msg: "Keypair not found",
      name: "k1",
      details: { code: 42, retry: false },
    });
  }
  if (module.params.mode === "throw") {
    throw new Error("unexpected boom: disk on fire");
  }
  module.exitJson({ changed: false, pid: Deno.pid });
}

if (import.meta.main) await main();
