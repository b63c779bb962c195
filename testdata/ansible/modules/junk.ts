#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: writes junk to stdout and stderr, then returns a result
 * (`mode: before`) or none at all (`mode: only`).
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Prints junk, then ends as `mode` says.
 *
 * @example
 * ```ts ignore
 * import { main } from "./junk.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      mode: { type: "str", required: true, choices: ["before", "only"] },
    },
    supportsCheckMode: true,
  });
  console.log("junk on stdout from the module");
  console.error("junk on stderr from the module");
  if (module.params.mode === "only") return;
  module.exitJson({ changed: false, value: "after the junk", pid: Deno.pid });
}

if (import.meta.main) await main();
