/**
 * File operations of the module object, as ansible-core's `AnsibleModule`
 * does them: `atomic_move`, `backup_local` and `digest_from_file`, with
 * their failure messages. Relative paths are relative to the TASK's
 * directory.
 *
 * @module
 */

import { preserveAttributes } from "./_file_attrs.ts";
import type { HelperHost, HelperResult } from "./_helper_host.ts";
import { isOsError, PyOsError, pyOsErrorText, pyRepr } from "./_os_error.ts";
import { absPath } from "./_path_expand.ts";

/**
 * Options of {@linkcode atomicMove}.
 *
 * @example
 * ```ts
 * import type { AtomicMoveOptions } from "./_file_ops.ts";
 * const options: AtomicMoveOptions = { unsafeWrites: true };
 * ```
 */
export interface AtomicMoveOptions {
  /**
   * Where an atomic replace is impossible (a bind-mounted file, a busy
   * one), write `dest` in place (`unsafe_writes`). Default: the module's
   * `unsafe_writes` parameter.
   */
  unsafeWrites?: boolean;
}

/**
 * A digest `digestFromFile` knows (ansible-core's list).
 *
 * @example
 * ```ts
 * import type { DigestAlgorithm } from "./_file_ops.ts";
 * const algorithm: DigestAlgorithm = "sha1";
 * ```
 */
export type DigestAlgorithm =
  | "md5"
  | "sha1"
  | "sha224"
  | "sha256"
  | "sha384"
  | "sha512";

/**
 * Every {@linkcode DigestAlgorithm}, in the order Python lists them.
 *
 * @example
 * ```ts
 * import { DIGEST_ALGORITHMS } from "./_file_ops.ts";
 * console.assert(DIGEST_ALGORITHMS.includes("sha256"));
 * ```
 */
export const DIGEST_ALGORITHMS: readonly DigestAlgorithm[] = [
  "md5",
  "sha1",
  "sha224",
  "sha256",
  "sha384",
  "sha512",
];

// Errors after which atomic_move retries through a temp file next to dest.
const RETRY_THROUGH_TEMP = ["EPERM", "EXDEV", "EACCES", "ETXTBSY", "EBUSY"];
const DEFAULT_PERM = 0o666;

/**
 * Moves `src` over `dest` atomically, as `atomic_move` does: `src` takes
 * `dest`'s mode and owner when `dest` exists; a rename that cannot be done
 * (another file system, a busy file) goes through a temp file in `dest`'s
 * directory; a created `dest` gets mode `0666` minus the umask.
 *
 * @param host The module.
 * @param paths The file to move and where.
 * @param options `unsafeWrites`.
 *
 * @example
 * ```ts ignore
 * await atomicMove(module, { src: `${module.tmpdir}/new`, dest: "/etc/app.conf" });
 * ```
 */
export async function atomicMove(
  host: HelperHost,
  paths: { src: string; dest: string },
  options: AtomicMoveOptions = {},
): Promise<void> {
  const { src, dest } = paths;
  const at = (path: string) => resolve(host, path);
  const unsafe = options.unsafeWrites ?? host.params.unsafe_writes === true;
  let destStat: Deno.FileInfo | undefined;
  if (await exists(at(dest))) {
    let step = dest;
    try {
      destStat = await Deno.stat(at(dest));
      step = src;
      await Deno.chmod(at(src), (destStat.mode ?? 0) & 0o7777);
      await Deno.chown(at(src), destStat.uid, destStat.gid);
    } catch (error) {
      // Python lets any other OSError escape (a traceback).
      if (!isOsError(error, "EPERM")) {
        throw PyOsError.from(error, { filename: step, bytes: true });
      }
    }
  }
  const creating = !(await exists(at(dest)));
  try {
    await Deno.rename(at(src), at(dest));
  } catch (error) {
    if (!RETRY_THROUGH_TEMP.some((code) => isOsError(error, code))) {
      const text = pyOsErrorText(error, {
        filename: src,
        filename2: dest,
        bytes: true,
      });
      host.failJson({
        msg: `Could not replace file: ${src} to ${dest}: ${text}`,
        exception: stackOf(error),
      });
    }
    const failure = await moveThroughTemp(host, paths, { destStat, unsafe });
    if (failure) host.failJson(failure);
  }
  if (creating) {
    await Deno.chmod(at(dest), DEFAULT_PERM & ~Deno.umask());
    try {
      await Deno.chown(at(dest), Deno.uid(), Deno.gid());
    } catch {
      // Only root may give a file away; best effort, as in Python.
    }
  }
}

/**
 * The cross-device path of atomic_move: copy next to `dest`, then rename.
 * Returns the failure to report once the temp file is gone.
 */
async function moveThroughTemp(
  host: HelperHost,
  paths: { src: string; dest: string },
  state: { destStat?: Deno.FileInfo; unsafe: boolean },
): Promise<(HelperResult & { msg: string }) | undefined> {
  const { src, dest } = paths;
  const at = (path: string) => resolve(host, path);
  let tmp: string;
  try {
    tmp = await makeTemp(host, { dir: dirname(dest), suffix: basename(dest) });
  } catch (error) {
    if (state.unsafe) return await unsafeWrite(host, { from: src, to: dest });
    return {
      msg: `The destination directory (${
        dirname(dest)
      }) is not writable by the current user. Error was: ${
        pyOsErrorText(error, { bytes: true })
      }`,
      exception: stackOf(error),
    };
  }
  try {
    try {
      await Deno.rename(at(src), at(tmp)).catch(async () => {
        await copyWithStat(at(src), at(tmp));
        await Deno.remove(at(src));
      });
    } catch {
      // shutil.move failed; copy2 keeps what it can, src stays behind.
      await copyWithStat(at(src), at(tmp), {
        names: { from: src, to: tmp },
        bytes: true,
      });
    }
    const { destStat } = state;
    try {
      const tmpStat = await Deno.stat(at(tmp));
      if (
        destStat &&
        (tmpStat.uid !== destStat.uid || tmpStat.gid !== destStat.gid)
      ) {
        await Deno.chown(at(tmp), destStat.uid, destStat.gid);
      }
    } catch (error) {
      if (!isOsError(error, "EPERM")) throw error;
    }
    try {
      await Deno.rename(at(tmp), at(dest));
    } catch (error) {
      if (state.unsafe && isOsError(error, "EBUSY")) {
        return await unsafeWrite(host, { from: tmp, to: dest });
      }
      return {
        msg: `Unable to make ${src} into to ${dest}, failed final rename from ${
          pyRepr(tmp, { bytes: true })
        }: ${
          pyOsErrorText(error, { filename: tmp, filename2: dest, bytes: true })
        }`,
        exception: stackOf(error),
      };
    }
  } catch (error) {
    if (state.unsafe) return await unsafeWrite(host, { from: src, to: dest });
    return {
      msg: `Failed to replace file: ${src} to ${dest}: ${pyOsErrorText(error)}`,
      exception: stackOf(error),
    };
  } finally {
    await Deno.remove(at(tmp)).catch(() => {});
  }
}

/** `_unsafe_writes`: copies the bytes into `to` in place. */
async function unsafeWrite(
  host: HelperHost,
  paths: { from: string; to: string },
): Promise<(HelperResult & { msg: string }) | undefined> {
  try {
    await copyBytes(resolve(host, paths.from), resolve(host, paths.to), {
      names: { from: paths.from, to: paths.to },
      bytes: true,
    });
    return undefined;
  } catch (error) {
    return {
      msg: `Could not write data to file (${
        pyRepr(paths.to, { bytes: true })
      }) from (${pyRepr(paths.from, { bytes: true })}): ${
        pyOsErrorText(error)
      }`,
      exception: stackOf(error),
    };
  }
}

/**
 * Copies `path` to `path.PID.YYYY-MM-DD@HH:MM:SS~` (local time) keeping its
 * mode, times, owner and attributes, as `backup_local` does.
 *
 * @param host The module.
 * @param path The file to back up.
 * @returns The backup's path, or `""` when `path` does not exist.
 *
 * @example
 * ```ts ignore
 * const backup = await backupLocal(module, "/etc/app.conf");
 * ```
 */
export async function backupLocal(
  host: HelperHost,
  path: string,
): Promise<string> {
  if (!(await exists(resolve(host, path)))) return "";
  const backup = `${path}.${Deno.pid}.${timestamp(host.env.TZ)}`;
  try {
    await copyWithStat(resolve(host, path), resolve(host, backup), {
      names: { from: path, to: backup },
    });
    const [from, to] = await Promise.all(
      [path, backup].map((p) => Deno.stat(resolve(host, p))),
    );
    if (from.uid !== to.uid || from.gid !== to.gid) {
      await Deno.chown(resolve(host, backup), from.uid, from.gid).catch(
        (error) => {
          if (!isOsError(error, "EPERM")) throw error;
        },
      );
    }
  } catch (error) {
    host.failJson({
      msg: `Could not make backup of ${path} to ${backup}: ${
        pyOsErrorText(error)
      }`,
    });
  }
  await preserveAttributes(host, { from: path, to: backup });
  return backup;
}

/**
 * The hex digest of a file's content (`digest_from_file`), or undefined
 * when it does not exist; a directory or an unknown algorithm fails the
 * task with ansible-core's message.
 *
 * @param host The module.
 * @param target The file (symbolic links are followed) and one of
 *   {@linkcode DIGEST_ALGORITHMS}.
 * @returns The lowercase hex digest, or undefined.
 *
 * @example
 * ```ts ignore
 * const sum = await digestFromFile(module, { path: "/etc/hostname", algorithm: "sha256" });
 * ```
 */
export async function digestFromFile(
  host: HelperHost,
  target: { path: string; algorithm: string },
): Promise<string | undefined> {
  const { path, algorithm } = target;
  const info = await Deno.stat(resolve(host, path)).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory) {
    host.failJson({ msg: `attempted to take checksum of directory: ${path}` });
  }
  if (!(DIGEST_ALGORITHMS as readonly string[]).includes(algorithm)) {
    host.failJson({
      msg: `Could not hash file '${path}' with algorithm '${algorithm}'. ` +
        `Available algorithms: ${DIGEST_ALGORITHMS.join(", ")}`,
    });
  }
  // Loaded here: node:crypto costs a process some milliseconds to load.
  const { createHash } = await import("node:crypto");
  const hash = createHash(algorithm);
  using file = await Deno.open(resolve(host, path));
  const buffer = new Uint8Array(64 * 1024);
  for (
    let n = await file.read(buffer);
    n !== null;
    n = await file.read(buffer)
  ) {
    hash.update(buffer.subarray(0, n));
  }
  return hash.digest("hex");
}

interface CopyNames {
  /** The names Python's error quotes (as given, not resolved). */
  names?: { from: string; to: string };
  /** Python held them as bytes. */
  bytes?: boolean;
}

/** shutil.copy2: content, then times and mode. */
async function copyWithStat(
  from: string,
  to: string,
  options: CopyNames = {},
): Promise<void> {
  await copyBytes(from, to, options);
  const info = await Deno.stat(from);
  await Deno.utime(to, info.atime ?? new Date(), info.mtime ?? new Date());
  await Deno.chmod(to, (info.mode ?? 0o644) & 0o7777);
}

/** Copies the bytes of `from` into `to` (created or truncated). */
async function copyBytes(
  from: string,
  to: string,
  options: CopyNames = {},
): Promise<void> {
  const names = options.names ?? { from, to };
  const fail = (filename?: string) => (error: unknown) => {
    throw PyOsError.from(error, { filename, bytes: options.bytes });
  };
  using source = await Deno.open(from).catch(fail(names.from));
  using target = await Deno.open(to, {
    write: true,
    create: true,
    truncate: true,
  }).catch(fail(names.to));
  const buffer = new Uint8Array(64 * 1024);
  try {
    for (
      let n = await source.read(buffer);
      n !== null;
      n = await source.read(buffer)
    ) {
      for (let done = 0; done < n;) {
        done += await target.write(buffer.subarray(done, n));
      }
    }
  } catch (error) {
    fail()(error);
  }
}

/** mkstemp(prefix=".ansible_tmp", dir, suffix): a new 0600 file, named as Python names it (absolute). */
async function makeTemp(
  host: HelperHost,
  where: { dir: string; suffix: string },
): Promise<string> {
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789_";
  // Python's mkstemp makes the directory absolute first.
  const dir = absPath(where.dir, host.cwd).replace(/\/$/, "");
  for (let attempt = 0; attempt < 100; attempt++) {
    const random = Array.from(
      crypto.getRandomValues(new Uint8Array(8)),
      (b) => letters[b % letters.length],
    ).join("");
    const path = `${dir}/.ansible_tmp${random}${where.suffix}`;
    try {
      const file = await Deno.open(path, {
        write: true,
        createNew: true,
        mode: 0o600,
      });
      file.close();
      return path;
    } catch (error) {
      if (!isOsError(error, "EEXIST")) {
        throw PyOsError.from(error, { filename: path, bytes: true });
      }
    }
  }
  throw new Deno.errors.AlreadyExists("No usable temporary file name found");
}

/** time.strftime("%Y-%m-%d@%H:%M:%S~") in the task's time zone when it names one. */
function timestamp(tz: string | undefined): string {
  const zone = tz?.replace(/^:/, "");
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone || undefined,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date());
  } catch {
    // Not a zone name Intl knows (a POSIX TZ rule): the process's local time.
    return timestamp(undefined);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}@${get("hour")}:${
    get("minute")
  }:${get("second")}~`;
}

async function exists(path: string): Promise<boolean> {
  return await Deno.stat(path).then(() => true, () => false);
}

function resolve(host: HelperHost, path: string): string {
  return path.startsWith("/") ? path : `${host.cwd}/${path}`;
}

/** os.path.dirname. */
function dirname(path: string): string {
  const head = path.slice(0, path.lastIndexOf("/") + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, "");
}

/** os.path.basename. */
function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function stackOf(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
