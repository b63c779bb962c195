/**
 * What an error thrown out of a module becomes in the task's result, in
 * both modes. Kept apart so that the daemon and the module object share it
 * without importing each other.
 *
 * @module
 */

import { EmbeddedModuleFailure, type ModuleResult } from "./errors.ts";

/**
 * The unformatted failure for an error thrown out of a module: an author's
 * {@linkcode EmbeddedModuleFailure} keeps its fields, any other `Error`
 * gives its message and its stack as `exception`, anything else its text.
 *
 * @param error What was thrown.
 * @returns The failure's fields, before the module formats them.
 *
 * @example
 * ```ts
 * import { failureOf } from "./_failure.ts";
 * console.assert(failureOf(new Error("boom")).msg === "boom");
 * console.assert(failureOf("plain text").msg === "plain text");
 * ```
 */
export function failureOf(error: unknown): ModuleResult {
  if (error instanceof EmbeddedModuleFailure) return { ...error.result };
  if (error instanceof Error) {
    return { msg: error.message || error.name, exception: error.stack ?? "" };
  }
  return { msg: String(error) };
}
