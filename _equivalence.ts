/**
 * The plain-versus-turbo equivalence suite's entry point. Turbo is an
 * optimisation: a module must never behave differently under it. Each case
 * of the corpus (`testdata/equivalence/cases.ts`) runs under two ways of
 * running modules, and what Ansible would make of each run (the registered
 * task result and the controller's warnings, see
 * `testdata/equivalence/ansible_view.ts`) must be the same, exit code
 * included. The ways are parameters, so a later way (zero-spawn) runs the
 * same corpus.
 *
 * Compared, run by run: the view, the exit code (when the way has one), a
 * case's probe (what the run left behind) and whether the run had to be
 * killed. Set aside: `pid`, the result paths a case marks volatile and the
 * patterns it scrubs (timings), the turbo fallback warning, and in
 * `exception` everything below the frame where the error was thrown (the
 * rest of a stack is the runner's own).
 *
 * @module
 */

import { CORPUS } from "./testdata/equivalence/cases.ts";
import type {
  Case,
  Observation,
  Way,
  WayContext,
} from "./testdata/equivalence/types.ts";
import {
  baseEnvironment,
  FALLBACK_WARNINGS,
  plainWay,
  runsOf,
  turboWay,
} from "./testdata/equivalence/ways.ts";

export { CORPUS, plainWay, turboWay };
export type { Case, Observation, Way, WayContext };

/**
 * How a case came out:
 * - `equal`: the same in both ways;
 * - `diverges`: differs, unexpectedly (a failure);
 * - `expected-divergence`: differs, and the case is marked `diverges`;
 * - `now-equal`: marked `diverges`, but equal now (remove the mark);
 * - `known-limit`: differs by design, as its `knownLimit` says;
 * - `limit-lost`: marked `knownLimit`, but equal (the documented limit is
 *   no longer true: a failure).
 */
export type CaseStatus =
  | "equal"
  | "diverges"
  | "expected-divergence"
  | "now-equal"
  | "known-limit"
  | "limit-lost";

/** The outcome of one case. */
export interface CaseReport {
  /** The case's name. */
  name: string;
  status: CaseStatus;
  /** The case's `diverges` or `knownLimit` text. */
  reason?: string;
  /** One line per difference, `run N: path: reference | candidate`. */
  diffs: string[];
  /** The ways' notes on the runs (a fallback, for instance). */
  notes: string[];
}

/** What {@linkcode checkEquivalence} found. */
export interface Report {
  reference: string;
  candidate: string;
  cases: CaseReport[];
  /** Runs compared (cases with `runs` count several). */
  runs: number;
  /** Wall time of each way, in milliseconds. */
  ms: Record<string, number>;
}

/** Options of {@linkcode checkEquivalence}. */
export interface CheckOptions {
  /** The cases to run (default: the whole corpus). */
  cases?: readonly Case[];
  /** Settings for the ways (default: {@linkcode baseEnvironment}, 120 s per run). */
  context?: Partial<WayContext>;
  /** Run the two ways at the same time (default true). */
  parallel?: boolean;
}

/**
 * Runs every case under both ways and compares, run by run, what Ansible
 * would see.
 *
 * @param reference The way that defines the expected behaviour (plain).
 * @param candidate The way under test (turbo, zero-spawn).
 * @param options Cases, context, parallelism.
 * @returns One report line per case.
 * @throws {Error} When a way does not report every run exactly once.
 *
 * @example
 * ```ts ignore
 * import {
 *   checkEquivalence,
 *   failures,
 *   formatReport,
 *   plainWay,
 *   turboWay,
 * } from "./_equivalence.ts";
 * const report = await checkEquivalence(plainWay(), turboWay());
 * console.log(formatReport(report));
 * if (failures(report).length) throw new Error("turbo is not plain");
 * ```
 */
export async function checkEquivalence(
  reference: Way,
  candidate: Way,
  options: CheckOptions = {},
): Promise<Report> {
  const cases = options.cases ?? CORPUS;
  checkNames(cases);
  const context: WayContext = {
    baseEnv: baseEnvironment(),
    timeoutMs: 120_000,
    ...options.context,
  };
  const ms: Record<string, number> = {};
  const timed = async (way: Way) => {
    const started = performance.now();
    const seen = await way.run(cases, context);
    ms[way.name] = Math.round(performance.now() - started);
    return byRun(seen, cases, way.name);
  };
  const [left, right] = options.parallel === false
    ? [await timed(reference), await timed(candidate)]
    : await Promise.all([timed(reference), timed(candidate)]);
  const ways = {
    names: [reference.name, candidate.name] as const,
    seen: [left, right] as const,
  };
  const reports = cases.map((c) => compareCase(c, ways));
  return {
    reference: reference.name,
    candidate: candidate.name,
    cases: reports,
    runs: cases.reduce((n, c) => n + runsOf(c).length, 0),
    ms,
  };
}

/** Compares a case's runs under the two ways. */
function compareCase(
  c: Case,
  ways: {
    names: readonly [string, string];
    seen: readonly [Map<string, Observation>, Map<string, Observation>];
  },
): CaseReport {
  const diffs: string[] = [];
  const notes: string[] = [];
  for (const run of runsOf(c).keys()) {
    const [a, b] = ways.seen.map((seen) => seen.get(key(c.name, run))!);
    for (const [i, o] of [a, b].entries()) {
      for (const note of o.notes ?? []) {
        notes.push(`run ${run}: ${ways.names[i]}: ${note}`);
      }
    }
    for (const d of differences(comparable(a, c), comparable(b, c))) {
      diffs.push(`run ${run}: ${d}`);
    }
  }
  return { name: c.name, ...statusOf(c, diffs.length > 0), diffs, notes };
}

/**
 * The cases that fail the suite: unexpected divergences, and known limits
 * that no longer hold.
 *
 * @param report A report of {@linkcode checkEquivalence}.
 * @returns The failing cases.
 *
 * @example
 * ```ts ignore
 * import { failures } from "./_equivalence.ts";
 * console.assert(failures(report).length === 0);
 * ```
 */
export function failures(report: Report): CaseReport[] {
  return report.cases.filter((c) =>
    c.status === "diverges" || c.status === "limit-lost"
  );
}

/**
 * The report as text: counts, then each case that is not plainly equal,
 * with its differences (a few lines each).
 *
 * @param report A report of {@linkcode checkEquivalence}.
 * @param options How many difference lines to show per case (default 6).
 * @returns Printable text.
 *
 * @example
 * ```ts ignore
 * import { formatReport } from "./_equivalence.ts";
 * console.log(formatReport(report, { lines: 3 }));
 * ```
 */
export function formatReport(
  report: Report,
  options: { lines?: number } = {},
): string {
  const lines = options.lines ?? 6;
  const counts = new Map<CaseStatus, number>();
  for (const c of report.cases) {
    counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  }
  const out = [
    `${report.reference} vs ${report.candidate}: ${report.cases.length} cases, ${report.runs} runs (${
      Object.entries(report.ms).map(([w, ms]) => `${w} ${ms} ms`).join(", ")
    })`,
    `  ${[...counts].map(([s, n]) => `${s}: ${n}`).join(", ")}`,
  ];
  for (const c of report.cases) {
    if (c.status === "equal" && c.notes.length === 0) continue;
    const label = STATUS_LABELS[c.status];
    out.push(`${label} ${c.name}${c.reason ? ` (${c.reason})` : ""}`);
    for (const d of c.diffs.slice(0, lines)) out.push(`    ${d}`);
    if (c.diffs.length > lines) {
      out.push(`    … ${c.diffs.length - lines} more`);
    }
    for (const note of c.notes) out.push(`    note: ${note}`);
  }
  return out.join("\n");
}

const STATUS_LABELS: Record<CaseStatus, string> = {
  "equal": "EQUAL",
  "diverges": "FAIL: DIVERGES",
  "expected-divergence": "expected divergence:",
  "now-equal": "WARNING: now equal, remove the diverges mark:",
  "known-limit": "known limit:",
  "limit-lost": "FAIL: known limit no longer differs:",
};

function statusOf(
  c: Case,
  differs: boolean,
): { status: CaseStatus; reason?: string } {
  if (c.knownLimit !== undefined) {
    return {
      status: differs ? "known-limit" : "limit-lost",
      reason: c.knownLimit,
    };
  }
  if (c.diverges !== undefined) {
    return {
      status: differs ? "expected-divergence" : "now-equal",
      reason: c.diverges,
    };
  }
  return { status: differs ? "diverges" : "equal" };
}

function checkNames(cases: readonly Case[]): void {
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`Two cases are named ${c.name}`);
    if (c.diverges !== undefined && c.knownLimit !== undefined) {
      throw new Error(`Case ${c.name} cannot be both diverges and knownLimit`);
    }
    names.add(c.name);
  }
}

function key(name: string, run: number): string {
  return `${name}\u0000${run}`;
}

function byRun(
  seen: Observation[],
  cases: readonly Case[],
  way: string,
): Map<string, Observation> {
  const map = new Map<string, Observation>();
  for (const o of seen) {
    const k = key(o.case, o.run);
    if (map.has(k)) {
      throw new Error(`Way ${way} reported run ${o.run} of ${o.case} twice`);
    }
    map.set(k, o);
  }
  for (const c of cases) {
    for (const run of runsOf(c).keys()) {
      if (!map.has(key(c.name, run))) {
        throw new Error(`Way ${way} did not report run ${run} of ${c.name}`);
      }
    }
  }
  return map;
}

/**
 * What is compared of an observation: the view less what is set aside,
 * the exit code (when the way has one), the probe, and whether the run
 * was killed.
 *
 * @param o What a way saw of one run.
 * @param c The case it ran.
 * @returns A plain value to compare.
 *
 * @example
 * ```ts
 * import { comparable } from "./_equivalence.ts";
 * const o = { case: "x", run: 0, view: { result: { pid: 1, a: 2 }, warnings: [] } };
 * const seen = comparable(o, { name: "x", module: "m.ts" }) as { result: object };
 * console.assert(JSON.stringify(seen.result) === '{"a":2}');
 * ```
 */
export function comparable(o: Observation, c: Case): Record<string, unknown> {
  const scrub = (value: unknown): unknown => scrubStrings(value, c.scrub ?? []);
  const result = scrub(structuredClone(o.view.result)) as Record<
    string,
    unknown
  >;
  delete result.pid;
  for (const path of c.volatile ?? []) deletePath(result, path.split("."));
  if (Array.isArray(result.warnings)) {
    result.warnings = result.warnings.filter((w) =>
      !(typeof w === "string" && FALLBACK_WARNINGS.some((f) => w.startsWith(f)))
    );
    if ((result.warnings as unknown[]).length === 0) delete result.warnings;
  }
  if (typeof result.exception === "string") {
    result.exception = exceptionHead(result.exception);
  }
  const out: Record<string, unknown> = {
    result,
    warnings: scrub(o.view.warnings),
    timedOut: o.timedOut ?? false,
  };
  if (o.rc !== undefined) out.rc = o.rc;
  if (o.probe !== undefined) out.probe = scrub(o.probe);
  return out;
}

/**
 * An error's text up to and including the frame where it was thrown: what
 * tells a reader what failed and where. The frames below belong to
 * whatever called the module's `main()`.
 *
 * @param stack A stack as `Error.stack` prints it.
 * @returns The message lines and the first frame.
 *
 * @example
 * ```ts
 * import { exceptionHead } from "./_equivalence.ts";
 * const head = exceptionHead("Error: x\n    at main (file:///m.ts:1:7)\n    at run (file:///d.ts:9:1)");
 * console.assert(head === "Error: x\n    at main (file:///m.ts:1:7)");
 * ```
 */
export function exceptionHead(stack: string): string {
  const lines = stack.split("\n");
  const frame = lines.findIndex((line) => /^\s+at /.test(line));
  return frame < 0 ? stack : lines.slice(0, frame + 1).join("\n");
}

function deletePath(value: unknown, path: string[]): void {
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if (path.length === 1) delete record[path[0]];
  else deletePath(record[path[0]], path.slice(1));
}

function scrubStrings(value: unknown, patterns: readonly RegExp[]): unknown {
  if (patterns.length === 0) return value;
  if (typeof value === "string") {
    return patterns.reduce((s, p) => s.replace(p, "<volatile>"), value);
  }
  if (Array.isArray(value)) return value.map((v) => scrubStrings(v, patterns));
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      record[k] = scrubStrings(record[k], patterns);
    }
  }
  return value;
}

/**
 * The differences between two plain values, one line per differing path:
 * `path: left | right` (values shortened).
 *
 * @param left The reference's value.
 * @param right The candidate's value.
 * @param options Where the values sit (`path`), for the lines' names.
 * @returns The differing paths; empty when equal.
 *
 * @example
 * ```ts
 * import { differences } from "./_equivalence.ts";
 * const found = differences({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
 * console.assert(found.length === 1 && found[0].startsWith("b[1]:"));
 * ```
 */
export function differences(
  left: unknown,
  right: unknown,
  options: { path?: string } = {},
): string[] {
  const path = options.path ?? "";
  if (Object.is(left, right)) return [];
  const out: string[] = [];
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(...differences(left[i], right[i], { path: `${path}[${i}]` }));
    }
    return out;
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const k of [...keys].sort()) {
      const sub = path ? `${path}.${k}` : k;
      out.push(...differences(left[k], right[k], { path: sub }));
    }
    return out;
  }
  return [`${path || "(value)"}: ${show(left)} | ${show(right)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (typeof value === "number" && !Number.isFinite(value)) {
    return String(value);
  }
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
