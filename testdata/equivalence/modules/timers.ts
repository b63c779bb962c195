/**
 * Timers, late callbacks and stray errors: results handed over from a
 * callback after `main()` returned or while it waits for ever, polling,
 * errors thrown in a timer, unhandled rejections.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./timers.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: { variant: { type: "str", required: true } },
  });
  switch (m.params.variant) {
    case "exit_json_after_return":
      setTimeout(() => m.exitJson({ from: "a timer after main returned" }), 20);
      return;
    case "fail_json_after_return":
      setTimeout(() => m.failJson({ msg: "failed from a late timer" }), 20);
      return;
    case "awaits_forever":
      setTimeout(() => m.exitJson({ from: "a timer while main waits" }), 20);
      await new Promise(() => {});
      break;
    case "interval_polling": {
      let polls = 0;
      await new Promise<void>((resolve) => {
        const id = setInterval(() => {
          if (++polls === 3) {
            clearInterval(id);
            resolve();
          }
        }, 10);
      });
      m.exitJson({ polls });
      break;
    }
    case "interval_exits":
      {
        let polls = 0;
        setInterval(() => {
          if (++polls === 3) m.exitJson({ polls, from: "the interval" });
        }, 10);
      }
      return;
    case "error_in_timer_after_return":
      setTimeout(() => {
        throw new Error("thrown in a timer after main returned");
      }, 20);
      return;
    case "unhandled_rejection":
      Promise.reject(new Error("nobody handles this rejection"));
      await new Promise((resolve) => setTimeout(resolve, 50));
      m.exitJson({ survived: true });
      break;
    case "late_timer_after_result":
      setTimeout(() => console.log("a late timer"), 0);
      m.exitJson({ result_first: true });
      break;
  }
}

if (import.meta.main) await main();
