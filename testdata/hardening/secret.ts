#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: takes a `no_log` password and puts it wherever a careless
 * module might: the result, a failure message, a thrown error, the console,
 * and errors raised after the task has ended.
 *
 * @module
 */
import { AnsibleTurboModule } from "../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./secret.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleTurboModule.create({
    argumentSpec: {
      password: { type: "str", required: true, no_log: true },
      behave: {
        type: "str",
        default: "ok",
        choices: ["ok", "fail", "throw", "print", "late_reject", "late_throw"],
      },
    },
  });
  const password = module.params.password as string;
  switch (module.params.behave) {
    case "fail":
      module.failJson({ msg: `login refused for password ${password}` });
      break;
    case "throw":
      throw new Error(`cannot use password ${password}`);
    case "print":
      console.log(`the password is ${password}`);
      console.error(`the password is still ${password}`);
      break;
    // After an I/O call the result arrives later, when the task is over
    // (timers would not do: they end with their task).
    case "late_reject":
      Deno.stat(".").then(() =>
        Promise.reject(new Error(`late rejection with ${password}`))
      );
      break;
    case "late_throw":
      Deno.stat(".").then(() =>
        queueMicrotask(() => {
          throw new Error(`late throw with ${password}`);
        })
      );
      break;
  }
  module.exitJson({ changed: false, echoed: `password ${password}` });
}

if (import.meta.main) await main();
