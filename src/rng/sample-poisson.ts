/**
 * Poisson counts: the number of events in a period when they arrive independently at a constant mean rate
 * (e.g. referrals in a month). Exact samplers, never a normal approximation.
 */
import type { Uniform } from './create-stream.js';
import { logGamma } from './special-functions.js';

/** From this mean on, PTRS's constant expected cost beats inversion's O(lambda) search. */
const PTRS_MIN_MEAN = 10;
/** Inversion restarts past this count: P(X > 100) < 1e-60 for lambda < 10, so it only catches round-off. */
const INVERSION_MAX_COUNT = 100;

/**
 * One Poisson(lambda) draw, a non-negative integer. Invariant: lambda is finite and >= 0; lambda = 0
 * returns 0 without drawing. Inversion by sequential search from 0 for lambda < 10, otherwise PTRS
 * (W. Hoermann, "The transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12 (1993) 39-45). Allocation-free.
 */
export function samplePoisson(rng: Uniform, lambda: number): number {
  if (!(lambda >= 0 && lambda < Number.POSITIVE_INFINITY)) {
    throw new Error(`samplePoisson: lambda must be finite and >= 0, got ${lambda}`);
  }
  if (lambda === 0) return 0;
  return lambda < PTRS_MIN_MEAN ? poissonInversion(rng, lambda) : poissonPtrs(rng, lambda);
}

function poissonInversion(rng: Uniform, lambda: number): number {
  const f0 = Math.exp(-lambda);
  for (;;) {
    let u = rng();
    let x = 0;
    let f = f0;
    while (u > f) {
      u -= f;
      x += 1;
      if (x > INVERSION_MAX_COUNT) break;
      f *= lambda / x;
    }
    if (x <= INVERSION_MAX_COUNT) return x;
  }
}

/** PTRS with the constants of Hoermann (1993), Table 1 and algorithm PTRS. */
function poissonPtrs(rng: Uniform, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k; // squeeze: inside the centre of the hat
    if (k < 0 || (us < 0.013 && v > us)) continue;
    // Exact test: log(v * invAlpha / (a / us^2 + b)) <= log pmf(k) + lambda.
    if (
      Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <=
      -lambda + k * logLambda - logGamma(k + 1)
    ) {
      return k;
    }
  }
}
