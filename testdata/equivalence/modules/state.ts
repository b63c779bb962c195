/**
 * Module-level state: kept correctly (reset in `main()`), and accumulated
 * across tasks, which a warm daemon keeps by design. `import.meta.main`
 * tells how the module was loaded.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

let calls = 0;
const seen: string[] = [];
const loadedAs = import.meta.main ? "program" : "imported";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./state.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: { variant: { type: "str", required: true } },
  });
  switch (m.params.variant) {
    case "reset_in_main":
      seen.length = 0;
      seen.push("this task");
      m.exitJson({ seen });
      break;
    case "accumulates":
      calls++;
      m.exitJson({ calls });
      break;
    case "import_meta_main":
      m.exitJson({ loaded_as: loadedAs });
      break;
  }
}

if (import.meta.main) await main();
