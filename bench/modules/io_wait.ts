#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Benchmark module: a task that spends its time waiting on I/O, an HTTP
 * request to a local server that answers after a delay (200 ms in the
 * concurrency case), as a module waiting on a cloud API does.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../mod.ts";

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./io_wait.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { url: { type: "str", required: true } },
    supportsCheckMode: true,
  });
  const response = await fetch(String(module.params.url));
  const body = await response.text();
  module.exitJson({
    changed: false,
    status: response.status,
    body,
    pid: Deno.pid,
  });
}

if (import.meta.main) await main();
