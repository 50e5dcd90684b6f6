/**
 * The benches' statistics: quantiles of measured times, and how far the median of a few
 * rounds can be trusted. The cold-start bench's ratio moved from 1.10× to 1.30× over nine runs
 * of one build in a day, and a build timed against itself in the same rounds gave 0.97×, so a
 * figure near its target is only read with the interval that says whether the target lies inside it.
 */

/** The q-quantile of `values` (0.5: the median), interpolated between the two nearest. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  return below + 1 < sorted.length ? sorted[below] + (sorted[below + 1] - sorted[below]) * (at - below) : sorted[below];
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** P(X ≤ k) for X ~ Binomial(n, ½): the chance that at most k of n rounds fall below the true median. */
function binomialHalfAtMost(n: number, k: number): number {
  let term = 0.5 ** n; // C(n, 0) / 2^n
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term = (term * (n - i)) / (i + 1);
  }
  return sum;
}

/** An interval that holds the true median with at least `confidence`, and that confidence. */
export interface MedianInterval {
  low: number;
  high: number;
  confidence: number;
}

/**
 * The distribution-free interval for the median of `values` (each round independent, no
 * shape assumed): from the k-th smallest to the k-th largest, k the largest for which the
 * true median lies outside with at most 1 − `confidence` (the binomial sign test). Nine
 * rounds give the 2nd to the 8th (96%), twenty the 6th to the 15th. Undefined below six
 * rounds, where even the smallest to the largest holds it with less than 95%.
 */
export function medianInterval(values: readonly number[], confidence = 0.95): MedianInterval | undefined {
  const n = values.length;
  const tail = (1 - confidence) / 2;
  let k = 0;
  while (k + 1 <= n - k && binomialHalfAtMost(n, k) <= tail) k++;
  if (k === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return { low: sorted[k - 1], high: sorted[n - k], confidence: 1 - 2 * binomialHalfAtMost(n, k - 1) };
}

/** mulberry32: a small generator of uniform draws in [0, 1) that gives the same draws for the same seed. */
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
 * `values` in a random order (Fisher–Yates, drawing from `random`): the cold-start bench's
 * pages take their turns in a new order each round, so that no page always runs after the
 * same one (in one fixed order a build timed against itself took 0.97×; shuffled, 0.99×).
 */
export function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
