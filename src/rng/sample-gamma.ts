/**
 * Continuous draws on a stream: the standard normal and the gamma distribution, the latter being the
 * mixing distribution behind overdispersed (negative binomial) counts. No state is kept between calls.
 */
import type { Uniform } from './create-stream.js';

/**
 * One standard normal draw (mean 0, sd 1). Exact: Marsaglia's polar form of the Box-Muller transform
 * (Marsaglia & Bray, SIAM Review 6 (1964) 260-264). Of each accepted pair only one value is returned, so
 * nothing is cached and streams cannot leak into each other. Uses 2 uniforms per attempt (acceptance pi/4).
 */
export function sampleStandardNormal(rng: Uniform): number {
  for (;;) {
    const x = 2 * rng() - 1;
    const y = 2 * rng() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * One Gamma(shape, scale) draw (mean shape * scale, variance shape * scale^2), a value >= 0.
 * Invariants: shape and scale are finite and > 0. Source: G. Marsaglia & W. W. Tsang, "A simple method
 * for generating gamma variables", ACM TOMS 26 (2000) 363-372; for shape < 1 their boost
 * Gamma(shape) = Gamma(shape + 1) * U^(1 / shape), with U drawn after the Gamma(shape + 1) variate.
 */
export function sampleGamma(rng: Uniform, shape: number, scale: number): number {
  if (!(shape > 0 && shape < Number.POSITIVE_INFINITY) || !(scale > 0 && scale < Number.POSITIVE_INFINITY)) {
    throw new Error(
      `sampleGamma: shape and scale must be finite and > 0, got shape=${shape}, scale=${scale}`,
    );
  }
  if (shape < 1) {
    const g = marsagliaTsang(rng, shape + 1);
    return g * (1 - rng()) ** (1 / shape) * scale; // 1 - U lies in (0, 1]
  }
  return marsagliaTsang(rng, shape) * scale;
}

/** Marsaglia-Tsang for shape >= 1, scale 1: d V with V = (1 + c X)^3, X standard normal. */
function marsagliaTsang(rng: Uniform, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleStandardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v; // squeeze
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
