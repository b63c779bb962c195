/**
 * The parity cases: hand-written ones for every rule of issue 3, and
 * generated ones (seeded, reproducible) that combine types, coercions and
 * rules at random. Each case is a spec, the task's arguments and what the
 * module then returns; `_validation_test.ts` runs all of them against
 * ansible-core's `AnsibleModule`, `parity_test.ts` a subset through real
 * module processes.
 *
 * @module
 */

import { ansibleArgs } from "../../_ansible_args.ts";
import type { ArgumentRules } from "../../_validation.ts";
import type { ParityCase } from "./case.ts";
import { DETAIL_CASES } from "./detail_cases.ts";

export type { ParityCase } from "./case.ts";

/**
 * Environment both sides run with: `path` expansion and `env` fallbacks
 * read it.
 *
 * @example
 * ```ts
 * import { TEST_ENV } from "./cases.ts";
 * console.assert(TEST_ENV.AT_VALIDATION_VAR === "/srv/data");
 * ```
 */
export const TEST_ENV: Readonly<Record<string, string>> = {
  AT_VALIDATION_VAR: "/srv/data",
  AT_VALIDATION_TOKEN: "s3cret-from-env",
};

/**
 * A case's full `ANSIBLE_MODULE_ARGS`, in `runAsAnsible`'s key order: user
 * arguments, then the `_ansible_*` keys the controller sends (`runAsAnsible`'s,
 * minus its temp paths, so that every side sees the same arguments), then the
 * case's own `_ansible_*` keys.
 *
 * @example
 * ```ts
 * import { moduleArgs } from "./cases.ts";
 * const args = moduleArgs({ name: "x", spec: {}, args: { a: 1 } });
 * console.assert(args._ansible_module_name === "hello");
 * ```
 */
export function moduleArgs(c: ParityCase): Record<string, unknown> {
  const { user, internal } = splitArgs(c);
  const args: Record<string, unknown> = {
    ...user,
    ...ansibleArgs({ moduleName: c.moduleName ?? "hello" }),
    ...internal,
  };
  if (c.newerController) delete args._ansible_string_conversion_action;
  return args;
}

/**
 * A case's arguments split into the user's and the `_ansible_*` ones.
 *
 * @example
 * ```ts
 * import { splitArgs } from "./cases.ts";
 * const { internal } = splitArgs({ name: "x", spec: {}, args: { _ansible_no_log: true } });
 * console.assert(internal._ansible_no_log === true);
 * ```
 */
export function splitArgs(
  c: ParityCase,
): { user: Record<string, unknown>; internal: Record<string, unknown> } {
  const user: Record<string, unknown> = {};
  const internal: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.args)) {
    (k.startsWith("_ansible_") ? internal : user)[k] = v;
  }
  return { user, internal };
}

const HAND: ParityCase[] = [];

function add(...cases: ParityCase[]): void {
  HAND.push(...cases);
}

// --- types -----------------------------------------------------------------
add(
  {
    name: "str converts non-strings with Python str()",
    spec: { a: { type: "str" }, b: {}, c: { type: "str" }, d: { type: "str" } },
    args: { a: 5, b: true, c: [1, "x", null], d: { k: 1.5 } },
  },
  {
    name: "str conversion ignores _ansible_string_conversion_action in 2.14",
    spec: { a: { type: "str" } },
    args: { a: 12, _ansible_string_conversion_action: "warn" },
  },
  {
    name: "int accepts Python int() strings",
    spec: {
      a: { type: "int" },
      b: { type: "int" },
      c: { type: "int" },
      d: { type: "int" },
    },
    args: { a: "42", b: " -7\n", c: "1_000", d: true },
  },
  {
    name: "int rejects a float string",
    spec: { a: { type: "int" } },
    args: { a: "4.5" },
  },
  {
    name: "int rejects a float and a list",
    spec: { a: { type: "int" }, b: { type: "int" } },
    args: { a: 4.5, b: [1] },
  },
  {
    name: "float accepts Python float() strings",
    spec: {
      a: { type: "float" },
      b: { type: "float" },
      c: { type: "float" },
      d: { type: "float" },
      e: { type: "float" },
    },
    args: { a: "1e3", b: " .5 ", c: "1_0.25", d: 3, e: true },
  },
  {
    name: "float rejects junk",
    spec: { a: { type: "float" } },
    args: { a: "0x10" },
  },
  {
    name: "bool accepts Ansible boolean strings and numbers",
    spec: Object.fromEntries(
      ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].map((
        k,
      ) => [k, { type: "bool" }]),
    ),
    args: {
      a: "yes",
      b: "No",
      c: " TRUE ",
      d: "off",
      e: "1",
      f: "0",
      g: 1,
      h: 0,
      i: "t",
      j: "n",
    },
  },
  {
    name: "bool rejects an unknown string",
    spec: { flag: { type: "bool" } },
    args: { flag: "maybe" },
  },
  {
    name: "bool rejects a list and a number",
    spec: { a: { type: "bool" }, b: { type: "bool" } },
    args: { a: ["yes"], b: 2 },
  },
  {
    name: "list splits strings on commas and wraps numbers",
    spec: {
      a: { type: "list" },
      b: { type: "list" },
      c: { type: "list" },
      d: { type: "list" },
    },
    args: { a: "x,y,,z", b: 5, c: true, d: [1, "2"] },
  },
  {
    name: "list rejects a dict",
    spec: { a: { type: "list" } },
    args: { a: { k: "v" } },
  },
  {
    name: "dict parses JSON and k=v strings",
    spec: { a: { type: "dict" }, b: { type: "dict" }, c: { type: "dict" } },
    args: {
      a: '{"x": 1, "y": [true, null]}',
      b: "k=v, q='a b' r=\"c,d\" s=t=u",
      c: "x=1",
    },
  },
  {
    name: "dict parses a Python literal",
    spec: { a: { type: "dict" } },
    args: { a: "{'x': 1, 'y': True, 'z': None, 'w': [1.5, -2, 'q']}" },
  },
  {
    name: "dict leaves strings safe_eval refuses unevaluated",
    spec: { a: { type: "dict" } },
    args: { a: "{'x': os.system('id')}" },
  },
  {
    name: "dict rejects a bare word",
    spec: { a: { type: "dict" } },
    args: { a: "foo" },
  },
  {
    name: "dict rejects a k=v field without =",
    spec: { a: { type: "dict" } },
    args: { a: "a=1 b" },
  },
  {
    name: "dict rejects broken JSON",
    spec: { a: { type: "dict" } },
    args: { a: "{bad" },
  },
  {
    name: "dict rejects a list",
    spec: { a: { type: "dict" } },
    args: { a: [1, 2] },
  },
  {
    name: "path expands variables and user homes",
    spec: Object.fromEntries(
      ["a", "b", "c", "d", "e", "f", "g", "h", "i"].map((
        k,
      ) => [k, { type: "path" }]),
    ),
    args: {
      a: "~/x",
      b: "~",
      c: "$AT_VALIDATION_VAR/y",
      d: "${AT_VALIDATION_VAR}z",
      e: "$AT_VALIDATION_UNSET/a$",
      f: "~root/b",
      g: "~nosuchuser_zz/c",
      h: 5,
      i: "${}/${AT_VALIDATION_VAR",
    },
  },
  {
    name: "raw keeps values as they are",
    spec: { a: { type: "raw" }, b: { type: "raw" }, c: { type: "raw" } },
    args: { a: { x: [1] }, b: 5, c: "s" },
  },
  {
    name: "jsonarg and json dump containers and strip strings",
    spec: { a: { type: "jsonarg" }, b: { type: "json" }, c: { type: "json" } },
    args: { a: { x: 1, y: [true, null, 1.5], z: "é\n" }, b: "  [1] ", c: [] },
  },
  {
    name: "jsonarg rejects a number",
    spec: { a: { type: "jsonarg" } },
    args: { a: 5 },
  },
  {
    name: "bytes converts human sizes",
    spec: Object.fromEntries(
      ["a", "b", "c", "d", "e", "f"].map((k) => [k, { type: "bytes" }]),
    ),
    args: { a: "1K", b: "1.5 MB", c: "10", d: "2.5", e: "3 kilobytes", f: 7 },
  },
  {
    name: "bytes rejects bit units",
    spec: { a: { type: "bytes" } },
    args: { a: "1Mb" },
  },
  {
    name: "bits converts and rejects",
    spec: { a: { type: "bits" }, b: { type: "bits" } },
    args: { a: "1Mb", b: "1MB" },
  },
  {
    name: "custom callable type",
    spec: { a: { type: "$fn:upper" }, b: { type: "$fn:port" } },
    args: { a: "abc", b: 8080 },
  },
  {
    name: "custom callable type error names the callable",
    spec: { a: { type: "$fn:upper" }, b: { type: "$fn:port" } },
    args: { a: 5, b: 0 },
  },
  {
    name: "unknown type name",
    spec: { a: { type: "nope" } },
    args: { a: "x" },
  },
);

// --- required / default / choices ----------------------------------------------
add(
  {
    name: "missing required arguments are sorted",
    spec: {
      zeta: { required: true },
      alpha: { required: true },
      mid: { required: true },
    },
    args: { mid: "x" },
  },
  {
    name: "explicit null satisfies required",
    spec: { a: { required: true, type: "int" } },
    args: { a: null },
  },
  {
    name: "required with a default is an internal error",
    spec: { a: { required: true, default: "x" }, b: { aliases: ["bee"] } },
    args: { bee: 1 },
  },
  {
    name: "defaults fill unset options, null otherwise",
    spec: {
      a: { type: "int", default: 0 },
      b: { type: "bool", default: false },
      c: { type: "str", default: "" },
      d: { type: "list" },
      e: { type: "str", default: 5 },
      f: { type: "dict", default: { k: "v" } },
    },
    args: {},
  },
  {
    name: "choices mismatch",
    spec: { state: { choices: ["present", "absent"], default: "present" } },
    args: { state: "gone" },
  },
  {
    name: "choices compare after type conversion",
    spec: {
      n: { type: "int", choices: [1, 2, 3] },
      m: { type: "float", choices: [1, 2.5] },
    },
    args: { n: "2", m: "2.5" },
  },
  {
    name: "choices on a list",
    spec: { x: { type: "list", choices: ["a", "b"] } },
    args: { x: "a,c,d" },
  },
  {
    name: "choices map 'False' back to a boolean choice",
    spec: { a: { choices: [false, "maybe"] }, b: { choices: [true, "yes"] } },
    args: { a: false, b: true },
  },
  {
    name: "choices reject explicit null",
    spec: { state: { choices: ["present", "absent"] } },
    args: { state: null },
  },
  {
    name: "choices message prints non-string choices",
    spec: { level: { type: "int", choices: [1, 2] } },
    args: { level: 7 },
  },
);

// --- aliases -----------------------------------------------------------------
add(
  {
    name: "alias is resolved to the canonical name",
    spec: { name: { aliases: ["n"], type: "str" } },
    args: { n: 5 },
  },
  {
    name: "alias and name both given: alias wins, warning",
    spec: { name: { aliases: ["n", "nm"] } },
    args: { name: "a", n: "b" },
  },
  {
    name: "two aliases given",
    spec: { name: { aliases: ["n", "nm"] } },
    args: { nm: "c", n: "b" },
  },
  {
    name: "deprecated alias",
    spec: {
      name: {
        aliases: ["old_name"],
        deprecated_aliases: [{
          name: "old_name",
          version: "3.0.0",
          collection_name: "acme.tools",
        }],
      },
      other: {
        aliases: ["legacy"],
        deprecated_aliases: [{ name: "legacy", date: "2030-01-01" }],
      },
    },
    args: { old_name: "x", legacy: "y" },
  },
  {
    name: "unsupported lists supported names and aliases",
    spec: {
      name: { aliases: ["n", "nm"] },
      state: {},
      path: { aliases: ["dest"] },
    },
    args: { colour: "blue", shape: 1, n: "x" },
  },
  {
    name: "mutually exclusive through an alias",
    spec: { src: { aliases: ["source"] }, content: {} },
    args: { source: "a", content: "b" },
    rules: { mutuallyExclusive: [["src", "content"]] },
  },
);

// --- elements ----------------------------------------------------------------
add(
  {
    name: "elements int with a bad element drops it",
    spec: { ports: { type: "list", elements: "int" } },
    args: { ports: ["80", "http", 443] },
  },
  {
    name: "elements str converts",
    spec: { tags: { type: "list", elements: "str" } },
    args: { tags: [1, true, "x"] },
  },
  {
    name: "elements on a non-list type",
    spec: { a: { type: "str", elements: "str" } },
    args: { a: "xy" },
  },
  {
    name: "elements dict parses k=v strings",
    spec: { items: { type: "list", elements: "dict" } },
    args: { items: ["a=1", { b: 2 }] },
  },
  {
    name: "elements bool error message",
    spec: { flags: { type: "list", elements: "bool" } },
    args: { flags: ["yes", "perhaps"] },
  },
);

// --- nested options ------------------------------------------------------------
const SERVER: Record<string, unknown> = {
  type: "dict",
  options: {
    host: { type: "str", required: true },
    port: { type: "int", default: 80 },
    proto: { choices: ["http", "https"], default: "http" },
  },
};
add(
  {
    name: "nested options convert and default",
    spec: { server: SERVER },
    args: { server: { host: "h", port: "8080" } },
  },
  {
    name: "nested options from a k=v string",
    spec: { server: SERVER },
    args: { server: "host=h port=81" },
  },
  {
    name: "nested missing required",
    spec: { server: SERVER },
    args: { server: { port: 1 } },
  },
  {
    name: "nested type error",
    spec: { server: SERVER },
    args: { server: { host: "h", port: "eighty" } },
  },
  {
    name: "nested choices error",
    spec: { server: SERVER },
    args: { server: { host: "h", proto: "ftp" } },
  },
  {
    name: "nested unsupported",
    spec: { server: SERVER },
    args: { server: { host: "h", bogus: 1, extra: 2 } },
  },
  {
    name: "nested unset dict stays null",
    spec: { server: SERVER },
    args: {},
  },
  {
    name: "list of dicts with alias warnings and indexes",
    spec: {
      items: {
        type: "list",
        elements: "dict",
        options: {
          name: { aliases: ["n"], required: true },
          size: { type: "int" },
        },
      },
    },
    args: { items: [{ name: "a" }, { name: "b", n: "c", size: "3" }] },
  },
  {
    name: "list of dicts with errors in two elements",
    spec: {
      items: {
        type: "list",
        elements: "dict",
        options: { name: { required: true }, size: { type: "int" } },
      },
    },
    args: { items: [{ size: "x" }, { name: "b", size: "y" }] },
  },
  {
    name: "deep nesting context",
    spec: {
      outer: {
        type: "dict",
        options: {
          inner: {
            type: "list",
            elements: "dict",
            options: {
              leaf: { type: "int", required: true },
              mode: { choices: ["a"] },
            },
          },
        },
      },
    },
    args: { outer: { inner: [{ leaf: "1" }, { leaf: "z", mode: "b" }, {}] } },
  },
  {
    name: "apply_defaults builds the sub dict",
    spec: {
      conf: {
        type: "dict",
        apply_defaults: true,
        options: { a: { default: "x" }, b: { type: "int" } },
      },
      plain: { type: "dict", options: { a: { default: "x" } } },
    },
    args: {},
  },
  {
    name: "nested rules carry the context",
    spec: {
      conn: {
        type: "dict",
        options: { a: {}, b: {}, c: {}, d: {}, state: {} },
        mutually_exclusive: [["a", "b"]],
        required_together: [["c", "d"]],
        required_one_of: [["a", "b", "c"]],
        required_if: [["state", "on", ["d"]]],
        required_by: { a: ["state"] },
      },
    },
    args: { conn: { a: 1, b: 2, c: 3, state: "on" } },
  },
  {
    name: "nested required_one_of alone",
    spec: {
      conn: {
        type: "dict",
        options: { a: {}, b: {} },
        required_one_of: [["a", "b"]],
      },
    },
    args: { conn: {} },
  },
  {
    name: "nested value that is not a dict",
    spec: { server: SERVER },
    args: { server: "not a dict" },
  },
  {
    name: "nested removed_in_version deprecation and no_log",
    spec: {
      server: {
        type: "dict",
        options: {
          token: {
            no_log: true,
            removed_in_version: "2.0.0",
            removed_from_collection: "acme.tools",
          },
          user: {},
        },
      },
    },
    args: { server: { token: "t0ps3cret", user: "u" } },
  },
);

// --- no_log ------------------------------------------------------------------
add(
  {
    name: "no_log values are collected from every shape",
    spec: {
      password: { no_log: true },
      keys: { type: "list", no_log: true },
      creds: { type: "dict", no_log: true },
      pin: { type: "int", no_log: true },
      secret: { no_log: true, default: "dflt" },
      empty: { no_log: true },
      login: { type: "dict", options: { passphrase: { no_log: true } } },
    },
    args: {
      password: "hunter2",
      keys: ["k1", "", "k2"],
      creds: { u: "admin", p: ["p1", 7] },
      pin: 1234,
      empty: "",
      login: { passphrase: "open sesame" },
    },
  },
  {
    name: "password-like names without no_log warn",
    spec: {
      password: {},
      login_passwd: { no_log: false },
      pass_phrase: {},
      bypass_check: {},
      token: { aliases: ["api_password"] },
    },
    args: { api_password: "x" },
  },
  {
    name: "_ansible_no_log suppresses the no_log warning",
    spec: { password: {} },
    args: { password: "x", _ansible_no_log: true },
  },
  {
    name: "no no_log warning when validation fails",
    spec: { password: {}, n: { type: "int" } },
    args: { n: "x" },
  },
  {
    name: "env fallback fills a no_log option",
    spec: {
      token: {
        no_log: true,
        fallback: ["env", ["AT_VALIDATION_NOPE", "AT_VALIDATION_TOKEN"]],
      },
      other: { fallback: ["env", ["AT_VALIDATION_NOPE"]] },
    },
    args: {},
  },
);

// --- unsupported / internal keys -------------------------------------------------
add(
  {
    name: "unsupported names are sorted",
    spec: { a: {}, b: {} },
    args: { zz: 1, aa: 2, a: 3 },
  },
  {
    name: "another error comes before unsupported",
    spec: { a: { type: "int" } },
    args: { a: "x", bogus: 1 },
  },
  {
    name: "moduleName option names the module",
    spec: { a: {} },
    args: { b: 1 },
    moduleName: "acme.tools.widget",
  },
  {
    name: "_ansible_ keys are never parameters",
    spec: { a: {} },
    args: {
      a: 1,
      _ansible_check_mode: false,
      _ansible_debug: false,
      _ansible_diff: true,
      _ansible_verbosity: 3,
      _ansible_version: "2.14.18",
      _ansible_syslog_facility: "LOG_USER",
      _ansible_selinux_special_fs: ["nfs"],
      _ansible_socket: null,
      _ansible_shell_executable: "/bin/sh",
      _ansible_keep_remote_files: false,
      _ansible_tmpdir: "/tmp/x",
      _ansible_remote_tmp: "~/.ansible/tmp",
    },
  },
  {
    name: "an invalid _ansible_ boolean fails first",
    spec: { a: { type: "int" } },
    args: { a: "x", _ansible_no_log: "maybe" },
    skipParams: true,
  },
);

// --- top-level rules -------------------------------------------------------------
add(
  {
    name: "mutually exclusive lists every violated group",
    spec: { a: {}, b: {}, c: {}, d: {}, e: {} },
    args: { a: 1, b: 2, c: 3, d: 4 },
    rules: { mutuallyExclusive: [["a", "b"], ["c", "d", "e"], ["a", "e"]] },
  },
  {
    name: "required together",
    spec: { a: {}, b: {}, c: {} },
    args: { a: 1 },
    rules: { requiredTogether: [["a", "b"]] },
  },
  {
    name: "required together counts defaults",
    spec: { a: {}, b: { default: "x" } },
    args: {},
    rules: { requiredTogether: [["a", "b"]] },
  },
  {
    name: "required one of",
    spec: { a: {}, b: {}, c: {} },
    args: { c: 1 },
    rules: { requiredOneOf: [["a", "c"], ["a", "b"]] },
  },
  {
    name: "required if (all)",
    spec: { state: {}, path: {}, mode: {}, owner: {} },
    args: { state: "present", owner: "root" },
    rules: { requiredIf: [["state", "present", ["path", "mode", "owner"]]] },
  },
  {
    name: "required if (any)",
    spec: { state: {}, a: {}, b: {} },
    args: { state: "present" },
    rules: {
      requiredIf: [["state", "absent", ["a"]], [
        "state",
        "present",
        ["a", "b"],
        true,
      ]],
    },
  },
  {
    name: "required if (any) satisfied by one",
    spec: { state: {}, a: {}, b: {} },
    args: { state: "present", b: 1 },
    rules: { requiredIf: [["state", "present", ["a", "b"], true]] },
  },
  {
    name: "required if compares converted values",
    spec: { force: { type: "bool" }, count: { type: "int" }, reason: {} },
    args: { force: "yes", count: "3" },
    rules: {
      requiredIf: [["count", 3, ["reason"]], ["force", true, ["reason"]]],
    },
  },
  {
    name: "required by with a string and a list",
    spec: { owner: {}, group: {}, mode: {}, seuser: {} },
    args: { owner: "root", mode: "0644" },
    rules: { requiredBy: { mode: "owner", owner: ["group", "seuser"] } },
  },
  {
    name: "required by skips null values",
    spec: { owner: {}, group: {} },
    args: { owner: null },
    rules: { requiredBy: { owner: "group" } },
  },
  {
    name: "errors keep ansible-core's order",
    spec: {
      name: { required: true },
      count: { type: "int" },
      state: { choices: ["on", "off"] },
      a: {},
      b: {},
    },
    args: { count: "many", state: "dim", a: 1, b: 2, bogus: true },
    rules: {
      mutuallyExclusive: [["a", "b"]],
      requiredTogether: [["count", "name"]],
      requiredIf: [["state", "dim", ["name"]]],
    },
  },
  {
    name: "valid spec with every rule satisfied",
    spec: {
      state: { choices: ["present", "absent"], default: "present" },
      path: { type: "path", required: true, aliases: ["dest"] },
      mode: { type: "raw" },
      owner: {},
      group: {},
      backup: { type: "bool", default: false },
    },
    args: { dest: "/etc/motd", owner: "root", group: "wheel", backup: "yes" },
    rules: {
      mutuallyExclusive: [["mode", "backup"]],
      requiredTogether: [["owner", "group"]],
      requiredOneOf: [["path", "mode"]],
      requiredIf: [["state", "present", ["path"]]],
      requiredBy: { owner: "group" },
    },
  },
);

// --- deprecations ----------------------------------------------------------------
add(
  {
    name: "removed_in_version and removed_at_date",
    spec: {
      old: {
        removed_in_version: "3.0.0",
        removed_from_collection: "acme.tools",
      },
      older: { removed_at_date: "2030-12-31" },
      unused: { removed_in_version: "9.9" },
    },
    args: { old: 1, older: 2 },
  },
);

// --- Python formatting and less common paths ---------------------------------------
add(
  {
    name: "str uses Python float and string repr",
    spec: {
      a: { type: "str" },
      b: { type: "str" },
      c: { type: "str" },
      d: { type: "str" },
    },
    args: {
      a: 0.00001,
      b: -123456.789,
      c: ["it's", 'say "hi"', "é\u200b\t"],
      d: { "k'": [] },
    },
  },
  {
    name: "choices message prints a dict value",
    spec: { a: { type: "raw", choices: ["x"] } },
    args: { a: { k: [1, true] } },
  },
  {
    name: "null values still count for mutually exclusive and required one of",
    spec: { a: {}, b: {}, c: {} },
    args: { a: null, b: 1 },
    rules: { mutuallyExclusive: [["a", "b"]], requiredOneOf: [["a", "c"]] },
  },
  {
    name: "list choices check converted int elements",
    spec: { levels: { type: "list", elements: "int", choices: [1, 2, 3] } },
    args: { levels: "3,1" },
  },
  {
    name: "elements with a custom callable",
    spec: { names: { type: "list", elements: "$fn:upper" } },
    args: { names: ["a", 2, "c"] },
  },
  {
    name: "nested alias warning and deprecated alias use the dotted prefix",
    spec: {
      server: {
        type: "dict",
        options: {
          host: {
            aliases: ["hostname", "old_host"],
            deprecated_aliases: [{ name: "old_host", version: "2.0" }],
          },
        },
      },
    },
    args: { server: { host: "a", old_host: "b" } },
  },
  {
    name: "nested required with default is reported",
    spec: {
      server: {
        type: "dict",
        options: { host: { required: true, default: "x" } },
      },
    },
    args: { server: {} },
  },
  {
    name: "dict type with a list of dicts validates each dict",
    spec: { server: SERVER },
    args: { server: [{ host: "a" }, { port: "x" }] },
  },
  {
    name: "list of dicts with a non-dict element",
    spec: {
      servers: {
        type: "list",
        elements: "dict",
        options: { host: { required: true }, key: { no_log: true } },
      },
    },
    args: { servers: [5, { host: "a", key: "k3y" }] },
  },
  {
    name: "apply_defaults on a list of dicts",
    spec: {
      items: {
        type: "list",
        elements: "dict",
        apply_defaults: true,
        options: { a: { default: 1, type: "int" } },
      },
    },
    args: {},
  },
  {
    name: "nested deprecations under a list",
    spec: {
      items: {
        type: "list",
        elements: "dict",
        options: {
          old: {
            removed_at_date: "2031-01-01",
            removed_from_collection: "acme.tools",
          },
        },
      },
    },
    args: { items: [{ old: 1 }, { old: 2 }, {}] },
  },
  {
    name: "required_by counts non-null defaults",
    spec: { a: {}, b: { default: "x" }, c: {} },
    args: {},
    rules: { requiredBy: { b: ["c"] } },
  },
  {
    name: "unsupported alongside an alias",
    spec: { name: { aliases: ["n"] } },
    args: { n: "x", nope: 1 },
  },
  {
    name: "bytes with odd inputs",
    spec: {
      a: { type: "bytes" },
      b: { type: "bytes" },
      c: { type: "bytes" },
      d: { type: "bytes" },
    },
    args: { a: " 2 G", b: "0.5K", c: "1.5", d: "3.5" },
  },
  {
    name: "bytes rejects a bool",
    spec: { a: { type: "bytes" } },
    args: { a: true },
  },
  {
    name: "int rejects empty and underscore-edged strings",
    spec: { a: { type: "int" }, b: { type: "int" }, c: { type: "int" } },
    args: { a: "", b: "_1", c: "1__0" },
  },
);

// --- more types and coercions ------------------------------------------------------
add(
  {
    name: "bool accepts every Ansible boolean string in any case",
    spec: Object.fromEntries(
      [
        "yes",
        "NO",
        "On",
        "oFF",
        "True",
        "FALSE",
        "Y",
        "n",
        "T",
        "f",
        "1",
        "0",
      ].map((_, i) => [`b${i}`, { type: "bool" }]),
    ),
    args: Object.fromEntries(
      [
        "yes",
        "NO",
        "On",
        "oFF",
        "True",
        "FALSE",
        "Y",
        "n",
        "T",
        "f",
        "1",
        "0",
      ].map((v, i) => [`b${i}`, v]),
    ),
  },
  {
    name: "bool rejects a float and an empty string",
    spec: { a: { type: "bool" }, b: { type: "bool" } },
    args: { a: 1.5, b: "" },
  },
  {
    name: "str conversion with _ansible_string_conversion_action error",
    spec: { a: { type: "str" }, b: { type: "list", elements: "str" } },
    args: {
      a: 3.25,
      b: [false, 7],
      _ansible_string_conversion_action: "error",
    },
  },
  {
    name: "str conversion with _ansible_string_conversion_action ignore",
    spec: { a: { type: "str" } },
    args: { a: null, _ansible_string_conversion_action: "ignore" },
  },
  {
    name: "int passes large and negative values and a bool",
    spec: { a: { type: "int" }, b: { type: "int" }, c: { type: "int" } },
    args: { a: 9007199254740991, b: "-0", c: false },
  },
  {
    name: "float converts ints and strings with exponents",
    spec: { a: { type: "float" }, b: { type: "float" }, c: { type: "float" } },
    args: { a: "-2.5E-3", b: "7", c: 0.1 },
  },
  {
    name: "float rejects a list",
    spec: { a: { type: "float" } },
    args: { a: [1.5] },
  },
  {
    name: "list of a single word and of an empty string",
    spec: { a: { type: "list" }, b: { type: "list" }, c: { type: "list" } },
    args: { a: "solo", b: "", c: 1.5 },
  },
  {
    name: "dict from JSON with nesting and from quoted k=v",
    spec: { a: { type: "dict" }, b: { type: "dict" } },
    args: { a: '{"outer": {"inner": [1, 2]}}', b: "a='x y', b=\"1,2\"" },
  },
  {
    name: "dict rejects a number",
    spec: { a: { type: "dict" } },
    args: { a: 12 },
  },
  {
    name: "path leaves a plain path and converts a bool",
    spec: { a: { type: "path" }, b: { type: "path" } },
    args: { a: "/etc/hosts", b: true },
  },
  {
    name: "jsonarg keeps unicode escaped and nested order",
    spec: { a: { type: "jsonarg" }, b: { type: "json" } },
    args: { a: { z: "日本", a: [{ b: null }] }, b: "\t{}\n" },
  },
  {
    name: "json rejects a bool",
    spec: { a: { type: "json" } },
    args: { a: true },
  },
  {
    name: "bits and bytes accept plain numbers and long unit names",
    spec: {
      a: { type: "bits" },
      b: { type: "bits" },
      c: { type: "bytes" },
      d: { type: "bytes" },
    },
    args: { a: "10", b: "2 megabits", c: "1 GB", d: 2.5 },
  },
  {
    name: "bytes rejects an unknown unit",
    spec: { a: { type: "bytes" } },
    args: { a: "12 Q" },
  },
  {
    name: "raw keeps null inside containers",
    spec: { a: { type: "raw" }, b: { type: "raw" } },
    args: { a: [null, { x: null }], b: false },
  },
  {
    name: "custom type function in nested options",
    spec: {
      conn: {
        type: "dict",
        options: { port: { type: "$fn:port" }, host: { type: "$fn:upper" } },
      },
    },
    args: { conn: { port: 70000, host: "db" } },
  },
);

// --- more elements -------------------------------------------------------------------
add(
  {
    name: "elements float and path convert each element",
    spec: {
      ratios: { type: "list", elements: "float" },
      dirs: { type: "list", elements: "path" },
    },
    args: { ratios: ["1.5", 2, "3e1"], dirs: "~/a,$AT_VALIDATION_VAR" },
  },
  {
    name: "elements bytes with one bad element",
    spec: { sizes: { type: "list", elements: "bytes" } },
    args: { sizes: ["1K", "lots", 3] },
  },
  {
    name: "elements raw keeps values",
    spec: { any: { type: "list", elements: "raw" } },
    args: { any: [1, "a", { b: [] }] },
  },
  {
    name: "elements dict with options, defaults and aliases",
    spec: {
      users: {
        type: "list",
        elements: "dict",
        options: {
          name: { required: true, aliases: ["login"] },
          shell: { default: "/bin/sh" },
          groups: { type: "list", elements: "str", default: [] },
        },
      },
    },
    args: {
      users: [{ login: "ann" }, { name: "bob", groups: "wheel,adm" }],
    },
  },
  {
    name: "elements dict with options and a bad element type",
    spec: {
      users: {
        type: "list",
        elements: "dict",
        options: { name: { required: true } },
      },
    },
    args: { users: [{ name: "a" }, "name=b"] },
  },
  {
    name: "elements on a dict type",
    spec: { a: { type: "dict", elements: "str" } },
    args: { a: { k: "v" } },
  },
);

// --- more required / default / choices / aliases -----------------------------------------
add(
  {
    name: "required given through an alias",
    spec: { name: { required: true, aliases: ["n"] } },
    args: { n: "x" },
  },
  {
    name: "defaults are converted to the option's type",
    spec: {
      a: { type: "int", default: "5" },
      b: { type: "bool", default: "yes" },
      c: { type: "list", default: "x,y" },
      d: { type: "float", default: 1 },
    },
    args: {},
  },
  {
    name: "an invalid default is reported like an argument",
    spec: { a: { type: "int", default: "five" } },
    args: {},
  },
  {
    name: "choices with ints given as strings before conversion",
    spec: { n: { choices: [1, 2] } },
    args: { n: "1" },
  },
  {
    name: "choices map 'True' back when one boolean-like choice",
    spec: { a: { choices: ["yes", "no", "maybe"] } },
    args: { a: "True" },
  },
  {
    name: "choices on a list with several misses keeps order",
    spec: { x: { type: "list", elements: "str", choices: ["a", "b", "c"] } },
    args: { x: ["d", "a", "e", "d"] },
  },
  {
    name: "choices on a default value",
    spec: { s: { choices: ["a", "b"], default: "c" } },
    args: {},
  },
  {
    name: "deprecated alias with a collection and a version, unused",
    spec: {
      name: {
        aliases: ["old"],
        deprecated_aliases: [{
          name: "old",
          version: "2.0.0",
          collection_name: "acme.tools",
        }],
      },
    },
    args: { name: "x" },
  },
  {
    name: "alias clash warning and unsupported together",
    spec: { name: { aliases: ["n"] }, state: {} },
    args: { name: "a", n: "b", stat: "x" },
  },
);

// --- more nested options -------------------------------------------------------------------
add(
  {
    name: "nested required_if with any",
    spec: {
      conn: {
        type: "dict",
        options: { mode: {}, key: {}, password: { no_log: true } },
        required_if: [["mode", "auth", ["key", "password"], true]],
      },
    },
    args: { conn: { mode: "auth" } },
  },
  {
    name: "nested required_by alone",
    spec: {
      conn: {
        type: "dict",
        options: { user: {}, group: {} },
        required_by: { user: "group" },
      },
    },
    args: { conn: { user: "u" } },
  },
  {
    name: "nested required_together alone",
    spec: {
      conn: {
        type: "dict",
        options: { cert: {}, key: {} },
        required_together: [["cert", "key"]],
      },
    },
    args: { conn: { key: "k" } },
  },
  {
    name: "nested rules inside a list of dicts",
    spec: {
      rules: {
        type: "list",
        elements: "dict",
        options: { port: { type: "int" }, proto: {}, range: {} },
        mutually_exclusive: [["port", "range"]],
      },
    },
    args: { rules: [{ port: "22" }, { port: 80, range: "1-2" }] },
  },
  {
    name: "nested unsupported in a list element",
    spec: {
      rules: { type: "list", elements: "dict", options: { port: {} } },
    },
    args: { rules: [{ port: 1 }, { port: 2, prot: "tcp" }] },
  },
  {
    name: "nested env fallback and no_log",
    spec: {
      auth: {
        type: "dict",
        options: {
          token: {
            no_log: true,
            fallback: ["env", ["AT_VALIDATION_TOKEN"]],
          },
          user: { default: "admin" },
        },
      },
    },
    args: { auth: {} },
  },
  {
    name: "nested apply_defaults two levels deep",
    spec: {
      outer: {
        type: "dict",
        apply_defaults: true,
        options: {
          inner: {
            type: "dict",
            apply_defaults: true,
            options: { a: { type: "int", default: 1 } },
          },
          b: { type: "bool", default: true },
        },
      },
    },
    args: {},
  },
  {
    name: "nested dict from JSON string",
    spec: {
      server: { type: "dict", options: { host: {}, port: { type: "int" } } },
    },
    args: { server: '{"host": "h", "port": "1"}' },
  },
  {
    name: "nested null under apply_defaults becomes the defaults",
    spec: {
      conf: {
        type: "dict",
        apply_defaults: true,
        options: { level: { default: "info" } },
      },
    },
    args: { conf: null },
  },
);

// --- top-level rule combinations -------------------------------------------------------
add(
  {
    name: "required_if with a list requirement of one",
    spec: { state: {}, path: {} },
    args: { state: "absent" },
    rules: { requiredIf: [["state", "absent", ["path"]]] },
  },
  {
    name: "required_if does not apply to another value",
    spec: { state: {}, path: {} },
    args: { state: "present" },
    rules: { requiredIf: [["state", "absent", ["path"]]] },
  },
  {
    name: "required_if on a bool value given as yes",
    spec: { force: { type: "bool" }, why: {} },
    args: { force: "yes" },
    rules: { requiredIf: [["force", true, ["why"]]] },
  },
  {
    name: "required_one_of satisfied by a default",
    spec: { a: { default: "x" }, b: {} },
    args: {},
    rules: { requiredOneOf: [["a", "b"]] },
  },
  {
    name: "mutually exclusive and required one of both fail",
    spec: { a: {}, b: {}, c: {}, d: {} },
    args: { a: 1, b: 2 },
    rules: {
      mutuallyExclusive: [["a", "b"]],
      requiredOneOf: [["c", "d"]],
    },
  },
  {
    name: "required together with three names",
    spec: { a: {}, b: {}, c: {} },
    args: { a: 1, c: 2 },
    rules: { requiredTogether: [["a", "b", "c"]] },
  },
  {
    name: "required by with two keys, first fails",
    spec: { a: {}, b: {}, c: {}, d: {} },
    args: { a: 1, c: 1 },
    rules: { requiredBy: { a: ["b"], c: ["d"] } },
  },
  {
    name: "missing required and unsupported together",
    spec: { name: { required: true } },
    args: { nme: "x" },
  },
);

// --- results: invocation, no_log scrubbing, warnings, deprecations -----------------------------
add(
  {
    name: "result: no_log value masked everywhere it appears",
    spec: { token: { no_log: true }, label: {} },
    args: { token: "Zq7secret", label: "for Zq7secret" },
    result: {
      changed: true,
      echo: "Zq7secret",
      msg: "used Zq7secret twice: Zq7secret",
      nested: { list: ["a", "Zq7secret", ["xZq7secretx"]], Zq7secret: "key" },
    },
  },
  {
    name: "result: numbers containing a no_log value become the marker",
    spec: { pin: { type: "int", no_log: true } },
    args: { pin: "4711" },
    result: { a: 4711, b: 947110, c: 47.11, d: 1.5, e: "4711x", f: [4711] },
  },
  {
    name: "result: a no_log default is scrubbed",
    spec: { key: { no_log: true, default: "dfltKEY9" }, n: { type: "int" } },
    args: { n: 1 },
    result: { msg: "the key is dfltKEY9" },
  },
  {
    name: "result: no_log list and dict values are scrubbed one by one",
    spec: {
      keys: { type: "list", no_log: true },
      creds: { type: "dict", no_log: true },
    },
    args: { keys: "alphaKey,betaKey", creds: { user: "carlUser", pin: 9137 } },
    result: { seen: ["alphaKey", "betaKey gamma", "carlUser", 9137] },
  },
  {
    name: "result: a no_log bool or empty value is no secret",
    spec: { flag: { type: "bool", no_log: true }, empty: { no_log: true } },
    args: { flag: true, empty: "" },
    result: { flag: true, text: "True and empty" },
  },
  {
    name:
      "result: bools and null under a secret inside 'True' (2.19 keeps them)",
    spec: { pw: { no_log: true } },
    args: { pw: "ue" },
    result: { changed: true, ok: false, none: null, list: [true, null] },
  },
  {
    name: "result: exit_json without changed",
    spec: { a: {} },
    args: { a: "x" },
    result: { value: 1 },
  },
  {
    name: "result: fail_json with extra fields, msg scrubbed",
    spec: { pw: { no_log: true } },
    args: { pw: "hunter2x" },
    fail: { msg: "login hunter2x refused", code: 42, failed: false },
  },
  {
    name: "result: warnings given as a list and as a string",
    spec: { a: { aliases: ["b"] } },
    args: { a: 1, b: 2 },
    result: { warnings: ["first", "second"] },
  },
  {
    name: "result: a single warning string",
    spec: { a: {} },
    args: {},
    result: { warnings: "only one" },
  },
  {
    name: "result: an empty warnings list stays",
    spec: { a: {} },
    args: {},
    result: { warnings: [], deprecations: [] },
  },
  {
    name: "result: deprecations in every form",
    spec: { old: { removed_in_version: "3.0" } },
    args: { old: 1 },
    result: {
      deprecations: [
        "plain message",
        "ab",
        ["pair message", "2.0"],
        { msg: "dated", date: "2030-01-01", collection_name: "acme.tools" },
        { msg: "versioned", version: "4.0" },
      ],
    },
  },
  {
    name: "result: a deprecation string outside a list",
    spec: { a: {} },
    args: {},
    result: { deprecations: "xy" },
  },
  {
    name: "result: an invocation given by the module is kept",
    spec: { pw: { no_log: true } },
    args: { pw: "keptSecret" },
    result: { invocation: { custom: "keptSecret" } },
  },
  {
    name: "result: _ansible_no_log hides the invocation",
    spec: { pw: { no_log: true }, user: {}, password: {} },
    args: { pw: "abcSecret", user: "u", password: "p", _ansible_no_log: true },
    result: { msg: "done abcSecret" },
  },
  {
    name: "result: check mode skips a module without check mode support",
    spec: { password: {}, name: { aliases: ["n"] } },
    args: { password: "x", name: "a", n: "b", _ansible_check_mode: true },
  },
  {
    name: "result: check mode runs a module that supports it",
    spec: { password: {} },
    args: { password: "x", _ansible_check_mode: true },
    supportsCheckMode: true,
    result: { changed: true },
  },
  {
    name: "result: a failed validation masks no_log values in msg and args",
    spec: {
      pw: { no_log: true, choices: ["aa", "bb"] },
      n: { type: "int" },
    },
    args: { pw: "wrongPass", n: "x1" },
  },
  {
    name: "result: invocation of a failed validation keeps unconverted values",
    spec: { n: { type: "int" }, m: { type: "int" }, l: { type: "list" } },
    args: { n: "1", m: "two", l: "a,b" },
  },
  {
    name: "result: env fallback secret scrubbed",
    spec: {
      token: { no_log: true, fallback: ["env", ["AT_VALIDATION_TOKEN"]] },
    },
    args: {},
    result: { header: "Bearer s3cret-from-env" },
  },
  {
    name: "result: no_log in a list of dicts",
    spec: {
      users: {
        type: "list",
        elements: "dict",
        options: { name: {}, pass: { no_log: true } },
      },
    },
    args: {
      users: [{ name: "a", pass: "passOne" }, { name: "b", pass: 12345 }],
    },
    result: { log: "a:passOne b:12345", n: 123456 },
  },
  {
    name: "result: password-like name warning next to result warnings",
    spec: { db_password: {}, login_pass: { no_log: false } },
    args: { db_password: "x", login_pass: "y" },
    result: { warnings: ["mine"] },
  },
  {
    name: "result: unicode and quotes survive scrubbing",
    spec: { pw: { no_log: true } },
    args: { pw: 'pä"ß' },
    result: { msg: 'é pä"ß 日本', list: ["'pä\"ß'"] },
  },
  {
    name: "result: fail_json with a no_log number in msg",
    spec: { pin: { type: "int", no_log: true } },
    args: { pin: 8642 },
    fail: { msg: "pin 8642 rejected", pin: 8642, other: 186420 },
  },
);

/**
 * The hand-written cases, one or more for every rule of issue 3.
 *
 * @example
 * ```ts
 * import { HAND_WRITTEN } from "./cases.ts";
 * console.assert(HAND_WRITTEN.length > 100);
 * ```
 */
export const HAND_WRITTEN: readonly ParityCase[] = [
  ...HAND,
  ...DETAIL_CASES.filter((c) => !c.newerController),
];

/**
 * The cases of behaviour ansible-core 2.14 does not have, checked against
 * 2.19 (`_ansible_ignore_unknown_opts`).
 *
 * @example
 * ```ts
 * import { NEWER_CONTROLLER } from "./cases.ts";
 * console.assert(NEWER_CONTROLLER.every((c) => c.newerController));
 * ```
 */
export const NEWER_CONTROLLER: readonly ParityCase[] = DETAIL_CASES.filter(
  (c) => c.newerController,
);

// ---------------------------------------------------------------------------
// Generated cases

/**
 * The seed of the generated cases: `PARITY_SEED` when set (a number, or
 * "random"), else a fixed one so that CI runs the same cases every time.
 *
 * @example
 * ```ts
 * import { paritySeed } from "./cases.ts";
 * console.log(`seed ${paritySeed()}`);
 * ```
 */
export function paritySeed(): number {
  let raw: string | undefined;
  try {
    raw = Deno.env.get("PARITY_SEED");
  } catch {
    raw = undefined;
  }
  if (raw === "random") return Math.floor(Math.random() * 2 ** 31);
  if (raw && /^\d+$/.test(raw)) return Number(raw);
  return 20250603;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
class Rng {
  /** Scales the odds of invalid input and failing rules (clean cases < 1). */
  noise = 1;
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) {
      out.push(pool.splice(this.int(pool.length), 1)[0]);
    }
    return out;
  }
}

const NAMES = [
  "name",
  "state",
  "count",
  "mode",
  "owner",
  "flag",
  "size",
  "tags",
  "conf",
  "level",
  "ratio",
  "data",
  "label",
  "user",
  "port",
  "timeout",
  "target",
  "region",
  "retries",
  "weight",
  "limit",
  "prefix",
  "db_password",
  "passphrase",
] as const;

const TYPES = [
  "str",
  "str",
  "str",
  "int",
  "int",
  "float",
  "bool",
  "bool",
  "list",
  "list",
  "dict",
  "dict",
  "path",
  "raw",
  "jsonarg",
  "json",
  "bytes",
  "bits",
  "$fn:upper",
  "$fn:port",
  undefined,
] as const;
type GenType = (typeof TYPES)[number];

// No digit runs and no letters-only words of 8+: never mistaken for secrets.
const STRINGS = [
  "web",
  "db-01",
  "it's",
  'say "hi"',
  "é",
  "日本",
  "a b",
  "",
  "x,y",
  "k=v",
  "yes",
  "0",
  "3.5",
  " padded ",
  "tab\tsep",
  "~/x",
  "$AT_VALIDATION_VAR/y",
  "{not json",
  "1K",
  "None",
  "present",
  "absent",
];
const BOOL_WORDS = [
  "yes",
  "no",
  "on",
  "off",
  "true",
  "false",
  "y",
  "n",
  "t",
  "f",
  "1",
  "0",
];
const CHOICES: Readonly<Record<string, readonly unknown[]>> = {
  str: ["present", "absent", "started", "yes", "no", "1"],
  int: [1, 2, 3, 10],
};

interface GenContext {
  rng: Rng;
  /** Secret strings handed out so far (no_log values). */
  secrets: string[];
}

function secretWord(ctx: GenContext): string {
  // Letters only, starting with Q: no secret can contain another.
  let s = "Q";
  for (let i = 0; i < 7; i++) s += "abcdefghijkmnoprstuvwxyz"[ctx.rng.int(24)];
  ctx.secrets.push(s);
  return s;
}

function secretNumber(ctx: GenContext): number {
  const n = 100000 + ctx.rng.int(900000);
  ctx.secrets.push(String(n));
  return n;
}

function randomFloat(rng: Rng): number {
  const base = rng.pick([0.5, 1.25, 0.1, 3.75, 1e-5, 123.456, 2.5e-7]);
  return rng.chance(0.3) ? -base : base;
}

function scalar(rng: Rng): unknown {
  switch (rng.int(5)) {
    case 0:
      return rng.pick(STRINGS);
    case 1:
      return rng.int(2000) - 100;
    case 2:
      return randomFloat(rng);
    case 3:
      return rng.chance(0.5);
    default:
      return null;
  }
}

function container(rng: Rng, depth = 0): unknown {
  if (depth > 1 || rng.chance(0.4)) return scalar(rng);
  if (rng.chance(0.5)) {
    return Array.from({ length: rng.int(3) }, () => container(rng, depth + 1));
  }
  const out: Record<string, unknown> = {};
  for (const k of rng.some(["a", "b", "key", "x_y", "Z"], rng.int(3))) {
    out[k] = container(rng, depth + 1);
  }
  return out;
}

/** A value for an option of `type`: mostly valid, sometimes not. */
function valueFor(
  entry: Record<string, unknown>,
  ctx: GenContext,
): unknown {
  const type = entry.type as GenType;
  const { rng } = ctx;
  const valid = !rng.chance(0.18 * rng.noise);
  if (entry.no_log) return secretValue(type, ctx);
  const choices = entry.choices as unknown[] | undefined;
  if (choices && rng.chance(0.6)) {
    if (type === "list") return rng.some(choices, 1 + rng.int(2));
    const c = rng.pick(choices);
    return type === "int" && rng.chance(0.5) ? String(c) : c;
  }
  switch (type) {
    case undefined:
    case "str":
      if (!valid) return rng.chance(0.5) ? [1, "a"] : { k: randomFloat(rng) };
      return rng.chance(0.75) ? rng.pick(STRINGS) : scalar(rng) ?? "v";
    case "int": {
      const n = rng.int(100000) - 1000;
      if (!valid) {
        return rng.pick(["4.5", 4.5, "abc", [1], { a: 1 }, "", "1__0"]);
      }
      return rng.pick([n, String(n), ` ${n}\n`, "1_000", rng.chance(0.5)]);
    }
    case "float":
      if (!valid) return rng.pick(["abc", [1.5], "1,5", "0x10"]);
      return rng.pick([
        randomFloat(rng),
        rng.int(50),
        "1e3",
        ".5",
        "-2.25",
        true,
      ]);
    case "bool": {
      if (!valid) return rng.pick(["maybe", 2, [true], "", 1.5]);
      const word = rng.pick(BOOL_WORDS);
      return rng.pick([
        rng.chance(0.5),
        word,
        word.toUpperCase(),
        ` ${word} `,
        rng.int(2),
      ]);
    }
    case "list": {
      if (!valid) return rng.chance(0.5) ? { a: 1 } : { k: [] };
      const elements = entry.elements as GenType | undefined;
      if (elements === "dict") return subDicts(entry, ctx);
      const items = Array.from(
        { length: rng.int(4) },
        () => elements ? valueFor({ type: elements }, ctx) : scalar(rng),
      );
      if (rng.chance(0.3) && items.every((i) => typeof i === "string")) {
        return items.join(",");
      }
      return rng.chance(0.15) ? rng.pick([7, true, "solo"]) : items;
    }
    case "dict": {
      if (entry.options) return subDict(entry, ctx);
      if (!valid) return rng.pick(["foo", [1, 2], 5, "a=1 b"]);
      return rng.pick([
        container(rng, 1) ?? {},
        { a: 1, b: "two" },
        '{"x": [1, true, null]}',
        "k=v x='a b'",
        "{'x': 1, 'y': None}",
      ]);
    }
    case "path":
      return rng.pick(["~/x", "~", "$AT_VALIDATION_VAR/y", "/etc", "rel/p", 5]);
    case "raw":
      return container(rng);
    case "jsonarg":
    case "json":
      if (!valid) return rng.pick([5, true, 1.5]);
      return rng.pick([
        container(rng, 1) ?? [],
        { a: [1, "x"] },
        " [1] ",
        "{}",
      ]);
    case "bytes":
      if (!valid) return rng.pick(["1Mb", "lots", true, "12 Q"]);
      return rng.pick(["1K", "2.5 MB", "10", 7, "1 GB", " 2 G", "0.5K"]);
    case "bits":
      if (!valid) return rng.pick(["1MB", "lots", false]);
      return rng.pick(["1Mb", "10", "3 kilobits", 8, "2 Gb"]);
    case "$fn:upper":
      return valid ? rng.pick(["abc", "Mixed", ""]) : rng.pick([5, true]);
    case "$fn:port":
      return valid ? 1 + rng.int(65535) : rng.pick([0, 70000, "80"]);
  }
}

function secretValue(type: GenType, ctx: GenContext): unknown {
  const { rng } = ctx;
  switch (type) {
    case "int":
      return rng.chance(0.5) ? secretNumber(ctx) : String(secretNumber(ctx));
    case "list":
      return rng.chance(0.5)
        ? [secretWord(ctx), secretNumber(ctx)]
        : `${secretWord(ctx)},${secretWord(ctx)}`;
    case "dict":
      return { user: secretWord(ctx), pin: secretNumber(ctx) };
    default:
      return secretWord(ctx);
  }
}

function subDict(
  entry: Record<string, unknown>,
  ctx: GenContext,
): unknown {
  const { rng } = ctx;
  const options = entry.options as Record<string, Record<string, unknown>>;
  if (rng.chance(0.1)) return null;
  const out = argsFor(options, ctx);
  // Strings Python converts before it descends (never a broken k=v: that crashes it).
  if (
    rng.chance(0.1) &&
    Object.values(out).every((v) => typeof v === "string" && /^\w+$/.test(v))
  ) {
    return Object.entries(out).map(([k, v]) => `${k}=${v}`).join(" ");
  }
  return out;
}

function subDicts(entry: Record<string, unknown>, ctx: GenContext): unknown {
  const { rng } = ctx;
  if (!entry.options) {
    return Array.from(
      { length: rng.int(3) },
      () => rng.chance(0.8) ? { a: rng.pick(STRINGS) } : "a=1",
    );
  }
  return Array.from({ length: rng.int(3) }, () => {
    const sub = subDict(entry, ctx);
    return sub === null ? {} : sub;
  });
}

/** A spec of `size` options; nested `options` while `depth` allows. */
function specFor(
  rng: Rng,
  opts: { size: number; depth: number; taken: Set<string> },
): Record<string, Record<string, unknown>> {
  const spec: Record<string, Record<string, unknown>> = {};
  const names = rng.some(NAMES, opts.size);
  for (const name of names) opts.taken.add(name);
  for (const name of names) {
    const type = rng.pick(TYPES);
    const entry: Record<string, unknown> = {};
    if (type !== undefined || rng.chance(0.5)) entry.type = type ?? "str";
    if (type === "list" && rng.chance(0.6)) {
      entry.elements = rng.pick(
        opts.depth > 0
          ? ["str", "int", "bool", "float", "path", "dict", "dict", "raw"]
          : ["str", "int", "bool", "float", "path", "raw"],
      );
      if (entry.elements === "dict" && rng.chance(0.7)) {
        entry.options = specFor(rng, {
          ...opts,
          size: 1 + rng.int(3),
          depth: opts.depth - 1,
        });
        subRules(rng, entry);
      }
    }
    if (type === "dict" && opts.depth > 0 && rng.chance(0.5)) {
      entry.options = specFor(rng, {
        ...opts,
        size: 1 + rng.int(3),
        depth: opts.depth - 1,
      });
      subRules(rng, entry);
    }
    if (entry.options && rng.chance(0.3)) entry.apply_defaults = true;
    const t = type ?? "str";
    // Only str elements for list choices: 2.14 crashes joining a missed int.
    const chooses = t === "str" || t === "int" ||
      (t === "list" && entry.elements === "str");
    if (chooses && rng.chance(0.2)) {
      const pool = CHOICES[t === "list" ? entry.elements as string : t];
      entry.choices = rng.some(pool, 2 + rng.int(3));
    }
    // Float and no_log are kept apart: 7.0 and 7 are one number in JSON.
    const secretive = !entry.options &&
      (t === "str" || t === "int" || t === "list" || t === "dict") &&
      !(t === "list" && entry.elements && entry.elements !== "str");
    if (secretive && rng.chance(0.25)) entry.no_log = true;
    else if (rng.chance(0.05)) entry.no_log = false;
    if (rng.chance(0.2)) {
      const aliases = [`${name}_alias`];
      if (rng.chance(0.3)) aliases.push(`${name[0]}${name.length}`);
      if (aliases.every((a) => !opts.taken.has(a))) {
        for (const a of aliases) opts.taken.add(a);
        entry.aliases = aliases;
        if (rng.chance(0.3)) {
          entry.deprecated_aliases = [
            rng.chance(0.5)
              ? {
                name: aliases[0],
                version: "3.0.0",
                collection_name: "acme.tools",
              }
              : { name: aliases[0], date: "2031-06-30" },
          ];
        }
      }
    }
    if (rng.chance(0.12)) entry.required = true;
    else if (rng.chance(0.25)) {
      const ctx: GenContext = { rng, secrets: [] };
      // ansible-core crashes on a no_log default that is a list or a dict.
      const dflt = !entry.no_log
        ? valueFor(entry, ctx)
        : t === "str" || t === "int"
        ? secretValue(t, ctx)
        : null;
      if (dflt !== null) entry.default = dflt;
    }
    if (rng.chance(0.04)) {
      entry.removed_in_version = "9.0.0";
      if (rng.chance(0.5)) entry.removed_from_collection = "acme.tools";
    } else if (rng.chance(0.03)) entry.removed_at_date = "2032-01-01";
    if (
      opts.depth === 2 && !entry.options && (t === "str" || t === "path") &&
      rng.chance(0.06)
    ) {
      entry.fallback = [
        "env",
        rng.chance(0.5)
          ? ["AT_VALIDATION_NOPE", "AT_VALIDATION_VAR"]
          : ["AT_VALIDATION_NOPE"],
      ];
    }
    spec[name] = entry;
  }
  return spec;
}

function groups(rng: Rng, opts: { names: string[]; size: number }): string[][] {
  const { names, size } = opts;
  const out: string[][] = [];
  for (let i = 0, n = 1 + rng.int(2); i < n && names.length >= size; i++) {
    out.push(rng.some(names, size + rng.int(2)));
  }
  return out;
}

function ruleSet(
  rng: Rng,
  spec: Record<string, Record<string, unknown>>,
): Record<string, unknown> {
  const names = Object.keys(spec);
  const rules: Record<string, unknown> = {};
  if (names.length < 2) return rules;
  if (rng.chance(0.2 * rng.noise)) {
    rules.mutually_exclusive = groups(rng, { names, size: 2 });
  }
  if (rng.chance(0.2 * rng.noise)) {
    rules.required_together = groups(rng, { names, size: 2 });
  }
  if (rng.chance(0.2 * rng.noise)) {
    rules.required_one_of = groups(rng, { names, size: 2 });
  }
  if (rng.chance(0.25)) {
    const [key, ...others] = rng.some(names, 3);
    const entry = spec[key];
    const value = entry.choices
      ? rng.pick(entry.choices as unknown[])
      : entry.type === "bool"
      ? rng.chance(0.5)
      : rng.pick(["present", 1, "yes"]);
    const rule: unknown[] = [key, value, others];
    if (rng.chance(0.4)) rule.push(true);
    rules.required_if = [rule];
  }
  if (rng.chance(0.2)) {
    const [key, ...others] = rng.some(names, 3);
    rules.required_by = { [key]: others.length === 1 ? others[0] : others };
  }
  return rules;
}

function subRules(rng: Rng, entry: Record<string, unknown>): void {
  Object.assign(
    entry,
    ruleSet(rng, entry.options as Record<string, Record<string, unknown>>),
  );
}

/** Arguments for a spec: each option present or not, by name or alias. */
function argsFor(
  spec: Record<string, Record<string, unknown>>,
  ctx: GenContext,
): Record<string, unknown> {
  const { rng } = ctx;
  const args: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(spec)) {
    if (!rng.chance(entry.required ? 1 - 0.1 * rng.noise : 0.6)) continue;
    const value = rng.chance(0.07 * rng.noise) ? null : valueFor(entry, ctx);
    const aliases = entry.aliases as string[] | undefined;
    if (aliases && rng.chance(0.1)) {
      args[name] = valueFor(entry, ctx);
      args[rng.pick(aliases)] = value;
    } else if (aliases && rng.chance(0.4)) args[rng.pick(aliases)] = value;
    else args[name] = value;
  }
  return args;
}

function randomResult(ctx: GenContext): Record<string, unknown> {
  const { rng } = ctx;
  const out: Record<string, unknown> = {};
  const keys = rng.some(
    ["changed", "msg", "stdout", "items", "count", "info", "output", "enabled"],
    1 + rng.int(4),
  );
  for (const key of keys) {
    const secret = ctx.secrets.length && rng.chance(0.5)
      ? rng.pick(ctx.secrets)
      : undefined;
    switch (key) {
      case "changed":
      case "enabled":
        out[key] = rng.chance(0.5);
        break;
      case "count":
        out[key] = secret && /^\d+$/.test(secret)
          ? Number(secret) * 10 + rng.int(10)
          : rng.int(1000);
        break;
      case "items":
        out[key] = [secret ?? "plain", container(rng, 1), rng.int(9)];
        break;
      case "info":
        out[key] = {
          [secret ?? "k"]: secret ? `is ${secret}` : "v",
          n: container(rng, 1),
        };
        break;
      default:
        out[key] = secret
          ? rng.pick([secret, `x ${secret} y`, `${secret}${secret}`])
          : rng.pick(STRINGS);
    }
  }
  if (rng.chance(0.1)) out.warnings = [rng.pick(["careful", "again"])];
  if (rng.chance(0.05)) out.deprecations = [["old way", "2.0"]];
  return out;
}

/**
 * `count` random cases from `seed`: random specs (types, coercions,
 * elements, nested options, aliases, choices, no_log, defaults, rules) with
 * random, mostly valid arguments and random results carrying the no_log
 * values. Avoids only what crashes ansible-core (a traceback, not a message)
 * or depends on Python's hash order.
 *
 * @example
 * ```ts
 * import { generateCases } from "./cases.ts";
 * const a = generateCases(1, 5);
 * console.assert(JSON.stringify(a) === JSON.stringify(generateCases(1, 5)));
 * ```
 */
export function generateCases(seed: number, count: number): ParityCase[] {
  const rng = new Rng(seed);
  const out: ParityCase[] = [];
  for (let i = 0; i < count; i++) {
    // Most cases are clean, so that results (and their scrubbing) get
    // compared; the rest fail validation in every way they can.
    rng.noise = rng.chance(0.55) ? 0.15 : 1;
    const ctx: GenContext = { rng, secrets: [] };
    const spec = specFor(rng, {
      size: 1 + rng.int(6),
      depth: 2,
      taken: new Set(),
    });
    for (const entry of Object.values(spec)) {
      for (const v of [entry.default]) {
        if (entry.no_log && v != null) ctx.secrets.push(String(v));
      }
    }
    const args = argsFor(spec, ctx);
    if (rng.chance(0.1 * rng.noise)) {
      args[rng.pick(["bogus", "extra_opt"])] = rng.pick(STRINGS);
    } else if (rng.chance(0.15 * rng.noise)) {
      // One unknown key in one nested dict: a single context keeps the
      // "Supported parameters" list free of Python's set order.
      for (const [name, entry] of Object.entries(spec)) {
        const given = args[name];
        if (
          entry.options && entry.type === "dict" && given &&
          typeof given === "object"
        ) {
          (given as Record<string, unknown>).stray = 1;
          break;
        }
      }
    }
    const topRules = ruleSet(rng, spec);
    const rules: ArgumentRules = {};
    if (topRules.mutually_exclusive) {
      rules.mutuallyExclusive = topRules.mutually_exclusive as string[][];
    }
    if (topRules.required_together) {
      rules.requiredTogether = topRules.required_together as string[][];
    }
    if (topRules.required_one_of) {
      rules.requiredOneOf = topRules.required_one_of as string[][];
    }
    if (topRules.required_if) {
      rules.requiredIf = topRules.required_if as ArgumentRules["requiredIf"];
    }
    if (topRules.required_by) {
      rules.requiredBy = topRules.required_by as ArgumentRules["requiredBy"];
    }
    const c: ParityCase = {
      name: `generated #${i} (seed ${seed})`,
      spec,
      args,
      rules,
      generated: true,
    };
    if (rng.chance(0.05)) {
      args._ansible_check_mode = true;
      c.supportsCheckMode = rng.chance(0.5);
    }
    if (rng.chance(0.05)) args._ansible_no_log = true;
    const end = rng.next();
    if (end < 0.1) {
      c.fail = {
        ...randomResult(ctx),
        msg: ctx.secrets.length
          ? `failed with ${rng.pick(ctx.secrets)}`
          : "failed",
      };
    } else if (end < 0.8) c.result = randomResult(ctx);
    out.push(c);
  }
  return out;
}
