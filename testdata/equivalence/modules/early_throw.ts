/**
 * Throws before `create()`: in turbo the client process runs this part, as
 * a plain run does.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./early_throw.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  if (!Deno.env.get("NEVER_SET_IN_THIS_SUITE")) {
    throw new Error("failed before create()");
  }
  const m = await AnsibleModule.create({});
  m.exitJson({});
}

if (import.meta.main) await main();
