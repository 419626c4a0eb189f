/**
 * Exact order statistics without a full sort: multi-quickselect (Hoare partitioning with a
 * median-of-three pivot) places the values of the requested ranks in their sorted positions,
 * recursing only into the parts that hold a requested rank; expected O(n log k) for k ranks.
 */

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/** Rearranges a so that a[r] is the r-th smallest value for every r in ranks[rLo..rHi] (ascending). */
function select(
  a: Float64Array,
  lo: number,
  hi: number,
  ranks: readonly number[],
  rLo: number,
  rHi: number,
): void {
  while (rLo <= rHi && hi > lo) {
    if (hi - lo < 16) {
      insertionSort(a, lo, hi);
      return;
    }
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot.
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot.
    let split = rLo;
    while (split <= rHi && ranks[split]! <= j) split++;
    let right = split;
    while (right <= rHi && ranks[right]! < i) right++;
    select(a, lo, j, ranks, rLo, split - 1);
    lo = i;
    rLo = right;
  }
}

/** Places the values of the given ascending ranks (0-based) at their sorted positions in `a`. */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  select(a, 0, a.length - 1, ranks, 0, ranks.length - 1);
}

/** Widest range of whole-number values counted in a histogram instead of selected. */
const MAX_COUNTED_RANGE = 1 << 16;

/**
 * Writes the order statistics of `values` at the given ascending ranks into `out` (out[r] = the r-th
 * smallest value; other entries are unspecified); `values` is not changed. Whole-number values over
 * a modest range (head counts, cases) are counted in a histogram, O(n + range); anything else is
 * copied and arranged by selectRanks. Both give exactly the values a full sort would.
 */
export function placeRanks(values: Float64Array, out: Float64Array, ranks: readonly number[]): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (whole && v !== Math.floor(v)) whole = false;
  }
  if (!whole || !(max - min < MAX_COUNTED_RANGE)) {
    out.set(values);
    selectRanks(out, ranks);
    return;
  }
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) counts[values[i]! - min]!++;
  let below = 0;
  let bin = 0;
  for (const rank of ranks) {
    while (below + counts[bin]! <= rank) below += counts[bin++]!;
    out[rank] = min + bin;
  }
}
