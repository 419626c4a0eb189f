/**
 * Special functions behind the samplers, the parameter quantiles and the statistical tests: log-gamma and
 * the regularized incomplete gamma and beta functions (with the inverse of the latter).
 */

const EPS = 1e-15;
/** Near the smallest normal double: keeps Lentz's continued fractions away from division by zero. */
const FPMIN = 1e-300;
const MAX_ITERATIONS = 100_000;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Gamma(x) for x > 0, absolute error about 1e-15. Source: Stirling's series (Abramowitz & Stegun 6.1.40,
 * terms through B_20) at x >= 7, reached from smaller x by the recurrence Gamma(x + 1) = x Gamma(x).
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new Error(`logGamma: x must be positive, got ${x}`);
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? Math.floor(7 - x) : 0;
  const x0 = x + shift;
  const x2 = 1 / (x0 * x0);
  let series = -174611 / 125400;
  series = series * x2 + 43867 / 244188;
  series = series * x2 - 3617 / 122400;
  series = series * x2 + 1 / 156;
  series = series * x2 - 691 / 360360;
  series = series * x2 + 1 / 1188;
  series = series * x2 - 1 / 1680;
  series = series * x2 + 1 / 1260;
  series = series * x2 - 1 / 360;
  series = series * x2 + 1 / 12;
  const result = series / x0 + HALF_LOG_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  // Gamma(x) = Gamma(x + shift) / (x (x + 1) ... (x + shift - 1)); the product is built up from x, not
  // down from x + shift, so a tiny x keeps its full relative precision.
  let product = 1;
  for (let k = 0; k < shift; k++) product *= x + k;
  return result - Math.log(product);
}

/**
 * Lower regularized incomplete gamma P(a, x) = gamma(a, x) / Gamma(a) for a > 0, x >= 0, in [0, 1]: the
 * CDF at x of Gamma(shape a, scale 1); the chi-square CDF with k degrees of freedom is P(k/2, x/2).
 * Source: Numerical Recipes (3rd ed.) 6.2: series for x < a + 1, else Lentz's continued fraction for 1 - P.
 */
export function regularizedIncompleteGamma(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0))
    throw new Error(`regularizedIncompleteGamma: need a > 0 and x >= 0, got a=${a}, x=${x}`);
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  const prefactor = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let n = 0; n < MAX_ITERATIONS; n++) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) return Math.min(1, sum * prefactor);
    }
    throw new Error(`regularizedIncompleteGamma: series did not converge for a=${a}, x=${x}`);
  }
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return Math.max(0, 1 - prefactor * h);
  }
  throw new Error(`regularizedIncompleteGamma: continued fraction did not converge for a=${a}, x=${x}`);
}

/**
 * Regularized incomplete beta I_x(a, b) for a, b > 0 and x in [0, 1], in [0, 1]: the CDF at x of
 * Beta(a, b). Source: Numerical Recipes (3rd ed.) 6.4, continued fraction by the modified Lentz method,
 * using I_x(a, b) = 1 - I_(1-x)(b, a) where the fraction converges slowly.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) {
    throw new Error(`regularizedIncompleteBeta: need a, b > 0 and x in [0, 1], got x=${x}, a=${a}, b=${b}`);
  }
  if (x === 0 || x === 1) return x;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  throw new Error(
    `regularizedIncompleteBeta: continued fraction did not converge for x=${x}, a=${a}, b=${b}`,
  );
}

/**
 * Inverse of I_x(a, b) in x: the Beta(a, b) quantile at p in [0, 1], in [0, 1]. Newton steps kept inside
 * a bracket [lo, hi] that shrinks with every evaluation, falling back to bisection when a step leaves it;
 * stops when a step moves x by at most 1e-12 of its distance to the nearer end of [0, 1]. Starting point:
 * the small-x / small-(1 - x) power-law approximation of Numerical Recipes (3rd ed.) 6.14 (invbetai).
 */
export function inverseRegularizedIncompleteBeta(p: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !(p >= 0 && p <= 1)) {
    throw new Error(
      `inverseRegularizedIncompleteBeta: need a, b > 0 and p in [0, 1], got p=${p}, a=${a}, b=${b}`,
    );
  }
  if (p === 0 || p === 1) return p;
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  const t = Math.exp(a * Math.log(a / (a + b))) / a;
  const s = Math.exp(b * Math.log(b / (a + b))) / b;
  let x = p < t / (t + s) ? (a * (t + s) * p) ** (1 / a) : 1 - (b * (t + s) * (1 - p)) ** (1 / b);
  let lo = 0;
  let hi = 1;
  if (!(x > lo && x < hi)) x = 0.5;
  for (let i = 0; i < 2000; i++) {
    const f = regularizedIncompleteBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    // Converged when the step is below 1e-12 of the distance to the nearer end, or the bracket is as
    // narrow as doubles allow.
    if (Math.abs(next - x) <= 1e-12 * Math.min(next, 1 - next) || hi - lo <= Number.EPSILON * hi) return next;
    x = next;
  }
  return x;
}
