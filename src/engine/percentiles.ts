/**
 * Exact sample percentiles: linear interpolation between order statistics (Hyndman & Fan 1996
 * type 7, the default of R and NumPy): the p-quantile of sorted x[0..n-1] is x[h] + (h - floor h)
 * (x[floor h + 1] - x[floor h]) with h = (n - 1) p.
 */
export const PERCENTILES = [5, 10, 25, 50, 75, 90, 95] as const;
export type PercentileKey = `p${(typeof PERCENTILES)[number]}`;

/** The 0-based ranks the reported percentiles read (both neighbours of each interpolation point). */
export function percentileRanks(n: number): number[] {
  const ranks = new Set<number>();
  for (const p of PERCENTILES) {
    const h = (n - 1) * (p / 100);
    ranks.add(Math.floor(h));
    ranks.add(Math.min(Math.floor(h) + 1, n - 1));
  }
  return [...ranks].sort((a, b) => a - b);
}

/**
 * Quantile p in [0, 1] of an array whose entries at the ranks it reads are in sorted position
 * (a sorted array, or one arranged by selectRanks with percentileRanks).
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Mean by summing in index order, so the result is the same however the values were produced. */
export function meanOf(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length > 0 ? sum / values.length : Number.NaN;
}
