/**
 * What one validation run carries from pass to pass: the errors in
 * ansible-core's order, the no_log values, the warnings Python emits at
 * once, the unsupported names and their contexts, the nested alias
 * deprecations; and the scope of the (sub) spec being validated. Types
 * only: nothing here exists at run time.
 *
 * @example
 * ```ts
 * import type { State } from "./_validation_state.ts";
 *
 * const state: State = {
 *   errors: [],
 *   noLog: new Set(),
 *   warnings: [],
 *   unsupported: new Map(),
 *   supported: new Map(),
 *   subAliasDeprecations: [],
 *   conversion: "ignore",
 * };
 * console.assert(state.errors.length === 0);
 * ```
 *
 * @module
 */

import type { ArgumentSpecEntry } from "./_validation_types.ts";

/**
 * A spec entry's `type`: a name or a callable.
 *
 * @example
 * ```ts
 * import type { TypeSpec } from "./_validation_state.ts";
 * const wanted: TypeSpec = "int";
 * ```
 */
export type TypeSpec = ArgumentSpecEntry["type"];

/**
 * One error, in the order ansible-core collects them.
 *
 * @example
 * ```ts
 * import type { ErrorEntry } from "./_validation_state.ts";
 * const e: ErrorEntry = { msg: "missing required arguments: name" };
 * ```
 */
export interface ErrorEntry {
  /** The message, in Python's words. */
  msg: string;
  /** Only an UnsupportedError in first place gets the "Unsupported parameters for" prefix. */
  unsupported?: boolean;
}

/**
 * A deprecated alias that the task used (from `deprecated_aliases`).
 *
 * @example
 * ```ts
 * import type { AliasDeprecation } from "./_validation_state.ts";
 * const d: AliasDeprecation = { name: "dest", version: "2.0.0" };
 * ```
 */
export interface AliasDeprecation {
  /** The alias, prefixed with its option's path when nested. */
  name: string;
  /** The version that removes it. */
  version?: unknown;
  /** Or the date that does. */
  date?: string | null;
  /** The collection of `version`. */
  collection_name?: string | null;
}

/**
 * A deprecation before it is shaped for the result (None values kept).
 *
 * @example
 * ```ts
 * import type { DeprecationEntry } from "./_validation_state.ts";
 * const d: DeprecationEntry = { msg: "Param 'x' is deprecated.", version: 1 };
 * ```
 */
export interface DeprecationEntry {
  /** The message. */
  msg: string;
  /** The version that removes it. */
  version?: unknown;
  /** Or the date that does. */
  date?: unknown;
  /** The collection of `version`. */
  collection_name?: unknown;
}

/**
 * What a context supports, for the "Supported parameters include" list.
 *
 * @example
 * ```ts
 * import type { SupportedInfo } from "./_validation_state.ts";
 * const info: SupportedInfo = { params: ["path"], aliases: ["dest"] };
 * ```
 */
export interface SupportedInfo {
  /** Option names, sorted. */
  params: string[];
  /** Alias names, sorted. */
  aliases: string[];
}

/**
 * The state of one validation run (see the module's example).
 *
 * @example
 * ```ts
 * import type { State } from "./_validation_state.ts";
 * const add = (state: State, msg: string) => state.errors.push({ msg });
 * ```
 */
export interface State {
  /** The errors, in ansible-core's order. */
  errors: ErrorEntry[];
  /** The no_log values found so far. */
  noLog: Set<string>;
  /** Warnings Python emits immediately (nested alias clashes, string conversions). */
  warnings: string[];
  /** Unsupported names (dotted) keyed by their context path joined with NUL. */
  unsupported: Map<string, string>;
  /** What each of those contexts supports. */
  supported: Map<string, SupportedInfo>;
  /** Deprecated aliases used in nested options, reported after the others. */
  subAliasDeprecations: AliasDeprecation[];
  /** What a non-string value given to a `str` option does. */
  conversion: "warn" | "error" | "ignore";
}

/**
 * Where a (sub) spec is being validated: prefix for warnings, context for
 * "found in".
 *
 * @example
 * ```ts
 * import type { Scope, State } from "./_validation_state.ts";
 * const top = (state: State): Scope => ({ state, prefix: "", context: [] });
 * ```
 */
export interface Scope {
  /** The run's state. */
  state: State;
  /** The option path in warnings (`outer.inner[0].`). */
  prefix: string;
  /** The option path in errors (`outer -> inner`), pushed and popped. */
  context: string[];
}

/**
 * A type checker: the converted value, or a throw with Python's message.
 * `param` is set when a `str` conversion may name the option in a warning.
 *
 * @example
 * ```ts
 * import type { Checker } from "./_validation_state.ts";
 * const raw: Checker = (value) => value;
 * ```
 */
export type Checker = (
  value: unknown,
  param: string | undefined,
  scope: Scope,
) => unknown;
