/**
 * What validation costs per task: a 30-parameter spec with aliases,
 * defaults, choices, no_log, nested dict options (two levels), a list of
 * dicts with its own options, and every top-level rule.
 *
 * Run with `npx deno bench validation_bench.ts` (not part of the tests).
 */
import { validateArguments } from "./_validation.ts";
import { args, rules, spec } from "./testdata/wide_spec.ts";

// A benchmark of a failing spec would measure something else.
const check = validateArguments(spec, args, rules);
if (Object.keys(spec).length !== 30 || check.error !== undefined) {
  throw new Error(`bench spec is wrong: ${check.error}`);
}

Deno.bench("validateArguments: 30 parameters, nested options", () => {
  validateArguments(spec, args, rules);
});
