#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: reports what the task sees (params, environment, working
 * directory, process, a counter kept across tasks) and can misbehave on
 * request.
 *
 * @module
 */
import { AnsibleTurboModule } from "../mod.ts";

let counter = 0;
/** Tells one loaded copy of this module from another (pids can be reused). */
const INSTANCE = crypto.randomUUID();

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./echo.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleTurboModule.create({
    argumentSpec: {
      value: { type: "raw" },
      env_name: { type: "str" },
      set_env: { type: "str" },
      read_file: { type: "str" },
      sleep_ms: { type: "int", default: 0 },
      mark_file: { type: "str" },
      await_file: { type: "str" },
      behave: {
        type: "str",
        default: "ok",
        choices: [
          "ok",
          "throw",
          "reject",
          "fail",
          "exit",
          "print",
          "no_exit",
          "hang",
          "late_throw",
          "late_reject",
        ],
      },
    },
    supportsCheckMode: true,
  });
  const p = module.params;
  counter++;
  if (typeof p.mark_file === "string") {
    await Deno.writeTextFile(p.mark_file, `${Deno.pid}\n`, { append: true });
  }
  if (typeof p.await_file === "string") {
    // Goes on only once another task has written this file: proof that
    // the two ran at the same time, however slow the machine.
    for (let i = 0; i < 30_000 / 10; i++) {
      if (await Deno.stat(p.await_file).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  if (p.sleep_ms) await new Promise((r) => setTimeout(r, p.sleep_ms as number));
  if (typeof p.set_env === "string") Deno.env.set(p.set_env, "set-by-task");
  switch (p.behave) {
    case "throw":
      throw new TypeError("the widget is broken");
    case "reject":
      await Promise.reject(new RangeError("the gadget is out of range"));
      break;
    case "fail":
      module.failJson({ msg: "asked to fail", detail: { code: 42 } });
      break;
    case "exit":
      console.log('{"changed": false, "exited": true}');
      Deno.exit(0);
      break;
    case "print":
      console.log("some %s before the %s", "junk", "result");
      break;
    case "no_exit":
      return;
    case "hang":
      await new Promise(() => {});
      break;
    // After an I/O call the result arrives when the task is over (timers
    // would not do: they end with their task).
    case "late_throw":
      Deno.stat(".").then(() =>
        queueMicrotask(() => {
          throw new Error("thrown after the task ended");
        })
      );
      break;
    case "late_reject":
      Deno.stat(".").then(() =>
        Promise.reject(new Error("rejected after the task ended"))
      );
      break;
  }
  const envName = p.env_name as string | undefined;
  module.exitJson({
    changed: false,
    value: p.value,
    size: typeof p.value === "string" ? p.value.length : null,
    env_value: envName ? module.env[envName] ?? null : null,
    deno_env_value: envName ? Deno.env.get(envName) ?? null : null,
    file_text: typeof p.read_file === "string"
      ? await Deno.readTextFile(p.read_file)
      : null,
    cwd: module.cwd,
    check_mode: module.checkMode,
    counter,
    instance: INSTANCE,
    pid: Deno.pid,
    started_at: Date.now(),
  });
}

if (import.meta.main) await main();
