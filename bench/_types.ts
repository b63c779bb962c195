/**
 * The shapes the benchmark's cases produce and its reports read.
 *
 * @module
 */

import type { Summary } from "./_stats.ts";
import type { Workspace } from "./_harness.ts";

/** How a case did against the target. */
export type Status = "PASS" | "MISS" | "REF" | "SKIP" | "ERROR";

/** A target of the issue, and how the measured figure compares. */
export interface Target {
  /** The target as the issue words it, e.g. "≤ 1.2 × floor". */
  text: string;
  /** The figure compared with `limit`: a ratio, or the measured value itself. */
  actual: number;
  /** The limit `actual` must respect. */
  limit: number;
  /** `actual <= limit` or `actual >= limit` passes. */
  compare: "<=" | ">=";
  /** How `actual` is shown, e.g. "1.34 × floor". */
  shown: string;
}

/** One row of the results: a case of the table. */
export interface CaseResult {
  /** Stable identifier (`warm_turbo`). */
  id: string;
  /** Display name (`warm turbo`). */
  name: string;
  /** What was measured, in a sentence. */
  what: string;
  /** Headline figure (median unless said otherwise); null when skipped. */
  value: number | null;
  unit: string;
  status: Status;
  target?: Target;
  /** Summary of the samples behind the headline figure. */
  summary?: Summary;
  /** A short remark shown in the table. */
  note?: string;
  /** Everything else measured, for results.json and the chart. */
  details?: Record<string, unknown>;
}

/** What a case gets to run with. */
export interface CaseContext {
  ws: Workspace;
  quick: boolean;
  random: () => number;
  log: (message: string) => void;
}

/**
 * Compares `actual` with `limit` and says PASS or MISS.
 *
 * @example
 * ```ts
 * import { judge } from "./_types.ts";
 * console.assert(judge({ text: "", actual: 1.1, limit: 1.2, compare: "<=", shown: "" }) === "PASS");
 * ```
 */
export function judge(target: Target): Status {
  if (!Number.isFinite(target.actual)) return "MISS";
  const ok = target.compare === "<="
    ? target.actual <= target.limit
    : target.actual >= target.limit;
  return ok ? "PASS" : "MISS";
}

/**
 * The rows of cases that could not run, each skipped for one reason.
 *
 * @param rows The rows' ids and names.
 * @param note Why they were skipped.
 * @returns One `SKIP` row each.
 *
 * @example
 * ```ts
 * import { skippedRows } from "./_types.ts";
 * const [row] = skippedRows([["ssh", "SSH, turbo"]], "no sshd");
 * console.assert(row.status === "SKIP" && row.note === "no sshd");
 * ```
 */
export function skippedRows(
  rows: readonly [string, string][],
  note: string,
): CaseResult[] {
  return rows.map(([id, name]) => ({
    id,
    name,
    what: "skipped",
    value: null,
    unit: "ms",
    status: "SKIP" as const,
    note,
  }));
}
