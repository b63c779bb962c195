#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Benchmark "floor": the least a Deno module process can do for Ansible,
 * read the arguments file and print a JSON result. No library at all.
 *
 * @module
 */

// Profiling hook: a no-op unless bench/_profile_hooks.ts was preloaded.
(globalThis as { __benchMark?: (name: string) => void }).__benchMark?.(
  "module body",
);

const args = JSON.parse(await Deno.readTextFile(Deno.args[0]));
console.log(JSON.stringify({
  changed: false,
  module: args._ansible_module_name ?? null,
  pid: Deno.pid,
}));
