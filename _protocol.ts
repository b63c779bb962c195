/**
 * The wire protocol shared by the client and the daemon: constants, message
 * types and length-prefixed JSON framing. Both sides import this file and
 * nothing of each other.
 *
 * A frame is a 4-byte big-endian length followed by that many bytes: UTF-8
 * JSON for messages, or, from the daemon only, a byte 1 or 2 followed by
 * output the task wrote to its standard output or error (JSON text never
 * starts with a control byte, so the two cannot be confused). JSON is only
 * ever parsed, never evaluated, so nothing on the socket can make either
 * side run code it did not choose to run.
 *
 * A task goes: client `run` → daemon `ready` (module loaded, nothing run
 * yet) → client `go` → daemon output frames → daemon `exit`. A client that
 * gives up before `ready` closes the connection instead of sending `go`,
 * and the daemon then never runs the task: a task is run at most once, and
 * only for a client that is still there to hear the result.
 *
 * @module
 */

/** Version of the message format; a daemon answers only its own version. */
export const PROTOCOL_VERSION = 2;

/** Version of this runtime; part of every daemon's identity. */
export const RUNTIME_VERSION = "0.1.0";

/** First argument that turns a module process (or `mod.ts`) into a daemon. */
export const DAEMON_FLAG = "--ansible-turbo-daemon";

/**
 * First argument under which a module's `create()` prints its options (the
 * line {@linkcode DESCRIBE_MARK}, then JSON) and exits, before reading any
 * arguments or contacting a daemon: how `mod.ts docs` reads a module's spec.
 */
export const DESCRIBE_FLAG = "--ansible-turbo-describe";

/** Start of the line that carries a described module's options. */
export const DESCRIBE_MARK = "ansible-turbo-options: ";

/** Largest frame either side accepts: big payloads pass, a lying length does not. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/** Largest output frame the daemon sends; more output goes in more frames. */
export const MAX_OUTPUT_FRAME_BYTES = 1024 * 1024;

/** The module a client asks the daemon to run: where it is and what it holds. */
export interface ModuleRef {
  /** `file:` URL (or the compiled binary's main module specifier). */
  url: string;
  /** Hex SHA-256 of the module's bytes, verified by the daemon before import. */
  hash: string;
  /**
   * True for a throwaway copy (Ansible's temp copy of the module): the
   * daemon imports its own copy of the verified bytes. False: in place.
   */
  copy: boolean;
}

/** Run one Ansible task in the daemon. */
export interface RunRequest {
  v: number;
  type: "run";
  token: string;
  module: ModuleRef;
  /** The text of the arguments file Ansible passed, `_ansible_*` keys included. */
  argsText: string;
  /** The module process's `Deno.args` (the arguments file's path first). */
  argv: string[];
  /** The task's whole environment. */
  env: Record<string, string>;
  /** The task's working directory. */
  cwd: string;
  /** Idle time to live, in seconds, that the daemon adopts from this request on. */
  ttl: number;
  /** Seconds the task may run before its client gets a failure; 0 for no limit. */
  timeout: number;
  /**
   * True when the module's own process already ran it up to `create()` and
   * printed what it printed: the daemon, running it again from the start,
   * sends only what comes after.
   */
  ranUntilCreate: boolean;
}

/** The client is still there and the task may run: sent once, after `ready`. */
export interface GoRequest {
  type: "go";
}

/** Ask the daemon how it is doing. */
export interface StatusRequest {
  v: number;
  type: "status";
  token: string;
}

/** Ask the daemon to finish what is in flight and exit. */
export interface StopRequest {
  v: number;
  type: "stop";
  token: string;
}

/** Anything a client may send. */
export type Request = RunRequest | GoRequest | StatusRequest | StopRequest;

/** The module is loaded and the task admitted; nothing of it has run. */
export interface ReadyReply {
  type: "ready";
}

/**
 * The task is over: the client exits with `code`. Everything the task
 * printed, its result's JSON included, came before in output frames.
 */
export interface ExitReply {
  type: "exit";
  code: number;
}

/** The daemon cannot run this module; nothing of it ran, so the client may run it itself. */
export interface UnsupportedReply {
  type: "unsupported";
  message: string;
}

/**
 * Nothing of the task ran, and another daemon will serve it: this one is
 * retiring (stopping, recycling, or its loaded code went stale).
 */
export interface RetryReply {
  type: "retry";
  message: string;
}

/** The request itself was wrong (version, token, shape). */
export interface ErrorReply {
  type: "error";
  message: string;
}

/** Figures for `status`. */
export interface StatusReply {
  type: "status";
  pid: number;
  startedAt: number;
  requests: number;
  inFlight: number;
  rssBytes: number;
  ttl: number;
  modules: number;
}

/** Anything a daemon may send. */
export type Reply =
  | ReadyReply
  | ExitReply
  | UnsupportedReply
  | RetryReply
  | ErrorReply
  | StatusReply;

/** A piece of what the task wrote: `fd` 1 is standard output, 2 standard error. */
export interface OutputChunk {
  fd: 1 | 2;
  bytes: Uint8Array;
}

/** The part of a connection that frames are read from. */
export interface ByteReader {
  /** Reads into `buffer`; resolves to the count read, or null at end of stream. */
  read(buffer: Uint8Array): Promise<number | null>;
}

/** The part of a connection that frames are written to. */
export interface ByteWriter {
  /** Writes some of `data`; resolves to the count written. */
  write(data: Uint8Array): Promise<number>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Error raised when a peer breaks the framing rules.
 *
 * @example
 * ```ts
 * import { FrameError } from "./_protocol.ts";
 * const error = new FrameError("Frame too large");
 * console.assert(error.name === "FrameError");
 * ```
 */
export class FrameError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "FrameError";
  }
}

/**
 * Encodes one message as a frame: 4-byte big-endian length, then JSON.
 *
 * @example
 * ```ts
 * import { encodeFrame } from "./_protocol.ts";
 * const frame = encodeFrame({ type: "accepted" });
 * console.assert(new DataView(frame.buffer).getUint32(0) === frame.length - 4);
 * ```
 */
export function encodeFrame(message: unknown): Uint8Array {
  const body = encoder.encode(JSON.stringify(message));
  if (body.length > MAX_FRAME_BYTES) {
    throw new FrameError(
      `Message of ${body.length} bytes is larger than the ${MAX_FRAME_BYTES} bytes a frame may hold`,
    );
  }
  const frame = new Uint8Array(4 + body.length);
  new DataView(frame.buffer).setUint32(0, body.length);
  frame.set(body, 4);
  return frame;
}

/**
 * Encodes output for the client: the frame's first byte is the stream
 * (1 or 2), the rest are the bytes as the task wrote them.
 *
 * @param fd 1 for standard output, 2 for standard error.
 * @param bytes At most {@linkcode MAX_OUTPUT_FRAME_BYTES} bytes.
 * @returns The frame.
 *
 * @example
 * ```ts
 * import { encodeOutputFrame } from "./_protocol.ts";
 * const frame = encodeOutputFrame(1, new TextEncoder().encode("hi"));
 * console.assert(frame.length === 4 + 1 + 2 && frame[4] === 1);
 * ```
 */
export function encodeOutputFrame(fd: 1 | 2, bytes: Uint8Array): Uint8Array {
  if (bytes.length > MAX_OUTPUT_FRAME_BYTES) {
    throw new FrameError(
      `Output of ${bytes.length} bytes is larger than the ${MAX_OUTPUT_FRAME_BYTES} bytes an output frame may hold`,
    );
  }
  const frame = new Uint8Array(5 + bytes.length);
  new DataView(frame.buffer).setUint32(0, bytes.length + 1);
  frame[4] = fd;
  frame.set(bytes, 5);
  return frame;
}

/**
 * Writes bytes already framed, all of them.
 *
 * @example
 * ```ts ignore
 * import { encodeOutputFrame, writeRaw } from "./_protocol.ts";
 * const conn = await Deno.connect({ transport: "unix", path: "/tmp/x.sock" });
 * await writeRaw(conn, encodeOutputFrame(1, new Uint8Array([104, 105])));
 * ```
 */
export async function writeRaw(
  writer: ByteWriter,
  frame: Uint8Array,
): Promise<void> {
  let written = 0;
  while (written < frame.length) {
    written += await writer.write(frame.subarray(written));
  }
}

/**
 * Writes one message as a frame.
 *
 * @example
 * ```ts ignore
 * import { writeFrame } from "./_protocol.ts";
 * const conn = await Deno.connect({ transport: "unix", path: "/tmp/x.sock" });
 * await writeFrame(conn, { type: "status" });
 * ```
 */
export async function writeFrame(
  writer: ByteWriter,
  message: unknown,
): Promise<void> {
  await writeRaw(writer, encodeFrame(message));
}

/** Options of {@linkcode FrameReader}. */
export interface FrameReaderOptions {
  /** Largest frame accepted; larger claims fail at once. */
  maxBytes?: number;
}

/**
 * Reads frames from a connection, keeping bytes that arrive early for the
 * next frame.
 *
 * @example
 * ```ts ignore
 * import { FrameReader } from "./_protocol.ts";
 * const conn = await Deno.connect({ transport: "unix", path: "/tmp/x.sock" });
 * const reply = await new FrameReader(conn).read();
 * ```
 */
export class FrameReader {
  #reader: ByteReader;
  #maxBytes: number;
  // Small to start: most frames are small, and idle connections cost this much.
  #buffer = new Uint8Array(8 * 1024);
  #start = 0;
  #end = 0;

  /** Wraps `reader`; frames larger than `maxBytes` are refused. */
  constructor(reader: ByteReader, options: FrameReaderOptions = {}) {
    this.#reader = reader;
    this.#maxBytes = options.maxBytes ?? MAX_FRAME_BYTES;
  }

  /** Reads the next message; `null` on a clean end of stream between frames. */
  async read(): Promise<unknown> {
    const body = await this.#next();
    return body === null ? null : parseBody(body);
  }

  /**
   * Reads the next message or output chunk (what a client receives);
   * `null` on a clean end of stream between frames. An output chunk's
   * bytes are a view into a buffer that the next read may reuse: write or
   * copy them before reading on.
   */
  async readAny(): Promise<unknown | OutputChunk | null> {
    const body = await this.#next();
    if (body === null) return null;
    const first = body[0];
    if (first === 1 || first === 2) {
      return { fd: first, bytes: body.subarray(1) };
    }
    return parseBody(body);
  }

  async #next(): Promise<Uint8Array | null> {
    if (!await this.#fill(4, true)) return null;
    const view = new DataView(this.#buffer.buffer, this.#start, 4);
    const length = view.getUint32(0);
    if (length > this.#maxBytes) {
      throw new FrameError(
        `Frame of ${length} bytes is larger than the ${this.#maxBytes} bytes allowed`,
      );
    }
    this.#start += 4;
    await this.#fill(length, false);
    const body = this.#buffer.subarray(this.#start, this.#start + length);
    this.#start += length;
    return body;
  }

  /** Ensures `size` bytes are buffered; false only on EOF before any byte when allowed. */
  async #fill(size: number, eofAllowed: boolean): Promise<boolean> {
    if (this.#end - this.#start >= size) return true;
    while (this.#end - this.#start < size) {
      if (this.#end === this.#buffer.length) this.#makeRoom(size);
      const n = await this.#reader.read(this.#buffer.subarray(this.#end));
      if (n === null) {
        if (eofAllowed && this.#end === this.#start) return false;
        throw new FrameError("Connection closed in the middle of a frame");
      }
      this.#end += n;
    }
    return true;
  }

  /**
   * Compacts, or grows by doubling: memory follows the bytes that really
   * arrive, not the length a peer claims.
   */
  #makeRoom(size: number): void {
    const pending = this.#end - this.#start;
    const length = this.#buffer.length >= size
      ? this.#buffer.length
      : Math.min(size, Math.max(this.#buffer.length * 2, pending + 65_536));
    const next = length === this.#buffer.length
      ? this.#buffer
      : new Uint8Array(length);
    next.set(this.#buffer.subarray(this.#start, this.#end));
    this.#start = 0;
    this.#end = pending;
    this.#buffer = next;
  }
}

function parseBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch {
    throw new FrameError("Frame does not hold valid JSON");
  }
}

/** What {@linkcode offerTask} saw of a task. */
export interface OfferedTask {
  /** Message types in arrival order (`out1`/`out2` for output frames). */
  seen: string[];
  /** The exit code, when the task ran to its end. */
  code?: number;
  /** Everything the task printed, by stream. */
  stdout: Uint8Array;
  stderr: Uint8Array;
}

/**
 * Plays a client's part for one task on an open connection, collecting what
 * comes back instead of printing it: sends `request`, says `go` when the
 * daemon is ready, and reads until the daemon closes. For tools and tests
 * that talk to a daemon directly (the module client streams instead).
 *
 * @param conn A connection to the daemon.
 * @param request The run request (or any message, to see the answer).
 * @returns What came back.
 *
 * @example
 * ```ts ignore
 * import { offerTask } from "./_protocol.ts";
 * const conn = await Deno.connect({ transport: "unix", path: socket });
 * const { code, stdout } = await offerTask(conn, request);
 * ```
 */
export async function offerTask(
  conn: ByteReader & ByteWriter,
  request: unknown,
): Promise<OfferedTask> {
  const seen: string[] = [];
  const out: Record<1 | 2, Uint8Array[]> = { 1: [], 2: [] };
  let code: number | undefined;
  await writeFrame(conn, request);
  const reader = new FrameReader(conn);
  for (;;) {
    const message = await reader.readAny();
    if (message === null) break;
    const chunk = message as OutputChunk;
    if (chunk.bytes instanceof Uint8Array) {
      seen.push(`out${chunk.fd}`);
      out[chunk.fd].push(chunk.bytes.slice());
      continue;
    }
    const reply = message as Reply;
    seen.push(reply.type);
    if (reply.type === "ready") await writeFrame(conn, { type: "go" });
    if (reply.type === "exit") code = reply.code;
  }
  const join = (parts: Uint8Array[]) => {
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  };
  return { seen, code, stdout: join(out[1]), stderr: join(out[2]) };
}
