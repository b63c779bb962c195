/**
 * A module without check mode support: Ansible's `--check` skips it.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./no_check_mode.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({ argumentSpec: {} });
  await Deno.writeTextFile("changed_something.txt", "a change");
  m.exitJson({ changed: true });
}

if (import.meta.main) await main();
