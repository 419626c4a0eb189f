/**
 * Exact Bernoulli trials for many workers at once. Workers in cells [from, to) each succeed with
 * probability min(1, prob[cell] * scale). Instead of one draw per worker, the walk jumps between
 * candidates with geometric gaps at the largest probability pMax and accepts a candidate with
 * probability p/pMax (thinning; Devroye 1986, ch. VI.2), so a month costs about one log per
 * success rather than one draw per worker.
 */
import type { Uniform } from '../rng/create-stream.js';

/**
 * Adds each success to hitCount[cell] and lists each newly touched cell in `touched`.
 * Returns the number of touched cells. Counts are read, never changed; the caller applies hits.
 */
export function drawHits(
  rng: Uniform,
  counts: Int32Array,
  prob: Float64Array,
  scale: number,
  pMax: number,
  from: number,
  to: number,
  hitCount: Int32Array,
  touched: Int32Array,
): number {
  const top = Math.min(1, pMax * scale);
  if (!(top > 0)) return 0;
  const logMiss = top < 1 ? Math.log1p(-top) : 0;
  let nTouched = 0;
  let cell = from;
  let remaining = from < to ? counts[from]! : 0;
  for (;;) {
    let gap = top < 1 ? Math.floor(Math.log(1 - rng()) / logMiss) : 0;
    while (gap >= remaining) {
      gap -= remaining;
      cell++;
      if (cell >= to) return nTouched;
      remaining = counts[cell]!;
    }
    remaining -= gap + 1;
    const p = Math.min(1, prob[cell]! * scale);
    if (p >= top || rng() * top < p) {
      if (hitCount[cell] === 0) touched[nTouched++] = cell;
      hitCount[cell]!++;
    }
  }
}
