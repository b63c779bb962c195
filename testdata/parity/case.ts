/**
 * The shape of a parity case, shared by the case lists.
 *
 * @module
 */

import type { ArgumentRules } from "../../_validation.ts";

/**
 * One parity case.
 *
 * @example
 * ```ts
 * import type { ParityCase } from "./case.ts";
 * const c: ParityCase = {
 *   name: "int from a string",
 *   spec: { n: { type: "int" } },
 *   args: { n: "42" },
 * };
 * ```
 */
export interface ParityCase {
  /** Unique name, shown when the case fails. */
  name: string;
  /** JSON spec; `"$fn:NAME"` types are the callables of `spec.ts`. */
  spec: Record<string, unknown>;
  /** The task's arguments; `_ansible_*` keys here override the defaults. */
  args: Record<string, unknown>;
  /** Top-level rules (AnsibleModule's keyword arguments). */
  rules?: ArgumentRules;
  /** `_ansible_module_name`; "hello" when unset. */
  moduleName?: string;
  /** AnsibleModule's `supports_check_mode` (default false, as in Python). */
  supportsCheckMode?: boolean;
  /** Keyword arguments of `exit_json` once the module is built. */
  result?: Record<string, unknown>;
  /** Keyword arguments of `fail_json` (with `msg`) instead of `exit_json`. */
  fail?: Record<string, unknown>;
  /** ansible-core fails before validation: params and result differ by design. */
  skipParams?: boolean;
  /** Made by `generateCases` (cases.ts). */
  generated?: boolean;
  /**
   * The arguments of a controller from 2.17 on: no
   * `_ansible_string_conversion_action` (2.19 refuses it). Such a case
   * checks 2.19's behaviour and stays out of the 2.14 suite.
   */
  newerController?: boolean;
}
