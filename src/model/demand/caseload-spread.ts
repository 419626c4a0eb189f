/**
 * The spread of individual caseloads around the mean: a Weibull distribution scaled to the month's
 * mean caseload, with its shape from the DfE 2021 national distribution of cases per case-holding FTE
 * (figures.md section 1; shape 2 by default, see caseload-schema.ts). Also used for how unevenly
 * assessment work falls across workers.
 */
import { erfc } from '../../rng/normal-cdf.js';
import { logGamma, regularizedIncompleteGamma } from '../../rng/special-functions.js';

/** Weibull scale giving mean 1 for a given shape: 1 / Gamma(1 + 1/shape). */
export const unitMeanScale = (shape: number): number => Math.exp(-logGamma(1 + 1 / shape));

/**
 * Share of workers whose caseload is above `cap` when caseloads are Weibull(shape) with mean
 * `meanCaseload`: exp(-(cap / (mean x unit scale))^shape). In [0, 1]; 0 when the mean is 0.
 */
export function shareOverCap(meanCaseload: number, cap: number, shape: number, scale1: number): number {
  if (!(meanCaseload > 0)) return 0;
  const z = cap / (meanCaseload * scale1);
  return Math.exp(-(shape === 2 ? z * z : z ** shape));
}

/**
 * E[min(x X, 1)] for X Weibull(shape) with mean 1, x >= 0: the share of total capacity used when
 * work arriving at x times capacity is spread over workers as X is and each worker completes at most
 * their own capacity. Uses E[min(X, c)] = integral_0^c exp(-(t / s)^k) dt = P(1/k, (c/s)^k) when
 * s = 1 / Gamma(1 + 1/k) (P the regularized lower incomplete gamma); for k = 2 (the default) this is
 * erf(c / s) with s = 2 / sqrt(pi), computed directly. In [0, min(x, 1)].
 */
export function usedCapacityShare(x: number, shape: number, scale1: number): number {
  if (!(x > 0)) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  const c = 1 / x;
  if (shape === 2) return x * (1 - erfc(c / scale1));
  return x * regularizedIncompleteGamma(1 / shape, (c / scale1) ** shape);
}
