/**
 * One task in the daemon, from the moment its client said `go` until its
 * `exit` frame: it streams what the module writes to the client as it comes
 * (in bounded frames, so no output is too big and none is held for long),
 * and ends the way the module's own process would have ended: by
 * exitJson/failJson, `Deno.exit()`, a crash, the timeout, or by running out
 * of work once `main()` returned.
 *
 * @module
 */

import type { TaskContext, TaskOutcome } from "./_context.ts";
import { failureOf } from "./_failure.ts";
import {
  type ByteWriter,
  encodeOutputFrame,
  MAX_OUTPUT_FRAME_BYTES,
  writeRaw,
} from "./_protocol.ts";

const encoder = new TextEncoder();

/** What {@linkcode Task} needs to know about its request. */
export interface TaskInit {
  args: Record<string, unknown>;
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** Where the daemon imported the module from. */
  moduleUrl: string;
  /** Where the module's own process runs it from (the client's `Deno.mainModule`). */
  clientUrl: string;
}

/** Turns a finished result into the bytes the module would have printed. */
export type ResultPrinter = (result: Record<string, unknown>) => string;

/**
 * A task's state and its output stream; see the module documentation.
 *
 * @example
 * ```ts ignore
 * import { Task } from "./_task.ts";
 * const task = new Task(init, { connection: conn, print: (r) => JSON.stringify(r) });
 * const outcome = await task.outcome;
 * ```
 */
export class Task implements TaskContext {
  readonly args: Record<string, unknown>;
  readonly argv: readonly string[];
  readonly env: Record<string, string>;
  cwd: string;
  readonly moduleUrl: string;
  format?: TaskContext["format"];
  #ended = false;
  #finishing = false;
  #quietUntilCreate: boolean;
  #concluded?: TaskOutcome;
  #outcome = Promise.withResolvers<TaskOutcome>();
  #endHooks: (() => void)[] = [];
  #output: OutputStream;
  #print: ResultPrinter;
  #paths: [string, string][];

  /** Starts a task whose output goes to `options.connection`. */
  constructor(
    init: TaskInit,
    options: {
      connection: ByteWriter;
      print: ResultPrinter;
      /** Drop output until create() (the module's process printed it). */
      quietUntilCreate: boolean;
    },
  ) {
    this.args = init.args;
    this.argv = init.argv;
    this.env = init.env;
    this.cwd = init.cwd;
    this.moduleUrl = init.moduleUrl;
    this.#output = new OutputStream(options.connection);
    this.#print = options.print;
    this.#quietUntilCreate = options.quietUntilCreate;
    this.#paths = pathsToTranslate(init.moduleUrl, init.clientUrl);
  }

  /** Bytes of output sent (or queued) for the client so far. */
  get outputBytes(): number {
    return this.#output.bytes;
  }

  /** Resolves with the first outcome: how the module's process would have ended. */
  get outcome(): Promise<TaskOutcome> {
    return this.#outcome.promise;
  }

  /** True once the task was concluded and its output flushed. */
  get ended(): boolean {
    return this.#ended;
  }

  /** True once the task has an outcome (it may still be finishing). */
  get concluded(): boolean {
    return this.#concluded !== undefined;
  }

  /** True once its process would be gone (see {@linkcode TaskContext.exited}). */
  get exited(): boolean {
    return this.#ended || (this.concluded && !this.#finishing);
  }

  write(fd: 1 | 2, bytes: Uint8Array): void {
    // After its outcome the process would be gone; only its exit-time
    // listeners still print (see finish()).
    if (this.exited) return;
    // Before create(), the module's own process ran the same code and
    // printed the same output already (create() sets the formatter).
    if (this.#quietUntilCreate && !this.format) return;
    this.#output.write(fd, bytes);
  }

  writeText(fd: 1 | 2, text: string): void {
    this.write(fd, encoder.encode(this.#translate(text)));
  }

  conclude(outcome: TaskOutcome): void {
    if (this.#concluded || this.#ended) return;
    if (outcome.result) {
      // Printed now, as exitJson prints before the process exits (and
      // before any unload listener runs).
      const text = this.#translate(this.#print(outcome.result));
      this.#output.write(1, encoder.encode(text));
    }
    this.#concluded = outcome;
    this.#outcome.resolve(outcome);
  }

  crash(error: unknown): boolean {
    if (this.#concluded || this.#ended) return false;
    if (this.format) {
      this.conclude({ result: this.format(failureOf(error), true), code: 1 });
      return true;
    }
    // Before create(): as Deno reports an uncaught error, on stderr.
    this.#output.write(
      2,
      encoder.encode(
        this.#translate(`error: Uncaught (in promise) ${describe(error)}\n`),
      ),
    );
    this.conclude({ code: 1 });
    return true;
  }

  atEnd(hook: () => void): void {
    this.#endHooks.push(hook);
  }

  /**
   * Ends the task after its outcome: runs its end hooks (their output still
   * counts, as unload listeners' output does), then flushes its output.
   * Resolves once every byte reached the connection (or the connection failed).
   */
  async finish(): Promise<void> {
    this.#finishing = true;
    const hooks = this.#endHooks.splice(0);
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // As at a process's exit: a failing cleanup changes nothing.
      }
    }
    this.#ended = true;
    await this.#output.flush();
  }

  /** `text` with the daemon's copy of the module named as the client's. */
  #translate(text: string): string {
    for (const [from, to] of this.#paths) {
      if (text.includes(from)) text = text.replaceAll(from, to);
    }
    return text;
  }
}

/**
 * The prefixes (directory URL and path) under which the daemon's copy of
 * the module differs from the client's, longest first; none when the
 * module runs in place.
 */
function pathsToTranslate(ours: string, theirs: string): [string, string][] {
  if (ours === theirs) return [];
  const dirOf = (url: string) => url.slice(0, url.lastIndexOf("/") + 1);
  const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname);
  return [
    [dirOf(ours), dirOf(theirs)],
    [pathOf(dirOf(ours)), pathOf(dirOf(theirs))],
  ];
}

/** A one-line description of an uncaught error, as Deno prints it. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    return error.stack ?? `${error.name}: ${error.message}`;
  }
  return Deno.inspect(error);
}

/**
 * Output on its way to the client: queued in order, small writes merged,
 * sent in frames of at most {@linkcode MAX_OUTPUT_FRAME_BYTES}. Writes never
 * block the module (console writes are synchronous); the queue drains as the
 * client reads. A failed connection drops the rest.
 */
class OutputStream {
  #connection: ByteWriter;
  #queue: { fd: 1 | 2; parts: Uint8Array[]; size: number }[] = [];
  #draining?: Promise<void>;
  #failed = false;
  /** Bytes written so far. */
  bytes = 0;

  constructor(connection: ByteWriter) {
    this.#connection = connection;
  }

  write(fd: 1 | 2, bytes: Uint8Array): void {
    if (this.#failed || bytes.length === 0) return;
    this.bytes += bytes.length;
    const last = this.#queue.at(-1);
    if (last && last.fd === fd && last.size < MAX_OUTPUT_FRAME_BYTES) {
      last.parts.push(bytes);
      last.size += bytes.length;
    } else this.#queue.push({ fd, parts: [bytes], size: bytes.length });
    this.#draining ??= this.#drain();
  }

  /** Resolves once everything written so far was sent (or could not be). */
  async flush(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  async #drain(): Promise<void> {
    // Let the writer finish its synchronous burst first: fewer, fuller frames.
    await Promise.resolve();
    try {
      while (this.#queue.length > 0 && !this.#failed) {
        const item = this.#queue.shift()!;
        for (const frame of frames(item.fd, item.parts)) {
          await writeRaw(this.#connection, frame);
        }
      }
    } catch {
      this.#failed = true; // the client is gone: nobody to print to
      this.#queue.length = 0;
    } finally {
      this.#draining = undefined;
    }
  }
}

/** `parts` as output frames of at most {@linkcode MAX_OUTPUT_FRAME_BYTES}. */
function* frames(fd: 1 | 2, parts: Uint8Array[]): Generator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let size = 0;
  const take = () => {
    const bytes = pending.length === 1 ? pending[0] : concat(pending, size);
    pending = [];
    size = 0;
    return encodeOutputFrame(fd, bytes);
  };
  for (let part of parts) {
    while (part.length > 0) {
      const room = MAX_OUTPUT_FRAME_BYTES - size;
      const piece = part.subarray(0, room);
      pending.push(piece);
      size += piece.length;
      part = part.subarray(piece.length);
      if (size === MAX_OUTPUT_FRAME_BYTES) yield take();
    }
  }
  if (size > 0) yield take();
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
