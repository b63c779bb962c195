/**
 * The wire protocol shared by the client and the daemon: constants, message
 * types and length-prefixed JSON framing. Both sides import this file and
 * nothing of each other.
 *
 * A frame is a 4-byte big-endian length followed by that many bytes of UTF-8
 * JSON. JSON is only ever parsed, never evaluated, so nothing on the socket
 * can make either side run code it did not choose to run.
 *
 * @module
 */

/** Version of the message format; a daemon answers only its own version. */
export const PROTOCOL_VERSION = 1;

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

/** The module a client asks the daemon to run: where it is and what it holds. */
export interface ModuleRef {
  /** `file:` URL (or the compiled binary's main module specifier). */
  url: string;
  /** Hex SHA-256 of the module's bytes, verified by the daemon before import. */
  hash: string;
}

/** Run one Ansible task in the daemon. */
export interface RunRequest {
  v: number;
  type: "run";
  token: string;
  module: ModuleRef;
  /** The raw JSON arguments Ansible passed, `_ansible_*` keys included. */
  args: Record<string, unknown>;
  /** The task's whole environment. */
  env: Record<string, string>;
  /** The task's working directory. */
  cwd: string;
  /** Idle time to live, in seconds, that the daemon adopts from this request on. */
  ttl: number;
  /** Seconds the task may run before its client gets a failure; 0 for no limit. */
  timeout: number;
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
export type Request = RunRequest | StatusRequest | StopRequest;

/** The daemon has started the module: from here on it must not be rerun. */
export interface AcceptedReply {
  type: "accepted";
}

/** The module ran; `result` is absent when it ended without exitJson/failJson. */
export interface ResultReply {
  type: "result";
  result?: Record<string, unknown>;
  /** What the module wrote to the console's standard output. */
  stdout: string;
  /** What the module wrote to the console's standard error. */
  stderr: string;
  /** Exit code the module's own process would have had. */
  exitCode: number;
}

/** The daemon cannot run this module; nothing of it ran, so the client may run it itself. */
export interface UnsupportedReply {
  type: "unsupported";
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
  | AcceptedReply
  | ResultReply
  | UnsupportedReply
  | ErrorReply
  | StatusReply;

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
  const frame = encodeFrame(message);
  let written = 0;
  while (written < frame.length) {
    written += await writer.write(frame.subarray(written));
  }
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
    try {
      return JSON.parse(decoder.decode(body));
    } catch {
      throw new FrameError("Frame does not hold valid JSON");
    }
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
