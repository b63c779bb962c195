/**
 * The module side of `mod.ts docs`: under the describe flag, `create()`
 * hands its options here, which prints them as one JSON line and ends the
 * process. Values JSON cannot carry (functions, bigints, non-finite
 * numbers) are written as tagged objects that {@linkcode parseDescription}
 * turns back.
 *
 * @module
 */

import { DESCRIBE_MARK } from "./_protocol.ts";

/** The tag of an encoded value's object. */
const TAG = "$ansibleTurbo";

/**
 * A function found in described options (a `type` callable, a fallback
 * strategy): only its name crosses the process boundary.
 *
 * @example
 * ```ts
 * import { DescribedFunction } from "./_describe.ts";
 * console.assert(new DescribedFunction("to_port").name === "to_port");
 * ```
 */
export class DescribedFunction {
  /** The function's name (empty for an anonymous one). */
  readonly name: string;

  /** Wraps a function's name. */
  constructor(name: string) {
    this.name = name;
  }
}

/**
 * The line `create()` prints under the describe flag: the mark, then the
 * options as JSON.
 *
 * @example
 * ```ts
 * import { describeOptions, parseDescription } from "./_describe.ts";
 * const line = describeOptions({ argumentSpec: { n: { type: "int", default: 2n ** 64n } } });
 * const back = parseDescription(line) as { argumentSpec: { n: { default: bigint } } };
 * console.assert(back.argumentSpec.n.default === 2n ** 64n);
 * ```
 */
export function describeOptions(options: object): string {
  return DESCRIBE_MARK + JSON.stringify(options, (_key, value: unknown) => {
    if (typeof value === "function") {
      return { [TAG]: "function", name: value.name };
    }
    if (typeof value === "bigint") {
      return { [TAG]: "bigint", digits: String(value) };
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      return { [TAG]: "number", text: String(value) };
    }
    return value;
  });
}

/**
 * Prints {@linkcode describeOptions}'s line and ends the process.
 *
 * @example
 * ```ts ignore
 * import { describeAndExit } from "./_describe.ts";
 * describeAndExit({ argumentSpec: {} });
 * ```
 */
export function describeAndExit(options: object): never {
  const bytes = new TextEncoder().encode(`\n${describeOptions(options)}\n`);
  let written = 0;
  while (written < bytes.length) {
    written += Deno.stdout.writeSync(bytes.subarray(written));
  }
  Deno.exit(0);
}

/**
 * Finds the options line in a described module's output (anything printed
 * before it is ignored) and decodes it, or returns `undefined` when there is
 * none.
 *
 * @example
 * ```ts
 * import { describeOptions, parseDescription } from "./_describe.ts";
 * const output = `junk\n${describeOptions({ supportsCheckMode: true })}\n`;
 * console.assert((parseDescription(output) as { supportsCheckMode: boolean }).supportsCheckMode);
 * ```
 */
export function parseDescription(output: string): unknown {
  const line = output.split("\n").findLast((l) => l.startsWith(DESCRIBE_MARK));
  if (line === undefined) return undefined;
  return JSON.parse(line.slice(DESCRIBE_MARK.length), (_key, value) => {
    if (typeof value !== "object" || value === null || !(TAG in value)) {
      return value;
    }
    switch (value[TAG]) {
      case "function":
        return new DescribedFunction(String(value.name));
      case "bigint":
        return BigInt(value.digits);
      case "number":
        return Number(value.text);
    }
    return value;
  });
}
