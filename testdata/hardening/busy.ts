#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: burns CPU on the event loop for `busy_ms` milliseconds (for
 * ever when negative), either in one blocking stretch or yielding to the
 * event loop every `yield_every_ms`. Appends `started`/`ended` lines to
 * `mark_file`, so a test can see an abandoned task still running.
 *
 * @module
 */
import { AnsibleTurboModule } from "../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./busy.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleTurboModule.create({
    argumentSpec: {
      busy_ms: { type: "int", required: true },
      yield_every_ms: { type: "int", default: 0 },
      mark_file: { type: "str" },
    },
  });
  const busyMs = module.params.busy_ms as number;
  const yieldEvery = module.params.yield_every_ms as number;
  const mark = module.params.mark_file as string | undefined;
  const startedAt = Date.now();
  if (mark) {
    await Deno.writeTextFile(mark, `started ${Deno.pid} ${startedAt}\n`, {
      append: true,
    });
  }
  const until = busyMs < 0 ? Infinity : startedAt + busyMs;
  let lastYield = Date.now();
  let spins = 0;
  while (Date.now() < until) {
    spins++;
    if (yieldEvery > 0 && Date.now() - lastYield >= yieldEvery) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  const endedAt = Date.now();
  if (mark) {
    await Deno.writeTextFile(mark, `ended ${Deno.pid} ${endedAt}\n`, {
      append: true,
    });
  }
  module.exitJson({
    changed: false,
    pid: Deno.pid,
    started_at: startedAt,
    ended_at: endedAt,
    spins,
  });
}

if (import.meta.main) await main();
