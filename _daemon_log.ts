/**
 * The daemon's own log: a file of bounded size, or stderr in the
 * foreground. Logging is best effort: a full disk or a broken file never
 * fails a task or stops the daemon.
 *
 * @module
 */

const MAX_LOG_BYTES = 1024 * 1024;
const encoder = new TextEncoder();
// Captured before the task isolation routes stderr writes to tasks.
const writeStderr = Deno.stderr.writeSync.bind(Deno.stderr);

/** Options of {@linkcode DaemonLog}. */
export interface DaemonLogOptions {
  /** Log to stderr instead of the file. */
  foreground: boolean;
  /** Write {@linkcode DaemonLog.debug} lines too. */
  debug: boolean;
}

/**
 * A daemon's log; see the module documentation.
 *
 * @example
 * ```ts ignore
 * import { DaemonLog } from "./_daemon_log.ts";
 * const log = new DaemonLog("/run/user/1000/ansible-turbo-1000/k.log", { foreground: false, debug: false });
 * log.info("listening");
 * ```
 */
export class DaemonLog {
  #file?: Deno.FsFile;
  #bytes = 0;
  #options: DaemonLogOptions;

  /** Opens (appends to) the log at `path`, unless in the foreground. */
  constructor(path: string, options: DaemonLogOptions) {
    this.#options = options;
    if (options.foreground) return;
    try {
      // Appended, not truncated: a stuck predecessor's log is evidence.
      this.#file = Deno.openSync(path, {
        create: true,
        append: true,
        mode: 0o600,
      });
      this.#bytes = this.#file.statSync().size;
    } catch {
      // The daemon works without a log.
    }
  }

  /** Writes a line; never throws. */
  info(message: string): void {
    const line = encoder.encode(
      `${new Date().toISOString()} [${Deno.pid}] ${message}\n`,
    );
    try {
      if (this.#options.foreground) {
        writeStderr(line);
        return;
      }
      if (!this.#file) return;
      if (this.#bytes + line.length > MAX_LOG_BYTES) {
        // Start over rather than grow: the log is for the recent past.
        this.#file.truncateSync(0);
        this.#bytes = 0;
      }
      this.#bytes += this.#file.writeSync(line);
    } catch {
      // Best effort: a full disk must not fail the task being logged.
    }
  }

  /** Per-request detail, written only with ANSIBLE_TURBO_DEBUG=1 or --foreground. */
  debug(message: string): void {
    if (this.#options.debug) this.info(message);
  }

  /** Closes the file. */
  close(): void {
    try {
      this.#file?.close();
    } catch {
      // Already closed.
    }
  }
}
