/**
 * `module.getBinPath()`: ansible-core's `get_bin_path`, searching the
 * TASK's `PATH` (in the daemon, not the process's).
 *
 * @module
 */

import type { HelperHost } from "./_helper_host.ts";

const SBIN_DIRS = ["/sbin", "/usr/sbin", "/usr/local/sbin"];

/**
 * Raised when no executable of that name is found, with `get_bin_path`'s
 * message.
 *
 * @example
 * ```ts
 * import { BinPathError } from "./_bin_path.ts";
 * const error = new BinPathError('Failed to find required executable "x" in paths: /bin');
 * console.assert(error.name === "BinPathError");
 * ```
 */
export class BinPathError extends Error {
  /** Builds the error with get_bin_path's message. */
  constructor(message: string) {
    super(message);
    this.name = "BinPathError";
  }
}

/**
 * Options of {@linkcode findBinPath}.
 *
 * @example
 * ```ts
 * import type { BinPathOptions } from "./_bin_path.ts";
 * const options: BinPathOptions = { env: { PATH: "/usr/bin" }, cwd: "/", optDirs: ["/opt/bin"] };
 * ```
 */
export interface BinPathOptions {
  /** The task's environment, whose `PATH` is searched. */
  env: Readonly<Record<string, string>>;
  /** The task's directory, for relative directories. */
  cwd: string;
  /** Directories searched first (those that exist). */
  optDirs?: readonly string[];
}

/**
 * Finds an executable as `get_bin_path` does: in `optDirs` that exist,
 * then in `PATH`, then in `/sbin`, `/usr/sbin` and `/usr/local/sbin`; the
 * first regular file with an execute bit wins.
 *
 * @param name The executable (a relative path is joined to each directory).
 * @param options The environment, directory and extra directories.
 * @returns The path found (as joined, not resolved).
 * @throws {BinPathError} When none is found.
 *
 * @example
 * ```ts
 * import { findBinPath } from "./_bin_path.ts";
 * const sh = await findBinPath("sh", { env: { PATH: "/usr/bin:/bin" }, cwd: "/" });
 * console.assert(sh === "/usr/bin/sh" || sh === "/bin/sh");
 * ```
 */
export async function findBinPath(
  name: string,
  options: BinPathOptions,
): Promise<string> {
  const resolve = (path: string) =>
    path.startsWith("/") ? path : `${options.cwd}/${path}`;
  const exists = (path: string) =>
    Deno.stat(resolve(path)).then(() => true, () => false);
  const paths: string[] = [];
  for (const dir of options.optDirs ?? []) {
    if (dir != null && await exists(dir)) paths.push(dir);
  }
  paths.push(...(options.env.PATH ?? "").split(":"));
  for (const dir of SBIN_DIRS) {
    if (!paths.includes(dir) && await exists(dir)) paths.push(dir);
  }
  for (const dir of paths) {
    if (!dir) continue;
    const path = name.startsWith("/") ? name : joinPath(dir, name);
    const info = await Deno.stat(resolve(path)).catch(() => null);
    // Python's is_executable: any execute bit, whoever the user is.
    if (info && !info.isDirectory && ((info.mode ?? 0) & 0o111)) return path;
  }
  throw new BinPathError(
    `Failed to find required executable "${name}" in paths: ${paths.join(":")}`,
  );
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/**
 * `module.get_bin_path`: the executable's path, or undefined when there is
 * none; with `required`, its absence fails the task with get_bin_path's
 * message.
 *
 * @param host The module.
 * @param name The executable.
 * @param options `required`, and `optDirs` searched first.
 * @returns The path, or undefined.
 *
 * @example
 * ```ts ignore
 * const git = await getBinPath(module, "git", { required: true });
 * ```
 */
export async function getBinPath(
  host: HelperHost,
  name: string,
  options: { required?: boolean; optDirs?: readonly string[] } = {},
): Promise<string | undefined> {
  try {
    return await findBinPath(name, {
      env: host.env,
      cwd: host.cwd,
      optDirs: options.optDirs,
    });
  } catch (error) {
    if (!(error instanceof BinPathError)) throw error;
    if (options.required) host.failJson({ msg: error.message });
    return undefined;
  }
}
