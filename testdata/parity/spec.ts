/**
 * Turns a parity case's JSON spec into an argument spec: `"$fn:NAME"` types
 * become the custom type callables below, which the Python harness mirrors
 * with same-named functions. Kept apart from the cases so that the fixture
 * module loads only this.
 *
 * @module
 */

import type { ArgumentSpec, ArgumentSpecEntry } from "../../_validation.ts";

/**
 * Custom type callables, twins of the Python functions in the harness.
 *
 * @example
 * ```ts
 * import { FUNCS } from "./spec.ts";
 * console.assert(FUNCS.upper("ab") === "AB");
 * ```
 */
export const FUNCS: Readonly<Record<string, (value: unknown) => unknown>> = {
  upper: function upper(value: unknown): unknown {
    if (typeof value !== "string") throw new TypeError("expected a string");
    return value.toUpperCase();
  },
  port: function port(value: unknown): unknown {
    if (
      typeof value !== "number" || !Number.isInteger(value) || value <= 0 ||
      value >= 65536
    ) {
      throw new RangeError("not a port number");
    }
    return value;
  },
};

/**
 * The argument spec a JSON case spec stands for.
 *
 * @example
 * ```ts
 * import { resolveSpec } from "./spec.ts";
 * const spec = resolveSpec({ a: { type: "$fn:upper" } });
 * console.assert(typeof spec.a.type === "function");
 * ```
 */
export function resolveSpec(spec: Record<string, unknown>): ArgumentSpec {
  const out: Record<string, ArgumentSpecEntry> = {};
  for (const [name, raw] of Object.entries(spec)) {
    const entry = { ...(raw as Record<string, unknown>) };
    for (const field of ["type", "elements"]) {
      const t = entry[field];
      if (typeof t === "string" && t.startsWith("$fn:")) {
        entry[field] = FUNCS[t.slice(4)];
      }
    }
    if (entry.options) {
      entry.options = resolveSpec(entry.options as Record<string, unknown>);
    }
    out[name] = entry as ArgumentSpecEntry;
  }
  return out;
}
