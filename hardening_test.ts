/**
 * Hardening tests: hostile input, other users, requests for modules the
 * daemon must not load, a long soak with TTL expiries, CPU-bound modules,
 * and secrets in diagnostics. Real processes, real daemons, real sockets,
 * as in `turbo_test.ts`; every test runs in a sandbox whose cleanup stops
 * its daemons and fails the test if one survives.
 *
 * Sizing (defaults fit in about three minutes on two cores):
 * - `HARDENING_FUZZ_CASES` (10000), `HARDENING_FUZZ_SEED` (random; printed)
 * - `HARDENING_SOAK_TASKS` (1000), `HARDENING_SOAK_CONCURRENCY` (6)
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  DENO,
  requireHere,
  ROOT,
  runAsAnsible,
  type RunOutcome,
  type Sandbox,
  sandbox,
  skipUnless,
  waitFor,
} from "./_test_harness.ts";
import {
  encodeFrame,
  FrameReader,
  MAX_FRAME_BYTES,
  offerTask,
  PROTOCOL_VERSION,
  type Reply,
  type StatusReply,
  writeFrame,
} from "./_protocol.ts";
import { sha256Hex } from "./_paths.ts";

const ECHO = "testdata/echo.ts";
const BUSY = "testdata/hardening/busy.ts";
const SECRET = "testdata/hardening/secret.ts";
const INTRUDER = join(ROOT, "testdata/hardening/intruder.ts");
const uid = Deno.uid() ?? 0;
const NOBODY = 65534;
const ROOT_USER = uid === 0;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function envNumber(name: string, fallback: number): number {
  const value = Number(Deno.env.get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------
// Helpers

function result(outcome: RunOutcome): Record<string, unknown> {
  assert.ok(
    outcome.result,
    `no JSON result; code ${outcome.code}\nstdout: ${outcome.stdout}\nstderr: ${outcome.stderr}`,
  );
  return outcome.result;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A sleep that can be cut short, so that no test leaves a timer pending. */
function delay(ms: number): { done: Promise<void>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake = () => {};
  const done = new Promise<void>((resolve) => {
    wake = resolve;
    timer = setTimeout(resolve, ms);
  });
  return {
    done,
    cancel() {
      clearTimeout(timer);
      wake();
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** The private directory of this user's daemons in a sandbox. */
function privateDirOf(box: Sandbox): string {
  return join(box.remoteTmp, `ansible-turbo-${uid}`);
}

/** Names in the sandbox's private directory with one of the extensions. */
async function filesOf(box: Sandbox, ...exts: string[]): Promise<string[]> {
  const found: string[] = [];
  try {
    for await (const entry of Deno.readDir(privateDirOf(box))) {
      if (exts.some((ext) => entry.name.endsWith(ext))) {
        found.push(join(privateDirOf(box), entry.name));
      }
    }
  } catch {
    // No daemon directory yet.
  }
  return found.sort();
}

/** A daemon that a real task started, and the files it lives in. */
interface LiveDaemon {
  pid: number;
  socket: string;
  token: string;
  tokenFile: string;
  log: string;
}

/** Starts (or reuses) the daemon of `moduleName` with one real task. */
async function liveDaemon(
  box: Sandbox,
  options: { moduleName: string; env?: Record<string, string> },
): Promise<LiveDaemon> {
  const before = new Set(await filesOf(box, ".sock"));
  const warm = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      moduleName: options.moduleName,
      env: options.env,
    }),
  );
  assert.equal(warm.warnings, undefined, "the warm-up task used a daemon");
  const sockets = await filesOf(box, ".sock");
  const fresh = sockets.filter((s) => !before.has(s));
  const socket = fresh[0] ?? sockets[0];
  assert.ok(socket, "a daemon socket exists");
  const stem = socket.replace(/\.sock$/, "");
  const tokenFile = `${stem}.token`;
  return {
    pid: Number(warm.pid),
    socket,
    tokenFile,
    token: (await Deno.readTextFile(tokenFile)).trim(),
    log: `${stem}.log`,
  };
}

/** Resident memory of a process, in KiB (`VmRSS`, or another field). */
async function procKb(pid: number, field = "VmRSS"): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  assert.ok(match, `no ${field} for ${pid}`);
  return Number(match[1]);
}

/** Sends well-formed messages on one connection; returns every reply until close. */
async function converse(socket: string, message: unknown): Promise<Reply[]> {
  const conn = await Deno.connect({ transport: "unix", path: socket });
  const replies: Reply[] = [];
  try {
    await writeFrame(conn, message);
    const reader = new FrameReader(conn);
    const timer = setTimeout(() => conn.close(), 20_000);
    try {
      for (;;) {
        const reply = await reader.read() as Reply | null;
        if (reply === null) break;
        replies.push(reply);
      }
    } catch {
      // Closed by the daemon mid-frame, or by the timer.
    } finally {
      clearTimeout(timer);
    }
  } finally {
    try {
      conn.close();
    } catch { /* already closed */ }
  }
  return replies;
}

async function askStatus(daemon: LiveDaemon): Promise<StatusReply> {
  const [reply] = await converse(daemon.socket, {
    v: PROTOCOL_VERSION,
    type: "status",
    token: daemon.token,
  });
  assert.equal(reply?.type, "status", JSON.stringify(reply));
  return reply as StatusReply;
}

/** A well-formed run request for `module`, as a client sends it. */
function runRequest(
  token: string,
  module: { url: string; hash: string; copy?: boolean },
  cwd: string,
): Record<string, unknown> {
  return {
    v: PROTOCOL_VERSION,
    type: "run",
    token,
    module: { copy: false, ...module },
    argsText: "{}",
    argv: [],
    env: {},
    cwd,
    ttl: 60,
    timeout: 10,
    ranUntilCreate: false,
  };
}

/** Offers a task on a fresh connection; returns the message types that came back. */
async function handshake(socket: string, request: unknown): Promise<string[]> {
  const conn = await Deno.connect({ transport: "unix", path: socket });
  try {
    return (await offerTask(conn, request)).seen;
  } finally {
    try {
      conn.close();
    } catch { /* already closed */ }
  }
}

/** Runs `work(0..count-1)` with at most `concurrency` at a time. */
async function pool(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, worker),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function cli(command: string, box: Sandbox): Promise<string> {
  const output = await new Deno.Command(DENO, {
    args: ["run", "-A", "mod.ts", command, "--dir", box.remoteTmp],
    cwd: ROOT,
  }).output();
  return decoder.decode(output.stdout) + decoder.decode(output.stderr);
}

// ---------------------------------------------------------------------------
// 1. Fuzz

/** Small, fast, seedable PRNG (mulberry32), so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  #next: () => number;
  constructor(seed: number) {
    this.#next = prng(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.int(0, 255);
    return out;
  }
  ascii(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) {
      out += String.fromCharCode(this.int(32, 126));
    }
    return out;
  }
  hex(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += this.int(0, 15).toString(16);
    return out;
  }
}

const CATEGORIES = [
  "random bytes",
  "truncated frame",
  "length prefix over the maximum (GBs)",
  "large length claim, short body",
  "invalid JSON",
  "valid JSON, wrong shape",
  "wrong protocol version",
  "missing or wrong token",
] as const;
type Category = typeof CATEGORIES[number];

/** How many of every 100 cases fall in each category. */
const WEIGHTS: Record<Category, number> = {
  "random bytes": 20,
  "truncated frame": 15,
  "length prefix over the maximum (GBs)": 10,
  "large length claim, short body": 5,
  "invalid JSON": 15,
  "valid JSON, wrong shape": 15,
  "wrong protocol version": 10,
  "missing or wrong token": 10,
};

/** What the daemon must do with a case. */
type Expect = "error" | "closed" | "error or closed";

interface FuzzCase {
  category: Category;
  bytes: Uint8Array;
  expect: Expect;
  /** An error reply's message must match, when one is expected. */
  message?: RegExp;
  /** Short description for failure messages. */
  what: string;
}

function header(length: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, length);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function rawFrame(body: Uint8Array): Uint8Array {
  return concat(header(body.length), body);
}

function textFrame(text: string): Uint8Array {
  return rawFrame(encoder.encode(text));
}

function parses(bytes: Uint8Array): boolean {
  try {
    JSON.parse(decoder.decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Builds the fuzz cases for one daemon; case `i` depends only on seed and i. */
function fuzzCases(seed: number, token: string) {
  // A run request that would pass every check but names no real file: if a
  // mutation below failed to break it, the daemon would answer "unsupported"
  // and count a request, and the test would notice.
  const runBase = (): Record<string, unknown> => ({
    v: PROTOCOL_VERSION,
    type: "run",
    token,
    module: {
      url: "file:///nonexistent/ansible-turbo-fuzz.ts",
      hash: "0".repeat(64),
      copy: true,
    },
    argsText: '{"value": 1}',
    argv: ["/nonexistent/args"],
    env: { PATH: "/usr/bin" },
    cwd: "/",
    ttl: 60,
    timeout: 5,
    ranUntilCreate: true,
  });
  const wellFormed = (dice: Dice): Record<string, unknown> => {
    const kind = dice.pick(["status", "stop", "run"]);
    return kind === "run"
      ? runBase()
      : { v: PROTOCOL_VERSION, type: kind, token };
  };
  const wrongShapes: ((dice: Dice) => {
    value: unknown;
    raw?: string;
    message: RegExp;
  })[] = [
    (dice) => ({
      value: dice.pick([42, -1, 0, "run", "", true, false, [], [1, 2], [{}]]),
      message: /^Request must be a JSON object$/,
    }),
    // JSON null reads like the end of the stream: no reply, connection closed.
    () => ({ value: null, message: /^$/ }),
    () => ({ value: null, raw: "1e400", message: /must be a JSON object/ }),
    (dice) => ({
      value: [{ v: PROTOCOL_VERSION, type: "status", token }, dice.int(0, 9)],
      message: /must be a JSON object/,
    }),
    (dice) => ({
      value: {
        v: PROTOCOL_VERSION,
        token,
        type: dice.pick([
          undefined,
          null,
          7,
          "RUN",
          "Status",
          "accepted",
          "ready",
          "go",
          "exit",
          "result",
          "exec",
          "eval",
          "__proto__",
          ["run"],
          { run: true },
          dice.ascii(dice.int(0, 20)),
        ]),
      },
      message: /^Unknown request type/,
    }),
    (dice) => {
      const request = runBase();
      const field = dice.pick([
        "module",
        "hash",
        "url",
        "argsText",
        "argv",
        "env",
        "cwd",
        "timeout",
        "ttl",
      ]);
      const module = request.module as Record<string, unknown>;
      switch (field) {
        case "module":
          request.module = dice.pick([
            undefined,
            null,
            "file:///x.ts",
            [],
            {
              url: "file:///x.ts",
            },
            { hash: "0".repeat(64), copy: true },
            { url: 5, hash: "0".repeat(64), copy: true },
            { url: "file:///x.ts", hash: "0".repeat(64) },
            { url: "file:///x.ts", hash: "0".repeat(64), copy: "yes" },
          ]);
          return { value: request, message: /^Request module must have/ };
        case "hash":
          module.hash = dice.pick([
            "",
            "0".repeat(63),
            "0".repeat(65),
            "A".repeat(64),
            `${"0".repeat(63)}g`,
            ` ${"0".repeat(63)}`,
            `${"0".repeat(64)}\n`,
            "../../etc/passwd",
          ]);
          return { value: request, message: /^Request module hash must be/ };
        case "url":
          module.url = dice.pick([
            "",
            "/etc/passwd",
            "data:text/javascript,export function main(){}",
            "http://127.0.0.1:1/x.ts",
            "https://example.com/x.ts",
            "npm:left-pad",
            "jsr:@std/path",
            "node:fs",
            "./x.ts",
            "FILE:///x.ts",
            " file:///x.ts",
          ]);
          return { value: request, message: /^Request module url must be/ };
        case "argsText":
          request.argsText = dice.pick([undefined, null, [], 5, { a: 1 }]);
          return { value: request, message: /^Request argsText must be/ };
        case "argv":
          request.argv = dice.pick([undefined, null, "x", [5], [["x"]], {}]);
          return { value: request, message: /^Request argv must be/ };
        case "env":
          request.env = dice.pick([
            undefined,
            null,
            [],
            "PATH=/bin",
            { PATH: 5 },
            { A: "1", B: null },
            { A: ["x"] },
          ]);
          return { value: request, message: /^Request env must be/ };
        case "cwd":
          request.cwd = dice.pick([undefined, null, "", "tmp", "./x", 5, [
            "/",
          ]]);
          return { value: request, message: /^Request cwd must be/ };
        case "timeout":
          request.timeout = dice.pick([undefined, null, -1, "5", [5], {}]);
          return { value: request, message: /^Request timeout must be/ };
        default:
          request.ttl = dice.pick([undefined, null, 0, -5, "15", [15]]);
          return { value: request, message: /^Request ttl must be/ };
      }
    },
  ];
  const badVersions: unknown[] = [
    undefined,
    0,
    1, // the first protocol: a client of another runtime version
    PROTOCOL_VERSION + 1,
    -1,
    1.5,
    "1",
    null,
    true,
    [1],
    {},
    1e100,
    99999,
  ];
  const badTokens = (dice: Dice): unknown[] => {
    const flipAt = dice.int(0, token.length - 1);
    const flipped = token.slice(0, flipAt) +
      (token[flipAt] === "0" ? "1" : "0") + token.slice(flipAt + 1);
    return [
      undefined,
      "",
      null,
      0,
      dice.hex(64),
      flipped,
      token.slice(0, -1),
      `${token}0`,
      `${token}\n`,
      ` ${token}`,
      token.toUpperCase(),
      [token],
      { token },
      "é".repeat(32),
      token.slice(0, 32),
    ];
  };

  const order: Category[] = [];
  for (const category of CATEGORIES) {
    for (let i = 0; i < WEIGHTS[category]; i++) order.push(category);
  }

  return (index: number): FuzzCase => {
    const dice = new Dice(seed ^ Math.imul(index + 1, 0x9e3779b1));
    const category = order[index % order.length];
    switch (category) {
      case "random bytes": {
        const bytes = dice.bytes(dice.int(0, 4096));
        return {
          category,
          bytes,
          expect: "error or closed",
          what: `${bytes.length} random bytes`,
        };
      }
      case "truncated frame": {
        const frame = encodeFrame(wellFormed(dice));
        const cut = dice.int(0, frame.length - 1);
        return {
          category,
          bytes: frame.subarray(0, cut),
          expect: "closed",
          what: `frame of ${frame.length} bytes cut at ${cut}`,
        };
      }
      case "length prefix over the maximum (GBs)": {
        const length = dice.pick([
          0xffffffff,
          0x80000000,
          0x40000000,
          MAX_FRAME_BYTES + 1,
          dice.int(MAX_FRAME_BYTES + 1, 0xffffffff),
        ]);
        const body = dice.int(0, 1) === 0
          ? dice.bytes(dice.int(0, 64))
          : encoder.encode(JSON.stringify(wellFormed(dice)));
        return {
          category,
          bytes: concat(header(length), body),
          expect: "closed",
          what: `length prefix ${length}`,
        };
      }
      case "large length claim, short body": {
        const length = dice.int(64 * 1024, MAX_FRAME_BYTES);
        const body = dice.bytes(dice.int(0, 8192));
        return {
          category,
          bytes: concat(header(length), body),
          expect: "closed",
          what: `claims ${length}, sends ${body.length}`,
        };
      }
      case "invalid JSON": {
        const texts = [
          "",
          "{",
          "}",
          "{v:1}",
          "{'v':1}",
          "NaN",
          "undefined",
          "[1,]",
          '{"a":1,}',
          "0x10",
          "// comment",
          '{"v":1,"type":"st',
          `${JSON.stringify(wellFormed(dice))}x`,
          `${JSON.stringify(wellFormed(dice))}{}`,
          JSON.stringify(wellFormed(dice)).slice(0, -1),
        ];
        let body: Uint8Array;
        const style = dice.int(0, 3);
        if (style === 0) body = encoder.encode(dice.pick(texts));
        else if (style === 1) {
          body = encoder.encode(dice.ascii(dice.int(1, 512)));
        } else if (style === 2) body = dice.bytes(dice.int(1, 512));
        else {
          // Now and then a big body, so the daemon really buffers something.
          body = dice.int(0, 19) === 0
            ? dice.bytes(dice.int(256 * 1024, 1024 * 1024))
            : encoder.encode(
              `{"v":${PROTOCOL_VERSION},"token":"${token}","type":"status"`,
            );
        }
        if (parses(body)) body = concat(body, encoder.encode("}{"));
        return {
          category,
          bytes: rawFrame(body),
          expect: "closed",
          what: `invalid JSON body of ${body.length} bytes`,
        };
      }
      case "valid JSON, wrong shape": {
        const shape = dice.pick(wrongShapes)(dice);
        const text = shape.raw ?? JSON.stringify(shape.value);
        return {
          category,
          bytes: textFrame(text),
          expect: shape.value === null && !shape.raw ? "closed" : "error",
          message: shape.message,
          what: `wrong shape ${text.slice(0, 120)}`,
        };
      }
      case "wrong protocol version": {
        const message = wellFormed(dice);
        const v = dice.pick(badVersions);
        if (v === undefined) delete message.v;
        else message.v = v;
        return {
          category,
          bytes: textFrame(JSON.stringify(message)),
          expect: "error",
          message: new RegExp(
            `^Protocol version .* is not ${PROTOCOL_VERSION}$`,
          ),
          what: `version ${JSON.stringify(v)} for ${message.type}`,
        };
      }
      case "missing or wrong token": {
        const message = wellFormed(dice);
        const bad = dice.pick(badTokens(dice));
        if (bad === undefined) delete message.token;
        else message.token = bad;
        return {
          category,
          bytes: textFrame(JSON.stringify(message)),
          expect: "error",
          message: /^Request token is missing or wrong$/,
          what: `token ${
            JSON.stringify(bad)?.slice(0, 40)
          } for ${message.type}`,
        };
      }
    }
  };
}

interface RawOutcome {
  kind: "error reply" | "other reply" | "closed" | "timeout";
  detail: string;
  ms: number;
}

/** Sends raw bytes, half-closes, and waits (bounded) for a reply or the close. */
async function rawExchange(
  socket: string,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<RawOutcome> {
  const started = performance.now();
  const conn = await Deno.connect({ transport: "unix", path: socket });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      conn.close();
    } catch { /* already closed */ }
  }, timeoutMs);
  const done = (kind: RawOutcome["kind"], detail: string): RawOutcome => ({
    kind: timedOut ? "timeout" : kind,
    detail,
    ms: performance.now() - started,
  });
  try {
    try {
      let written = 0;
      while (written < bytes.length) {
        written += await conn.write(bytes.subarray(written));
      }
      await conn.closeWrite();
    } catch {
      // The daemon may hang up first (a lying length); the read below tells.
    }
    let reply: unknown;
    try {
      reply = await new FrameReader(conn, { maxBytes: 1024 * 1024 }).read();
    } catch (error) {
      return done("closed", (error as Error).name);
    }
    if (reply === null) return done("closed", "end of stream");
    if (isRecord(reply) && reply.type === "error") {
      return done("error reply", String(reply.message));
    }
    return done("other reply", JSON.stringify(reply).slice(0, 300));
  } finally {
    clearTimeout(timer);
    try {
      conn.close();
    } catch { /* already closed */ }
  }
}

/** A client that sends part of a frame (or drips it) and then waits. */
interface Stall {
  name: string;
  /** Milliseconds from connect until the daemon closed the connection. */
  closed: Promise<number>;
  /** True while the daemon has not closed the connection. */
  isOpen(): boolean;
  close(): void;
}

async function stallingClient(
  socket: string,
  name: string,
  initial: Uint8Array,
  dripEveryMs = 0,
): Promise<Stall> {
  const started = performance.now();
  const conn = await Deno.connect({ transport: "unix", path: socket });
  let open = true;
  let pause = delay(0);
  if (initial.length) await conn.write(initial);
  const drip = async () => {
    while (open && dripEveryMs > 0) {
      pause = delay(dripEveryMs);
      await pause.done;
      if (!open) return;
      try {
        await conn.write(encoder.encode(" "));
      } catch {
        return;
      }
    }
  };
  drip();
  const closed = (async () => {
    const buffer = new Uint8Array(1024);
    try {
      while (await conn.read(buffer) !== null) { /* nothing is expected */ }
    } catch {
      // Reset by the daemon: closed as well.
    }
    open = false;
    pause.cancel();
    return performance.now() - started;
  })();
  return {
    name,
    closed,
    isOpen: () => open,
    close() {
      open = false;
      pause.cancel();
      try {
        conn.close();
      } catch { /* already closed */ }
    },
  };
}

Deno.test("fuzz: 10,000 malformed frames get an error or a closed connection, and the daemon keeps serving", async () => {
  await using box = await sandbox();
  const total = envNumber("HARDENING_FUZZ_CASES", 10_000);
  const seed = envNumber(
    "HARDENING_FUZZ_SEED",
    crypto.getRandomValues(new Uint32Array(1))[0] || 1,
  );
  const env = { ANSIBLE_TURBO_LOOKUP_TTL: "120" };
  const moduleName = "fuzz.target.echo";
  const daemon = await liveDaemon(box, { moduleName, env });
  const rssBefore = await procKb(daemon.pid);
  const stalls: Stall[] = [];
  try {
    // Half a frame and then nothing: each holds a connection until the
    // daemon's 30 s read timeout; none may hold up anyone else.
    const statusFrame = encodeFrame({
      v: PROTOCOL_VERSION,
      type: "status",
      token: daemon.token,
    });
    stalls.push(
      await stallingClient(daemon.socket, "nothing sent", new Uint8Array()),
      await stallingClient(
        daemon.socket,
        "2 of 4 header bytes",
        header(64).subarray(0, 2),
      ),
      await stallingClient(daemon.socket, "header only", header(100)),
      await stallingClient(
        daemon.socket,
        "half a status frame",
        statusFrame.subarray(0, statusFrame.length >> 1),
      ),
      await stallingClient(
        daemon.socket,
        "claims 200 MB, sends 1 KB",
        concat(header(200 * 1024 * 1024), new Uint8Array(1024)),
      ),
      await stallingClient(
        daemon.socket,
        "one byte per second",
        header(1_000_000),
        1000,
      ),
    );
    const duringStall = performance.now();
    const served = result(
      await runAsAnsible(ECHO, {
        sandbox: box,
        moduleName,
        env,
        args: { value: "while stalled" },
      }),
    );
    const servedMs = performance.now() - duringStall;
    assert.equal(served.value, "while stalled");
    assert.equal(served.pid, daemon.pid);
    // Served while every stalled connection was still held open: they did
    // not make it wait (they are only closed by the 30 s read timeout).
    assert.deepEqual(
      stalls.map((stall) => stall.isOpen()),
      stalls.map(() => true),
      `served in ${servedMs} ms, after a stall was closed`,
    );

    // The fuzz itself.
    const make = fuzzCases(seed, daemon.token);
    const counts = new Map<Category, Record<RawOutcome["kind"], number>>();
    const slowest = new Map<Category, number>();
    const problems: string[] = [];
    const started = performance.now();
    await pool(total, 20, async (index) => {
      const fuzz = make(index);
      const outcome = await rawExchange(daemon.socket, fuzz.bytes, 5000);
      const tally = counts.get(fuzz.category) ??
        { "error reply": 0, "other reply": 0, closed: 0, timeout: 0 };
      tally[outcome.kind]++;
      counts.set(fuzz.category, tally);
      slowest.set(
        fuzz.category,
        Math.max(slowest.get(fuzz.category) ?? 0, outcome.ms),
      );
      const ok = outcome.kind === "error reply"
        ? fuzz.expect !== "closed" &&
          (!fuzz.message || fuzz.message.test(outcome.detail))
        : outcome.kind === "closed"
        ? fuzz.expect !== "error"
        : false;
      if (!ok && problems.length < 20) {
        problems.push(
          `case ${index} (${fuzz.category}: ${fuzz.what}) expected ${fuzz.expect}, got ${outcome.kind}: ${outcome.detail}`,
        );
      }
    });
    const fuzzMs = performance.now() - started;

    console.log(
      `fuzz: ${total} cases, seed ${seed}, ${
        (fuzzMs / 1000).toFixed(1)
      } s, concurrency 20`,
    );
    for (const category of CATEGORIES) {
      const tally = counts.get(category);
      if (!tally) continue;
      const sent = Object.values(tally).reduce((a, b) => a + b, 0);
      console.log(
        `  ${category.padEnd(38)} ${String(sent).padStart(5)} sent: ${
          tally["error reply"]
        } error replies, ${tally.closed} closed, ${
          tally["other reply"]
        } other replies, ${tally.timeout} timeouts; slowest ${
          (slowest.get(category) ?? 0).toFixed(0)
        } ms`,
      );
    }
    console.log(
      `  stalled clients                            ${stalls.length} held open concurrently`,
    );
    assert.deepEqual(problems, [], `seed ${seed}`);
    const sent = [...counts.values()].flatMap((t) => Object.values(t))
      .reduce((a, b) => a + b, 0);
    assert.equal(sent, total);

    // Nothing ran: only the warm-up and the task served during the stalls.
    const status = await askStatus(daemon);
    assert.equal(status.pid, daemon.pid);
    assert.equal(status.requests, 2);

    // A correct task afterwards is served by the same daemon.
    const after = result(
      await runAsAnsible(ECHO, {
        sandbox: box,
        moduleName,
        env,
        args: { value: "after the fuzz" },
      }),
    );
    assert.equal(after.value, "after the fuzz");
    assert.equal(after.pid, daemon.pid);
    assert.equal(after.counter, 3);

    // Memory stays bounded.
    const rssAfter = await procKb(daemon.pid);
    const peak = await procKb(daemon.pid, "VmHWM");
    console.log(
      `  daemon RSS: ${(rssBefore / 1024).toFixed(1)} MiB before, ${
        (rssAfter / 1024).toFixed(1)
      } MiB after, peak ${(peak / 1024).toFixed(1)} MiB`,
    );
    assert.ok(
      rssAfter - rssBefore < 100 * 1024,
      `RSS grew from ${rssBefore} to ${rssAfter} KiB`,
    );
    // The log stays bounded too (1 MiB), whatever the fuzz made it write.
    assert.ok((await Deno.stat(daemon.log)).size <= 1024 * 1024);

    // The stalled connections are closed by the read timeout (30 s), not kept.
    const limit = delay(180_000);
    const closedAfter = await Promise.all(
      stalls.map((stall) =>
        Promise.race([
          stall.closed,
          limit.done.then(() => Number.POSITIVE_INFINITY),
        ])
      ),
    );
    limit.cancel();
    for (const [i, ms] of closedAfter.entries()) {
      // Not before the read timeout; late only as far as the machine's load.
      assert.ok(
        ms >= 25_000 && ms < Number.POSITIVE_INFINITY,
        `stalled client "${stalls[i].name}" closed after ${ms} ms`,
      );
    }
    console.log(
      `  stalled clients closed by the daemon after ${
        closedAfter.map((ms) => (ms / 1000).toFixed(1)).join(", ")
      } s`,
    );
    assert.equal((await askStatus(daemon)).inFlight, 0);
    assert.deepEqual(await box.daemonPids(), [daemon.pid]);
  } finally {
    for (const stall of stalls) stall.close();
  }
});

// ---------------------------------------------------------------------------
// 2. Other users and unsafe directories

async function modeOf(path: string): Promise<number> {
  return ((await Deno.lstat(path)).mode ?? 0) & 0o7777;
}

/** Runs the intruder fixture as `nobody` against `daemon`. */
async function intrude(
  daemon: LiveDaemon,
  module: { url: string; hash: string },
): Promise<Record<string, unknown>> {
  const home = await Deno.makeTempDir({ prefix: "att-nobody-" });
  try {
    await Deno.chown(home, NOBODY, NOBODY);
    const output = await new Deno.Command("/usr/sbin/runuser", {
      args: [
        "-u",
        "nobody",
        "--",
        "env",
        `HOME=${home}`,
        `DENO_DIR=${join(home, "deno")}`,
        DENO,
        "run",
        "--no-config",
        "-A",
        INTRUDER,
        daemon.socket,
        daemon.tokenFile,
        module.url,
        module.hash,
      ],
      clearEnv: true,
      env: { PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin" },
      cwd: "/",
    }).output();
    const stdout = decoder.decode(output.stdout);
    assert.equal(
      output.code,
      0,
      `intruder failed: ${stdout}${decoder.decode(output.stderr)}`,
    );
    return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
  } finally {
    await Deno.remove(home, { recursive: true });
    assert.equal(await exists(home), false);
  }
}

Deno.test({
  name:
    "another user cannot connect, read the token, or make the daemon run a module",
  ignore: skipUnless(ROOT_USER, "runuser and chown need root"),
}, async () => {
  requireHere(ROOT_USER, "runuser and chown need root");
  await using box = await sandbox();
  const daemon = await liveDaemon(box, { moduleName: "mine.only.echo" });
  const dir = privateDirOf(box);
  const stem = daemon.socket.replace(/\.sock$/, "");
  // The layers, each on its own: directory 0700, socket and token 0600.
  assert.equal(await modeOf(dir), 0o700);
  assert.equal((await Deno.lstat(dir)).uid, uid);
  assert.equal(await modeOf(daemon.socket), 0o600);
  assert.ok((await Deno.lstat(daemon.socket)).isSocket);
  assert.equal(await modeOf(daemon.tokenFile), 0o600);
  assert.equal(await modeOf(`${stem}.log`), 0o600);
  assert.equal(await modeOf(`${stem}.lock`), 0o600);
  assert.equal(daemon.token.length, 64, "256 random bits");

  // A module the daemon would happily run for its owner.
  const mark = join(box.dir, "intruder-ran.txt");
  const module = join(box.dir, "victim.ts");
  const source = `export function main() { Deno.writeTextFileSync(${
    JSON.stringify(mark)
  }, "ran"); }\n`;
  await Deno.writeTextFile(module, source);
  const target = {
    url: `file://${module}`,
    hash: await sha256Hex(encoder.encode(source)),
  };

  // As the sandbox is: nobody cannot even reach the directory.
  const closed = await intrude(daemon, target);
  assert.equal(closed.uid, NOBODY);
  assert.equal(closed.connect, "PermissionDenied");
  assert.equal(closed.readToken, "PermissionDenied");
  assert.equal(closed.listDir, "PermissionDenied");
  assert.equal(closed.runReply, undefined);

  // With every directory on the way opened to traversal (0711), the socket's
  // and the token's own modes still keep nobody out.
  const opened = [box.dir, box.remoteTmp, dir];
  const modes = await Promise.all(opened.map(modeOf));
  try {
    for (const path of opened) await Deno.chmod(path, 0o711);
    const traversable = await intrude(daemon, target);
    assert.equal(traversable.connect, "PermissionDenied");
    assert.equal(traversable.readToken, "PermissionDenied");
    assert.equal(traversable.listDir, "PermissionDenied");
    assert.equal(traversable.runReply, undefined);
  } finally {
    for (const [i, path] of opened.entries()) await Deno.chmod(path, modes[i]);
  }

  // Nothing ran, and the daemon still serves its owner.
  assert.equal(await exists(mark), false);
  assert.equal((await askStatus(daemon)).requests, 1);
  const r = result(
    await runAsAnsible(ECHO, { sandbox: box, moduleName: "mine.only.echo" }),
  );
  assert.equal(r.pid, daemon.pid);
});

Deno.test("a private directory that is not safe is refused: the task runs in-process, no daemon starts", async () => {
  const cases: {
    name: string;
    plant: (dir: string, box: Sandbox) => Promise<void>;
    reason: RegExp;
  }[] = [
    {
      name: "pre-created by another user (0700, owned by nobody)",
      plant: async (dir) => {
        await Deno.mkdir(dir, { mode: 0o700 });
        await Deno.chown(dir, NOBODY, NOBODY);
      },
      reason: new RegExp(`owned by uid ${NOBODY}, not by uid ${uid}`),
    },
    ...[0o777, 0o1777, 0o770, 0o755, 0o701].map((mode) => ({
      name: `mode ${mode.toString(8)}`,
      plant: async (dir: string) => {
        await Deno.mkdir(dir);
        await Deno.chmod(dir, mode);
      },
      reason: /is open to other users/,
    })),
    {
      name: "a symlink to a private directory",
      plant: async (dir: string, box: Sandbox) => {
        const elsewhere = join(box.dir, "elsewhere");
        await Deno.mkdir(elsewhere, { mode: 0o700 });
        await Deno.symlink(elsewhere, dir);
      },
      reason: /is not a plain directory/,
    },
    {
      name: "a plain file",
      plant: (dir: string) => Deno.writeTextFile(dir, "", { mode: 0o600 }),
      reason: /is not a plain directory/,
    },
    // Safe itself, but in a remote_tmp where others may rename it away and
    // put their own in its place after the checks.
    ...[0o777, 0o775, 0o757].map((mode) => ({
      name: `a safe directory in a remote_tmp of mode ${mode.toString(8)}`,
      plant: async (dir: string, box: Sandbox) => {
        await Deno.mkdir(dir, { mode: 0o700 });
        await Deno.chmod(box.remoteTmp, mode);
      },
      reason: /lets other users replace .*sticky if others may write to it/,
    })),
    {
      name: "a safe directory in a remote_tmp owned by another user",
      plant: async (dir: string, box: Sandbox) => {
        await Deno.mkdir(dir, { mode: 0o700 });
        await Deno.chown(box.remoteTmp, NOBODY, NOBODY);
      },
      reason: new RegExp(`lets other users replace .*owner uid ${NOBODY}`),
    },
  ];
  for (const { name, plant, reason } of cases) {
    if (name.includes("another user")) {
      if (skipUnless(ROOT_USER, `"${name}" needs root (chown)`)) continue;
      requireHere(ROOT_USER, `"${name}" needs root (chown)`);
    }
    // (the other cases run as any user: chmod of one's own directory)
    await using box = await sandbox();
    const dir = privateDirOf(box);
    await plant(dir, box);
    const outcome = await runAsAnsible(ECHO, {
      sandbox: box,
      args: { value: name },
    });
    const r = result(outcome);
    assert.equal(r.value, name, name);
    assert.equal(outcome.code, 0, name);
    const warning = String((r.warnings as string[] | undefined)?.[0]);
    assert.match(warning, /^Turbo mode could not be used/, name);
    assert.match(warning, reason, name);
    assert.deepEqual(await box.daemonPids(), [], name);
    // Nothing was written into the refused directory (or where it points).
    const target = (await Deno.lstat(dir)).isSymlink
      ? join(box.dir, "elsewhere")
      : dir;
    if ((await Deno.stat(target)).isDirectory) {
      const inside = [];
      for await (const entry of Deno.readDir(target)) inside.push(entry.name);
      assert.deepEqual(inside, [], name);
    }
  }
  // Control: a private directory under a world-writable sticky remote_tmp,
  // like /tmp, is fine: only its owner (or root) may rename it there.
  await using control = await sandbox();
  await Deno.chmod(control.remoteTmp, 0o1777);
  const r = result(await runAsAnsible(ECHO, { sandbox: control }));
  assert.equal(r.warnings, undefined);
  assert.equal((await control.daemonPids()).length, 1);
});

// ---------------------------------------------------------------------------
// 3. Only the module the client sent, verified by hash

Deno.test("the daemon refuses a module whose hash does not match, or a URL that is not a file", async () => {
  await using box = await sandbox();
  const daemon = await liveDaemon(box, { moduleName: "probe.target.echo" });
  const marker = join(box.dir, "probe-marker.txt");
  const source = `await Deno.writeTextFile(${
    JSON.stringify(marker)
  }, "imported\\n", { append: true });
export async function main() {
  await Deno.writeTextFile(${
    JSON.stringify(marker)
  }, "ran\\n", { append: true });
}
`;
  const probe = join(box.dir, "probe.ts");
  await Deno.writeTextFile(probe, source);
  const hash = await sha256Hex(encoder.encode(source));
  const wrongHash = await sha256Hex(encoder.encode(`${source}// changed\n`));
  let hits = 0;
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () => {
      hits++;
      return new Response(source, {
        headers: { "content-type": "application/typescript" },
      });
    },
  );
  try {
    const run = (url: string, moduleHash: string) =>
      converse(
        daemon.socket,
        runRequest(daemon.token, { url, hash: moduleHash }, box.dir),
      );
    const http = `http://127.0.0.1:${server.addr.port}/probe.ts`;
    const notFiles = [
      http,
      `https://127.0.0.1:${server.addr.port}/probe.ts`,
      `data:application/javascript,${encodeURIComponent(source)}`,
      `blob:${http}`,
      "npm:left-pad@1.3.0",
      "jsr:@std/path",
      "node:fs",
      probe,
      "./probe.ts",
      `FILE://${probe}`,
    ];
    for (const url of notFiles) {
      const replies = await run(url, hash);
      assert.deepEqual(
        replies,
        [{ type: "error", message: "Request module url must be a file: URL" }],
        url,
      );
    }
    // The right file with a hash that is not its content's.
    const mismatch = await run(`file://${probe}`, wrongHash);
    assert.equal(mismatch.length, 1);
    assert.equal(mismatch[0].type, "unsupported");
    assert.match(
      (mismatch[0] as { message: string }).message,
      /changed while the task was being sent/,
    );
    assert.equal(await exists(marker), false, "nothing was imported");
    assert.equal(hits, 0, "nothing was fetched");

    // Control: the same request with the right hash does run; so the
    // refusals above are the checks at work, not a broken request.
    const good = await handshake(
      daemon.socket,
      runRequest(daemon.token, { url: `file://${probe}`, hash }, box.dir),
    );
    assert.deepEqual(good, ["ready", "exit"]);
    assert.equal(await Deno.readTextFile(marker), "imported\nran\n");
    // And the daemon is still the same, serving tasks.
    const r = result(
      await runAsAnsible(ECHO, {
        sandbox: box,
        moduleName: "probe.target.echo",
      }),
    );
    assert.equal(r.pid, daemon.pid);
  } finally {
    await server.shutdown();
  }
});

Deno.test("the hash is verified even when the URL mentions deno-compile", async () => {
  // The daemon skips its hash check for compiled modules, recognised by
  // "/deno-compile-" anywhere in the URL; a URL of a plain script file can
  // carry that text in a directory name, a query or a fragment.
  await using box = await sandbox();
  const daemon = await liveDaemon(box, { moduleName: "compile.target.echo" });
  const dir = join(box.dir, "deno-compile-planted");
  await Deno.mkdir(dir);
  const marker = join(box.dir, "compile-marker.txt");
  const source = `export async function main() {
  await Deno.writeTextFile(${
    JSON.stringify(marker)
  }, "ran\\n", { append: true });
}
`;
  const planted = join(dir, "probe.ts");
  const plain = join(box.dir, "probe.ts");
  await Deno.writeTextFile(planted, source);
  await Deno.writeTextFile(plain, source);
  const outcomes: string[] = [];
  const urls = [
    `file://${planted}`,
    `file://${plain}?/deno-compile-x`,
    `file://${plain}#/deno-compile-x`,
  ];
  for (const [i, url] of urls.entries()) {
    // A different wrong hash each time: the daemon caches modules by hash.
    const wrongHash = await sha256Hex(encoder.encode(`not the source ${i}`));
    const replies = await handshake(
      daemon.socket,
      runRequest(daemon.token, { url, hash: wrongHash }, box.dir),
    );
    outcomes.push(`${url} -> ${replies.join(",")}`);
  }
  const ran = await exists(marker) ? await Deno.readTextFile(marker) : "";
  assert.equal(
    ran,
    "",
    `a module with a wrong hash ran:\n${outcomes.join("\n")}`,
  );
  for (const outcome of outcomes) assert.match(outcome, /-> unsupported$/);
});

// ---------------------------------------------------------------------------
// 4. Soak

Deno.test("soak: 1,000 tasks over 20 daemon groups and several TTL expiries; none lost or doubled, nothing left", async () => {
  await using box = await sandbox();
  const total = envNumber("HARDENING_SOAK_TASKS", 1000);
  const concurrency = envNumber("HARDENING_SOAK_CONCURRENCY", 6);
  const groups = 20;
  const waves = 5;
  const env = { ANSIBLE_TURBO_LOOKUP_TTL: "1" };
  const marks = join(box.dir, "marks");
  await Deno.mkdir(marks);
  const results: Record<string, unknown>[] = new Array(total);
  const failures: string[] = [];
  let fullExpiries = 0;
  let racyGaps = 0;
  const started = performance.now();
  for (let wave = 0; wave < waves; wave++) {
    const from = Math.floor((total * wave) / waves);
    const to = Math.floor((total * (wave + 1)) / waves);
    await pool(to - from, concurrency, async (k) => {
      const i = from + k;
      const outcome = await runAsAnsible(ECHO, {
        sandbox: box,
        env,
        moduleName: `soak${i % groups}.group.echo`,
        args: { value: i, mark_file: join(marks, String(i)) },
      });
      if (!outcome.result) {
        failures.push(`task ${i}: code ${outcome.code} ${outcome.stderr}`);
        return;
      }
      results[i] = outcome.result;
    });
    if (wave % 2 === 0 || wave === waves - 1) {
      // Every daemon goes idle and exits within its TTL, socket removed.
      await waitFor(
        `every daemon to expire after wave ${wave}`,
        async () => (await box.daemonPids()).length === 0,
        15_000,
      );
      assert.deepEqual(await filesOf(box, ".sock", ".token"), []);
      fullExpiries++;
    } else {
      // Come back right at the TTL: daemons exit while clients arrive.
      await sleep(1000);
      racyGaps++;
    }
  }
  const seconds = (performance.now() - started) / 1000;

  assert.deepEqual(failures, []);
  const byDaemon = new Map<number, number[]>();
  const groupOfDaemon = new Map<number, number>();
  let fallbacks = 0;
  const wrong: string[] = [];
  for (let i = 0; i < total; i++) {
    const r = results[i];
    if (r.value !== i || r.failed !== undefined) {
      wrong.push(`task ${i}: ${JSON.stringify(r).slice(0, 300)}`);
    }
    if (r.warnings !== undefined) fallbacks++;
    const pid = Number(r.pid);
    byDaemon.set(pid, [...(byDaemon.get(pid) ?? []), Number(r.counter)]);
    const group = groupOfDaemon.get(pid);
    if (group !== undefined && group !== i % groups) {
      wrong.push(`daemon ${pid} served groups ${group} and ${i % groups}`);
    }
    groupOfDaemon.set(pid, i % groups);
    // Ran exactly once, in the daemon that answered.
    const mark = await Deno.readTextFile(join(marks, String(i)));
    if (mark !== `${pid}\n`) {
      wrong.push(`task ${i} answered by ${pid}, marks ${JSON.stringify(mark)}`);
    }
  }
  // Each daemon's task counter went 1, 2, ... n: no task lost or doubled in it.
  for (const [pid, counters] of byDaemon) {
    const sorted = counters.sort((a, b) => a - b);
    const expected = Array.from({ length: sorted.length }, (_, i) => i + 1);
    if (JSON.stringify(sorted) !== JSON.stringify(expected)) {
      wrong.push(`daemon ${pid} counters ${sorted.join(",")}`);
    }
  }
  console.log(
    `soak: ${total} tasks in ${
      seconds.toFixed(1)
    } s (concurrency ${concurrency}), ${groups} groups, ${byDaemon.size} daemons started, ${fullExpiries} full TTL expiries + ${racyGaps} gaps right at the TTL, ${fallbacks} in-process fallbacks, ${wrong.length} lost/doubled/wrong`,
  );
  assert.deepEqual(wrong, []);
  assert.equal(fallbacks, 0);
  // Waves 0, 1 and 3 each began with no daemon at all.
  assert.ok(byDaemon.size >= groups * 3, `${byDaemon.size} daemons`);
  // Nothing left: no daemon process, no socket, no token.
  assert.deepEqual(await box.daemonPids(), []);
  assert.deepEqual(await filesOf(box, ".sock", ".token"), []);
});

// ---------------------------------------------------------------------------
// 5. The known limit: CPU work on the event loop

async function waitForLine(path: string, text: string): Promise<void> {
  await waitFor(`"${text}" in ${path}`, async () => {
    try {
      return (await Deno.readTextFile(path)).includes(text);
    } catch {
      return false;
    }
  });
}

/** The `started`/`ended` lines of the busy fixture's mark file. */
async function busyMarks(
  path: string,
): Promise<Record<string, { pid: number; at: number }>> {
  const marks: Record<string, { pid: number; at: number }> = {};
  for (const line of (await Deno.readTextFile(path)).trim().split("\n")) {
    const [what, pid, at] = line.split(" ");
    marks[what] = { pid: Number(pid), at: Number(at) };
  }
  return marks;
}

Deno.test("known limit: a module that blocks the event loop stalls other tasks, and its timeout cannot cut it short", async () => {
  await using box = await sandbox();
  const env = { ANSIBLE_TURBO_TASK_TIMEOUT: "1" };
  const moduleName = "cpu.block.busy";
  // Modules of one collection share a daemon.
  const daemon = await liveDaemon(box, { moduleName: "cpu.block.echo", env });
  const mark = join(box.dir, "busy.txt");
  const busy = runAsAnsible(BUSY, {
    sandbox: box,
    env,
    moduleName,
    args: { busy_ms: 3000, mark_file: mark },
  });
  await waitForLine(mark, "started");
  // A status request sent while the loop spins is answered only after it.
  const sentAt = Date.now();
  const status = await askStatus(daemon);
  const answeredAt = Date.now();
  const busyOutcome = result(await busy);
  const busyAnsweredAt = Date.now();
  await waitForLine(mark, "ended");
  const marks = await busyMarks(mark);
  console.log(
    `blocking 3 s loop (timeout 1 s): a status request sent ${
      sentAt - marks.started.at
    } ms into the loop was answered ${
      answeredAt - marks.ended.at
    } ms after it; the busy task's client got ${
      busyOutcome.failed
        ? `"${String(busyOutcome.msg).split(" (")[0]}"`
        : "its result"
    }`,
  );
  assert.equal(marks.started.pid, daemon.pid);
  assert.equal(status.pid, daemon.pid);
  assert.ok(
    sentAt < marks.ended.at,
    "the request was sent during the loop (the machine was too slow to show anything)",
  );
  assert.ok(answeredAt >= marks.ended.at, "answered during the loop");
  // The 1 s timeout is a timer on the same blocked loop: it cannot fire
  // during the block. The client hears nothing before the loop ends; then it
  // gets the timeout failure if the module awaits anything afterwards (this
  // one writes its mark file), or the real result if it finishes at once.
  assert.ok(busyAnsweredAt >= marks.ended.at);
  if (busyOutcome.failed) {
    assert.match(
      String(busyOutcome.msg),
      /^The module did not finish within 1 s/,
    );
  }
});

Deno.test("a CPU-bound module that yields is cut off by the timeout and stopped: its timers end with it", async () => {
  await using box = await sandbox();
  const env = { ANSIBLE_TURBO_TASK_TIMEOUT: "1" };
  const warm = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      env,
      moduleName: "cpu.yield.echo",
    }),
  );
  const mark = join(box.dir, "busy.txt");
  const busyMs = 5000;
  const busy = runAsAnsible(BUSY, {
    sandbox: box,
    env,
    moduleName: "cpu.yield.busy",
    args: { busy_ms: busyMs, yield_every_ms: 5, mark_file: mark },
  });
  await waitForLine(mark, "started");
  const other = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      env,
      moduleName: "cpu.yield.echo",
      args: { value: "served meanwhile" },
    }),
  );
  const cut = result(await busy);
  const cutAt = Date.now();
  const { started } = await busyMarks(mark);
  console.log(
    `yielding ${busyMs / 1000} s loop (timeout 1 s): the client failed ${
      cutAt - started.at
    } ms after the loop began`,
  );
  assert.equal(other.value, "served meanwhile");
  assert.equal(other.pid, warm.pid);
  assert.equal(cut.failed, true);
  assert.match(String(cut.msg), /^The module did not finish within 1 s/);
  assert.ok(cutAt < started.at + busyMs, "cut off before the loop's end");
  // Its process would be gone: the timer it yields to was cleared, so the
  // loop never resumes. Give it its whole run time and more to prove it.
  await waitFor(
    "the loop's own end to pass",
    () => Promise.resolve(Date.now() > started.at + busyMs + 2000),
    busyMs + 60_000,
  );
  assert.doesNotMatch(await Deno.readTextFile(mark), /ended/);
  assert.deepEqual(await box.daemonPids(), [warm.pid]);
});

Deno.test("a module that never yields: other tasks run in-process, and the watchdog ends the daemon", async () => {
  await using box = await sandbox();
  const env = { ANSIBLE_TURBO_TASK_TIMEOUT: "1" };
  const daemon = await liveDaemon(box, { moduleName: "cpu.hang.echo", env });
  const mark = join(box.dir, "busy.txt");
  const hung = runAsAnsible(BUSY, {
    sandbox: box,
    env,
    moduleName: "cpu.hang.busy",
    args: { busy_ms: -1, mark_file: mark },
  });
  await waitForLine(mark, "started");
  // A task the blocked daemon cannot take runs in its own process.
  const meanwhile = await runAsAnsible(ECHO, {
    sandbox: box,
    env: { ...env, ANSIBLE_TURBO_ACCEPT_TIMEOUT: "1" },
    moduleName: "cpu.hang.echo",
    args: { value: "in-process" },
  });
  const fallback = result(meanwhile);
  assert.equal(fallback.value, "in-process");
  assert.notEqual(fallback.pid, daemon.pid);
  assert.match(
    String((fallback.warnings as string[])[0]),
    /^Turbo mode could not be used, .*did not take the task within 1 s/,
  );
  // The watchdog ends the daemon (timeout 1 s plus its grace), and says why.
  const r = result(await hung);
  assert.equal(r.failed, true);
  assert.match(
    String(r.msg),
    /daemon stopped before the task finished.*event loop has been blocked/,
  );
  await waitFor(
    "the blocked daemon to be gone",
    async () => !(await box.daemonPids()).includes(daemon.pid),
    60_000,
  );
  assert.deepEqual(await filesOf(box, ".sock"), [], "its socket was removed");
  const next = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      env,
      moduleName: "cpu.hang.echo",
    }),
  );
  assert.notEqual(next.pid, daemon.pid);
  assert.equal(next.warnings, undefined);
});

Deno.test("a stopped daemon: a task it cannot take runs in-process, once, and the daemon never runs it later", async () => {
  await using box = await sandbox();
  const env = { ANSIBLE_TURBO_DEBUG: "1" };
  const daemon = await liveDaemon(box, { moduleName: "stopped.d.echo", env });
  const mark = join(box.dir, "ran.txt");
  // A module that stays on disk, so that the daemon could still run it.
  const probeMark = join(box.dir, "probe-ran.txt");
  const probe = join(box.dir, "probe.ts");
  const source = `export function main() { Deno.writeTextFileSync(${
    JSON.stringify(probeMark)
  }, "ran"); }\n`;
  await Deno.writeTextFile(probe, source);
  const request = runRequest(daemon.token, {
    url: `file://${probe}`,
    hash: await sha256Hex(encoder.encode(source)),
  }, box.dir);
  Deno.kill(daemon.pid, "SIGSTOP");
  let outcome: RunOutcome;
  try {
    // A client that offers a task and gives up, as a late client does.
    const conn = await Deno.connect({ transport: "unix", path: daemon.socket });
    await writeFrame(conn, request);
    conn.close();
    // And a real one, which runs its task in-process.
    outcome = await runAsAnsible(ECHO, {
      sandbox: box,
      env: { ...env, ANSIBLE_TURBO_ACCEPT_TIMEOUT: "1" },
      moduleName: "stopped.d.echo",
      args: { mark_file: mark },
    });
  } finally {
    Deno.kill(daemon.pid, "SIGCONT");
  }
  const r = result(outcome);
  assert.notEqual(r.pid, daemon.pid);
  assert.match(String((r.warnings as string[])[0]), /did not take the task/);
  // Woken up, the daemon finds the offer, answers it, hears nothing back.
  await waitForLine(daemon.log, "task not started");
  assert.equal(await exists(probeMark), false, "the abandoned task ran");
  assert.equal(await Deno.readTextFile(mark), `${r.pid}\n`, "ran once");
  const next = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      env,
      moduleName: "stopped.d.echo",
    }),
  );
  assert.equal(next.pid, daemon.pid, "the same daemon serves on");
  assert.equal(next.warnings, undefined);
  assert.equal(await exists(probeMark), false, "the abandoned task ran later");
});

// ---------------------------------------------------------------------------
// 6. Diagnostics keep secrets

async function secretDaemon(box: Sandbox, password: string) {
  const env = { ANSIBLE_TURBO_DEBUG: "1", ANSIBLE_TURBO_LOOKUP_TTL: "60" };
  const daemon = await liveDaemon(box, {
    moduleName: "secret.keeper.echo",
    env,
  });
  const run = (behave: string) =>
    runAsAnsible(SECRET, {
      sandbox: box,
      env,
      moduleName: "secret.keeper.secret",
      args: { password, behave },
    });
  return { daemon, run };
}

Deno.test("ANSIBLE_TURBO_DEBUG=1 logs every request, and no no_log value or token reaches the log or status", async () => {
  await using box = await sandbox();
  const password = `pw-${crypto.randomUUID()}`;
  const { daemon, run } = await secretDaemon(box, password);
  const behaviours = ["ok", "fail", "throw", "print", "ok"];
  for (const behave of behaviours) {
    const outcome = await run(behave);
    const r = result(outcome);
    // The result masks it as Ansible does (the console is the module's own).
    assert.ok(!JSON.stringify(r).includes(password), behave);
    if (behave === "fail" || behave === "throw") {
      assert.equal(r.failed, true, behave);
      assert.match(String(r.msg), /\*{8}/, behave);
    }
  }
  const status = await cli("status", box);
  assert.match(status, new RegExp(`^pid ${daemon.pid} .*requests 6 `));
  const log = await Deno.readTextFile(daemon.log);
  const perRequest = log.match(/task file:\S+ (ok|failed) in [\d.]+ ms/g) ?? [];
  assert.equal(perRequest.length, 1 + behaviours.length, log);
  assert.equal(
    perRequest.filter((line) => line.includes("AnsiballZ_secret.ts")).length,
    behaviours.length,
  );
  for (const [name, text] of [["log", log], ["status", status]]) {
    assert.ok(!text.includes(password), `the password is in the ${name}`);
    assert.ok(!text.includes(daemon.token), `the token is in the ${name}`);
  }
});

Deno.test("errors a module raises after its task ended keep no_log values out of the daemon log", async () => {
  await using box = await sandbox();
  const password = `pw-${crypto.randomUUID()}`;
  const { daemon, run } = await secretDaemon(box, password);
  for (const behave of ["late_reject", "late_throw"]) {
    const r = result(await run(behave));
    assert.equal(r.failed, undefined, behave);
    assert.ok(!JSON.stringify(r).includes(password), behave);
  }
  await sleep(200);
  const log = await Deno.readTextFile(daemon.log);
  // The daemon saw both and survived them...
  assert.match(log, /unhandled rejection/);
  assert.match(log, /uncaught error/);
  assert.equal((await askStatus(daemon)).pid, daemon.pid);
  // ...but what it logged about them must not carry the secret.
  const leaks = log.split("\n").filter((line) => line.includes(password));
  assert.deepEqual(leaks, [], "no_log value in the daemon log");
  assert.ok(!log.includes(daemon.token));
});

// ---------------------------------------------------------------------------
// Found on the way: timers longer than setTimeout's 2^31-1 ms

Deno.test("a TTL or task timeout beyond 24.8 days is not cut to zero by timer overflow", async () => {
  await using box = await sandbox();
  // 3,000,000 s is past setTimeout's limit (2,147,483,647 ms), where a
  // timer fires at once instead.
  const timeout = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      moduleName: "overflow.timeout.echo",
      args: { sleep_ms: 300 },
      env: { ANSIBLE_TURBO_TASK_TIMEOUT: "3000000" },
    }),
  );
  const ttl = result(
    await runAsAnsible(ECHO, {
      sandbox: box,
      moduleName: "overflow.ttl.echo",
      env: { ANSIBLE_TURBO_LOOKUP_TTL: "3000000" },
    }),
  );
  await sleep(500);
  const alive = (await box.daemonPids()).includes(Number(ttl.pid));
  const problems = [];
  if (timeout.failed) problems.push(`timeout: ${timeout.msg}`);
  if (!alive) problems.push("ttl: the daemon exited within 0.5 s of its task");
  assert.deepEqual(problems, []);
});
