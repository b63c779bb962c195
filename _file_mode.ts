/**
 * File modes as ansible-core's `set_mode_if_different` reads them: an
 * integer as it is, an octal string (`"0644"`, Python's `int(mode, 8)`),
 * or a symbolic mode (`"u=rwX,g-w,o="`, `_symbolic_mode_to_octal`),
 * quirks included.
 *
 * @module
 */

import { pyRepr } from "./_os_error.ts";

/**
 * A mode that cannot be read, with the text Python's exception has
 * (`bad symbolic permission for mode: x`, or a `KeyError`'s `'z'`).
 *
 * @example
 * ```ts
 * import { ModeError, symbolicModeToOctal } from "./_file_mode.ts";
 * try {
 *   symbolicModeToOctal("q+r", { mode: 0o644, isDirectory: false, umask: 0o022 });
 * } catch (e) {
 *   console.assert(e instanceof ModeError && e.message === "bad symbolic permission for mode: q+r");
 * }
 * ```
 */
export class ModeError extends Error {
  /** Builds the error with the text Python's exception has. */
  constructor(message: string) {
    super(message);
    this.name = "ModeError";
  }
}

/**
 * The file a symbolic mode applies to.
 *
 * @example
 * ```ts
 * import type { ModeContext } from "./_file_mode.ts";
 * const file: ModeContext = { mode: 0o644, isDirectory: false, umask: 0o022 };
 * ```
 */
export interface ModeContext {
  /** Its current permission bits (`stat.S_IMODE(st_mode)`). */
  mode: number;
  /** Whether it is a directory (`X` then applies). */
  isDirectory: boolean;
  /** The umask, which a mode without `u`, `g`, `o` or `a` respects. */
  umask: number;
}

const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_ISVTX = 0o1000;
const PERM_BITS = 0o7777;
const MASKS: Record<string, number> = {
  u: 0o700 | S_ISUID,
  g: 0o070 | S_ISGID,
  o: 0o007 | S_ISVTX,
};

/**
 * Python's `int(text, 8)`: surrounding whitespace, a sign, a `0o` prefix
 * and `_` between digits are allowed.
 *
 * @param text The text.
 * @returns The number, or undefined where Python raises `ValueError`.
 *
 * @example
 * ```ts
 * import { parseOctal } from "./_file_mode.ts";
 * console.assert(parseOctal(" 0644\n") === 0o644 && parseOctal("0o7_55") === 0o755);
 * console.assert(parseOctal("u+x") === undefined);
 * ```
 */
export function parseOctal(text: string): number | undefined {
  const match = /^([+-]?)(?:0[oO]_?)?([0-7](?:_?[0-7])*)$/.exec(pyStrip(text));
  if (!match) return undefined;
  const value = parseInt(match[2].replaceAll("_", ""), 8);
  return match[1] === "-" ? -value : value;
}

/**
 * The mode a symbolic mode gives a file, as `_symbolic_mode_to_octal`
 * computes it: comma-separated clauses of users (`u`, `g`, `o`, `a`, or
 * none: all, within the umask), operators (`+`, `-`, `=`) and permissions
 * (`r`, `w`, `x`, `X`, `s`, `t`, or `u`, `g`, `o` to copy).
 *
 * @param symbolic The symbolic mode.
 * @param context The file's current mode, type and the umask.
 * @returns The new permission bits.
 * @throws {ModeError} Where Python raises, with the text of its exception.
 *
 * @example
 * ```ts
 * import { symbolicModeToOctal } from "./_file_mode.ts";
 * const mode = symbolicModeToOctal("u+x,g-w,o=", { mode: 0o664, isDirectory: false, umask: 0o022 });
 * console.assert(mode === 0o740);
 * ```
 */
export function symbolicModeToOctal(
  symbolic: string,
  context: ModeContext,
): number {
  let mode = context.mode & PERM_BITS;
  for (const clause of symbolic.split(",")) {
    const perms = clause.split(/[+=-]/);
    const operators = clause.match(/[+=-]/g) ?? [];
    let users = perms.shift()!;
    const useUmask = users === "";
    if (users === "a" || users === "") users = "ugo";
    // Python checks the first character only (re.match); the others fail
    // later, with a KeyError.
    if (/^[^ugo]/.test(users)) {
      throw new ModeError(`bad symbolic permission for mode: ${clause}`);
    }
    for (const [i, perm] of perms.entries()) {
      if (/^[^rwxXstugo]/.test(perm)) {
        throw new ModeError(`bad symbolic permission for mode: ${clause}`);
      }
      for (const user of users) {
        const bits = permsToMode(context, { user, perms: perm, useUmask });
        mode = applyOperator(user, { operator: operators[i], bits, mode });
      }
    }
  }
  return mode;
}

/** `_get_octal_mode_from_symbolic_perms`: the bits `perms` stand for, for `user`. */
function permsToMode(
  context: ModeContext,
  clause: { user: string; perms: string; useUmask: boolean },
): number {
  const prev = context.mode & PERM_BITS;
  const applyX = context.isDirectory || (prev & 0o111) > 0;
  const keep = clause.useUmask ? context.umask ^ PERM_BITS : PERM_BITS;
  const table: Record<string, Record<string, number>> = {
    u: {
      r: keep & 0o400,
      w: keep & 0o200,
      x: keep & 0o100,
      s: S_ISUID,
      t: 0,
      u: prev & 0o700,
      g: (prev & 0o070) << 3,
      o: (prev & 0o007) << 6,
      X: applyX ? 0o100 : 0,
    },
    g: {
      r: keep & 0o040,
      w: keep & 0o020,
      x: keep & 0o010,
      s: S_ISGID,
      t: 0,
      u: (prev & 0o700) >> 3,
      g: prev & 0o070,
      o: (prev & 0o007) << 3,
      X: applyX ? 0o010 : 0,
    },
    o: {
      r: keep & 0o004,
      w: keep & 0o002,
      x: keep & 0o001,
      s: 0,
      t: S_ISVTX,
      u: (prev & 0o700) >> 6,
      g: (prev & 0o070) >> 3,
      o: prev & 0o007,
      X: applyX ? 0o001 : 0,
    },
  };
  let bits = 0;
  for (const perm of clause.perms) {
    // Python's dict lookups: an unknown user or permission is a KeyError,
    // whose text is the key's repr.
    const row = Object.hasOwn(table, clause.user)
      ? table[clause.user]
      : undefined;
    if (!row) throw new ModeError(pyRepr(clause.user));
    if (!Object.hasOwn(row, perm)) throw new ModeError(pyRepr(perm));
    bits |= row[perm];
  }
  return bits;
}

/** `_apply_operation_to_mode`. */
function applyOperator(
  user: string,
  step: { operator: string; bits: number; mode: number },
): number {
  const { operator, bits, mode } = step;
  if (operator === "+") return mode | bits;
  if (operator === "-") return mode - (mode & bits);
  if (!Object.hasOwn(MASKS, user)) {
    // Python's `mask` is never assigned for such a user.
    throw new ModeError(
      "cannot access local variable 'mask' where it is not associated with a value",
    );
  }
  return (mode & (MASKS[user] ^ PERM_BITS)) | bits;
}

// str.strip()'s whitespace: Python's, not JavaScript's trim().
const PY_SPACE =
  "[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, "g");

function pyStrip(text: string): string {
  return text.replace(STRIP, "");
}
