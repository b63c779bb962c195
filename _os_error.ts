/**
 * Python's words for operating system errors, so that the module helpers
 * report a failed system call as ansible-core does
 * (`[Errno 2] No such file or directory: b'/x'`), from the errors Deno
 * throws. Also Python's `repr()` of the paths those messages quote.
 *
 * @module
 */

/**
 * An operating system error as Python's `OSError` holds it.
 *
 * @example
 * ```ts
 * import type { OsErrorInfo } from "./_os_error.ts";
 * const info: OsErrorInfo = { errno: 2, strerror: "No such file or directory" };
 * ```
 */
export interface OsErrorInfo {
  /** The error number (Linux numbering). */
  errno: number;
  /** `os.strerror(errno)`. */
  strerror: string;
}

// Linux numbers and glibc texts, for the errors whose Deno message carries
// no "(os error N)" (a failed spawn says "entity not found").
const BY_CODE: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  E2BIG: [7, "Argument list too long"],
  ENOEXEC: [8, "Exec format error"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EBUSY: [16, "Device or resource busy"],
  EEXIST: [17, "File exists"],
  EXDEV: [18, "Invalid cross-device link"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  ETXTBSY: [26, "Text file busy"],
  ENOSPC: [28, "No space left on device"],
  EROFS: [30, "Read-only file system"],
  EPIPE: [32, "Broken pipe"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
  EOPNOTSUPP: [95, "Operation not supported"],
};

/**
 * The errno and text of an error Deno threw for a system call; undefined
 * for anything else.
 *
 * @param error What was thrown.
 * @returns The error's number and text, or undefined.
 *
 * @example
 * ```ts
 * import { osErrorOf } from "./_os_error.ts";
 * try {
 *   Deno.statSync("/nonexistent");
 * } catch (e) {
 *   console.assert(osErrorOf(e)?.errno === 2);
 * }
 * ```
 */
export function osErrorOf(error: unknown): OsErrorInfo | undefined {
  if (error instanceof PyOsError) {
    return { errno: error.errno, strerror: error.strerror };
  }
  if (!(error instanceof Error)) return undefined;
  // "Text (os error N): op 'path'", or "Failed to spawn 'x': Text (os error N)".
  const found = /([^:]*) \(os error (\d+)\)/.exec(error.message);
  if (found) return { errno: Number(found[2]), strerror: found[1].trim() };
  const code = (error as { code?: unknown }).code;
  const known = typeof code === "string" ? BY_CODE[code] : undefined;
  return known ? { errno: known[0], strerror: known[1] } : undefined;
}

/**
 * Whether `error` is the system error named `code` (`"ENOENT"`, ...).
 *
 * @param error What was thrown.
 * @param code The errno name.
 * @returns True when the error is that one.
 *
 * @example
 * ```ts
 * import { isOsError } from "./_os_error.ts";
 * try {
 *   Deno.statSync("/nonexistent");
 * } catch (e) {
 *   console.assert(isOsError(e, "ENOENT"));
 * }
 * ```
 */
export function isOsError(error: unknown, code: string): boolean {
  return osErrorOf(error)?.errno === BY_CODE[code]?.[0];
}

/**
 * A system error in Python's words, thrown where ansible-core lets an
 * `OSError` escape (the task fails with its text).
 *
 * @example
 * ```ts
 * import { PyOsError } from "./_os_error.ts";
 * try {
 *   Deno.lstatSync("/nonexistent");
 * } catch (e) {
 *   const error = PyOsError.from(e, { filename: "/nonexistent", bytes: true });
 *   console.assert((error as Error).message === "[Errno 2] No such file or directory: b'/nonexistent'");
 * }
 * ```
 */
export class PyOsError extends Error {
  /** The error number. */
  readonly errno: number;
  /** Its text. */
  readonly strerror: string;

  /** Builds the error from its number and text, and Python's whole message. */
  constructor(info: OsErrorInfo, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "PyOsError";
    this.errno = info.errno;
    this.strerror = info.strerror;
  }

  /**
   * The Python error for what Deno threw; anything that is not a system
   * error is returned as it is.
   *
   * @param error What Deno threw.
   * @param options The file names Python would quote.
   * @returns The error to throw.
   */
  static from(error: unknown, options: OsErrorTextOptions = {}): unknown {
    const info = osErrorOf(error);
    if (!info) return error;
    return new PyOsError(info, pyOsErrorText(error, options), {
      cause: error,
    });
  }
}

/**
 * Options of {@linkcode pyOsErrorText}.
 *
 * @example
 * ```ts
 * import type { OsErrorTextOptions } from "./_os_error.ts";
 * const rename: OsErrorTextOptions = { filename: "a", filename2: "b", bytes: true };
 * ```
 */
export interface OsErrorTextOptions {
  /** The path Python names in the error. */
  filename?: string;
  /** The second path (a rename's destination). */
  filename2?: string;
  /** Python held the paths as bytes (`b'/x'`), as most helpers do. */
  bytes?: boolean;
}

/**
 * `str()` of the `OSError` Python raises for the same failure:
 * `[Errno 2] No such file or directory: b'/a' -> b'/b'`. Errors that are
 * not system errors give their own message.
 *
 * @param error What Deno threw.
 * @param options The file names Python would quote.
 * @returns Python's text of the error.
 *
 * @example
 * ```ts
 * import { pyOsErrorText } from "./_os_error.ts";
 * try {
 *   Deno.statSync("/nonexistent");
 * } catch (e) {
 *   const text = pyOsErrorText(e, { filename: "/nonexistent", bytes: true });
 *   console.assert(text === "[Errno 2] No such file or directory: b'/nonexistent'");
 * }
 * ```
 */
export function pyOsErrorText(
  error: unknown,
  options: OsErrorTextOptions = {},
): string {
  const info = osErrorOf(error);
  if (!info || (error instanceof PyOsError && options.filename === undefined)) {
    return error instanceof Error ? error.message : String(error);
  }
  let text = `[Errno ${info.errno}] ${info.strerror}`;
  const quote = (s: string) => pyRepr(s, { bytes: options.bytes });
  if (options.filename !== undefined) {
    text += `: ${quote(options.filename)}`;
    if (options.filename2 !== undefined) {
      text += ` -> ${quote(options.filename2)}`;
    }
  }
  return text;
}

/**
 * Python's `repr()` of a `str`, or with `bytes` of its UTF-8 bytes
 * (`b'...'`): single quotes unless the text has one and no double quote,
 * backslash escapes for control characters (and, for bytes, anything
 * outside printable ASCII).
 *
 * @param text The string.
 * @param options `bytes: true` for a bytes repr.
 * @returns The repr.
 *
 * @example
 * ```ts
 * import { pyRepr } from "./_os_error.ts";
 * console.assert(pyRepr("it's") === `"it's"`);
 * console.assert(pyRepr("/tmp/é", { bytes: true }) === "b'/tmp/\\xc3\\xa9'");
 * ```
 */
export function pyRepr(
  text: string,
  options: { bytes?: boolean } = {},
): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "";
  if (options.bytes) {
    for (const byte of new TextEncoder().encode(text)) {
      out += escapeUnit(String.fromCharCode(byte), {
        quote,
        hex: byte >= 0x7f,
      });
    }
    return `b${quote}${out}${quote}`;
  }
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Python prints non-ASCII as is when printable; controls are escaped.
    const unprintable = code === 0x7f || (code >= 0x80 && code < 0xa0) ||
      code === 0xad;
    out += escapeUnit(char, { quote, hex: unprintable });
  }
  return `${quote}${out}${quote}`;
}

function escapeUnit(
  char: string,
  { quote, hex }: { quote: string; hex: boolean },
): string {
  if (char === "\\") return "\\\\";
  if (char === quote) return `\\${quote}`;
  if (char === "\n") return "\\n";
  if (char === "\r") return "\\r";
  if (char === "\t") return "\\t";
  const code = char.codePointAt(0)!;
  if (code < 0x20 || hex) return `\\x${code.toString(16).padStart(2, "0")}`;
  return char;
}
