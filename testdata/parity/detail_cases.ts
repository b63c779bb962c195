/**
 * The parity details of issue 12, as hand-written cases: numbers as JSON
 * says them (`4.0` is a float, integers beyond 2^53 keep every digit),
 * numeric deprecation versions, documentation fields in a spec, and
 * `_ansible_ignore_unknown_opts` (the `newerController` cases, checked
 * against ansible-core 2.19, which honours it; 2.14 does not know it).
 *
 * Numbers are written as `parseJson` reads them: `f(4)` is the JSON `4.0`,
 * a `bigint` an integer of any size. Every case goes through JSON on both
 * sides, so Python gets exactly these numbers.
 *
 * @module
 */

import { IntegralFloat } from "../../_json.ts";
import type { ParityCase } from "./case.ts";

/** The JSON number `n.0`. */
function f(n: number): IntegralFloat {
  return new IntegralFloat(n);
}

const TWO_64 = 2n ** 64n;

/**
 * The issue-12 cases; `cases.ts` adds those for 2.14 to the hand-written
 * ones.
 *
 * @example
 * ```ts
 * import { DETAIL_CASES } from "./detail_cases.ts";
 * console.assert(DETAIL_CASES.length > 10);
 * ```
 */
export const DETAIL_CASES: readonly ParityCase[] = [
  // --- integral floats ---------------------------------------------------
  {
    name: "int refuses an integral float, as 2.14 does",
    spec: { a: { type: "int" } },
    args: { a: f(4) },
  },
  {
    name: "elements int refuses an integral float",
    spec: { ports: { type: "list", elements: "int" } },
    args: { ports: [1, f(2), "3"] },
  },
  {
    name: "an integral float keeps its type for every other type",
    spec: {
      s: { type: "str" },
      l: { type: "list" },
      r: { type: "raw" },
      fl: { type: "float" },
      fls: { type: "list", elements: "float" },
      b: { type: "bool" },
      p: { type: "path" },
      d: { type: "dict" },
      by: { type: "bytes" },
      untyped: {},
    },
    args: {
      s: f(4),
      l: f(2),
      r: [f(4), f(-0), f(1e16), f(1e300), 1.5, 1e-7],
      fl: f(3),
      fls: [f(1), 2, "3"],
      b: f(1),
      p: f(5),
      d: { k: f(1), n: [f(0)] },
      by: f(4),
      untyped: f(7),
    },
  },
  {
    name: "bool refuses an integral float other than 0.0 and 1.0",
    spec: { a: { type: "bool" }, b: { type: "bool" } },
    args: { a: f(4), b: f(0) },
  },
  {
    name: "jsonarg, dict and int name the float they refuse",
    spec: {
      j: { type: "jsonarg" },
      d: { type: "dict" },
      n: { type: "int" },
    },
    args: { j: f(2), d: f(3), n: f(-0) },
  },
  {
    name: "choices compare an integral float equal to an int",
    spec: {
      n: { type: "raw", choices: [1, 2] },
      m: { type: "raw", choices: [f(3), 4] },
    },
    args: { n: f(2), m: 3 },
  },
  {
    name: "choices print an integral float as Python does",
    spec: { n: { choices: [1, 2] } },
    args: { n: f(2) },
  },
  {
    name: "jsonarg prints integral floats and big ints as json.dumps does",
    spec: { a: { type: "jsonarg" } },
    args: { a: { x: f(4), y: TWO_64, z: [f(-0), 1e-7, f(1e16)] } },
  },
  {
    name: "dict strings keep number types, from JSON and Python literals",
    spec: { a: { type: "dict" }, b: { type: "dict" } },
    args: {
      a: '{"x": 4.0, "y": 18446744073709551617, "z": 1e3}',
      b: "{'x': 4.0, 'y': 18446744073709551617, 'z': 0x1ffffffffffffffff, 'w': -2.0, 'v': -0x10}",
    },
  },
  // --- integers beyond 2^53 ----------------------------------------------
  {
    name: "big ints keep every digit through every type",
    spec: {
      a: { type: "int" },
      b: { type: "int" },
      c: { type: "str" },
      d: { type: "float" },
      e: { type: "list" },
      r: { type: "raw" },
      p: { type: "path" },
      neg: { type: "int" },
    },
    args: {
      a: TWO_64 + 1n,
      b: "18446744073709551617",
      c: -(2n ** 70n),
      d: TWO_64 + 1n,
      e: TWO_64,
      r: { x: [2n ** 80n, 9007199254740993n] },
      p: TWO_64,
      neg: " -1_000_000_000_000_000_000_000 ",
    },
  },
  {
    name: "big ints in error messages",
    spec: {
      a: { type: "bool" },
      b: { type: "dict" },
      c: { type: "jsonarg" },
      d: { type: "list", elements: "int" },
    },
    args: {
      a: TWO_64,
      b: TWO_64,
      c: TWO_64,
      d: ["1", "18446744073709551616x"],
    },
  },
  {
    name: "choices compare big ints exactly",
    spec: {
      n: { type: "int", choices: [TWO_64, 5] },
      m: { type: "int", choices: [TWO_64, 5] },
    },
    args: { n: "18446744073709551616", m: TWO_64 + 1n },
  },
  {
    name: "required_if compares and prints a big int",
    spec: { n: { type: "int" }, reason: {} },
    args: { n: "18446744073709551616" },
    rules: { requiredIf: [["n", TWO_64, ["reason"]]] },
  },
  {
    name: "bytes and bits beyond 2^53 are exact ints",
    spec: {
      a: { type: "bytes" },
      b: { type: "bytes" },
      c: { type: "bits" },
      d: { type: "bytes" },
    },
    args: { a: "1Y", b: "3E", c: "1Zb", d: TWO_64 + 1n },
  },
  // --- printed results ---------------------------------------------------
  {
    name: "result: integral floats and big ints print as Python prints them",
    spec: { r: { type: "raw" }, n: { type: "int" }, s: {} },
    args: { r: [f(4), TWO_64], n: "18446744073709551617", s: f(1e16) },
    result: {
      echo: { f: f(2), big: -(2n ** 100n), small: 1.25, tiny: 1e-7 },
      list: [f(0), f(-0), 9007199254740993n],
    },
  },
  {
    name: "result: no_log big ints and integral floats are scrubbed",
    spec: {
      token: { type: "raw", no_log: true },
      pin: { type: "raw", no_log: true },
      other: {},
    },
    args: { token: TWO_64 + 1n, pin: f(1234), other: "x" },
    result: {
      echo: TWO_64 + 1n,
      msg: "token 18446744073709551617 pin 1234.0",
      pin_again: f(1234),
      pin_as_int: 1234,
      bigger: 10n * (TWO_64 + 1n),
    },
  },
  {
    name: "result: a failed int option shows the integral float in invocation",
    spec: { n: { type: "int" }, big: { type: "int" } },
    args: { n: f(8), big: TWO_64 },
  },
  // --- deprecation versions ----------------------------------------------
  {
    name: "result: numeric deprecation versions stay numbers",
    spec: {
      a: { removed_in_version: f(1) },
      b: { removed_in_version: 2 },
      c: { aliases: ["cc"], deprecated_aliases: [{ name: "cc", version: 3 }] },
      d: { removed_in_version: 2.5, removed_from_collection: "acme.tools" },
      e: {
        type: "dict",
        options: { x: { removed_in_version: f(4) } },
      },
    },
    args: { a: 1, b: 1, cc: 1, d: 1, e: { x: 1 } },
  },
  // --- documentation fields in a spec --------------------------------------
  {
    name: "documentation fields in a spec are ignored",
    spec: {
      name: {
        type: "str",
        description: "The name.",
        version_added: "1.2.0",
      },
      conf: {
        type: "dict",
        description: ["First line.", "Second line."],
        version_added: f(2),
        version_added_collection: "acme.tools",
        notes: ["A note."],
        seealso: [{ module: "acme.tools.other" }],
        suboptions: { x: { description: "X.", type: "int" } },
        options: { x: { type: "int", description: "X.", version_added: 3 } },
      },
    },
    args: { name: "n", conf: { x: "3" } },
  },
  {
    name: "documentation fields add no supported parameter",
    spec: {
      name: { description: "The name.", version_added: "1.2.0" },
      conf: {
        type: "dict",
        suboptions: { x: { description: "X." } },
        options: { y: { description: "Y.", notes: "n" } },
      },
    },
    args: { name: "n", description: "d", conf: { y: 1 } },
  },
  // --- _ansible_ignore_unknown_opts (2.17 and later) -----------------------
  {
    name: "ignore_unknown_opts: unknown options are no error",
    newerController: true,
    spec: { a: { type: "str" } },
    args: { a: "x", zz: 1, _ansible_ignore_unknown_opts: true },
  },
  {
    name: "ignore_unknown_opts: unknown nested options are no error",
    newerController: true,
    spec: { conf: { type: "dict", options: { x: { type: "int" } } } },
    args: { conf: { x: "1", y: 2 }, _ansible_ignore_unknown_opts: "yes" },
  },
  {
    name: "ignore_unknown_opts: another error still fails",
    newerController: true,
    spec: { a: { required: true } },
    args: { zz: 1, _ansible_ignore_unknown_opts: true },
  },
  {
    name: "ignore_unknown_opts: false keeps them an error",
    newerController: true,
    spec: { a: {} },
    args: { a: "x", zz: 1, _ansible_ignore_unknown_opts: false },
  },
  {
    name: "ignore_unknown_opts: an unknown password-like option warns",
    newerController: true,
    spec: { a: {} },
    args: { password: "p", _ansible_ignore_unknown_opts: true },
  },
  {
    name: "ignore_unknown_opts: an invalid value fails first",
    newerController: true,
    spec: { a: {} },
    args: { zz: 1, _ansible_ignore_unknown_opts: "maybe" },
    skipParams: true,
  },
];
