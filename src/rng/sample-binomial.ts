/**
 * Binomial counts: how many of n independent trials, each succeeding with probability p, succeed (e.g. how
 * many of n social workers leave this month). Exact samplers, never a normal approximation.
 */
import type { Uniform } from './create-stream.js';

/** Below this n * min(p, 1 - p), sequential inversion beats BTPE's setup cost. */
const INVERSION_MAX_MEAN = 10;

/**
 * One Binomial(n, p) draw, an integer in [0, n]. Invariants: n is a non-negative safe integer, p in
 * [0, 1]. n = 0, p = 0 and p = 1 return without drawing. With r = min(p, 1 - p) (sampling n - X when
 * p > 0.5): inversion by sequential search when n * r < 10, otherwise BTPE (Kachitvichyanukul & Schmeiser,
 * "Binomial random variate generation", CACM 31 (1988) 216-222). Allocation-free.
 */
export function sampleBinomial(rng: Uniform, n: number, p: number): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(`sampleBinomial: n must be a non-negative integer, got ${n}`);
  }
  if (!(p >= 0 && p <= 1)) throw new Error(`sampleBinomial: p must be in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  const flipped = p > 0.5;
  const r = flipped ? 1 - p : p; // exact for p in (0.5, 1) by Sterbenz's lemma
  const y = n * r < INVERSION_MAX_MEAN ? binomialInversion(rng, n, r) : binomialBtpe(rng, n, r);
  return flipped ? n - y : y;
}

/**
 * Sequential search from 0 with f(x) = f(x - 1) * ((n + 1) r / q / x - r / q). A search that passes
 * n r + 10 sqrt(n r q + 1) (probability below 1e-20, or float round-off in the running sum) restarts.
 */
function binomialInversion(rng: Uniform, n: number, r: number): number {
  const q = 1 - r;
  const s = r / q;
  const a = (n + 1) * s;
  const f0 = q ** n; // >= e^-20 here because n r < 10 and r <= 0.5
  const bound = Math.min(n, n * r + 10 * Math.sqrt(n * r * q + 1));
  for (;;) {
    let u = rng();
    let x = 0;
    let f = f0;
    while (u > f) {
      u -= f;
      x += 1;
      if (x > bound) break;
      f *= a / x - s;
    }
    if (x <= bound) return x;
  }
}

/**
 * BTPE for r <= 0.5 and n r >= 10: a triangle, two parallelograms and two exponential tails dominate the
 * pmf, with squeezes before the exact test. Step numbers refer to the paper. The final Stirling test uses
 * the corrected signs and the 13860 coefficient (the paper adds all four terms; see numpy PR #31238).
 */
function binomialBtpe(rng: Uniform, n: number, r: number): number {
  // Step 0: setup, recomputed per call so no mutable state is shared.
  const q = 1 - r;
  const nrq = n * r * q;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(nrq) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  const al = (fm - xl) / (fm - xl * r);
  const laml = al * (1 + al / 2);
  const ar = (xr - fm) / (xr * q);
  const lamr = ar * (1 + ar / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  for (;;) {
    const u = rng() * p4;
    let v = rng();
    let y: number;
    if (u <= p1) {
      // Step 1: triangular region, accepted at once.
      return Math.floor(xm - p1 * v + u);
    }
    if (u <= p2) {
      // Step 2: parallelograms.
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      // Step 3: left exponential tail.
      if (v === 0) continue;
      y = Math.floor(xl + Math.log(v) / laml);
      if (y < 0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step 4: right exponential tail.
      if (v === 0) continue;
      y = Math.floor(xr - Math.log(v) / lamr);
      if (y > n) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (k <= 20 || k >= nrq / 2 - 1) {
      // Step 5.1: f(y) / f(m) by the pmf recurrence.
      const s = r / q;
      const a = s * (n + 1);
      let f = 1;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) f *= a / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) f /= a / i - s;
      }
      if (v <= f) return y;
      continue;
    }
    // Step 5.2: squeeze on log(f(y) / f(m)).
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 1 / 6) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const logV = Math.log(v);
    if (logV < t - rho) return y;
    if (logV > t + rho) continue;
    // Step 5.3: log(f(y) / f(m)) by Stirling's formula.
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const logRatio =
      xm * Math.log(f1 / x1) +
      (n - m + 0.5) * Math.log(z / w) +
      (y - m) * Math.log((w * r) / (x1 * q)) +
      stirlingTail(f1) +
      stirlingTail(z) -
      stirlingTail(x1) -
      stirlingTail(w);
    if (logV <= logRatio) return y;
  }
}

/** ln Gamma(x) minus its Stirling approximation: 1/(12x) - 1/(360x^3) + 1/(1260x^5) - 1/(1680x^7) + 1/(1188x^9). */
function stirlingTail(x: number): number {
  const x2 = x * x;
  return (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
}
