/**
 * Result shaping, as ansible-core's `exit_json`/`fail_json` and
 * `_return_formatted` do it: `fail_json`'s key order, the deprecations a
 * result gives and their output shape, and `remove_values`, which keeps
 * every `no_log` value out of what a module prints. `AnsibleModule`'s
 * `formatResult` puts them together.
 *
 * @example
 * ```ts
 * import { removeValues, resultBase } from "./_result.ts";
 *
 * const out = removeValues(resultBase({ msg: "bad s3cret", rc: 1 }, true), new Set(["s3cret"]));
 * console.assert(JSON.stringify(out) === '{"rc":1,"failed":true,"msg":"bad ********"}');
 * ```
 *
 * @module
 */

import { isPlainObject } from "./_input.ts";
import { pyNumberText } from "./_json.ts";
import type { ModuleResult } from "./errors.ts";

/** Options of {@linkcode AnsibleModule.deprecate}. */
export interface DeprecateOptions {
  /** The version in which the deprecated thing goes away. */
  version?: string;
  /** Or the date (`YYYY-MM-DD`) on which it goes away. */
  date?: string;
  /** The collection that `version` belongs to (`ns.coll`). */
  collectionName?: string;
}

/** One deprecation in Ansible's result format. */
export interface Deprecation {
  /** What is deprecated, and what to do instead. */
  msg: string;
  /** The version in which it goes away (a number when the spec said so). */
  version?: string | number;
  /** Or the date on which it goes away. */
  date?: string;
  /** The collection `version` belongs to. */
  collection_name?: string;
}

const NO_LOG_MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";

/**
 * A copy of a raw result in Python's key order: for a failure,
 * `fail_json`'s extra fields, then `failed` and `msg`.
 *
 * @param result The result the module gave.
 * @param failed Whether it fails the task.
 * @returns The copy, to be completed.
 *
 * @example
 * ```ts
 * import { resultBase } from "./_result.ts";
 * const out = resultBase({ msg: "boom", rc: 2 }, true);
 * console.assert(Object.keys(out).join() === "rc,failed,msg");
 * ```
 */
export function resultBase(
  result: ModuleResult,
  failed: boolean,
): ModuleResult {
  if (!failed) return { ...result };
  const { msg, ...out } = result;
  out.failed = true;
  out.msg = msg;
  return out;
}

/**
 * A result field as Python's list of it: none, the list itself, or a
 * single value in a list.
 *
 * @param value The field.
 * @returns Its items.
 *
 * @example
 * ```ts
 * import { asList } from "./_result.ts";
 * console.assert(asList("w").length === 1 && asList(null).length === 0);
 * ```
 */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The deprecations a result's own `deprecations` field gives, as the
 * `deprecate()` calls Python makes of them: a dict is `msg` with its
 * version, date and collection; in a list, any 2-item sequence (a
 * 2-character string included) is `(msg, version)`; anything else is a
 * message.
 *
 * @param given The `deprecations` field.
 * @returns Each deprecation's message and options.
 *
 * @example
 * ```ts
 * import { givenDeprecations } from "./_result.ts";
 * const [[msg, options]] = givenDeprecations([["old", "2.0"]]);
 * console.assert(msg === "old" && options.version === "2.0");
 * ```
 */
export function givenDeprecations(
  given: unknown,
): [string, DeprecateOptions][] {
  const out: [string, DeprecateOptions][] = [];
  for (const d of Array.isArray(given) ? given : [given]) {
    const pair = Array.isArray(given)
      ? Array.isArray(d) ? d : typeof d === "string" ? [...d] : undefined
      : undefined;
    if (pair && pair.length === 2) {
      out.push([String(pair[0]), { version: pair[1] as string }]);
    } else if (isPlainObject(d)) {
      out.push([String(d.msg), {
        version: d.version as string | undefined,
        date: d.date as string | undefined,
        collectionName: d.collection_name as string | undefined,
      }]);
    } else out.push([String(d), {}]);
  }
  return out;
}

/**
 * A deprecation in `warnings.deprecate`'s shape, as ansible-core 2.14
 * prints it: the date or the version (null when unset), and
 * `collection_name` (null when unset).
 *
 * @param d The deprecation.
 * @returns Its output form.
 *
 * @example
 * ```ts
 * import { deprecationOut } from "./_result.ts";
 * const out = deprecationOut({ msg: "old" });
 * console.assert(JSON.stringify(out) === '{"msg":"old","version":null,"collection_name":null}');
 * ```
 */
export function deprecationOut(d: Deprecation): Record<string, unknown> {
  return d.date != null
    ? {
      msg: d.msg,
      date: d.date,
      collection_name: d.collection_name ?? null,
    }
    : {
      msg: d.msg,
      version: d.version ?? null,
      collection_name: d.collection_name ?? null,
    };
}

/**
 * Replaces `no_log` values anywhere in a result, as ansible-core's
 * `remove_values`: a string equal to one becomes
 * `VALUE_SPECIFIED_IN_NO_LOG_PARAMETER`, each one inside a string becomes
 * `********` (longest first), and a number whose Python `str()` contains one
 * becomes the marker. Keys are kept; booleans and null are kept (as in
 * ansible-core 2.19: 2.14 would turn `changed: true` into a string).
 *
 * @param value A result, or any JSON value.
 * @param secrets The no_log values.
 * @returns A scrubbed copy (the value itself when there is nothing to omit).
 *
 * @example
 * ```ts
 * import { removeValues } from "./_result.ts";
 * const out = removeValues({ a: "s3cret", b: "x s3cret", n: 15 }, new Set(["s3cret", "5"]));
 * console.assert(JSON.stringify(out) === '{"a":"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER","b":"x ********","n":"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"}');
 * ```
 */
export function removeValues(value: unknown, secrets: Set<string>): unknown {
  // Longest first, so that a secret never leaves a piece of a longer one
  // behind (2.14 used set order, 2.19 sorts by length like this).
  const omit = [...secrets].filter((s) => typeof s === "string" && s !== "")
    .sort((a, b) => codePoints(b) - codePoints(a));
  if (omit.length === 0) return value;
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (omit.includes(v)) return NO_LOG_MASK;
      let out = v;
      for (const s of omit) out = out.replaceAll(s, "********");
      return out;
    }
    const text = pyNumberText(v);
    if (text !== undefined) {
      return omit.some((s) => text.includes(s)) ? NO_LOG_MASK : v;
    }
    if (typeof v !== "object" || v === null) return v;
    if (Array.isArray(v)) return v.map(scrub);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      // A Date or class instance is printed as its JSON form: scrub that.
      const json = JSON.stringify(v);
      return json === undefined ? v : scrub(JSON.parse(json));
    }
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      // A "__proto__" key must stay data, never become the prototype.
      Object.defineProperty(out, k, {
        value: scrub(item),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return out;
  };
  return scrub(value);

  function codePoints(s: string): number {
    let n = 0;
    for (const _ of s) n++;
    return n;
  }
}
