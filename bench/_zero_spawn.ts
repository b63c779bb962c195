/**
 * How the benchmark calls the zero-spawn path: the Ansible action plugin
 * `ansible_turbo.deno.turbo`, which hands a task to the module's daemon
 * without starting a module process. Until the plugin is in this checkout,
 * the cases that need it report SKIP with the reason.
 *
 * @module
 */

import { ROOT } from "./_harness.ts";
import type { AnsibleProject } from "./_playbooks.ts";

/** Where the plugin lives in the repository, once it is there. */
export const ZERO_SPAWN_PLUGIN =
  "ansible_collections/ansible_turbo/deno/plugins/action/turbo.py";

/**
 * The YAML action that runs `module` (a module in the project's `library/`)
 * with `args` through the zero-spawn plugin, or why it cannot.
 *
 * @example
 * ```ts ignore
 * import { zeroSpawnAction } from "./_zero_spawn.ts";
 * const zero = await zeroSpawnAction(project, "turbo_counter", "{}");
 * if ("skip" in zero) console.log(zero.skip);
 * ```
 */
export async function zeroSpawnAction(
  _project: AnsibleProject,
  _module: string,
  _args: string,
): Promise<{ action: string } | { skip: string }> {
  try {
    await Deno.stat(`${ROOT}/${ZERO_SPAWN_PLUGIN}`);
  } catch {
    return {
      skip:
        "zero-spawn: the action plugin ansible_turbo.deno.turbo is not in this checkout yet (branch zerospawn)",
    };
  }
  return {
    skip:
      `zero-spawn: ${ZERO_SPAWN_PLUGIN} is here, but the benchmark does not call it yet`,
  };
}
