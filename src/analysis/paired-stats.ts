/**
 * Summaries of per-replication values (paired differences, outcomes): mean and exact P10 / P50 /
 * P90 (Hyndman & Fan type 7, as the engine reports), and the share of replications on the better
 * side of zero.
 */
import { selectRanks } from '../engine/order-statistics.js';
import { meanOf, quantileSorted } from '../engine/percentiles.js';
import type { Direction } from './metric-direction.js';

export interface Spread {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

const SPREAD_PS = [0.1, 0.5, 0.9] as const;

/** Mean and P10/P50/P90 of `values`; `scratch` (same length) is overwritten. */
export function spreadOf(values: Float64Array, scratch = new Float64Array(values.length)): Spread {
  const n = values.length;
  scratch.set(values);
  const ranks = new Set<number>();
  for (const p of SPREAD_PS) {
    const h = (n - 1) * p;
    ranks.add(Math.floor(h));
    ranks.add(Math.min(Math.floor(h) + 1, n - 1));
  }
  selectRanks(
    scratch,
    [...ranks].sort((a, b) => a - b),
  );
  return {
    mean: meanOf(values),
    p10: quantileSorted(scratch, 0.1),
    p50: quantileSorted(scratch, 0.5),
    p90: quantileSorted(scratch, 0.9),
  };
}

/** Share of differences strictly on the better side of zero (ties count as not better). */
export function shareBetter(diff: Float64Array, direction: Direction): number {
  let better = 0;
  for (let i = 0; i < diff.length; i++) {
    if (direction === 'lower' ? diff[i]! < 0 : diff[i]! > 0) better++;
  }
  return diff.length > 0 ? better / diff.length : Number.NaN;
}

/** out[i] = b[i] - a[i] (option minus baseline, replication by replication). */
export function pairedDifference(a: Float64Array, b: Float64Array, out = new Float64Array(a.length)) {
  if (a.length !== b.length) throw new Error('pairedDifference: runs differ between the two buffers');
  for (let i = 0; i < a.length; i++) out[i] = b[i]! - a[i]!;
  return out;
}

/** Standard error of the mean of `values` (sample standard deviation / sqrt n). */
export function standardError(values: Float64Array): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const m = meanOf(values);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - m) ** 2;
  return Math.sqrt(ss / (n - 1) / n);
}
