import { describe, expect, it } from 'vitest';
import { shareOverCap, unitMeanScale, usedCapacityShare } from '../../../src/model/demand/caseload-spread.js';

const SHAPE = 2;
const S1 = unitMeanScale(SHAPE);

const weibullDensity = (shape: number, scale: number) => (t: number) =>
  (shape / scale) * (t / scale) ** (shape - 1) * Math.exp(-((t / scale) ** shape));

/** Trapezoid integral of f over [a, b] with n steps. */
function integrate(f: (t: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let sum = (f(a) + f(b)) / 2;
  for (let i = 1; i < n; i++) sum += f(a + i * h);
  return sum * h;
}

describe('unitMeanScale', () => {
  it.each([2, 2.24, 4])('gives a Weibull with mean 1 (shape %d)', (shape) => {
    const density = weibullDensity(shape, unitMeanScale(shape));
    expect(integrate((t) => t * density(t), 0, 10)).toBeCloseTo(1, 6);
  });
});

describe('shareOverCap', () => {
  it('reproduces the 2021 national caseload distribution it was fitted to (figures.md section 1)', () => {
    // Observed: 32.2% of case holders at 20 or more cases per FTE, 9.2% under 5, at a mean of 16.3.
    expect(shareOverCap(16.3, 20, SHAPE, S1)).toBeCloseTo(0.307, 3);
    expect(1 - shareOverCap(16.3, 5, SHAPE, S1)).toBeCloseTo(0.071, 3);
  });

  it('rises with the mean caseload and is 0 with no cases', () => {
    expect(shareOverCap(0, 20, SHAPE, S1)).toBe(0);
    expect(shareOverCap(15, 20, SHAPE, S1)).toBeLessThan(shareOverCap(18, 20, SHAPE, S1));
    expect(shareOverCap(4000, 20, SHAPE, S1)).toBeCloseTo(1, 4);
  });
});

describe('usedCapacityShare', () => {
  it.each([2, 2.24, 4])('equals E[min(x X, 1)] computed by quadrature (shape %d)', (shape) => {
    const scale = unitMeanScale(shape);
    const density = weibullDensity(shape, scale);
    for (const x of [0.1, 0.5, 0.9, 1, 1.5, 4]) {
      const direct = integrate((t) => Math.min(x * t, 1) * density(t), 0, 12, 60_000);
      expect(usedCapacityShare(x, shape, scale)).toBeCloseTo(direct, 6);
    }
  });

  it('lies below both the demand and the capacity and approaches each at the extremes', () => {
    for (const x of [0.3, 0.8, 1.2, 3]) expect(usedCapacityShare(x, SHAPE, S1)).toBeLessThan(Math.min(x, 1));
    expect(usedCapacityShare(0.01, SHAPE, S1) / 0.01).toBeCloseTo(1, 4);
    expect(usedCapacityShare(1000, SHAPE, S1)).toBeCloseTo(1, 3);
    expect(usedCapacityShare(0, SHAPE, S1)).toBe(0);
  });
});
