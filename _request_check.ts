/**
 * What the daemon accepts from a connection: a request of the right shape,
 * carrying the daemon's token (compared in constant time). A request that
 * fails here is answered with an error and nothing else happens.
 *
 * @module
 */

import { isPlainObject } from "./_input.ts";

const encoder = new TextEncoder();

/**
 * Why a run request cannot be accepted, or undefined when it can.
 *
 * @param message A parsed request (its version and token already checked).
 * @returns The problem, in a sentence.
 *
 * @example
 * ```ts
 * import { checkRunRequest } from "./_request_check.ts";
 * console.assert(checkRunRequest({ module: {} })?.startsWith("Request module"));
 * ```
 */
export function checkRunRequest(
  message: Record<string, unknown>,
): string | undefined {
  const module = message.module;
  if (
    !isPlainObject(module) || typeof module.url !== "string" ||
    typeof module.hash !== "string" || typeof module.copy !== "boolean"
  ) {
    return "Request module must have a url, a hash and a copy flag";
  }
  if (!/^[0-9a-f]{64}$/.test(module.hash)) {
    return "Request module hash must be a SHA-256 hex digest";
  }
  if (!module.url.startsWith("file:")) {
    return "Request module url must be a file: URL";
  }
  if (typeof message.argsText !== "string") {
    return "Request argsText must be a string";
  }
  if (
    !Array.isArray(message.argv) ||
    !message.argv.every((a) => typeof a === "string")
  ) {
    return "Request argv must be a list of strings";
  }
  if (
    !isPlainObject(message.env) ||
    !Object.values(message.env).every((v) => typeof v === "string")
  ) {
    return "Request env must be an object of strings";
  }
  if (typeof message.cwd !== "string" || !message.cwd.startsWith("/")) {
    return "Request cwd must be an absolute path";
  }
  if (typeof message.timeout !== "number" || !(message.timeout >= 0)) {
    return "Request timeout must be a number of seconds";
  }
  if (typeof message.ttl !== "number" || !(message.ttl > 0)) {
    return "Request ttl must be a positive number";
  }
  return undefined;
}

/**
 * True when `given` is the daemon's token; every byte is compared, whatever
 * the first difference, so the time taken tells nothing.
 *
 * @example
 * ```ts
 * import { sameToken } from "./_request_check.ts";
 * console.assert(sameToken("abc", "abc") && !sameToken("abd", "abc"));
 * ```
 */
export function sameToken(given: string, expected: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(expected);
  if (a.length !== b.length) return false;
  // Constant time: every byte is compared whatever the first difference.
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
