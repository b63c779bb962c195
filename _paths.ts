/**
 * Where a daemon lives: the private per-user directory, the file names
 * derived from the daemon's identity, and the checks that make the directory
 * safe to use. Shared by the client, the daemon and the command line.
 *
 * @module
 */

/** What must match for a daemon to serve a request. */
export interface DaemonIdentity {
  /** Numeric user id of the daemon's owner. */
  uid: number;
  /** Wire protocol version. */
  protocol: number;
  /** Deno version running the daemon. */
  deno: string;
  /** ansible-turbo version. */
  runtime: string;
  /** Where this runtime was loaded from (`import.meta.url` of `mod.ts`). */
  runtimeUrl: string;
  /** How the daemon is launched: the Deno binary, or a compiled module's own identity. */
  launcher: string;
  /** Permission flags the daemon is started with. */
  permissions: readonly string[];
  /** Daemon group: modules of one group share a daemon and its caches. */
  group: string;
  /** The directory the daemon's files were derived from (remote_tmp, XDG or temp). */
  base: string;
  /** The daemon's whole environment: see {@linkcode daemonEnvironment}. */
  env: Record<string, string>;
}

/**
 * Variables that Deno, V8 or the Node compatibility layer read for the
 * whole process (time zone, locale, proxies, certificates, temp directory,
 * cache and home, colours, Deno's own): they cannot differ between the tasks
 * of one process, so they are part of a daemon's identity, and they are all
 * of its environment. Everything else a task sees comes with the task.
 */
const PROCESS_WIDE =
  /^(TZ|LANG|LANGUAGE|LC_\w+|HOME|TMPDIR|XDG_CACHE_HOME|NO_COLOR|SSL_CERT_FILE|SSL_CERT_DIR|NODE_EXTRA_CA_CERTS|NODE_TLS_REJECT_UNAUTHORIZED|RUST_BACKTRACE|RUST_LOG|DENO_\w+|NPM_CONFIG_\w+|(HTTPS?|ALL|NO)_PROXY)$/i;

/**
 * The environment a daemon runs with: the process-wide variables of the
 * task that starts it, and nothing else, so that no task's own values
 * (secrets in `environment:`, say) live on in the daemon.
 *
 * @param env The starting task's environment.
 * @returns The subset that is part of the daemon's identity.
 *
 * @example
 * ```ts
 * import { daemonEnvironment } from "./_paths.ts";
 * const env = daemonEnvironment({ TZ: "UTC", API_TOKEN: "s3cret", DENO_DIR: "/c", DENO_NODE_SHIM_ACTIVE: "1" });
 * console.assert(JSON.stringify(env) === '{"DENO_DIR":"/c","TZ":"UTC"}');
 * ```
 */
export function daemonEnvironment(
  env: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(env).sort()) {
    if (PROCESS_WIDE.test(key) && !SET_BY_DENO.has(key)) out[key] = env[key];
  }
  return out;
}

/** Variables Deno sets in its own environment (the daemon's Deno sets its own). */
const SET_BY_DENO = new Set(["DENO_NODE_SHIM_ACTIVE"]);

/** The files of one daemon. */
export interface DaemonPaths {
  /** Short hash of the identity; names every file below. */
  key: string;
  /** The private directory holding them. */
  dir: string;
  socket: string;
  lock: string;
  token: string;
  log: string;
}

/** Raised when the private directory is not safe to use. */
export class UnsafeDirectoryError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "UnsafeDirectoryError";
  }
}

/**
 * Joins path segments with `/`. Not `node:path`: Node compatibility costs
 * the client ~8 ms of start-up, more than the whole request.
 */
function join(...parts: string[]): string {
  return parts.join("/").replace(/\/{2,}/g, "/");
}

function parentDir(path: string): string {
  return path.replace(/\/+[^/]+\/*$/, "") || "/";
}

/** Linux `sun_path` holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107;
const DIR_PREFIX = "ansible-turbo-";
const encoder = new TextEncoder();

/**
 * Expands `~` and `$VAR`/`${VAR}` the way Ansible expands `remote_tmp`.
 *
 * @example
 * ```ts
 * import { expandPath } from "./_paths.ts";
 * console.assert(expandPath("~/x", { HOME: "/home/a" }) === "/home/a/x");
 * ```
 */
export function expandPath(path: string, env: Record<string, string>): string {
  let out = path.replace(
    /\$(\w+)|\$\{(\w+)\}/g,
    (whole, a?: string, b?: string) => env[a ?? b ?? ""] ?? whole,
  );
  if (out === "~" || out.startsWith("~/")) {
    out = (env.HOME ?? "~") + out.slice(1);
  }
  return out;
}

/**
 * The base directory for daemon files: `_ansible_remote_tmp` when Ansible
 * gave one, else `$XDG_RUNTIME_DIR`, else the system temp directory.
 *
 * @example
 * ```ts
 * import { baseDirFor } from "./_paths.ts";
 * console.assert(baseDirFor("~/.ansible/tmp", { HOME: "/h" }) === "/h/.ansible/tmp");
 * ```
 */
export function baseDirFor(
  remoteTmp: string | undefined,
  env: Record<string, string>,
): string {
  if (remoteTmp) return expandPath(remoteTmp, env).replace(/\/+$/, "") || "/";
  return env.XDG_RUNTIME_DIR || env.TMPDIR || "/tmp";
}

/**
 * Hashes an identity into the short key that names a daemon's files.
 *
 * @example
 * ```ts ignore
 * import { identityKey } from "./_paths.ts";
 * const key = await identityKey(identity);
 * ```
 */
export async function identityKey(identity: DaemonIdentity): Promise<string> {
  const canonical = JSON.stringify([
    identity.uid,
    identity.protocol,
    identity.deno,
    identity.runtime,
    identity.runtimeUrl,
    identity.launcher,
    [...identity.permissions].sort(),
    identity.group,
    identity.base,
    Object.entries(identity.env).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0),
  ]);
  return (await sha256Hex(encoder.encode(canonical))).slice(0, 24);
}

/**
 * Hex SHA-256 of some bytes.
 *
 * @example
 * ```ts
 * import { sha256Hex } from "./_paths.ts";
 * const hex = await sha256Hex(new Uint8Array());
 * console.assert(hex.startsWith("e3b0c442"));
 * ```
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>),
  );
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * The files of the daemon with `key` under `base`. When the socket path would
 * not fit in `sun_path`, the files move to a short per-user directory in
 * `/tmp`; the key already encodes `base`, so daemons stay distinct.
 *
 * @example
 * ```ts
 * import { daemonPaths } from "./_paths.ts";
 * const paths = daemonPaths("/tmp", { key: "abc", uid: 1000 });
 * console.assert(paths.socket === "/tmp/ansible-turbo-1000/abc.sock");
 * ```
 */
export function daemonPaths(
  base: string,
  options: { key: string; uid: number },
): DaemonPaths {
  let dir = privateDir(base, options.uid);
  const fits = (d: string) =>
    encoder.encode(join(d, `${options.key}.sock`)).length <=
      MAX_SOCKET_PATH_BYTES;
  if (!fits(dir)) dir = privateDir("/tmp", options.uid);
  const file = (ext: string) => join(dir, `${options.key}.${ext}`);
  return {
    key: options.key,
    dir,
    socket: file("sock"),
    lock: file("lock"),
    token: file("token"),
    log: file("log"),
  };
}

/**
 * The private per-user directory below `base`.
 *
 * @example
 * ```ts
 * import { privateDir } from "./_paths.ts";
 * console.assert(privateDir("/run/user/7", 7) === "/run/user/7/ansible-turbo-7");
 * ```
 */
export function privateDir(base: string, uid: number): string {
  return join(base, `${DIR_PREFIX}${uid}`);
}

/**
 * Creates the private directory (0700) if needed and checks that it is safe:
 * a real directory (not a symlink), owned by `uid`, with no group or other
 * access. Throws {@linkcode UnsafeDirectoryError} otherwise.
 *
 * @example
 * ```ts ignore
 * import { ensurePrivateDir } from "./_paths.ts";
 * await ensurePrivateDir("/tmp/ansible-turbo-1000", Deno.uid()!);
 * ```
 */
export async function ensurePrivateDir(
  dir: string,
  uid: number,
): Promise<void> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(dir);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    await Deno.mkdir(parentDir(dir), { recursive: true, mode: 0o700 });
    try {
      await Deno.mkdir(dir, { mode: 0o700 });
    } catch (mkdirError) {
      // Another client may have created it at the same moment; check it below.
      if (!(mkdirError instanceof Deno.errors.AlreadyExists)) throw mkdirError;
    }
    info = await Deno.lstat(dir);
  }
  if (info.isSymlink || !info.isDirectory) {
    throw new UnsafeDirectoryError(`${dir} is not a plain directory`);
  }
  // Whoever may rename entries of the parent can swap this directory for
  // another after the checks below: only the user, root, or a sticky
  // directory (like /tmp) is safe.
  const base = await Deno.stat(parentDir(dir));
  const open = ((base.mode ?? 0) & 0o022) !== 0;
  const sticky = ((base.mode ?? 0) & 0o1000) !== 0;
  if ((base.uid !== uid && base.uid !== 0) || (open && !sticky)) {
    throw new UnsafeDirectoryError(
      `${
        parentDir(dir)
      } lets other users replace ${dir} (owner uid ${base.uid}, mode ${
        ((base.mode ?? 0) & 0o7777).toString(8)
      }); it must be the user's or root's, and sticky if others may write to it`,
    );
  }
  if (info.uid !== uid) {
    throw new UnsafeDirectoryError(
      `${dir} is owned by uid ${info.uid}, not by uid ${uid}`,
    );
  }
  if (((info.mode ?? 0) & 0o077) !== 0) {
    throw new UnsafeDirectoryError(
      `${dir} is open to other users (mode ${
        ((info.mode ?? 0) & 0o777).toString(8)
      }); it must be 0700`,
    );
  }
}

/**
 * Directories that `status` and `stop` look in when none is named: the
 * defaults for a daemon started by hand and by Ansible's usual remote_tmp.
 *
 * @example
 * ```ts
 * import { defaultBaseDirs } from "./_paths.ts";
 * console.assert(defaultBaseDirs({ HOME: "/h" }).includes("/h/.ansible/tmp"));
 * ```
 */
export function defaultBaseDirs(env: Record<string, string>): string[] {
  const dirs = [baseDirFor(undefined, env), "/tmp"];
  if (env.HOME) dirs.push(join(env.HOME, ".ansible", "tmp"));
  return [...new Set(dirs)];
}
