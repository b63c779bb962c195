/**
 * Lookups in the user and group databases, as Python's `pwd` and `grp`
 * make them: through the system's name service (`getent`, so LDAP or
 * other NSS sources count), or from `/etc/passwd` and `/etc/group` where
 * `getent` does not exist.
 *
 * @module
 */

/**
 * One entry of the user or group database.
 *
 * @example
 * ```ts
 * import type { DbEntry } from "./_users.ts";
 * const root: DbEntry = { name: "root", id: 0, home: "/root" };
 * ```
 */
export interface DbEntry {
  /** The user or group name. */
  name: string;
  /** The uid or gid. */
  id: number;
  /** The home directory (users only). */
  home?: string;
}

const GETENT = ["/usr/bin/getent", "/bin/getent"];

/**
 * The user named `name` (`pwd.getpwnam`), or undefined.
 *
 * @param name The user name.
 * @returns The user's entry, or undefined when there is none.
 *
 * @example
 * ```ts
 * import { userByName } from "./_users.ts";
 * console.assert((await userByName("root"))?.id === 0);
 * ```
 */
export async function userByName(name: string): Promise<DbEntry | undefined> {
  const entry = await lookup("passwd", name);
  return entry?.name === name ? entry : undefined;
}

/**
 * The user whose uid is `uid` (`pwd.getpwuid`), or undefined.
 *
 * @param uid The uid.
 * @returns The user's entry, or undefined when there is none.
 *
 * @example
 * ```ts
 * import { userById } from "./_users.ts";
 * console.assert((await userById(0))?.name === "root");
 * ```
 */
export async function userById(uid: number): Promise<DbEntry | undefined> {
  const entry = await lookup("passwd", String(uid));
  return entry?.id === uid ? entry : undefined;
}

/**
 * The group named `name` (`grp.getgrnam`), or undefined.
 *
 * @param name The group name.
 * @returns The group's entry, or undefined when there is none.
 *
 * @example
 * ```ts
 * import { groupByName } from "./_users.ts";
 * console.assert((await groupByName("root"))?.id === 0);
 * ```
 */
export async function groupByName(name: string): Promise<DbEntry | undefined> {
  const entry = await lookup("group", name);
  return entry?.name === name ? entry : undefined;
}

async function lookup(
  db: "passwd" | "group",
  key: string,
): Promise<DbEntry | undefined> {
  // A name with a separator or a NUL can match no entry, and getent would
  // read it otherwise.
  if (key === "" || /[:\n\0]/.test(key)) return undefined;
  for (const getent of GETENT) {
    let output: Deno.CommandOutput;
    try {
      output = await new Deno.Command(getent, {
        args: [db, key],
        stdin: "null",
        stdout: "piped",
        stderr: "null",
      }).output();
    } catch {
      continue; // not there: try the next place, then the files
    }
    if (!output.success) return undefined;
    return parse(db, new TextDecoder().decode(output.stdout).split("\n")[0]);
  }
  const file = await Deno.readTextFile(`/etc/${db}`).catch(() => "");
  const numeric = /^\d+$/.test(key);
  for (const line of file.split("\n")) {
    const entry = parse(db, line);
    if (entry && (entry.name === key || (numeric && entry.id === +key))) {
      return entry;
    }
  }
  return undefined;
}

function parse(db: "passwd" | "group", line: string): DbEntry | undefined {
  const fields = line.split(":");
  if (fields.length < (db === "passwd" ? 7 : 3) || !/^\d+$/.test(fields[2])) {
    return undefined;
  }
  const entry: DbEntry = { name: fields[0], id: Number(fields[2]) };
  if (db === "passwd") entry.home = fields[5];
  return entry;
}
