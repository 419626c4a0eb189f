import { describe, expect, it } from 'vitest';
import { type Distribution, mean, quantile, support } from '../../src/rng/distribution.js';
import { normalCdf } from '../../src/rng/normal-cdf.js';
import { regularizedIncompleteBeta } from '../../src/rng/special-functions.js';

const Z_975 = 1.959963984540054;
const grid = Array.from({ length: 1001 }, (_, i) => i / 1000);

/** CDF of each distribution, written independently of `quantile`, for round trips. */
function cdf(d: Distribution, x: number): number {
  switch (d.dist) {
    case 'fixed':
      return x >= d.value ? 1 : 0;
    case 'uniform':
      return (x - d.min) / (d.max - d.min);
    case 'triangular':
      return x <= d.mode
        ? (x - d.min) ** 2 / ((d.max - d.min) * (d.mode - d.min))
        : 1 - (d.max - x) ** 2 / ((d.max - d.min) * (d.max - d.mode));
    case 'normal': {
      const f = (y: number) => normalCdf((y - d.mean) / d.sd);
      const lo = d.min === undefined ? 0 : f(d.min);
      const hi = d.max === undefined ? 1 : f(d.max);
      return (f(x) - lo) / (hi - lo);
    }
    case 'beta':
      return regularizedIncompleteBeta(x, d.alpha, d.beta);
    case 'lognormal':
      return normalCdf(Math.log(x / d.median) / d.sigma);
  }
}

const examples: Distribution[] = [
  { dist: 'fixed', value: 3.2 },
  { dist: 'uniform', min: 2, max: 7 },
  { dist: 'triangular', min: 1, mode: 2, max: 4 },
  { dist: 'triangular', min: 0, mode: 0, max: 1 },
  { dist: 'normal', mean: 10, sd: 2 },
  { dist: 'normal', mean: 10, sd: 2, min: 8, max: 15 },
  { dist: 'normal', mean: 0.15, sd: 0.05, min: 0 },
  { dist: 'normal', mean: 0, sd: 1, min: 3 },
  { dist: 'beta', alpha: 2, beta: 5 },
  { dist: 'beta', alpha: 0.5, beta: 0.5 },
  { dist: 'lognormal', median: 40_000, sigma: 0.3 },
];

describe('quantile', () => {
  it('gives the normal 97.5% point 1.959963984540054 to 1e-9, scaled by mean and sd', () => {
    expect(Math.abs(quantile({ dist: 'normal', mean: 0, sd: 1 }, 0.975) - Z_975)).toBeLessThan(1e-9);
    expect(Math.abs(quantile({ dist: 'normal', mean: 10, sd: 2 }, 0.025) - (10 - 2 * Z_975))).toBeLessThan(
      1e-9,
    );
  });

  it('gives the lognormal median at u = 1/2 and median * exp(1.96 sigma) at 97.5%', () => {
    const d: Distribution = { dist: 'lognormal', median: 40_000, sigma: 0.3 };
    expect(quantile(d, 0.5)).toBe(40_000);
    expect(quantile(d, 0.975)).toBeCloseTo(40_000 * Math.exp(0.3 * Z_975), 8);
  });

  it('gives the Beta(2, 5) median 0.26444998329566', () => {
    expect(quantile({ dist: 'beta', alpha: 2, beta: 5 }, 0.5)).toBeCloseTo(0.26444998329566, 12);
    expect(quantile({ dist: 'beta', alpha: 1, beta: 1 }, 0.3)).toBeCloseTo(0.3, 12);
  });

  it('gives the analytic triangular and uniform quantiles', () => {
    const tri: Distribution = { dist: 'triangular', min: 1, mode: 2, max: 4 };
    expect(quantile(tri, 1 / 3)).toBeCloseTo(2, 14); // F(mode) = (mode - min) / (max - min)
    expect(quantile(tri, 0.1)).toBeCloseTo(1 + Math.sqrt(0.1 * 3 * 1), 14);
    expect(quantile(tri, 0.9)).toBeCloseTo(4 - Math.sqrt(0.1 * 3 * 2), 14);
    expect(quantile({ dist: 'uniform', min: 2, max: 7 }, 0.3)).toBeCloseTo(3.5, 14);
    expect(quantile({ dist: 'fixed', value: 3.2 }, 0.99)).toBe(3.2);
  });

  it('matches truncated normal quantiles computed independently (scipy truncnorm)', () => {
    const d: Distribution = { dist: 'normal', mean: 10, sd: 2, min: 8, max: 15 };
    expect(quantile(d, 0.3)).toBeCloseTo(9.540771560476108, 12);
    // Truncated to [3, Infinity) in standard units: the median lies at 3.2051549205989334.
    expect(quantile({ dist: 'normal', mean: 0, sd: 1, min: 3 }, 0.5)).toBeCloseTo(3.2051549205989334, 12);
  });

  it('round-trips through the CDF: F(quantile(u)) = u', () => {
    for (const d of examples.filter((e) => e.dist !== 'fixed')) {
      for (const u of [1e-9, 0.001, 0.1, 0.3, 0.5, 0.77, 0.999, 1 - 1e-7]) {
        expect(Math.abs(cdf(d, quantile(d, u)) - u), `${JSON.stringify(d)} at ${u}`).toBeLessThan(1e-9);
      }
    }
  });

  it('is non-decreasing in u and stays within the support, ends included', () => {
    for (const d of examples) {
      const [lo, hi] = support(d);
      let previous = Number.NEGATIVE_INFINITY;
      for (const u of grid) {
        const x = quantile(d, u);
        expect(x).toBeGreaterThanOrEqual(previous);
        expect(x).toBeGreaterThanOrEqual(lo);
        expect(x).toBeLessThanOrEqual(hi);
        previous = x;
      }
      // u = 0 and u = 1 reach the ends of the support (exactly, or to round-off after truncation).
      expect(quantile(d, 0) === lo || Math.abs(quantile(d, 0) - lo) < 1e-12).toBe(true);
      expect(quantile(d, 1) === hi || Math.abs(quantile(d, 1) - hi) < 1e-12).toBe(true);
    }
  });

  it('respects truncation bounds far out in either tail', () => {
    const far: Distribution[] = [
      { dist: 'normal', mean: 0, sd: 1, min: 50, max: 51 },
      { dist: 'normal', mean: 0, sd: 1, max: -45 },
      { dist: 'normal', mean: 5, sd: 0.001, min: 6, max: 6.5 },
    ];
    for (const d of far) {
      let previous = Number.NEGATIVE_INFINITY;
      for (const u of grid) {
        const x = quantile(d, u);
        expect(Number.isFinite(x) || u === 0).toBe(true);
        expect(x).toBeGreaterThanOrEqual(
          d.dist === 'normal' && d.min !== undefined ? d.min : Number.NEGATIVE_INFINITY,
        );
        expect(x).toBeLessThanOrEqual(
          d.dist === 'normal' && d.max !== undefined ? d.max : Number.POSITIVE_INFINITY,
        );
        expect(x).toBeGreaterThanOrEqual(previous);
        previous = x;
      }
    }
    // Truncated 50 sd above the mean, the mass piles up just above the bound: median ~ 50 + ln 2 / 50.
    expect(quantile(far[0]!, 0.5)).toBeCloseTo(50 + Math.LN2 / 50, 3);
  });

  it('returns the clamped mean for a normal with sd 0 and the median for a lognormal with sigma 0', () => {
    expect(quantile({ dist: 'normal', mean: 4, sd: 0 }, 0.9)).toBe(4);
    expect(quantile({ dist: 'normal', mean: 4, sd: 0, max: 3 }, 0.9)).toBe(3);
    expect(quantile({ dist: 'lognormal', median: 7, sigma: 0 }, 0.01)).toBe(7);
  });

  it('throws for u outside [0, 1] and for parameters that break their invariants', () => {
    const normal: Distribution = { dist: 'normal', mean: 0, sd: 1 };
    for (const u of [-0.01, 1.01, Number.NaN]) expect(() => quantile(normal, u)).toThrow(/\[0, 1\]/);
    const broken: Distribution[] = [
      { dist: 'uniform', min: 3, max: 2 },
      { dist: 'triangular', min: 0, mode: 5, max: 4 },
      { dist: 'normal', mean: 0, sd: -1 },
      { dist: 'normal', mean: 0, sd: 1, min: 2, max: 1 },
      { dist: 'beta', alpha: 0, beta: 1 },
      { dist: 'lognormal', median: 0, sigma: 1 },
      { dist: 'fixed', value: Number.NaN },
    ];
    for (const d of broken) expect(() => quantile(d, 0.5)).toThrow(/invariants/);
  });
});

describe('mean', () => {
  it('gives the closed-form means', () => {
    expect(mean({ dist: 'fixed', value: 3.2 })).toBe(3.2);
    expect(mean({ dist: 'uniform', min: 2, max: 7 })).toBe(4.5);
    expect(mean({ dist: 'triangular', min: 1, mode: 2, max: 4 })).toBeCloseTo(7 / 3, 14);
    expect(mean({ dist: 'normal', mean: 10, sd: 2 })).toBe(10);
    expect(mean({ dist: 'beta', alpha: 2, beta: 5 })).toBeCloseTo(2 / 7, 14);
    expect(mean({ dist: 'lognormal', median: 100, sigma: 0.5 })).toBeCloseTo(100 * Math.exp(0.125), 10);
  });

  it('matches truncated normal means computed independently (scipy truncnorm)', () => {
    expect(mean({ dist: 'normal', mean: 10, sd: 2, min: 8, max: 15 })).toBeCloseTo(10.537499691249842, 12);
    expect(mean({ dist: 'normal', mean: 0, sd: 1, min: 3 })).toBeCloseTo(3.28309865493044, 12);
    expect(mean({ dist: 'normal', mean: 0, sd: 1, max: -3 })).toBeCloseTo(-3.28309865493044, 12);
  });

  it('equals the integral of the quantile function over (0, 1)', () => {
    const n = 200_000;
    for (const d of examples) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += quantile(d, (i + 0.5) / n);
      const m = mean(d);
      expect(Math.abs(sum / n - m), JSON.stringify(d)).toBeLessThan(1e-4 * Math.max(1, Math.abs(m)));
    }
  });
});

describe('support', () => {
  it('gives the closed interval for each distribution', () => {
    expect(support({ dist: 'fixed', value: 3 })).toEqual([3, 3]);
    expect(support({ dist: 'uniform', min: 2, max: 7 })).toEqual([2, 7]);
    expect(support({ dist: 'triangular', min: 1, mode: 2, max: 4 })).toEqual([1, 4]);
    expect(support({ dist: 'normal', mean: 0, sd: 1 })).toEqual([
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(support({ dist: 'normal', mean: 0, sd: 1, min: 0 })).toEqual([0, Number.POSITIVE_INFINITY]);
    expect(support({ dist: 'normal', mean: 0, sd: 1, max: 5 })).toEqual([Number.NEGATIVE_INFINITY, 5]);
    expect(support({ dist: 'beta', alpha: 2, beta: 5 })).toEqual([0, 1]);
    expect(support({ dist: 'lognormal', median: 10, sigma: 1 })).toEqual([0, Number.POSITIVE_INFINITY]);
  });
});
