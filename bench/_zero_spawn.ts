/**
 * How the benchmark calls the zero-spawn path: the Ansible action plugin
 * `ansible_turbo.deno.turbo`, which hands a local task to the module's
 * daemon without starting a module process. A `library/` module is routed to
 * it by an action plugin of the same name that is the collection's plugin
 * (a one-line shim in the project's `action_plugins/`), so the benchmark
 * runs a twin of the module, `<name>_zs`, routed, next to the unrouted one.
 * Until the plugin is in this checkout, the cases that need it report SKIP
 * with the reason.
 *
 * @module
 */

import { ROOT } from "./_harness.ts";
import type { AnsibleProject } from "./_playbooks.ts";

/** Where the plugin lives in the repository. */
export const ZERO_SPAWN_PLUGIN =
  "ansible_collections/ansible_turbo/deno/plugins/action/turbo.py";

/**
 * The YAML action that runs `module` (a module in the project's `library/`)
 * with `args` through the zero-spawn plugin, or why it cannot. Writes the
 * routed twin and its shim, and points the project's collection path at
 * this checkout.
 *
 * @example
 * ```ts ignore
 * import { zeroSpawnAction } from "./_zero_spawn.ts";
 * const zero = await zeroSpawnAction(project, "turbo_counter", "{}");
 * if ("skip" in zero) console.log(zero.skip);
 * ```
 */
export async function zeroSpawnAction(
  project: AnsibleProject,
  module: string,
  args: string,
): Promise<{ action: string } | { skip: string }> {
  try {
    await Deno.stat(`${ROOT}/${ZERO_SPAWN_PLUGIN}`);
  } catch {
    return {
      skip:
        "zero-spawn: the action plugin ansible_turbo.deno.turbo is not in this checkout yet (branch zerospawn)",
    };
  }
  const twin = `${module}_zs`;
  await Deno.copyFile(
    `${project.dir}/library/${module}.ts`,
    `${project.dir}/library/${twin}.ts`,
  );
  await Deno.mkdir(`${project.dir}/action_plugins`, { recursive: true });
  await Deno.writeTextFile(
    `${project.dir}/action_plugins/${twin}.py`,
    "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
  );
  const paths = project.env.ANSIBLE_COLLECTIONS_PATH ??
    "~/.ansible/collections:/usr/share/ansible/collections";
  if (!paths.split(":").includes(ROOT)) {
    project.env.ANSIBLE_COLLECTIONS_PATH = `${ROOT}:${paths}`;
  }
  return { action: `${twin}: ${args}` };
}
