#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * The smallest turbo module: greets `name`.
 *
 * Run by hand: `deno run -A examples/hello.ts args.json` with
 * `{"name": "world"}` in args.json.
 *
 * @example
 * ```yaml
 * - name: Greet the world
 *   hello:
 *     name: world
 *     excited: true
 * ```
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../mod.ts";

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./hello.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      name: { type: "str", required: true, description: "Who to greet." },
      excited: {
        type: "bool",
        default: false,
        description: "End the greeting with C(!).",
      },
    },
    returnSpec: {
      greeting: {
        description: "The greeting.",
        returned: "always",
        type: "str",
        sample: "hello world!",
      },
      pid: {
        description:
          "The process that ran the task: in turbo mode, the daemon.",
        returned: "always",
        type: "int",
        sample: 4242,
      },
    },
    supportsCheckMode: true,
  });
  const mark = module.params.excited ? "!" : "";
  module.exitJson({
    changed: false,
    greeting: `hello ${module.params.name}${mark}`,
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
