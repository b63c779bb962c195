/**
 * How a module hands over its result: exitJson/failJson and their misuses,
 * thrown errors, exits and returns without a result. `variant` picks one.
 *
 * @module
 */
import {
  AnsibleTurboModule as AnsibleModule,
  EmbeddedModuleSuccess,
} from "../../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./results.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: { variant: { type: "str", required: true } },
  });
  switch (m.params.variant) {
    case "exit_json":
      m.exitJson({ changed: true, msg: "done", value: [1, "two", null] });
      break;
    case "fail_json_extra":
      m.failJson({ msg: "it broke", rc: 2, detail: { where: "here" } });
      break;
    case "exit_json_twice":
      try {
        m.exitJson({ which: "first" });
      } finally {
        m.exitJson({ which: "second" });
      }
      break;
    case "caught_success":
      try {
        m.exitJson({ which: "first" });
      } catch (error) {
        if (error instanceof EmbeddedModuleSuccess) {
          m.failJson({ msg: "the success was caught" });
        }
        throw error;
      }
      break;
    case "work_after_caught_exit":
      try {
        m.exitJson({ which: "first" });
      } catch {
        // A careless catch-all: in a plain run exitJson never returns.
      }
      await Deno.writeTextFile("after_exit.txt", "the module ran on");
      m.exitJson({ which: "second" });
      break;
    case "bigint_result":
      m.exitJson({ big: 10n });
      break;
    case "odd_values_result":
      m.exitJson({
        date: new Date(0),
        map: new Map([[1, 2]]),
        absent: undefined,
        nan: NaN,
        infinite: -Infinity,
        negative_zero: -0,
        custom: { toJSON: () => "from toJSON" },
        sparse: [1, , 3],
      });
      break;
    case "fail_json_without_msg":
      m.failJson({ rc: 3 } as unknown as { msg: string });
      break;
    case "thrown_error":
      throw new Error("boom from main");
    case "thrown_non_error":
      throw "a thrown string";
    case "returns_without_result":
      return;
    case "prints_own_json":
      console.log(JSON.stringify({ changed: true, printed: "by console.log" }));
      return;
    case "deno_exit_code":
      console.log("about to exit");
      Deno.exit(3);
      break;
    case "deno_exit_with_json":
      console.log(JSON.stringify({ printed: true, rc: 0 }));
      Deno.exit(2);
      break;
    case "deno_exit_in_try":
      try {
        Deno.exit(4);
      } catch {
        // A catch-all around code that exits.
      }
      m.exitJson({ after_exit: true });
      break;
    case "deno_exit_code_property":
      Deno.exitCode = 5;
      console.log(JSON.stringify({ exit_code_property: 5 }));
      return;
  }
}

if (import.meta.main) await main();
