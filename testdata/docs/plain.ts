#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
import { AnsibleTurboModule as AnsibleModule } from "../../mod.ts";

/**
 * Test fixture: the module of the README's "Writing a module", as written
 * there (no documentation at all), for `mod.ts docs`.
 *
 * @example
 * ```ts ignore
 * import { main } from "./plain.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { name: { type: "str", required: true } },
    supportsCheckMode: true,
  });
  module.exitJson({ changed: false, greeting: `hello ${module.params.name}` });
}

if (import.meta.main) await main();
