/**
 * What validation costs per task: a 30-parameter spec with aliases,
 * defaults, choices, no_log, nested dict options (two levels), a list of
 * dicts with its own options, and every top-level rule.
 *
 * Run with `npx deno bench validation_bench.ts` (not part of the tests).
 */
import {
  type ArgumentRules,
  type ArgumentSpecEntry,
  validateArguments,
} from "./_validation.ts";

const spec: Record<string, ArgumentSpecEntry> = {};
const args: Record<string, unknown> = {
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
const rules: ArgumentRules = {
  mutuallyExclusive: [["opt3", "opt6"]],
  requiredTogether: [["server", "items"]],
  requiredOneOf: [["server", "count"]],
  requiredIf: [["state", "present", ["server"]]],
  requiredBy: { items: "server" },
};

// A benchmark of a failing spec would measure something else.
const check = validateArguments(spec, args, rules);
if (Object.keys(spec).length !== 30 || check.error !== undefined) {
  throw new Error(`bench spec is wrong: ${check.error}`);
}

Deno.bench("validateArguments: 30 parameters, nested options", () => {
  validateArguments(spec, args, rules);
});
