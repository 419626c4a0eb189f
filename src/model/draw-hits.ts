/**
 * Exact Bernoulli trials for many workers at once. Every worker in the listed blocks of cells
 * succeeds with probability min(1, prob[cell] * scale). Instead of one draw per worker, the walk
 * jumps between candidates with geometric gaps at the largest probability pMax and accepts a
 * candidate with probability p/pMax (thinning; Devroye 1986, ch. VI.2), so a month costs about one
 * log per success rather than one draw per worker.
 */
import type { Uniform } from '../rng/create-stream.js';
import { TENURES } from './cell-layout.js';

/**
 * Adds each success to hitCount[cell] and lists each newly touched cell in `touched`; returns the
 * number of touched cells. `blocks` lists block indices (route x senior), each TENURES cells long.
 * Counts are read, never changed; the caller applies the hits.
 */
export function drawHits(
  rng: Uniform,
  counts: Int32Array,
  blockHeads: Int32Array,
  prob: Float64Array,
  scale: number,
  pMax: number,
  blocks: Int32Array,
  hitCount: Int32Array,
  touched: Int32Array,
): number {
  const top = Math.min(1, pMax * scale);
  if (!(top > 0) || blocks.length === 0) return 0;
  const logMiss = top < 1 ? Math.log1p(-top) : 0;
  let nTouched = 0;
  let b = 0;
  // Whole blocks are skipped by their head count; within a block the walk goes cell by cell.
  let gap = top < 1 ? Math.floor(Math.log(1 - rng()) / logMiss) : 0;
  for (;;) {
    while (gap >= blockHeads[blocks[b]!]!) {
      gap -= blockHeads[blocks[b]!]!;
      b++;
      if (b === blocks.length) return nTouched;
    }
    let cell = blocks[b]! * TENURES;
    const end = cell + TENURES;
    let remaining = counts[cell]!;
    let left = blockHeads[blocks[b]!]!;
    for (;;) {
      while (gap >= remaining) {
        gap -= remaining;
        left -= remaining;
        cell++;
        remaining = cell < end ? counts[cell]! : 0;
      }
      remaining -= gap + 1;
      left -= gap + 1;
      const p = Math.min(1, prob[cell]! * scale);
      if (p >= top || rng() * top < p) {
        if (hitCount[cell] === 0) touched[nTouched++] = cell;
        hitCount[cell]!++;
      }
      gap = top < 1 ? Math.floor(Math.log(1 - rng()) / logMiss) : 0;
      if (gap >= left) {
        gap -= left;
        b++;
        if (b === blocks.length) return nTouched;
        break;
      }
    }
  }
}
