/**
 * The working directory: relative paths, `Deno.chdir()`, `node:process`'s
 * `cwd()` and `chdir()`, and `module.cwd` after a change.
 *
 * @module
 */
import process from "node:process";
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./working_dir.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: { variant: { type: "str", required: true } },
  });
  switch (m.params.variant) {
    case "relative_read":
      m.exitJson({
        cwd: Deno.cwd(),
        data: await Deno.readTextFile("data.txt"),
      });
      break;
    case "chdir_relative_read":
      Deno.chdir("sub");
      m.exitJson({
        cwd: Deno.cwd(),
        data: await Deno.readTextFile("data.txt"),
      });
      break;
    case "chdir_module_cwd":
      Deno.chdir("sub");
      m.exitJson({ module_cwd: m.cwd });
      break;
    case "node_process":
      process.chdir("sub");
      m.exitJson({
        cwd: process.cwd(),
        data: await Deno.readTextFile("data.txt"),
      });
      break;
  }
}

if (import.meta.main) await main();
