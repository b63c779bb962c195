/**
 * The argument spec's types, as module authors write them (Ansible's own
 * field names), the cross-option rules and the outcome of validation.
 * Types only: nothing here exists at run time. `_validation.ts` re-exports
 * them, and `mod.ts` re-exports them from there.
 *
 * @example
 * ```ts
 * import type { ArgumentSpec } from "./_validation.ts";
 *
 * const spec: ArgumentSpec = { name: { type: "str", required: true } };
 * console.assert(spec.name.required === true);
 * ```
 *
 * @module
 */

/**
 * One entry of an argument spec; field names are Ansible's own (snake_case),
 * so specs copy over from Python.
 *
 * @example
 * ```ts
 * import type { ArgumentSpecEntry } from "./_validation.ts";
 *
 * const state: ArgumentSpecEntry = {
 *   type: "str",
 *   default: "present",
 *   choices: ["present", "absent"],
 *   aliases: ["ensure"],
 * };
 * ```
 */
export interface ArgumentSpecEntry {
  /**
   * Target type; a function acts like a Python callable type (throw to
   * reject). `sid` (a Windows security identifier) is known to Ansible's
   * PowerShell modules only: here, as in Python's `AnsibleModule`, any value
   * given to it fails validation.
   */
  type?:
    | "str"
    | "int"
    | "float"
    | "bool"
    | "list"
    | "dict"
    | "path"
    | "raw"
    | "jsonarg"
    | "json"
    | "bytes"
    | "bits"
    | "sid"
    | ((value: unknown) => unknown);
  /** The option must be given (an explicit null counts); excludes `default`. */
  required?: boolean;
  /** Value used when the option is not given. */
  default?: unknown;
  /** Allowed values, compared with Python `==` after type conversion. */
  choices?: readonly unknown[];
  /** Other names accepted for the option. */
  aliases?: readonly string[];
  /** Type of each element when `type` is `"list"`. */
  elements?: ArgumentSpecEntry["type"];
  /** Sub-spec for `dict` options or `list` options with `dict` elements. */
  options?: ArgumentSpec;
  /** Collect the value into `noLogValues`. */
  no_log?: boolean;
  /** Validate `options` (filling defaults) even when the option is not given. */
  apply_defaults?: boolean;
  /** Within `options`: groups of which at most one may be given. */
  mutually_exclusive?: readonly (readonly string[])[];
  /** Within `options`: groups given all together or not at all. */
  required_together?: readonly (readonly string[])[];
  /** Within `options`: groups of which at least one must be given. */
  required_one_of?: readonly (readonly string[])[];
  /** Within `options`: conditional requirements. */
  required_if?: readonly RequiredIfRule[];
  /** Within `options`: option name to the options it requires. */
  required_by?: Readonly<Record<string, string | readonly string[]>>;
  /**
   * `["env", ["VAR1", "VAR2"]]` is Python's `(env_fallback, ['VAR1', 'VAR2'])`.
   * A function strategy gets the listed args and returns `undefined` for
   * "not found" (Python raises `AnsibleFallbackNotFound`).
   */
  fallback?: readonly [
    "env" | ((...args: unknown[]) => unknown),
    (readonly unknown[])?,
  ];
  /** Aliases whose use is reported as deprecated. */
  deprecated_aliases?: readonly {
    name: string;
    version?: string | number;
    date?: string;
    collection_name?: string;
  }[];
  /** Report the option as deprecated when it is used. */
  removed_in_version?: string | number;
  /** Like `removed_in_version`, as an ISO date; takes precedence. */
  removed_at_date?: string;
  /** Collection named in the option's deprecation. */
  removed_from_collection?: string;
  /**
   * Documentation only (validation ignores it): what the option is for, in
   * Ansible's markup (`C(value)`, `I(option)`); one string per paragraph.
   */
  description?: string | readonly string[];
  /** Documentation only: the collection version that added the option. */
  version_added?: string | number;
  /** Documentation only: the collection of `version_added`. */
  version_added_collection?: string;
  /** Documentation only: the docs' name for `options` (validation ignores it). */
  suboptions?: Readonly<Record<string, unknown>>;
  /** Documentation only. */
  notes?: string | readonly string[];
  /** Documentation only. */
  seealso?: readonly unknown[];
}

/**
 * An argument spec: option name to its entry.
 *
 * @example
 * ```ts
 * import type { ArgumentSpec } from "./_validation.ts";
 *
 * const spec: ArgumentSpec = {
 *   path: { type: "path", required: true, aliases: ["dest"] },
 *   mode: { type: "raw" },
 * };
 * ```
 */
export type ArgumentSpec = Readonly<Record<string, ArgumentSpecEntry>>;

/**
 * `[key, value, requirements]` or `[key, value, requirements, any]` as in
 * Python's required_if. `Name` narrows the option names (as
 * `AnsibleModule.create()` does from its spec); it defaults to any string.
 *
 * @example
 * ```ts
 * import type { RequiredIfRule } from "./_validation.ts";
 *
 * const rules: RequiredIfRule[] = [
 *   ["state", "present", ["path"]],
 *   ["state", "absent", ["name", "path"], true],
 * ];
 * ```
 */
export type RequiredIfRule<Name extends string = string> =
  | readonly [Name, unknown, readonly Name[]]
  | readonly [Name, unknown, readonly Name[], boolean];

/**
 * `requiredBy`: option name to the options it requires. With a narrowed
 * `Name` every key is optional; with any string it is a plain record.
 *
 * @example
 * ```ts
 * import type { RequiredByRule } from "./_validation.ts";
 *
 * const rule: RequiredByRule<"owner" | "group" | "mode"> = { owner: ["group", "mode"] };
 * ```
 */
export type RequiredByRule<Name extends string = string> = string extends Name
  ? Readonly<Record<string, string | readonly string[]>>
  : { readonly [K in Name]?: Name | readonly Name[] };

/**
 * Top-level cross-option rules (the `AnsibleModule` constructor arguments).
 * `Name` narrows the option names they may mention (`AnsibleModule.create()`
 * takes them from its spec: the options and their aliases); it defaults to
 * any string.
 *
 * @example
 * ```ts
 * import type { ArgumentRules } from "./_validation.ts";
 *
 * const rules: ArgumentRules = {
 *   mutuallyExclusive: [["src", "content"]],
 *   requiredOneOf: [["src", "content"]],
 *   requiredBy: { owner: "group" },
 * };
 * ```
 */
export interface ArgumentRules<Name extends string = string> {
  /** Groups of which at most one may be given. */
  mutuallyExclusive?: readonly (readonly Name[])[];
  /** Groups given all together or not at all. */
  requiredTogether?: readonly (readonly Name[])[];
  /** Groups of which at least one must be given. */
  requiredOneOf?: readonly (readonly Name[])[];
  /** Conditional requirements. */
  requiredIf?: readonly RequiredIfRule<Name>[];
  /** Option name to the options it requires when set (not null). */
  requiredBy?: RequiredByRule<Name>;
}

/**
 * Outcome of {@linkcode validateArguments}.
 *
 * @example
 * ```ts
 * import { validateArguments, type ValidationResult } from "./_validation.ts";
 *
 * const result: ValidationResult = validateArguments({ a: { type: "int" } }, { a: "x" });
 * if (result.error) console.error(result.errors.join("\n"));
 * ```
 */
export interface ValidationResult {
  /** Validated params: every spec key present (null when unset and no default), aliases resolved, types converted. */
  params: Record<string, unknown>;
  /** The failure message exactly as ansible-core's AnsibleModule would put in `msg` (including the "Unsupported parameters for (NAME) module: ..." form), or undefined when valid. */
  error?: string;
  /** Every individual error message, in ansible-core's order. */
  errors: string[];
  /** Warnings AnsibleModule would return, in its order. */
  warnings: string[];
  /** Deprecations AnsibleModule would return, in its order. */
  deprecations: {
    msg: string;
    version?: string | number;
    date?: string;
    collection_name?: string;
  }[];
  /** Values of no_log parameters (as strings), to be scrubbed from output. */
  noLogValues: Set<string>;
}
