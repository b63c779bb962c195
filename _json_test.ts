/**
 * Tests of JSON with Python's numbers: what `parseJson` keeps, and that
 * `stringifyJson` prints numbers exactly as Python's `json.dumps` does
 * (checked against the real python3).
 */
import assert from "node:assert/strict";
import {
  IntegralFloat,
  parseJson,
  pyNumberText,
  stringifyJson,
} from "./_json.ts";
import { skipUnless } from "./_test_harness.ts";

const f = (n: number) => new IntegralFloat(n);

Deno.test("parseJson keeps what each number said", () => {
  assert.deepEqual(
    parseJson(
      '{"i": 4, "f": 4.0, "e": 1e3, "g": 1.5, "z": -0.0, "s": 9007199254740991, "b": 9007199254740993, "n": -18446744073709551617, "inf": 1e400}',
    ),
    {
      i: 4,
      f: f(4),
      e: f(1000),
      g: 1.5,
      z: f(-0),
      s: 9007199254740991,
      b: 9007199254740993n,
      n: -18446744073709551617n,
      inf: Infinity,
    },
  );
  // Bare scalars, and an integer of 400 digits (a double would be Infinity).
  assert.deepEqual(parseJson(" 4.0 "), f(4));
  assert.equal(parseJson("12345678901234567890"), 12345678901234567890n);
  assert.deepEqual(parseJson(`[1${"0".repeat(400)}]`), [10n ** 400n]);
});

Deno.test("parseJson reads numbers the same on its fast and its slow path", () => {
  // No number needs its source: JSON.parse alone.
  const fast = '{"a": [1, 2.5, -3], "v": "2.14.18", "b": {"c": 0.75}}';
  // The same plus a string that looks like an integral float after a colon.
  const slow = fast.replace('"2.14.18"', '"x: 4.0"');
  assert.deepEqual(parseJson(fast), JSON.parse(fast));
  assert.deepEqual(parseJson(slow), JSON.parse(slow));
});

Deno.test("parseJson keeps JSON.parse's rules otherwise", () => {
  const parsed = parseJson('{"__proto__": {"x": 4.0}, "a": 1.0}') as Record<
    string,
    unknown
  >;
  assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
  assert.deepEqual(Object.keys(parsed), ["__proto__", "a"]);
  assert.throws(() => parseJson("{1.0}"), SyntaxError);
  assert.throws(() => parseJson('{"a": 1.0'), SyntaxError);
  assert.throws(() => parseJson("NaN"), SyntaxError);
});

Deno.test("stringifyJson prints like JSON.stringify, numbers aside", () => {
  const when = new Date("2020-05-05T00:00:00Z");
  assert.equal(
    stringifyJson({ a: "é\n", b: [true, null], when, skip: undefined }),
    JSON.stringify({ a: "é\n", b: [true, null], when }),
  );
  assert.equal(stringifyJson(undefined), "null");
  assert.equal(stringifyJson([NaN, Infinity]), "[null,null]");
  const cycle: Record<string, unknown> = { n: 1n };
  cycle.self = cycle;
  assert.throws(() => stringifyJson(cycle), TypeError);
});

Deno.test("pyNumberText is Python's str() of each kind of number", () => {
  assert.equal(pyNumberText(7), "7");
  assert.equal(pyNumberText(-0), "0");
  assert.equal(pyNumberText(f(-0)), "-0.0");
  assert.equal(pyNumberText(1e-5), "1e-05");
  assert.equal(pyNumberText(0.0001), "0.0001");
  assert.equal(pyNumberText(2 ** 64), "1.8446744073709552e+19");
  assert.equal(pyNumberText(2n ** 64n), "18446744073709551616");
  assert.equal(pyNumberText(NaN), "nan");
  assert.equal(pyNumberText("7"), undefined);
  assert.equal(pyNumberText(true), undefined);
});

/** Every kind of number whose JSON text Python and we must agree on. */
const NUMBERS = [
  "0",
  "-0.0",
  "4",
  "4.0",
  "1e3",
  "1.5",
  "0.1",
  "123456789012345",
  "1e16",
  "1.5e300",
  "1e21",
  "9007199254740991",
  "9007199254740992",
  "-9007199254740993",
  "18446744073709551617",
  `1${"0".repeat(30)}`,
  "2.5e-3",
];

Deno.test({
  name: "stringifyJson(parseJson(x)) prints numbers as Python's json.dumps",
  ignore: skipUnless(
    await pythonAvailable(),
    "no /usr/bin/python3 to compare with json.dumps",
  ),
  async fn() {
    const text = `[${NUMBERS.join(",")}]`;
    const python = await runPython(
      "import json, sys; print(json.dumps(json.loads(sys.argv[1]), separators=(',', ':')))",
      [text],
    );
    assert.equal(stringifyJson(parseJson(text)), python);
    // A plain double beyond 2^53 prints as the float it is, as Python does.
    const floats = await runPython(
      "print(json.dumps([float(2**64), -float(2**60), float(2**53)], separators=(',', ':')))",
    );
    assert.equal(stringifyJson([2 ** 64, -(2 ** 60), 2 ** 53]), floats);
  },
});

async function runPython(code: string, args: string[] = []): Promise<string> {
  const out = await new Deno.Command("/usr/bin/python3", {
    args: ["-c", `import json\n${code}`, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  return new TextDecoder().decode(out.stdout).trim();
}

async function pythonAvailable(): Promise<boolean> {
  try {
    await Deno.stat("/usr/bin/python3");
    return true;
  } catch {
    if (Deno.env.get("CI") === "true") return true; // fail, never skip, in CI
    console.warn("skipping the python json comparison: no /usr/bin/python3");
    return false;
  }
}
