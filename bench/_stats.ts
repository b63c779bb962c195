/**
 * Small statistics for the benchmark: medians and quantiles of noisy
 * samples, and a seeded shuffle so that interleaving orders are random but
 * reproducible.
 *
 * @module
 */

/** Summary of one set of samples. */
export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  /** 10th percentile. */
  p10: number;
  /** 90th percentile. */
  p90: number;
  min: number;
  max: number;
}

/**
 * The `q` quantile (0..1) of `values`, linearly interpolated.
 *
 * @example
 * ```ts
 * import { quantile } from "./_stats.ts";
 * console.assert(quantile([1, 2, 3, 4], 0.5) === 2.5);
 * ```
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/**
 * The median of `values` (NaN when there are none).
 *
 * @example
 * ```ts
 * import { median } from "./_stats.ts";
 * console.assert(median([5, 1, 3]) === 3);
 * ```
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/**
 * Count, median, 10th/90th percentiles, min and max of `values`.
 *
 * @example
 * ```ts
 * import { summarize } from "./_stats.ts";
 * const s = summarize([3, 1, 2]);
 * console.assert(s.n === 3 && s.median === 2 && s.min === 1 && s.max === 3);
 * ```
 */
export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: median(values),
    p10: quantile(values, 0.1),
    p90: quantile(values, 0.9),
    min: values.length ? Math.min(...values) : NaN,
    max: values.length ? Math.max(...values) : NaN,
  };
}

/**
 * A deterministic pseudo-random generator (mulberry32) returning numbers in
 * [0, 1).
 *
 * @example
 * ```ts
 * import { seededRandom } from "./_stats.ts";
 * const a = seededRandom(7), b = seededRandom(7);
 * console.assert(a() === b());
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A shuffled copy of `items` (Fisher-Yates with `random`).
 *
 * @example
 * ```ts
 * import { seededRandom, shuffled } from "./_stats.ts";
 * const order = shuffled(["a", "b", "c"], seededRandom(1));
 * console.assert(order.length === 3 && order.includes("b"));
 * ```
 */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
