// Deterministic goodness-of-fit helpers for the sampler tests: chi-square with pooled tail bins, a
// Kolmogorov-Smirnov test on probability-integral-transformed values, and moment checks at 4 standard errors.
// Not a test file itself (vitest only collects *.test.ts).
import { expect } from 'vitest';
import { logGamma, regularizedIncompleteGamma } from '../../src/rng/special-functions.js';

/** Smallest expected count per bin after pooling (Cochran's rule of thumb). */
const MIN_EXPECTED = 5;
/** Tests pass when p > 0.001: with fixed seeds and sample sizes a pass is permanent, never a flake. */
export const MIN_P_VALUE = 0.001;

export type ChiSquare = { statistic: number; df: number; pValue: number; bins: number };

/** Chi-square test of observed against expected counts; adjacent bins pooled until each expects >= 5. */
export function chiSquareTest(observed: readonly number[], expected: readonly number[]): ChiSquare {
  const pooled: { o: number; e: number }[] = [];
  let o = 0;
  let e = 0;
  for (let i = 0; i < expected.length; i++) {
    o += observed[i] ?? 0;
    e += expected[i] ?? 0;
    if (e >= MIN_EXPECTED) {
      pooled.push({ o, e });
      o = 0;
      e = 0;
    }
  }
  const last = pooled.at(-1);
  if (!last) throw new Error('chiSquareTest: fewer than 5 expected in total');
  last.o += o;
  last.e += e;
  const statistic = pooled.reduce((sum, bin) => sum + (bin.o - bin.e) ** 2 / bin.e, 0);
  const df = pooled.length - 1;
  return {
    statistic,
    df,
    pValue: 1 - regularizedIncompleteGamma(df / 2, statistic / 2),
    bins: pooled.length,
  };
}

/** Chi-square test of integer samples against a pmf on 0, 1, 2, ...; the last bin takes the upper tail. */
export function discreteChiSquare(samples: readonly number[], pmf: (k: number) => number): ChiSquare {
  const maxK = samples.reduce((max, x) => Math.max(max, x), 0);
  const observed = new Array<number>(maxK + 1).fill(0);
  for (const x of samples) observed[x] = (observed[x] ?? 0) + 1;
  const expected: number[] = [];
  let cumulative = 0;
  for (let k = 0; k < maxK; k++) {
    const pk = pmf(k);
    cumulative += pk;
    expected.push(samples.length * pk);
  }
  expected.push(samples.length * Math.max(0, 1 - cumulative));
  return chiSquareTest(observed, expected);
}

/**
 * Chi-square on 50 equal-width bins of u = F(x) for continuous samples x (the probability integral
 * transform: u is Uniform(0, 1) exactly when the x follow F).
 */
export function uniformChiSquare(u: readonly number[]): ChiSquare {
  const bins = 50;
  const observed = new Array<number>(bins).fill(0);
  for (const ui of u) {
    const i = Math.min(bins - 1, Math.floor(ui * bins));
    observed[i] = (observed[i] ?? 0) + 1;
  }
  return chiSquareTest(observed, new Array<number>(bins).fill(u.length / bins));
}

/**
 * Kolmogorov-Smirnov p-value for u = F(x) against Uniform(0, 1), with Stephens' approximation to the
 * distribution of D as in Numerical Recipes (3rd ed.) 14.3.3.
 */
export function kolmogorovSmirnovPValue(u: readonly number[]): number {
  const sorted = [...u].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((ui, i) => {
    d = Math.max(d, (i + 1) / n - ui, ui - i / n);
  });
  const lambda = (Math.sqrt(n) + 0.12 + 0.11 / Math.sqrt(n)) * d;
  let sum = 0;
  for (let j = 1; j <= 100; j++) sum += 2 * (-1) ** (j - 1) * Math.exp(-2 * j * j * lambda * lambda);
  return Math.min(1, Math.max(0, sum));
}

export type Moments = { mean: number; variance: number; fourthCentral: number };

/**
 * Mean, variance and fourth central moment of a pmf on 0..maxK (mass beyond maxK negligible), normalised
 * by the summed mass so that round-off in log-gamma for large n does not bias them.
 */
export function pmfMoments(pmf: (k: number) => number, maxK: number): Moments {
  let mass = 0;
  let mean = 0;
  for (let k = 0; k <= maxK; k++) {
    mass += pmf(k);
    mean += k * pmf(k);
  }
  mean /= mass;
  let variance = 0;
  let fourthCentral = 0;
  for (let k = 0; k <= maxK; k++) {
    const d2 = (k - mean) ** 2;
    variance += d2 * pmf(k);
    fourthCentral += d2 * d2 * pmf(k);
  }
  return { mean, variance: variance / mass, fourthCentral: fourthCentral / mass };
}

/** Sample mean within 4 SE of theory (SE = sqrt(var / N)); sample variance within 4 SE (sqrt((mu4 - var^2) / N)). */
export function expectMomentsNear(samples: readonly number[], theory: Moments): void {
  const n = samples.length;
  const mean = samples.reduce((s, x) => s + x, 0) / n;
  const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  expect(Math.abs(mean - theory.mean)).toBeLessThan(4 * Math.sqrt(theory.variance / n));
  const varianceSe = Math.sqrt((theory.fourthCentral - theory.variance ** 2) / n);
  expect(Math.abs(variance - theory.variance)).toBeLessThan(4 * varianceSe);
}

export function binomialPmf(n: number, p: number): (k: number) => number {
  const logC = logGamma(n + 1);
  return (k) =>
    k < 0 || k > n
      ? 0
      : Math.exp(logC - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

export function poissonPmf(lambda: number): (k: number) => number {
  return (k) => Math.exp(-lambda + k * Math.log(lambda) - logGamma(k + 1));
}

/** NB2 with mean m and dispersion r: success probability r / (r + m), r failures. */
export function negativeBinomialPmf(m: number, r: number): (k: number) => number {
  const logP = Math.log(r / (r + m));
  const log1mP = Math.log(m / (r + m));
  return (k) => Math.exp(logGamma(k + r) - logGamma(r) - logGamma(k + 1) + r * logP + k * log1mP);
}

/** Draws n values from a sampler; an explicit loop so the samples are a plain number[]. */
export function drawMany(n: number, draw: () => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(draw());
  return out;
}
