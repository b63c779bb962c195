/**
 * Types computed from an argument spec, so that `module.params` is typed
 * from what `AnsibleModule.create()` declares (no `as const` needed: its
 * spec is a const type parameter), plus the types of the return-value
 * documentation a module may declare. Types only: nothing here exists at
 * run time.
 *
 * Each type says what `_validation.ts` really hands over, as ansible-core
 * does: an option that is neither `required` nor has a `default` is `null`
 * when the task leaves it out, an `int` given `yes` stays a boolean (a
 * Python bool is an int), and so on; {@linkcode ParamTypes} lists them.
 *
 * @example
 * ```ts
 * import type { Params } from "./_spec_types.ts";
 *
 * const spec = {
 *   name: { type: "str", required: true },
 *   state: { type: "str", choices: ["present", "absent"], default: "present" },
 *   port: { type: "int" },
 * } as const;
 * type P = Params<typeof spec>;
 * const p: P = { name: "web", state: "absent", port: null };
 * console.assert(p.state === "absent");
 * ```
 *
 * @module
 */

import type { ArgumentSpec, ArgumentSpecEntry } from "./_validation.ts";

/**
 * What each Ansible `type` holds in `params` once validated (a `type`
 * function gives what it returns; no `type` is `str`):
 *
 * - `int` is `number | bigint | boolean`: integers beyond 2^53 arrive as
 *   `bigint` with their exact digits, and a boolean passes unchanged, since
 *   Python's bool is an int (`count: yes` gives `true`). `Number(value)`
 *   turns any of them into a number.
 * - `bytes` and `bits` are numbers (`"1K"` gives 1024), exact `bigint`s
 *   beyond 2^53 as for `int`; `json` and `jsonarg` are strings (a list or
 *   dict given is serialised).
 * - `list` items are as given, or strings when a string was split on commas
 *   (or a number wrapped); `elements` types them.
 * - `raw` is whatever the task gave, null included.
 * - `sid` is a string in Ansible's PowerShell modules; here, as in Python's
 *   `AnsibleModule`, any value given fails validation, so the option is
 *   only ever null.
 *
 * @example
 * ```ts
 * import type { ParamTypes } from "./_spec_types.ts";
 *
 * const size: ParamTypes["bytes"] = 1024;
 * const count: ParamTypes["int"] = 2n ** 64n;
 * console.assert(size === 1024 && typeof count === "bigint");
 * ```
 */
export interface ParamTypes {
  /** Strings; other scalars are converted with Python's `str()`. */
  str: string;
  /** A string with `~` and `$VARS` expanded. */
  path: string;
  /** The value as given. */
  raw: unknown;
  /** A size in bytes (`"1K"` is 1024); beyond 2^53, an exact `bigint`. */
  bytes: number | bigint;
  /** A size in bits (`"1Kb"` is 1024); beyond 2^53, an exact `bigint`. */
  bits: number | bigint;
  /** A JSON string (a list or dict given is serialised). */
  jsonarg: string;
  /** Same as `jsonarg`. */
  json: string;
  /** A number (a boolean becomes 0 or 1). */
  float: number;
  /** A number, a `bigint` beyond 2^53, or a boolean passed through as Python does. */
  int: number | bigint | boolean;
  /** A boolean (`yes`, `on`, `1`... are true). */
  bool: boolean;
  /** A list; items typed by `elements`. */
  list: unknown[];
  /** A mapping; typed by `options`. */
  dict: Record<string, unknown>;
  /** A Windows SID string (never given here: see above). */
  sid: string;
}

/**
 * The validated `params` of a spec: one key per option (aliases are not
 * part of the type: read the option's own name, which always holds the
 * converted value; a task that used an alias also leaves the alias key, with
 * the value as given, as ansible-core does). An option is `null` when the
 * task leaves it out, unless it is `required`, has a non-null `default`, or
 * is a `dict` with `options` and `apply_defaults`. A spec typed as the wide
 * {@linkcode ArgumentSpec} gives `Record<string, unknown>`, as before typed
 * params.
 *
 * @example
 * ```ts
 * import type { Params } from "./_spec_types.ts";
 *
 * type P = Params<{ tags: { type: "list"; elements: "str"; default: [] } }>;
 * const p: P = { tags: ["a", "b"] };
 * console.assert(p.tags.length === 2);
 * ```
 */
export type Params<S> = string extends keyof S ? Record<string, unknown>
  : { -readonly [K in Extract<keyof S, string>]: ParamValue<S[K]> };

/**
 * The value one spec entry gives in `params` (see {@linkcode Params}).
 *
 * @example
 * ```ts
 * import type { ParamValue } from "./_spec_types.ts";
 *
 * const mode: ParamValue<{ type: "str"; choices: readonly ["a", "b"] }> = null;
 * console.assert(mode === null);
 * ```
 */
export type ParamValue<E> = E extends {
  type: "list";
  elements: "dict";
  options: infer O extends ArgumentSpec;
  apply_defaults: true;
}
  // Python's quirk: an absent list of dicts with apply_defaults becomes
  // one dict of defaults, not a list.
  ? Params<O>[] | Params<O>
  : E extends { required: true } ? SetValue<E>
  : E extends { default: infer D }
    ? [D] extends [null | undefined] ? SetValue<E> | null : SetValue<E>
  : E extends { type: "dict"; options: ArgumentSpec; apply_defaults: true }
    ? SetValue<E>
  : SetValue<E> | null;

/**
 * The value one spec entry gives in `params` when the option is set: its
 * type converted, narrowed by `choices`, `elements` and `options`.
 *
 * @example
 * ```ts
 * import type { SetValue } from "./_spec_types.ts";
 *
 * const ports: SetValue<{ type: "list"; elements: "int" }> = [22, 443n];
 * console.assert(ports.length === 2);
 * ```
 */
export type SetValue<E> = E extends {
  type: "list";
  elements: "dict";
  options: infer O extends ArgumentSpec;
} ? Params<O>[]
  : E extends { type: "list" }
    ? (E extends { elements: infer T } ? ChoiceValue<ConvertedType<T>, E>
      : ChoiceValue<unknown, E>)[]
  : E extends { type: "dict"; options: infer O extends ArgumentSpec }
    ? Params<O>
  : ChoiceValue<E extends { type: infer T } ? ConvertedType<T> : string, E>;

/**
 * What a `type` (or `elements`) field converts a value to: the entry of
 * {@linkcode ParamTypes}, or what a `type` function returns.
 *
 * @example
 * ```ts
 * import type { ConvertedType } from "./_spec_types.ts";
 *
 * const n: ConvertedType<"bytes"> = 1024;
 * const port: ConvertedType<(v: unknown) => number> = 22;
 * console.assert(n > port);
 * ```
 */
export type ConvertedType<T> = T extends keyof ParamTypes ? ParamTypes[T]
  : T extends (value: never) => infer R ? R
  : string;

/**
 * `T` narrowed by the `choices` of entry `E`: after validation the value
 * equals one of them in Python's sense, where `1 == True` and `0 == False`
 * (so an `int` option with choice `1` may hold `true`).
 *
 * @example
 * ```ts
 * import type { ChoiceValue } from "./_spec_types.ts";
 *
 * const level: ChoiceValue<number | bigint | boolean, { choices: [0, 1, 2] }> = false;
 * console.assert(level === false);
 * ```
 */
export type ChoiceValue<T, E> = E extends {
  choices: infer C extends readonly unknown[];
} ? unknown extends C[number] ? T
  : Extract<
    | C[number]
    | (1 extends C[number] ? true : never)
    | (0 extends C[number] ? false : never)
    | (true extends C[number] ? 1 : never)
    | (false extends C[number] ? 0 : never),
    T
  >
  : T;

/**
 * The names a spec's rules may mention: its options and their aliases (any
 * string for a wide spec).
 *
 * @example
 * ```ts
 * import type { OptionName } from "./_spec_types.ts";
 *
 * const name: OptionName<{ path: { aliases: ["dest"] } }> = "dest";
 * console.assert(name === "dest");
 * ```
 */
export type OptionName<S> = string extends keyof S ? string
  :
    | Extract<keyof S, string>
    | (S[keyof S] extends infer E
      ? E extends { aliases: readonly (infer A extends string)[] } ? A : never
      : never);

/**
 * A spec whose entries hold only fields {@linkcode ArgumentSpecEntry} knows,
 * nested `options` included: a misspelt field (`requried`) is a compile
 * error, as it is without inference.
 *
 * @example
 * ```ts
 * import type { StrictSpec } from "./_spec_types.ts";
 *
 * const spec = { name: { type: "str" } } as const;
 * const checked: StrictSpec<typeof spec> = spec;
 * console.assert(checked.name.type === "str");
 * ```
 */
export type StrictSpec<S> = {
  readonly [K in keyof S]: {
    [F in keyof S[K]]: F extends "options" ? StrictSpec<S[K][F]>
      : F extends keyof ArgumentSpecEntry ? S[K][F]
      : never;
  };
};

/**
 * The types a return value may be documented with (ansible-doc's list).
 *
 * @example
 * ```ts
 * import type { ReturnValueType } from "./_spec_types.ts";
 *
 * const type: ReturnValueType = "complex";
 * console.assert(type === "complex");
 * ```
 */
export type ReturnValueType =
  | "any"
  | "bits"
  | "bool"
  | "bytes"
  | "complex"
  | "dict"
  | "float"
  | "int"
  | "json"
  | "jsonarg"
  | "list"
  | "path"
  | "raw"
  | "sid"
  | "str";

/**
 * One documented return value, with the field names of Ansible's `RETURN`
 * block. Documentation only: the module's result is not checked against it.
 *
 * @example
 * ```ts
 * import type { ReturnSpecEntry } from "./_spec_types.ts";
 *
 * const greeting: ReturnSpecEntry = {
 *   description: "The greeting.",
 *   returned: "always",
 *   type: "str",
 *   sample: "hello world",
 * };
 * ```
 */
export interface ReturnSpecEntry {
  /** What the value is, in Ansible's markup; one string per paragraph. */
  description: string | readonly string[];
  /** When it is returned: `always`, `success`, `changed`, or any words. */
  returned?: string;
  /** Its type; `complex` (or `dict`/`list` of dicts) has `contains`. */
  type: ReturnValueType;
  /** Type of each element when `type` is `list`. */
  elements?: ReturnValueType;
  /** An example value. */
  sample?: unknown;
  /** The fields of a `complex`/`dict` value (or of each `list` element). */
  contains?: ReturnSpec;
  /** The collection version that added it. */
  version_added?: string;
}

/**
 * A module's documented return values, name to entry: the `RETURN` block of
 * its documentation (`mod.ts docs`), declared as `returnSpec` beside the
 * `argumentSpec` it documents with.
 *
 * @example
 * ```ts
 * import type { ReturnSpec } from "./_spec_types.ts";
 *
 * const spec: ReturnSpec = {
 *   keypair: {
 *     description: "The keypair after the task.",
 *     returned: "success",
 *     type: "dict",
 *     contains: {
 *       name: { description: "Its name.", type: "str", returned: "always" },
 *     },
 *   },
 * };
 * ```
 */
export type ReturnSpec = Readonly<Record<string, ReturnSpecEntry>>;
