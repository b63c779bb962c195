/** Unit tests of the framing shared by client and daemon. */
import assert from "node:assert/strict";
import { encodeFrame, FrameError, FrameReader } from "./_protocol.ts";

/** A reader that hands out `bytes` in chunks of `chunk` bytes. */
function chunked(bytes: Uint8Array, chunk: number) {
  let offset = 0;
  return {
    read(buffer: Uint8Array): Promise<number | null> {
      if (offset >= bytes.length) return Promise.resolve(null);
      const n = Math.min(chunk, buffer.length, bytes.length - offset);
      buffer.set(bytes.subarray(offset, offset + n));
      offset += n;
      return Promise.resolve(n);
    },
  };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

Deno.test("frames round-trip, one byte at a time or all at once", async () => {
  const messages = [{ a: 1 }, { type: "accepted" }, { text: "é".repeat(1000) }];
  const bytes = concat(...messages.map((m) => encodeFrame(m)));
  for (const chunk of [1, 7, bytes.length]) {
    const reader = new FrameReader(chunked(bytes, chunk));
    for (const m of messages) assert.deepEqual(await reader.read(), m);
    assert.equal(await reader.read(), null);
  }
});

Deno.test("a frame larger than the read buffer arrives whole", async () => {
  const big = { data: "y".repeat(3 * 1024 * 1024) };
  const reader = new FrameReader(chunked(encodeFrame(big), 65_536));
  assert.deepEqual(await reader.read(), big);
});

Deno.test("a length beyond the limit is refused before reading the body", async () => {
  const header = new Uint8Array(4);
  new DataView(header.buffer).setUint32(0, 0xffff_fff0);
  const reader = new FrameReader(chunked(header, 4), { maxBytes: 1024 });
  await assert.rejects(() => reader.read(), FrameError);
});

Deno.test("a truncated frame and invalid JSON are errors", async () => {
  const frame = encodeFrame({ hello: "world" });
  await assert.rejects(
    () => new FrameReader(chunked(frame.subarray(0, 8), 3)).read(),
    /closed in the middle of a frame/,
  );
  const bad = new Uint8Array([0, 0, 0, 3, 0x7b, 0x7b, 0x7b]);
  await assert.rejects(
    () => new FrameReader(chunked(bad, 7)).read(),
    /valid JSON/,
  );
});
