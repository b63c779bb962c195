/**
 * Python's `os.path.expandvars`, `os.path.expanduser` and
 * `os.path.abspath`, against the TASK's environment and working directory
 * (in the daemon they are not the process's).
 *
 * @module
 */

import { userById, userByName } from "./_users.ts";

/**
 * Replaces `$NAME` and `${NAME}` with their values in `env`, as
 * `os.path.expandvars` does; unknown names stay as they are.
 *
 * @param text The text to expand.
 * @param env The environment to read.
 * @returns The expanded text.
 *
 * @example
 * ```ts
 * import { expandVars } from "./_path_expand.ts";
 * const out = expandVars("$HOME/${X}/$NOPE", { HOME: "/h", X: "x" });
 * console.assert(out === "/h/x/$NOPE");
 * ```
 */
export function expandVars(
  text: string,
  env: Readonly<Record<string, string>>,
): string {
  return text.replace(/\$([A-Za-z0-9_]+|\{[^}]*\})/g, (all, name: string) => {
    const key = name.startsWith("{") ? name.slice(1, -1) : name;
    return Object.hasOwn(env, key) ? env[key] : all;
  });
}

/**
 * Replaces a leading `~` or `~user` with the home directory, as
 * `os.path.expanduser` does: `HOME` from `env` for `~` (the user database
 * when it is unset), the user database for `~user`; an unknown user leaves
 * the path as it is.
 *
 * @param path The path to expand.
 * @param env The environment to read `HOME` from.
 * @returns The expanded path.
 *
 * @example
 * ```ts
 * import { expandUser } from "./_path_expand.ts";
 * console.assert(await expandUser("~/x", { HOME: "/h/" }) === "/h/x");
 * console.assert(await expandUser("~root", {}) === "/root");
 * ```
 */
export async function expandUser(
  path: string,
  env: Readonly<Record<string, string>>,
): Promise<string> {
  if (!path.startsWith("~")) return path;
  let end = path.indexOf("/", 1);
  if (end < 0) end = path.length;
  let home: string | undefined;
  if (end === 1) {
    home = Object.hasOwn(env, "HOME")
      ? env.HOME
      : (await userById(Deno.uid() ?? 0))?.home;
  } else home = (await userByName(path.slice(1, end)))?.home;
  if (home === undefined) return path;
  return home.replace(/\/+$/, "") + path.slice(end) || "/";
}

/**
 * `os.path.normpath`: removes `.`, empty and `..` components without
 * looking at the file system.
 *
 * @param path The path.
 * @returns The normalized path.
 *
 * @example
 * ```ts
 * import { normPath } from "./_path_expand.ts";
 * console.assert(normPath("/a/./b/../c//") === "/a/c");
 * console.assert(normPath("") === ".");
 * ```
 */
export function normPath(path: string): string {
  if (path === "") return ".";
  let slashes = path.startsWith("/") ? 1 : 0;
  if (path.startsWith("//") && !path.startsWith("///")) slashes = 2;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (
      part !== ".." || (!slashes && parts.length === 0) ||
      parts.at(-1) === ".."
    ) {
      parts.push(part);
    } else if (parts.length) parts.pop();
  }
  return "/".repeat(slashes) + parts.join("/") || ".";
}

/**
 * `os.path.abspath`, with `cwd` as the current directory.
 *
 * @param path The path.
 * @param cwd The directory a relative path is relative to.
 * @returns The absolute, normalized path.
 *
 * @example
 * ```ts
 * import { absPath } from "./_path_expand.ts";
 * console.assert(absPath("../x", "/a/b") === "/a/x");
 * ```
 */
export function absPath(path: string, cwd: string): string {
  return normPath(path.startsWith("/") ? path : `${cwd}/${path}`);
}
