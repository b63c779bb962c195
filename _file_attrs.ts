/**
 * The file common arguments (`mode`, `owner`, `group`, `attributes`, ...)
 * and how ansible-core's `set_fs_attributes_if_different` applies them:
 * each only when different, nothing but the report in check mode, the diff
 * recorded as `before`/`after`, failures in ansible-core's words.
 *
 * SELinux contexts are not applied: the `se*` options are accepted, and
 * ignored where SELinux is disabled (as Python does there); on a host
 * with SELinux enabled, setting one fails the task.
 *
 * @module
 */

import { getBinPath } from "./_bin_path.ts";
import { ModeError, parseOctal, symbolicModeToOctal } from "./_file_mode.ts";
import type { HelperHost } from "./_helper_host.ts";
import { PyOsError, pyOsErrorText } from "./_os_error.ts";
import { expandUser, expandVars } from "./_path_expand.ts";
import { runCommand } from "./_run_command.ts";
import { groupByName, userByName } from "./_users.ts";
import type { ArgumentSpec } from "./_validation.ts";

/**
 * ansible-core's `FILE_COMMON_ARGUMENTS`, which `addFileCommonArgs: true`
 * adds to a module's spec.
 *
 * @example
 * ```ts
 * import { FILE_COMMON_ARGUMENTS } from "./_file_attrs.ts";
 * console.assert(FILE_COMMON_ARGUMENTS.mode.type === "raw");
 * ```
 */
export const FILE_COMMON_ARGUMENTS: ArgumentSpec = {
  mode: { type: "raw" },
  owner: { type: "str" },
  group: { type: "str" },
  seuser: { type: "str" },
  serole: { type: "str" },
  selevel: { type: "str" },
  setype: { type: "str" },
  attributes: { type: "str", aliases: ["attr"] },
  unsafe_writes: {
    type: "bool",
    default: false,
    fallback: ["env", ["ANSIBLE_UNSAFE_WRITES"]],
  },
};

/**
 * `spec` with the file common arguments it does not define added after its
 * own, as `AnsibleModule(add_file_common_args=True)` does.
 *
 * @param spec The module's argument spec.
 * @returns The extended spec.
 *
 * @example
 * ```ts
 * import { withFileCommonArgs } from "./_file_attrs.ts";
 * const spec = withFileCommonArgs({ path: { type: "path" }, mode: { type: "str" } });
 * console.assert(Object.keys(spec)[0] === "path" && spec.mode.type === "str");
 * ```
 */
export function withFileCommonArgs(spec: ArgumentSpec): ArgumentSpec {
  const out = { ...spec };
  for (const [name, entry] of Object.entries(FILE_COMMON_ARGUMENTS)) {
    if (!Object.hasOwn(out, name)) out[name] = entry;
  }
  return out;
}

/**
 * Where `before`/`after` values are recorded, as Python's `diff` dict.
 *
 * @example
 * ```ts
 * import type { FsDiff } from "./_file_attrs.ts";
 * const diff: FsDiff = { before: { mode: "0600" }, after: { mode: "0644" } };
 * ```
 */
export interface FsDiff {
  /** What the file had, by attribute. */
  before?: Record<string, unknown>;
  /** What it gets. */
  after?: Record<string, unknown>;
}

/**
 * The attributes to set (Python's `file_args`); null or absent: left as
 * they are.
 *
 * @example
 * ```ts
 * import type { FsAttributes } from "./_file_attrs.ts";
 * const wanted: FsAttributes = { mode: "u=rw,go=r", owner: "www-data", group: null };
 * ```
 */
export interface FsAttributes {
  /** An integer, an octal string (`"0644"`) or a symbolic mode (`"u=rw,g=r"`). */
  mode?: string | number | null;
  /** A user name or uid. */
  owner?: string | number | null;
  /** A group name or gid. */
  group?: string | number | null;
  /** `chattr` flags: `"+i"`, `"-a"`, or `"e"` for exactly those. */
  attributes?: string | null;
  /** SELinux user: only checked (see the module's description). */
  seuser?: string | null;
  /** SELinux role: only checked. */
  serole?: string | null;
  /** SELinux type: only checked. */
  setype?: string | null;
  /** SELinux level: only checked. */
  selevel?: string | null;
}

/**
 * Options of {@linkcode setFsAttributesIfDifferent}.
 *
 * @example
 * ```ts
 * import type { FsAttributeOptions } from "./_file_attrs.ts";
 * const onlyMode: FsAttributeOptions = { fileArgs: { mode: "0644" }, diff: {} };
 * ```
 */
export interface FsAttributeOptions {
  /** What to set; default: the module's `mode`, `owner`, `group`, ... parameters. */
  fileArgs?: FsAttributes;
  /** Whether something already changed (the result is at least this). */
  changed?: boolean;
  /** Receives what changes under `before` and `after`. */
  diff?: FsDiff;
  /** Expand `~` and `$VARS` in the path (default true). */
  expand?: boolean;
}

const SELINUX_OPTIONS = ["seuser", "serole", "setype", "selevel"] as const;

/**
 * Applies owner, group, mode and attributes to `path` where they differ,
 * in Python's order; in check mode only reports. SELinux options fail the
 * task on a host with SELinux enabled.
 *
 * @param host The module.
 * @param path The file.
 * @param options `fileArgs` (default: the module's parameters), `changed`, `diff`.
 * @returns Whether anything changed (or would, in check mode), or `changed`.
 *
 * @example
 * ```ts ignore
 * changed = await setFsAttributesIfDifferent(module, "/etc/app.conf", { changed, diff });
 * ```
 */
export async function setFsAttributesIfDifferent(
  host: HelperHost,
  path: string,
  options: FsAttributeOptions = {},
): Promise<boolean> {
  const wanted = (options.fileArgs ?? host.params) as FsAttributes;
  const pick = <K extends keyof FsAttributes>(key: K) => wanted[key];
  const context = SELINUX_OPTIONS.filter((key) => pick(key) != null);
  if (context.length && await selinuxEnabled()) {
    host.failJson({
      path,
      msg: `SELinux contexts are not supported here: ${
        context.join(", ")
      } cannot be set`,
    });
  }
  let changed = options.changed ?? false;
  const step = { diff: options.diff, expand: options.expand };
  changed = await setOwnerIfDifferent(host, path, {
    ...step,
    owner: pick("owner"),
    changed,
  });
  changed = await setGroupIfDifferent(host, path, {
    ...step,
    group: pick("group"),
    changed,
  });
  changed = await setModeIfDifferent(host, path, {
    ...step,
    mode: pick("mode"),
    changed,
  });
  return await setAttributesIfDifferent(host, path, {
    ...step,
    attributes: pick("attributes"),
    changed,
  });
}

/** What each set_*_if_different step takes besides its value. */
interface Step {
  changed?: boolean;
  diff?: FsDiff;
  expand?: boolean;
}

/**
 * `set_owner_if_different`: `lchown`s `path` to `owner` (a name or uid).
 *
 * @param host The module.
 * @param path The file.
 * @param options `owner`, `changed`, `diff`, `expand`.
 * @returns Whether the owner changed (or would), or `changed`.
 *
 * @example
 * ```ts ignore
 * changed = await setOwnerIfDifferent(module, "/srv/x", { owner: "www-data", changed });
 * ```
 */
export async function setOwnerIfDifferent(
  host: HelperHost,
  path: string,
  options: Step & { owner?: string | number | null },
): Promise<boolean> {
  return await setId(host, path, {
    ...options,
    kind: "owner",
    id: options.owner,
  });
}

/**
 * `set_group_if_different`: `lchown`s `path` to `group` (a name or gid).
 *
 * @param host The module.
 * @param path The file.
 * @param options `group`, `changed`, `diff`, `expand`.
 * @returns Whether the group changed (or would), or `changed`.
 *
 * @example
 * ```ts ignore
 * changed = await setGroupIfDifferent(module, "/srv/x", { group: "www-data", changed });
 * ```
 */
export async function setGroupIfDifferent(
  host: HelperHost,
  path: string,
  options: Step & { group?: string | number | null },
): Promise<boolean> {
  return await setId(host, path, {
    ...options,
    kind: "group",
    id: options.group,
  });
}

async function setId(
  host: HelperHost,
  given: string,
  options: Step & { kind: "owner" | "group"; id?: string | number | null },
): Promise<boolean> {
  const { kind, id: wanted } = options;
  const changed = options.changed ?? false;
  if (wanted == null) return changed;
  const path = await expanded(host, given, options.expand);
  if (await absentInCheckMode(host, path)) return true;
  const info = await lstat(host, path);
  const current = kind === "owner" ? info.uid : info.gid;
  let id = typeof wanted === "number" ? wanted : pyInt(wanted);
  if (id === undefined) {
    const entry = kind === "owner"
      ? await userByName(String(wanted))
      : await groupByName(String(wanted));
    if (!entry) {
      host.failJson({
        path,
        msg: kind === "owner"
          ? `chown failed: failed to look up user ${wanted}`
          : `chgrp failed: failed to look up group ${wanted}`,
      });
    }
    id = entry.id;
  }
  if (current === id) return changed;
  record(options.diff, { key: kind, before: current, after: id });
  if (host.checkMode) return true;
  try {
    await lchown(resolve(host, path), {
      uid: kind === "owner" ? id : -1,
      gid: kind === "group" ? id : -1,
      isSymlink: info.isSymlink,
    });
  } catch (error) {
    host.failJson({
      path,
      msg: kind === "owner"
        ? `chown failed: ${
          pyOsErrorText(error, { filename: path, bytes: true })
        }`
        : "chgrp failed",
    });
  }
  return true;
}

/** os.lchown: Deno.chown follows links, so links go through node:fs. */
async function lchown(
  path: string,
  ids: { uid: number; gid: number; isSymlink: boolean },
): Promise<void> {
  if (!ids.isSymlink) {
    const info = await Deno.stat(path);
    await Deno.chown(
      path,
      ids.uid === -1 ? info.uid : ids.uid,
      ids.gid === -1 ? info.gid : ids.gid,
    );
    return;
  }
  const fs = await import("node:fs/promises");
  await fs.lchown(path, ids.uid, ids.gid);
}

/**
 * `set_mode_if_different`: `chmod`s `path` to `mode` (an integer, an octal
 * string or a symbolic mode). On a symbolic link nothing changes, as on
 * Linux in Python.
 *
 * @param host The module.
 * @param path The file.
 * @param options `mode`, `changed`, `diff`, `expand`.
 * @returns Whether the mode changed (or would), or `changed`.
 *
 * @example
 * ```ts ignore
 * changed = await setModeIfDifferent(module, "/srv/x", { mode: "u=rw,go=r", changed });
 * ```
 */
export async function setModeIfDifferent(
  host: HelperHost,
  given: string,
  options: Step & { mode?: string | number | boolean | null },
): Promise<boolean> {
  let changed = options.changed ?? false;
  if (options.mode == null) return changed;
  const path = await expanded(host, given, options.expand);
  if (await absentInCheckMode(host, path)) return true;
  const at = resolve(host, path);
  const info = await lstat(host, path);
  const prev = (info.mode ?? 0) & 0o7777;
  const mode = wantedMode(host, { path, mode: options.mode, info });
  if (prev === mode) return changed;
  record(options.diff, {
    key: "mode",
    before: octal(prev),
    after: octal(mode),
  });
  if (host.checkMode) return true;
  try {
    if (!info.isSymlink) {
      await Deno.chmod(at, mode);
    } else {
      // Linux has no lchmod: Python changes the target, then puts it back.
      const target = await Deno.stat(at);
      await Deno.chmod(at, mode);
      const after = await Deno.stat(at);
      if (after.mode !== target.mode) {
        await Deno.chmod(at, (target.mode ?? 0) & 0o7777);
      }
    }
  } catch (error) {
    const link = await Deno.lstat(at).then((i) => i.isSymlink, () => false);
    const ignored =
      (link && ["EACCES", "EPERM", "EROFS"].includes(code(error))) ||
      ["ENOENT", "ELOOP"].includes(code(error));
    if (!ignored) throw PyOsError.from(error, { filename: path, bytes: true });
  }
  const now = ((await Deno.lstat(at)).mode ?? 0) & 0o7777;
  if (now !== prev) changed = true;
  return changed;
}

/** The mode asked for, as a number; fails the task as Python does. */
function wantedMode(
  host: HelperHost,
  wanted: {
    path: string;
    mode: string | number | boolean;
    info: Deno.FileInfo;
  },
): number {
  const { path, mode, info } = wanted;
  if (typeof mode === "boolean") return mode ? 1 : 0;
  if (typeof mode === "number" && Number.isInteger(mode)) return mode;
  const octalValue = typeof mode === "string" ? parseOctal(mode) : undefined;
  if (octalValue !== undefined) return octalValue;
  let details: string;
  if (typeof mode === "string") {
    try {
      return symbolicModeToOctal(mode, {
        mode: info.mode ?? 0,
        isDirectory: info.isDirectory,
        umask: Deno.umask(),
      });
    } catch (error) {
      if (!(error instanceof ModeError)) throw error;
      details = error.message;
    }
  } else {
    const type = typeof mode === "number"
      ? "float"
      : Array.isArray(mode)
      ? "list"
      : "dict";
    details = `'${type}' object has no attribute 'split'`;
  }
  host.failJson({
    path,
    msg: "mode must be in octal or symbolic form",
    details,
  });
}

/**
 * `set_attributes_if_different`: sets `chattr` flags (`"+i"`, `"-a"`,
 * `"e"`: exactly those) where `lsattr` shows others.
 *
 * @param host The module.
 * @param path The file.
 * @param options `attributes`, `changed`, `diff`, `expand`.
 * @returns Whether the flags changed (or would), or `changed`.
 *
 * @example
 * ```ts ignore
 * changed = await setAttributesIfDifferent(module, "/srv/x", { attributes: "+A", changed });
 * ```
 */
export async function setAttributesIfDifferent(
  host: HelperHost,
  given: string,
  options: Step & { attributes?: string | null },
): Promise<boolean> {
  let changed = options.changed ?? false;
  if (options.attributes == null) return changed;
  const path = await expanded(host, given, options.expand);
  if (await absentInCheckMode(host, path)) return true;
  const existing = await attributeFlags(host, path);
  let attributes = options.attributes;
  let operator = "=";
  if (attributes.startsWith("-") || attributes.startsWith("+")) {
    operator = attributes[0];
    attributes = attributes.slice(1);
  }
  if ((existing ?? "") === attributes && operator !== "-") return changed;
  const chattr = await getBinPath(host, "chattr");
  if (!chattr) return changed;
  changed = true;
  record(options.diff, {
    key: "attributes",
    before: existing ?? null,
    after: `${operator}${attributes}`,
  });
  if (host.checkMode) return changed;
  const { rc, stdout, stderr } = await runCommand(host, [
    chattr,
    `${operator}${attributes}`,
    path,
  ]);
  if (rc !== 0 || stderr) {
    host.failJson({
      path,
      msg: "chattr failed",
      details: `Error while setting attributes: ${stdout}${stderr}`,
      exception: new Error("chattr failed").stack ?? "",
    });
  }
  return changed;
}

/**
 * Gives `to` the `chattr` flags of `from` (what `preserved_copy` does
 * after copying).
 *
 * @param host The module.
 * @param paths The original and the copy.
 *
 * @example
 * ```ts ignore
 * await preserveAttributes(module, { from: "/etc/app.conf", to: backup });
 * ```
 */
export async function preserveAttributes(
  host: HelperHost,
  paths: { from: string; to: string },
): Promise<void> {
  const flags = await attributeFlags(host, paths.from) ?? "";
  await setAttributesIfDifferent(host, paths.to, {
    attributes: flags,
    changed: true,
  });
}

/** `get_file_attributes(path, include_version=False)['attr_flags']`. */
async function attributeFlags(
  host: HelperHost,
  path: string,
): Promise<string | undefined> {
  const lsattr = await getBinPath(host, "lsattr");
  if (!lsattr) return undefined;
  const { rc, stdout } = await runCommand(host, [lsattr, "-d", path]);
  const flags = stdout.trim().split(/\s+/)[0];
  if (rc !== 0 || !flags) return undefined;
  return flags.replaceAll("-", "");
}

/** Whether SELinux is enabled on this host (libselinux's test). */
async function selinuxEnabled(): Promise<boolean> {
  return await Deno.stat("/sys/fs/selinux/enforce").then(
    () => true,
    () => false,
  );
}

async function expanded(
  host: HelperHost,
  path: string,
  expand = true,
): Promise<string> {
  return expand ? await expandUser(expandVars(path, host.env), host.env) : path;
}

/** check_file_absent_if_check_mode. */
async function absentInCheckMode(
  host: HelperHost,
  path: string,
): Promise<boolean> {
  if (!host.checkMode) return false;
  return await Deno.stat(resolve(host, path)).then(() => false, () => true);
}

function record(
  diff: FsDiff | undefined,
  change: { key: string; before: unknown; after: unknown },
): void {
  if (!diff) return;
  (diff.before ??= {})[change.key] = change.before;
  (diff.after ??= {})[change.key] = change.after;
}

/** Python's "0%03o". */
function octal(mode: number): string {
  const digits = Math.abs(mode).toString(8);
  return mode < 0
    ? `0-${digits.padStart(2, "0")}`
    : `0${digits.padStart(3, "0")}`;
}

/** Python's int(text) of a str: undefined where it raises ValueError. */
function pyInt(text: string): number | undefined {
  const match = /^\s*([+-]?\d(?:_?\d)*)\s*$/.exec(text);
  return match ? Number(match[1].replaceAll("_", "")) : undefined;
}

/** os.lstat, whose OSError Python lets escape. */
async function lstat(host: HelperHost, path: string): Promise<Deno.FileInfo> {
  try {
    return await Deno.lstat(resolve(host, path));
  } catch (error) {
    throw PyOsError.from(error, { filename: path, bytes: true });
  }
}

function code(error: unknown): string {
  const value = (error as { code?: unknown } | null)?.code;
  return typeof value === "string" ? value : "";
}

function resolve(host: HelperHost, path: string): string {
  return path.startsWith("/") ? path : `${host.cwd}/${path}`;
}
