#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Benchmark module: the smallest turbo module (no parameters, one result).
 * The benchmark derives its "plain" twin by switching the import to
 * `AnsibleModule`, the one-line change the README describes.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../mod.ts";

// Profiling hook: a no-op unless bench/_profile_hooks.ts was preloaded.
(globalThis as { __benchMark?: (name: string) => void }).__benchMark?.(
  "module body",
);

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./trivial.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {},
    supportsCheckMode: true,
  });
  module.exitJson({ changed: false, pid: Deno.pid });
}

if (import.meta.main) await main();
