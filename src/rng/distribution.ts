/**
 * Uncertain scenario parameters: any numeric input may be a distribution instead of a number, sampled once
 * per replication by inverse CDF from `uniformFor`, so the same u gives the same quantile in every scenario.
 */
import { normalCdf, normalQuantile } from './normal-cdf.js';
import { inverseRegularizedIncompleteBeta } from './special-functions.js';

export type Distribution =
  | { dist: 'fixed'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number; min?: number | undefined; max?: number | undefined } // truncated to [min,max] when given
  | { dist: 'beta'; alpha: number; beta: number }
  | { dist: 'lognormal'; median: number; sigma: number }; // sigma = sd of log

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * The inverse CDF of `d` at u in [0, 1] (u = 0 and u = 1 give the ends of the support, which may be
 * infinite), non-decreasing in u. Accurate to about 1e-15 relative (beta: Newton until a step is below
 * 1e-12 of the distance to the nearer end of [0, 1]).
 * Formulas: uniform min + u (max - min); triangular by inverting its piecewise-quadratic CDF; normal
 * mean + sd Phi^-1(u), truncated by mapping u into [Phi(alpha), Phi(beta)]; beta by inverting the
 * regularized incomplete beta; lognormal median * exp(sigma Phi^-1(u)).
 */
export function quantile(d: Distribution, u: number): number {
  if (!(u >= 0 && u <= 1)) throw new Error(`quantile: u must be in [0, 1], got ${u}`);
  assertDistribution(d);
  switch (d.dist) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return Math.min(d.max, d.min + u * (d.max - d.min));
    case 'triangular': {
      const range = d.max - d.min;
      if (range === 0) return d.min;
      if (u * range < d.mode - d.min) return d.min + Math.sqrt(u * range * (d.mode - d.min));
      return Math.max(d.min, d.max - Math.sqrt((1 - u) * range * (d.max - d.mode)));
    }
    case 'normal': {
      const lo = d.min ?? Number.NEGATIVE_INFINITY;
      const hi = d.max ?? Number.POSITIVE_INFINITY;
      if (d.sd === 0 || lo === hi) return Math.min(hi, Math.max(lo, d.mean));
      const alpha = (lo - d.mean) / d.sd;
      const beta = (hi - d.mean) / d.sd;
      // Work in the lower tail, where Phi carries full relative precision.
      const z =
        alpha > 0
          ? -truncatedStandardQuantile(-beta, -alpha, 1 - u)
          : truncatedStandardQuantile(alpha, beta, u);
      return Math.min(hi, Math.max(lo, d.mean + d.sd * z));
    }
    case 'beta':
      return inverseRegularizedIncompleteBeta(u, d.alpha, d.beta);
    case 'lognormal':
      return d.sigma === 0 ? d.median : d.median * Math.exp(d.sigma * normalQuantile(u));
  }
}

/**
 * The expectation of `d`. Normal truncated to [alpha, beta] in standard units: mean + sd (phi(alpha) -
 * phi(beta)) / (Phi(beta) - Phi(alpha)) (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions
 * vol. 1, 13.10); lognormal median * exp(sigma^2 / 2); beta alpha / (alpha + beta).
 */
export function mean(d: Distribution): number {
  assertDistribution(d);
  switch (d.dist) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'normal': {
      const lo = d.min ?? Number.NEGATIVE_INFINITY;
      const hi = d.max ?? Number.POSITIVE_INFINITY;
      if (d.sd === 0 || lo === hi) return Math.min(hi, Math.max(lo, d.mean));
      const alpha = (lo - d.mean) / d.sd;
      const beta = (hi - d.mean) / d.sd;
      const z = alpha > 0 ? -truncatedStandardMean(-beta, -alpha) : truncatedStandardMean(alpha, beta);
      return Math.min(hi, Math.max(lo, d.mean + d.sd * z));
    }
    case 'beta':
      return d.alpha / (d.alpha + d.beta);
    case 'lognormal':
      return d.median * Math.exp((d.sigma * d.sigma) / 2);
  }
}

/** The closed interval the values of `d` lie in; ends may be infinite (normal without min/max, lognormal). */
export function support(d: Distribution): [number, number] {
  assertDistribution(d);
  return bounds(d);
}

/** support() without the validity check, for validators that report invalid parameters themselves. */
export function bounds(d: Distribution): [number, number] {
  switch (d.dist) {
    case 'fixed':
      return [d.value, d.value];
    case 'uniform':
    case 'triangular':
      return [d.min, d.max];
    case 'normal':
      return [d.min ?? Number.NEGATIVE_INFINITY, d.max ?? Number.POSITIVE_INFINITY];
    case 'beta':
      return [0, 1];
    case 'lognormal':
      return [0, Number.POSITIVE_INFINITY];
  }
}

/**
 * Quantile at u of the standard normal truncated to [a, b], for a <= 0 (the caller reflects otherwise).
 * When Phi(b) underflows (b < -37.5) the far tail is used: density proportional to exp(|b| (z - b)) on
 * [a, b], relative error O(1 / b^2) in the distance from b.
 */
function truncatedStandardQuantile(a: number, b: number, u: number): number {
  const fa = normalCdf(a);
  const mass = normalCdf(b) - fa;
  if (mass > 0) return Math.min(b, Math.max(a, normalQuantile(fa + u * mass)));
  const rate = -b;
  const ea = Math.exp(rate * (a - b));
  return Math.max(a, b + Math.log(ea + u * (1 - ea)) / rate);
}

/** Mean of the standard normal truncated to [a, b], a <= 0; the same far-tail form as the quantile. */
function truncatedStandardMean(a: number, b: number): number {
  const mass = normalCdf(b) - normalCdf(a);
  if (mass > 0) return (density(a) - density(b)) / mass;
  const rate = -b;
  const logEa = rate * (a - b); // -Infinity when a = -Infinity
  const ea = Math.exp(logEa);
  const meanLogW = ea === 0 ? -1 : (ea - 1 - ea * logEa) / (1 - ea);
  return b + meanLogW / rate;
}

function density(z: number): number {
  return Number.isFinite(z) ? INV_SQRT_2PI * Math.exp(-0.5 * z * z) : 0;
}

/** Parameters come validated from the scenario schema; a violation here is a bug, so it throws. */
function assertDistribution(d: Distribution): void {
  if (!hasValidParameters(d)) {
    throw new Error(`Distribution parameters violate their invariants: ${JSON.stringify(d)}`);
  }
}

function hasValidParameters(d: Distribution): boolean {
  switch (d.dist) {
    case 'fixed':
      return Number.isFinite(d.value);
    case 'uniform':
      return Number.isFinite(d.min) && Number.isFinite(d.max) && d.min <= d.max;
    case 'triangular':
      return Number.isFinite(d.min) && Number.isFinite(d.max) && d.min <= d.mode && d.mode <= d.max;
    case 'normal': {
      const lo = d.min ?? Number.NEGATIVE_INFINITY;
      const hi = d.max ?? Number.POSITIVE_INFINITY;
      return Number.isFinite(d.mean) && Number.isFinite(d.sd) && d.sd >= 0 && lo <= hi; // NaN bounds fail
    }
    case 'beta':
      return d.alpha > 0 && d.beta > 0 && Number.isFinite(d.alpha) && Number.isFinite(d.beta);
    case 'lognormal':
      return d.median > 0 && Number.isFinite(d.median) && Number.isFinite(d.sigma) && d.sigma >= 0;
  }
}
