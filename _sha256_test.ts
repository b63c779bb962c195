/** The pure SHA-256 agrees with Web Crypto and with published HMAC vectors. */
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { hmacSha256Hex, sha256 } from "./_sha256.ts";

Deno.test("sha256 matches Web Crypto for lengths around every block edge", async () => {
  for (
    const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 100_000]
  ) {
    const data = Uint8Array.from(
      { length },
      (_, i) => (i * 7919 + length) & 0xff,
    );
    const expected = new Uint8Array(
      await crypto.subtle.digest("SHA-256", data),
    );
    assert.deepEqual(sha256(data), expected, `length ${length}`);
  }
});

Deno.test("hmacSha256Hex matches node:crypto for short, long and non-ASCII input", () => {
  for (
    const [key, text] of [
      ["key", "The quick brown fox jumps over the lazy dog"],
      ["k".repeat(100), "é☃".repeat(500)],
      ["", ""],
    ]
  ) {
    const expected = createHmac("sha256", key).update(text).digest("hex");
    assert.equal(hmacSha256Hex(new TextEncoder().encode(key), text), expected);
  }
});
