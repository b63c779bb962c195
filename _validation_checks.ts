/**
 * The cross-option checks of ansible-core's `validation.py`
 * (`check_mutually_exclusive`, `check_required_arguments`,
 * `check_required_together`, `check_required_one_of`, `check_required_if`,
 * `check_required_by`), each returning Python's message, with " found in"
 * the nested option's path.
 *
 * @example
 * ```ts
 * import { checkMutuallyExclusive } from "./_validation_checks.ts";
 *
 * const msg = checkMutuallyExclusive([["src", "content"]], { src: "a", content: "b" }, []);
 * console.assert(msg === "parameters are mutually exclusive: src|content");
 * ```
 *
 * @module
 */

import {
  type Dict,
  getKey,
  pyEq,
  pyIter,
  pyStr,
  pyTruthy,
} from "./_py_value.ts";
import type { Scope } from "./_validation_state.ts";
import type {
  ArgumentRules,
  ArgumentSpec,
  RequiredIfRule,
} from "./_validation_types.ts";

const hasOwn = Object.hasOwn;

/**
 * A nested option's path as messages print it.
 *
 * @param context The option names, outermost first.
 * @returns As `outer -> inner`.
 *
 * @example
 * ```ts
 * import { foundIn } from "./_validation_checks.ts";
 * console.assert(foundIn(["a", "b"]) === "a -> b");
 * ```
 */
export function foundIn(context: readonly string[]): string {
  return context.join(" -> ");
}

function countTerms(terms: unknown, params: Dict): number {
  const list = typeof terms === "string" || !Array.isArray(terms)
    ? [terms]
    : terms;
  let count = 0;
  const seen = new Set<unknown>();
  for (const term of list) {
    if (seen.has(term)) continue;
    seen.add(term);
    if (typeof term === "string" && hasOwn(params, term)) count++;
  }
  return count;
}

/**
 * A check's message, with where it was found when nested.
 *
 * @param msg The message.
 * @param context The option names, outermost first.
 * @returns As `msg found in outer -> inner`.
 *
 * @example
 * ```ts
 * import { withContext } from "./_validation_checks.ts";
 * console.assert(withContext("boom", ["a"]) === "boom found in a");
 * ```
 */
export function withContext(msg: string, context: readonly string[]): string {
  return context.length ? `${msg} found in ${foundIn(context)}` : msg;
}

function termList(term: unknown): unknown[] {
  return typeof term === "string" ? [term] : pyIter(term);
}

/**
 * `validation.check_mutually_exclusive`.
 *
 * @param terms Groups of which at most one may be given.
 * @param params The parameters.
 * @param context Where they are (empty at the top).
 * @returns Python's message, or undefined when none clash.
 *
 * @example
 * ```ts
 * import { checkMutuallyExclusive } from "./_validation_checks.ts";
 * console.assert(checkMutuallyExclusive([["a", "b"]], { a: 1 }, []) === undefined);
 * ```
 */
export function checkMutuallyExclusive(
  terms: readonly (readonly string[])[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (terms == null) return undefined;
  const results: unknown[][] = [];
  for (const check of terms) {
    if (countTerms(check, params) > 1) results.push(termList(check));
  }
  if (!results.length) return undefined;
  const full = results.map((check) => check.map(pyStr).join("|")).join(", ");
  return withContext(`parameters are mutually exclusive: ${full}`, context);
}

/**
 * `validation.check_required_arguments`.
 *
 * @param spec The (sub) spec.
 * @param params The parameters.
 * @param context Where they are (empty at the top).
 * @returns Python's message, or undefined when none is missing.
 *
 * @example
 * ```ts
 * import { checkRequiredArguments } from "./_validation_checks.ts";
 * const msg = checkRequiredArguments({ b: { required: true }, a: { required: true } }, {}, ["x"]);
 * console.assert(msg === "missing required arguments: a, b found in x");
 * ```
 */
export function checkRequiredArguments(
  spec: ArgumentSpec,
  params: Dict,
  context: readonly string[],
): string | undefined {
  const missing: string[] = [];
  for (const name of Object.keys(spec)) {
    if (pyTruthy(spec[name].required) && !hasOwn(params, name)) {
      missing.push(name);
    }
  }
  if (!missing.length) return undefined;
  return withContext(
    `missing required arguments: ${missing.sort().join(", ")}`,
    context,
  );
}

function checkRequiredTogether(
  terms: readonly (readonly string[])[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (terms == null) return undefined;
  for (const term of terms) {
    const fields = termList(term);
    let present = 0;
    for (const field of fields) {
      present += countTerms(field, params) > 0 ? 1 : 0;
    }
    if (present > 0 && present < fields.length) {
      return withContext(
        `parameters are required together: ${fields.map(pyStr).join(", ")}`,
        context,
      );
    }
  }
  return undefined;
}

function checkRequiredOneOf(
  terms: readonly (readonly string[])[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (terms == null) return undefined;
  for (const term of terms) {
    if (countTerms(term, params) === 0) {
      return withContext(
        `one of the following is required: ${
          termList(term).map(pyStr).join(", ")
        }`,
        context,
      );
    }
  }
  return undefined;
}

function checkRequiredIf(
  rules: readonly RequiredIfRule[] | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (rules == null) return undefined;
  for (const rule of rules) {
    const [key, val, requirements] = rule;
    const isOneOf = rule.length === 4 && pyTruthy(rule[3]);
    const reqs = termList(requirements);
    const missing: string[] = [];
    if (hasOwn(params, key) && pyEq(params[key], val)) {
      for (const check of reqs) {
        if (countTerms(check, params) === 0) missing.push(pyStr(check));
      }
    }
    if (missing.length && missing.length >= (isOneOf ? reqs.length : 0)) {
      return withContext(
        `${key} is ${pyStr(val)} but ${
          isOneOf ? "any" : "all"
        } of the following are missing: ${missing.join(", ")}`,
        context,
      );
    }
  }
  return undefined;
}

function checkRequiredBy(
  requirements:
    | Readonly<Record<string, string | readonly string[]>>
    | undefined,
  params: Dict,
  context: readonly string[],
): string | undefined {
  if (requirements == null) return undefined;
  for (const key of Object.keys(requirements)) {
    if (getKey(params, key) == null) continue;
    const value = requirements[key];
    const missing: string[] = [];
    for (const required of termList(value)) {
      const name = String(required);
      if (getKey(params, name) == null) missing.push(name);
    }
    if (missing.length) {
      return withContext(
        `missing parameter(s) required by '${key}': ${missing.join(", ")}`,
        context,
      );
    }
  }
  return undefined;
}

/**
 * The `_ADDITIONAL_CHECKS` (required together, one of, if, by), in
 * Python's order, adding their messages to the run's errors.
 *
 * @param rules The rules of this (sub) spec.
 * @param params The parameters.
 * @param scope Where they are.
 *
 * @example
 * ```ts
 * import { additionalChecks } from "./_validation_checks.ts";
 * import type { State } from "./_validation_state.ts";
 * const state = { errors: [] } as unknown as State;
 * additionalChecks({ requiredOneOf: [["a", "b"]] }, {}, { state, prefix: "", context: [] });
 * console.assert(state.errors[0].msg === "one of the following is required: a, b");
 * ```
 */
export function additionalChecks(
  rules: ArgumentRules,
  params: Dict,
  scope: Scope,
): void {
  const errors = scope.state.errors;
  const ctx = scope.context;
  for (
    const msg of [
      checkRequiredTogether(rules.requiredTogether, params, ctx),
      checkRequiredOneOf(rules.requiredOneOf, params, ctx),
      checkRequiredIf(rules.requiredIf, params, ctx),
      checkRequiredBy(rules.requiredBy, params, ctx),
    ]
  ) {
    if (msg !== undefined) errors.push({ msg });
  }
}
