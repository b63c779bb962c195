/**
 * The wide spec that validation is measured on (`validation_bench.ts`) and
 * checked with (`_validation_test.ts`): 30 parameters with aliases,
 * defaults, choices, no_log, nested dict options (two levels), a list of
 * dicts with its own options, and every top-level rule.
 *
 * @module
 */
import type { ArgumentRules, ArgumentSpecEntry } from "../_validation.ts";

/** The 30-parameter spec.
 *
 * @example
 * ```ts
 * import { args, rules, spec } from "./wide_spec.ts";
 * import { validateArguments } from "../_validation.ts";
 * console.assert(validateArguments(spec, args, rules).error === undefined);
 * ```
 */
export const spec: Record<string, ArgumentSpecEntry> = {};
/** Module arguments that satisfy it, mostly as strings to convert.
 *
 * @example
 * ```ts
 * import { args, rules, spec } from "./wide_spec.ts";
 * import { validateArguments } from "../_validation.ts";
 * console.assert(validateArguments(spec, args, rules).error === undefined);
 * ```
 */
export const args: Record<string, unknown> = {
  _ansible_check_mode: false,
  _ansible_no_log: false,
  _ansible_module_name: "bench",
  _ansible_string_conversion_action: "warn",
};
const kinds = ["str", "int", "bool", "list", "path", "float"] as const;
const given = {
  str: 5,
  int: "42",
  bool: "yes",
  list: "a,b,c",
  path: "~/x",
  float: "1.5",
};
for (let i = 0; i < 24; i++) {
  const type = kinds[i % kinds.length];
  spec[`opt${i}`] = {
    type,
    aliases: [`alias${i}`],
    ...(i % 5 === 0 ? { default: i % 2 ? "1" : null } : {}),
  };
  // Two thirds given, by name or by alias, as strings to convert.
  if (i % 3 !== 0) args[i % 2 ? `alias${i}` : `opt${i}`] = given[type];
}
spec.state = { choices: ["present", "absent"], default: "present" };
spec.password = { no_log: true };
spec.server = {
  type: "dict",
  options: {
    host: { required: true },
    port: { type: "int", default: 80 },
    tls: {
      type: "dict",
      options: {
        verify: { type: "bool", default: true },
        ca: { type: "path" },
      },
    },
  },
  required_by: { port: "host" },
};
spec.items = {
  type: "list",
  elements: "dict",
  options: {
    name: { required: true },
    size: { type: "int" },
    tags: { type: "list", elements: "str" },
  },
  mutually_exclusive: [["size", "tags"]],
};
spec.extra = { type: "dict" };
spec.count = { type: "int" };
Object.assign(args, {
  password: "pw",
  server: { host: "h", port: "8443", tls: { verify: "no", ca: "/etc/ca" } },
  items: [{ name: "a", size: "1" }, { name: "b", tags: [1, 2] }],
  extra: "k=v a=b",
  count: "3",
});
/** Top-level rules the arguments satisfy.
 *
 * @example
 * ```ts
 * import { args, rules, spec } from "./wide_spec.ts";
 * import { validateArguments } from "../_validation.ts";
 * console.assert(validateArguments(spec, args, rules).error === undefined);
 * ```
 */
export const rules: ArgumentRules = {
  mutuallyExclusive: [["opt3", "opt6"]],
  requiredTogether: [["server", "items"]],
  requiredOneOf: [["server", "count"]],
  requiredIf: [["state", "present", ["server"]]],
  requiredBy: { items: "server" },
};
