/**
 * The standard normal distribution function and its inverse, to near double precision: the building blocks
 * for normal and lognormal parameter quantiles, truncated normals and statistical tests.
 */

const SQRT1_2 = Math.SQRT1_2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
/** 1/sqrt(pi), as in Cody's CALERF. */
const INV_SQRT_PI = 5.641895835477563e-1;

/**
 * Complementary error function erfc(x) = 1 - erf(x) for any real x, with small relative error in the
 * upper tail (no cancellation), returning values in [0, 2]. Source: W. J. Cody, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631-637, as coded in netlib specfun CALERF.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y === Number.POSITIVE_INFINITY) return x > 0 ? 0 : 2;
  let result: number;
  if (y <= 0.46875) {
    // erf(x) = x P(x^2) / Q(x^2); no exponential factor in this range.
    const ysq = y * y;
    let num = 1.8577770618460315e-1;
    num = num * ysq + 3.1611237438705655;
    num = num * ysq + 1.1386415415105016e2;
    num = num * ysq + 3.77485237685302e2;
    num = num * ysq + 3.2093775891384694e3;
    let den = 1;
    den = den * ysq + 2.3601290952344122e1;
    den = den * ysq + 2.4402463793444417e2;
    den = den * ysq + 1.2826165260773723e3;
    den = den * ysq + 2.844236833439171e3;
    return 1 - (x * num) / den;
  }
  if (y <= 4) {
    let num = 2.1531153547440383e-8 * y;
    num = (num + 5.641884969886701e-1) * y;
    num = (num + 8.883149794388377) * y;
    num = (num + 6.611919063714163e1) * y;
    num = (num + 2.986351381974001e2) * y;
    num = (num + 8.81952221241769e2) * y;
    num = (num + 1.7120476126340707e3) * y;
    num = (num + 2.0510783778260716e3) * y;
    num += 1.2303393547979972e3;
    let den = y;
    den = (den + 1.5744926110709835e1) * y;
    den = (den + 1.176939508913125e2) * y;
    den = (den + 5.371811018620099e2) * y;
    den = (den + 1.6213895745666903e3) * y;
    den = (den + 3.2907992357334597e3) * y;
    den = (den + 4.362619090143247e3) * y;
    den = (den + 3.4393676741437216e3) * y;
    den += 1.2303393548037495e3;
    result = num / den;
  } else {
    const z = 1 / (y * y);
    let num = 1.6315387137302097e-2 * z;
    num = (num + 3.0532663496123236e-1) * z;
    num = (num + 3.6034489994980445e-1) * z;
    num = (num + 1.2578172611122926e-1) * z;
    num = (num + 1.6083785148742275e-2) * z;
    num += 6.587491615298378e-4;
    let den = z;
    den = (den + 2.568520192289822) * z;
    den = (den + 1.8729528499234604) * z;
    den = (den + 5.279051029514285e-1) * z;
    den = (den + 6.051834131244132e-2) * z;
    den += 2.3352049762686918e-3;
    result = (INV_SQRT_PI - (z * num) / den) / y;
  }
  // exp(-y^2) split as exp(-ysq^2) * exp(-del) to keep the full precision of y^2 (Cody).
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  result *= Math.exp(-ysq * ysq) * Math.exp(-del);
  return x < 0 ? 2 - result : result;
}

/** Standard normal CDF, Phi(x) = erfc(-x / sqrt 2) / 2, in [0, 1]; accurate relative to Phi in the lower tail. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * SQRT1_2);
}

/**
 * Standard normal quantile Phi^-1(p) for p in [0, 1] (-Infinity at 0, +Infinity at 1), to about 1e-15
 * relative. Source: P. J. Acklam's rational approximation (relative error 1.15e-9), refined by one Halley
 * step on erfc as Acklam recommends. The upper half uses Phi^-1(p) = -Phi^-1(1 - p); 1 - p is exact there.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  let x: number;
  if (p < 0.02425) {
    // Lower tail: x = C(q) / D(q) with q = sqrt(-2 ln p).
    const q = Math.sqrt(-2 * Math.log(p));
    let num = -7.784894002430293e-3;
    num = num * q - 3.223964580411365e-1;
    num = num * q - 2.400758277161838;
    num = num * q - 2.549732539343734;
    num = num * q + 4.374664141464968;
    num = num * q + 2.938163982698783;
    let den = 7.784695709041462e-3;
    den = den * q + 3.224671290700398e-1;
    den = den * q + 2.445134137142996;
    den = den * q + 3.754408661907416;
    den = den * q + 1;
    x = num / den;
  } else {
    // Central region: x = q A(r) / B(r) with q = p - 1/2, r = q^2.
    const q = p - 0.5;
    const r = q * q;
    let num = -3.969683028665376e1;
    num = num * r + 2.209460984245205e2;
    num = num * r - 2.759285104469687e2;
    num = num * r + 1.38357751867269e2;
    num = num * r - 3.066479806614716e1;
    num = num * r + 2.506628277459239;
    let den = -5.447609879822406e1;
    den = den * r + 1.615858368580409e2;
    den = den * r - 1.556989798598866e2;
    den = den * r + 6.680131188771972e1;
    den = den * r - 1.328068155288572e1;
    den = den * r + 1;
    x = (q * num) / den;
  }
  // Halley step: e = Phi(x) - p, u = e / phi(x).
  const e = 0.5 * erfc(-x * SQRT1_2) - p;
  const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
  return Number.isFinite(u) ? x - u / (1 + 0.5 * x * u) : x;
}
