/**
 * Parameters typed from the spec: compile-time checks (this file is
 * type-checked by `deno test` and `deno check`; every `@ts-expect-error`
 * must meet an error, or the check fails with "Unused '@ts-expect-error'
 * directive") and run-time checks that the types tell the truth about what
 * validation really returns.
 *
 * The functions named `_compile...` are only type-checked, never run: they
 * call `create()`, which would read a task's arguments.
 *
 * @module
 */

import assert from "node:assert/strict";
import {
  AnsibleModule,
  AnsibleTurboModule,
  type ArgumentSpec,
  type Params,
  type ParamTypes,
} from "./mod.ts";
import { validateArguments } from "./_validation.ts";

/** True when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<_T extends true>(): void {}

// ---------------------------------------------------------------------------
// Compile time

async function _compileEveryType(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      s: { type: "str", required: true },
      p: { type: "path", required: true },
      r: { type: "raw" },
      by: { type: "bytes", required: true },
      bi: { type: "bits", required: true },
      ja: { type: "jsonarg", required: true },
      js: { type: "json", required: true },
      f: { type: "float", required: true },
      i: { type: "int", required: true },
      b: { type: "bool", required: true },
      l: { type: "list", required: true },
      d: { type: "dict", required: true },
      sid: { type: "sid" },
      untyped: { required: true },
      port: { type: (v: unknown) => Number(v), required: true },
    },
  });
  const p = module.params;
  expectType<Equal<typeof p.s, string>>();
  expectType<Equal<typeof p.p, string>>();
  expectType<Equal<typeof p.r, unknown>>();
  expectType<Equal<typeof p.by, number | bigint>>();
  expectType<Equal<typeof p.bi, number | bigint>>();
  expectType<Equal<typeof p.ja, string>>();
  expectType<Equal<typeof p.js, string>>();
  expectType<Equal<typeof p.f, number>>();
  expectType<Equal<typeof p.i, number | bigint | boolean>>();
  expectType<Equal<typeof p.b, boolean>>();
  expectType<Equal<typeof p.l, unknown[]>>();
  expectType<Equal<typeof p.d, Record<string, unknown>>>();
  expectType<Equal<typeof p.sid, string | null>>();
  expectType<Equal<typeof p.untyped, string>>();
  expectType<Equal<typeof p.port, number>>();
  // @ts-expect-error: a misspelt parameter name
  p.prot;
}

async function _compileNullability(): Promise<void> {
  const { params } = await AnsibleModule.create({
    argumentSpec: {
      required: { type: "str", required: true },
      defaulted: { type: "int", default: 3 },
      optional: { type: "str" },
      nullDefault: { type: "str", default: null },
      notRequired: { type: "bool", required: false },
    },
  });
  expectType<Equal<typeof params.required, string>>();
  expectType<Equal<typeof params.defaulted, number | bigint | boolean>>();
  expectType<Equal<typeof params.optional, string | null>>();
  expectType<Equal<typeof params.nullDefault, string | null>>();
  expectType<Equal<typeof params.notRequired, boolean | null>>();
  const name: string = params.required;
  // @ts-expect-error: a nullable option assigned to a non-null variable
  const other: string = params.optional;
  const checked: string = params.optional ?? "default";
  void [name, other, checked];
}

async function _compileChoices(): Promise<void> {
  const { params } = await AnsibleModule.create({
    argumentSpec: {
      state: { choices: ["present", "absent"], default: "present" },
      level: { type: "int", choices: [0, 1, 2], required: true },
      ratio: { type: "float", choices: [0.5, 1], required: true },
      flag: { type: "bool", choices: [true] },
      mixed: { type: "raw", choices: ["auto", 1] },
      numbersForStr: { type: "str", choices: [1, 2] },
    },
  });
  expectType<Equal<typeof params.state, "present" | "absent">>();
  // Python's 0 == False and 1 == True: an int choice of 0 or 1 takes a bool.
  expectType<Equal<typeof params.level, 0 | 1 | 2 | boolean>>();
  expectType<Equal<typeof params.ratio, 0.5 | 1>>();
  expectType<Equal<typeof params.flag, true | null>>();
  expectType<Equal<typeof params.mixed, "auto" | 1 | true | null>>();
  // A str is never equal to a number: such an option can only be null.
  expectType<Equal<typeof params.numbersForStr, null>>();
  // @ts-expect-error: not one of the choices
  if (params.state === "presnet") return;
  // @ts-expect-error: a wrong literal assigned from the choices
  const wrong: "present" = params.state;
  void wrong;
}

async function _compileListsAndDicts(): Promise<void> {
  const { params } = await AnsibleTurboModule.create({
    argumentSpec: {
      names: { type: "list", elements: "str", default: [] },
      ports: { type: "list", elements: "int" },
      modes: { type: "list", elements: "str", choices: ["r", "w"] },
      anything: { type: "list", required: true },
      rules: {
        type: "list",
        elements: "dict",
        required: true,
        options: {
          port: { type: "int", required: true },
          proto: { type: "str", choices: ["tcp", "udp"], default: "tcp" },
        },
      },
      defaults: {
        type: "list",
        elements: "dict",
        apply_defaults: true,
        options: { x: { type: "int", default: 1 } },
      },
      server: {
        type: "dict",
        options: {
          host: { type: "str", required: true, aliases: ["hostname"] },
          tls: {
            type: "dict",
            apply_defaults: true,
            options: {
              verify: { type: "bool", default: true },
              ca: { type: "path" },
            },
          },
        },
      },
      filled: {
        type: "dict",
        apply_defaults: true,
        options: { n: { type: "int" } },
      },
      free: { type: "dict" },
    },
  });
  expectType<Equal<typeof params.names, string[]>>();
  expectType<
    Equal<typeof params.ports, (number | bigint | boolean)[] | null>
  >();
  expectType<Equal<typeof params.modes, ("r" | "w")[] | null>>();
  expectType<Equal<typeof params.anything, unknown[]>>();
  expectType<
    Equal<typeof params.rules, {
      port: number | bigint | boolean;
      proto: "tcp" | "udp";
    }[]>
  >();
  // ansible-core's quirk: an absent list of dicts with apply_defaults
  // becomes one dict of defaults.
  expectType<
    Equal<
      typeof params.defaults,
      { x: number | bigint | boolean }[] | { x: number | bigint | boolean }
    >
  >();
  const server = params.server;
  expectType<
    Equal<
      typeof server,
      {
        host: string;
        tls: { verify: boolean; ca: string | null };
      } | null
    >
  >();
  if (server) {
    const verify: boolean = server.tls.verify;
    // @ts-expect-error: nested names are checked too
    server.tls.verfiy;
    // @ts-expect-error: an alias is not part of the type (read `host`)
    server.hostname;
    void verify;
  }
  expectType<
    Equal<typeof params.filled, { n: number | bigint | boolean | null }>
  >();
  expectType<Equal<typeof params.free, Record<string, unknown> | null>>();
}

async function _compileSpecAndRuleNames(): Promise<void> {
  await AnsibleModule.create({
    argumentSpec: {
      // @ts-expect-error: a misspelt spec field
      name: { type: "str", requried: true },
    },
  });
  await AnsibleModule.create({
    argumentSpec: {
      conf: {
        type: "dict",
        // @ts-expect-error: a misspelt field in nested options
        options: { a: { tpye: "int" } },
      },
    },
  });
  // @ts-expect-error: not an Ansible type
  await AnsibleModule.create({ argumentSpec: { n: { type: "integer" } } });
  await AnsibleModule.create({
    argumentSpec: {
      src: { type: "path", aliases: ["source"] },
      content: { type: "str" },
      owner: { type: "str" },
      group: { type: "str" },
      state: { choices: ["present", "absent"], default: "present" },
    },
    mutuallyExclusive: [["src", "content"]],
    requiredOneOf: [["source", "content"]],
    requiredTogether: [["owner", "group"]],
    requiredIf: [["state", "present", ["src", "content"], true]],
    requiredBy: { owner: "group" },
  });
  await AnsibleModule.create({
    argumentSpec: { src: { type: "path" }, content: { type: "str" } },
    // @ts-expect-error: a rule naming an option the spec lacks
    mutuallyExclusive: [["src", "contents"]],
  });
  await AnsibleTurboModule.create({
    argumentSpec: { state: { type: "str" }, path: { type: "path" } },
    // @ts-expect-error: a misspelt name in required_if's requirements
    requiredIf: [["state", "present", ["pth"]]],
    ttl: 30,
  });
  await AnsibleModule.create({
    argumentSpec: { owner: { type: "str" } },
    // @ts-expect-error: a misspelt key of requiredBy
    requiredBy: { onwer: "owner" },
  });
}

async function _compileDocumentationFields(): Promise<void> {
  const { params } = await AnsibleModule.create({
    argumentSpec: {
      name: {
        type: "str",
        required: true,
        description: "Who to greet.",
        version_added: "1.0.0",
      },
      conf: {
        type: "dict",
        description: ["First paragraph.", "Second paragraph."],
        options: {
          level: { type: "int", default: 1, description: "How loud." },
        },
      },
    },
    returnSpec: {
      greeting: {
        description: "The greeting.",
        type: "str",
        returned: "always",
        sample: "hello world",
      },
    },
  });
  expectType<Equal<typeof params.name, string>>();
  await AnsibleModule.create({
    argumentSpec: {},
    // @ts-expect-error: a return value needs a description
    returnSpec: { id: { type: "int" } },
  });
}

async function _compileWideAndUntyped(): Promise<void> {
  // A spec built elsewhere, typed as the wide ArgumentSpec: params as before.
  const spec: ArgumentSpec = { n: { type: "int" } };
  const wide = await AnsibleModule.create({ argumentSpec: spec });
  expectType<Equal<typeof wide.params, Record<string, unknown>>>();
  const n = wide.params.n as number;
  // Modules written before typed params keep compiling: casts, String().
  const { params } = await AnsibleTurboModule.create({
    argumentSpec: {
      count: { type: "int", default: 0 },
      name: { type: "str" },
      items: { type: "list" },
    },
    supportsCheckMode: true,
  });
  const count = params.count as number;
  const name = params.name as string | undefined;
  const items = params.items as string[];
  const label = String(params.name);
  // Without a spec there are no parameters.
  const bare = await AnsibleModule.create();
  expectType<Equal<typeof bare.params, Record<never, never>>>();
  // @ts-expect-error: no such parameter
  bare.params.anything;
  // A spec declared `as const` elsewhere is typed too.
  const shared = { port: { type: "int", required: true } } as const;
  const fromConst = await AnsibleModule.create({ argumentSpec: shared });
  expectType<Equal<typeof fromConst.params, Params<typeof shared>>>();
  void [n, count, name, items, label];
}

// ---------------------------------------------------------------------------
// Run time: the types tell the truth

/** A run-time test for each type, guarding exactly its ParamTypes entry. */
const IS: { [T in keyof ParamTypes]: (v: unknown) => v is ParamTypes[T] } = {
  str: (v): v is string => typeof v === "string",
  path: (v): v is string => typeof v === "string",
  raw: (v): v is unknown => v !== undefined,
  bytes: (v): v is number | bigint =>
    typeof v === "number" || typeof v === "bigint",
  bits: (v): v is number | bigint =>
    typeof v === "number" || typeof v === "bigint",
  jsonarg: (v): v is string => typeof v === "string",
  json: (v): v is string => typeof v === "string",
  float: (v): v is number => typeof v === "number",
  int: (v): v is number | bigint | boolean =>
    (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint" ||
    typeof v === "boolean",
  bool: (v): v is boolean => typeof v === "boolean",
  list: (v): v is unknown[] => Array.isArray(v),
  dict: (v): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v),
  sid: (v): v is string => typeof v === "string",
};

/** Inputs of every JSON shape a task can send, and some Ansible favourites. */
const INPUTS: unknown[] = [
  "text",
  "",
  "42",
  "-7",
  "0x1f",
  "4.5",
  "1K",
  "2Mb",
  "yes",
  "off",
  "a,b,c",
  "a=1 b=2",
  '{"k": [1, 2]}',
  "~/x/$HOME",
  0,
  1,
  -3,
  2.5,
  2 ** 60,
  true,
  false,
  [],
  [1, "two", null],
  {},
  { k: "v", n: 1 },
];

Deno.test("every value validation returns has its type's type", () => {
  let accepted = 0;
  for (const type of Object.keys(IS) as (keyof ParamTypes)[]) {
    for (const input of INPUTS) {
      const result = validateArguments({ x: { type } }, { x: input });
      if (result.error !== undefined) continue;
      accepted++;
      const value = result.params.x;
      assert.ok(
        IS[type](value),
        `${type} given ${JSON.stringify(input)} returned ${String(value)}`,
      );
    }
  }
  // Every type but sid accepts some of the inputs.
  assert.ok(accepted > INPUTS.length * 6, `only ${accepted} accepted`);
});

Deno.test("an int option given a boolean keeps the boolean, as its type says", () => {
  const result = validateArguments({ n: { type: "int" } }, { n: true });
  assert.equal(result.error, undefined);
  assert.equal(result.params.n, true);
});

Deno.test("choices: the value is one of them, or the bool Python finds equal", () => {
  const spec = {
    level: { type: "int", choices: [0, 1, 2] },
    state: { type: "str", choices: ["present", "absent"] },
  } as const;
  type P = Params<typeof spec>;
  const levels: P["level"][] = [0, 1, 2, true, false, null];
  for (const input of [0, 1, 2, "2", true, false]) {
    const result = validateArguments(spec, { level: input });
    assert.equal(result.error, undefined, String(input));
    assert.ok(levels.includes(result.params.level as P["level"]));
  }
  // YAML's yes given to a str option with choices becomes the string choice.
  const states: P["state"][] = ["present", "absent", null];
  const yes = validateArguments(
    { s: { type: "str", choices: ["yes", "no"] } },
    { s: true },
  );
  assert.equal(yes.params.s, "yes");
  for (const input of ["present", "absent"]) {
    const result = validateArguments(spec, { state: input });
    assert.ok(states.includes(result.params.state as P["state"]));
  }
});

Deno.test("null exactly where the type allows it", () => {
  const spec = {
    required: { type: "str", required: true },
    defaulted: { type: "int", default: 3 },
    optional: { type: "str" },
    conf: { type: "dict", options: { a: { type: "int" } } },
    filled: {
      type: "dict",
      apply_defaults: true,
      options: { a: { type: "int", default: 1 }, b: { type: "str" } },
    },
    rows: {
      type: "list",
      elements: "dict",
      apply_defaults: true,
      options: { a: { type: "int", default: 1 } },
    },
  } as const;
  type P = Params<typeof spec>;
  expectType<Equal<P["required"], string>>();
  expectType<Equal<P["defaulted"], number | bigint | boolean>>();
  expectType<Equal<P["optional"], string | null>>();
  expectType<
    Equal<P["conf"], { a: number | bigint | boolean | null } | null>
  >();
  expectType<
    Equal<P["filled"], { a: number | bigint | boolean; b: string | null }>
  >();
  const result = validateArguments(spec, { required: "x" });
  assert.equal(result.error, undefined);
  const params = result.params as P;
  assert.equal(params.required, "x");
  assert.equal(params.defaulted, 3);
  assert.equal(params.optional, null);
  assert.equal(params.conf, null);
  assert.deepEqual(params.filled, { a: 1, b: null });
  // The list-of-dicts quirk the type spells out: one dict, not a list.
  assert.deepEqual(params.rows, { a: 1 });
});

Deno.test("alias keys stay in params with the value as given, beside the option", () => {
  const result = validateArguments(
    { port: { type: "int", aliases: ["p"] } },
    { p: "80" },
  );
  assert.equal(result.error, undefined);
  assert.deepEqual(result.params, { p: "80", port: 80 });
});
