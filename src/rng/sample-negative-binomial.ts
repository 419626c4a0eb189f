/**
 * Overdispersed counts: negative binomial draws for demand whose month-to-month variance exceeds its mean
 * (e.g. referrals), built as a Poisson whose rate is itself gamma distributed.
 */
import type { Uniform } from './create-stream.js';
import { sampleGamma } from './sample-gamma.js';
import { samplePoisson } from './sample-poisson.js';

/**
 * One negative binomial draw in the NB2 parameterisation, a non-negative integer with mean `mean` and
 * variance mean + mean^2 / dispersion. Invariants: mean finite and >= 0; dispersion > 0, where
 * dispersion = Infinity means Poisson(mean). mean = 0 returns 0 without drawing. Exact, via the
 * gamma-Poisson mixture: lambda ~ Gamma(shape = dispersion, scale = mean / dispersion), X ~ Poisson(lambda)
 * (Greenwood & Yule 1920; e.g. Cameron & Trivedi, Regression Analysis of Count Data, 2nd ed., 3.3).
 */
export function sampleNegativeBinomial(rng: Uniform, mean: number, dispersion: number): number {
  if (!(mean >= 0 && mean < Number.POSITIVE_INFINITY)) {
    throw new Error(`sampleNegativeBinomial: mean must be finite and >= 0, got ${mean}`);
  }
  if (!(dispersion > 0)) throw new Error(`sampleNegativeBinomial: dispersion must be > 0, got ${dispersion}`);
  if (mean === 0) return 0;
  if (dispersion === Number.POSITIVE_INFINITY) return samplePoisson(rng, mean);
  return samplePoisson(rng, sampleGamma(rng, dispersion, mean / dispersion));
}
