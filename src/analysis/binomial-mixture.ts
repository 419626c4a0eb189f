/**
 * Quantiles of the share retained from a cohort of n starters when each replication's survival
 * probability q_r is uncertain: the retained count is a mixture over replications of
 * Binomial(n, q_r), whose probability mass is averaged exactly (pmf in log-gamma form) and read
 * off as the smallest share j/n with cumulative probability >= p.
 */
import { logGamma } from '../rng/special-functions.js';

/** Binomial(n, q) probability mass at 0..n. */
export function binomialPmf(n: number, q: number): Float64Array {
  const pmf = new Float64Array(n + 1);
  if (q <= 0) pmf[0] = 1;
  else if (q >= 1) pmf[n] = 1;
  else {
    const lq = Math.log(q);
    const lr = Math.log1p(-q);
    const ln = logGamma(n + 1);
    for (let j = 0; j <= n; j++)
      pmf[j] = Math.exp(ln - logGamma(j + 1) - logGamma(n - j + 1) + j * lq + (n - j) * lr);
  }
  return pmf;
}

/** Shares j/n at each probability in `ps` of the mixture of Binomial(n, q) over the given q. */
export function mixtureShareQuantiles(n: number, qs: Float64Array, ps: readonly number[]): number[] {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`mixtureShareQuantiles: n must be a positive integer, got ${n}`);
  const mass = new Float64Array(n + 1);
  for (let r = 0; r < qs.length; r++) {
    const pmf = binomialPmf(n, qs[r]!);
    for (let j = 0; j <= n; j++) mass[j]! += pmf[j]! / qs.length;
  }
  return ps.map((p) => {
    let cumulative = 0;
    for (let j = 0; j <= n; j++) {
      cumulative += mass[j]!;
      if (cumulative >= p - 1e-12) return j / n;
    }
    return 1;
  });
}
