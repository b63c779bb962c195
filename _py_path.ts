/**
 * Python's `posixpath.expandvars` and `posixpath.expanduser`, synchronous,
 * on this process's environment (in the daemon, `Deno.env` is the task's),
 * as the `path` type applies them; and reading a variable without
 * `--allow-env` as if it were unset. `_path_expand.ts` is the helpers'
 * version, on an environment they are given.
 *
 * @example
 * ```ts
 * import { expandVars } from "./_py_path.ts";
 *
 * console.assert(expandVars("$NO_SUCH_VARIABLE/x") === "$NO_SUCH_VARIABLE/x");
 * ```
 *
 * @module
 */

/**
 * `posixpath.expandvars`: `$name` / `${name}`, unknown variables left as
 * they are.
 *
 * @param path The text to expand.
 * @returns It with known variables replaced.
 *
 * @example
 * ```ts
 * import { expandVars } from "./_py_path.ts";
 * console.assert(expandVars("${NO_SUCH_VARIABLE}") === "${NO_SUCH_VARIABLE}");
 * ```
 */
export function expandVars(path: string): string {
  if (!path.includes("$")) return path;
  let out = "";
  let i = 0;
  while (i < path.length) {
    const dollar = path.indexOf("$", i);
    if (dollar < 0) break;
    out += path.slice(i, dollar);
    let name = "";
    let end = dollar + 1;
    if (path[end] === "{") {
      const close = path.indexOf("}", end + 1);
      if (close >= 0) {
        name = path.slice(end + 1, close);
        end = close + 1;
      }
    } else {
      while (end < path.length && isWordChar(path.charCodeAt(end))) end++;
      name = path.slice(dollar + 1, end);
    }
    const value = end > dollar + 1 ? envGet(name) : undefined;
    if (value === undefined) {
      // No match (or unknown variable): keep the text and rescan after "$".
      const matched = end > dollar + 1 ? path.slice(dollar, end) : "$";
      out += matched;
      i = dollar + matched.length;
    } else {
      out += value;
      i = end;
    }
  }
  return out + path.slice(i);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) || code === 95;
}

/** Variables we may not read; asking again would throw again, slowly. */
const deniedEnv = new Set<string>();

/**
 * An environment variable; without `--allow-env` it is as good as unset
 * (and not asked for again, which would throw again, slowly).
 *
 * @param name The variable.
 * @returns Its value, or undefined.
 *
 * @example
 * ```ts
 * import { envGet } from "./_py_path.ts";
 * console.assert(envGet("NO_SUCH_VARIABLE") === undefined);
 * ```
 */
export function envGet(name: string): string | undefined {
  if (deniedEnv.has(name)) return undefined;
  try {
    return Deno.env.get(name);
  } catch {
    // Without --allow-env the variable is as good as unset.
    deniedEnv.add(name);
    return undefined;
  }
}

function passwdHome(user: string): string | undefined {
  try {
    for (const line of Deno.readTextFileSync("/etc/passwd").split("\n")) {
      const fields = line.split(":");
      if (fields[0] === user && fields.length >= 7) return fields[5];
    }
  } catch {
    // Unreadable passwd: behave like pwd.getpwnam raising KeyError.
  }
  return undefined;
}

/**
 * `posixpath.expanduser`: `~` from `HOME` (else the user's passwd entry),
 * `~user` from the passwd file; unknown users leave the path as it is.
 *
 * @param path The path to expand.
 * @returns The expanded path.
 *
 * @example
 * ```ts
 * import { expandUser } from "./_py_path.ts";
 * console.assert(expandUser("~no_such_user/x") === "~no_such_user/x");
 * ```
 */
export function expandUser(path: string): string {
  if (!path.startsWith("~")) return path;
  let i = path.indexOf("/", 1);
  if (i < 0) i = path.length;
  let home: string | undefined;
  if (i === 1) {
    home = envGet("HOME");
    // No node:os here: loading Node compatibility costs every module ~8 ms.
    const user = envGet("USER") ?? envGet("LOGNAME");
    if (home === undefined && user) home = passwdHome(user);
    if (home === undefined) return path;
  } else {
    home = passwdHome(path.slice(1, i));
    if (home === undefined) return path;
  }
  let end = home.length;
  while (end > 0 && home[end - 1] === "/") end--;
  return home.slice(0, end) + path.slice(i) || "/";
}
