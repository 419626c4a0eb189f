import { describe, expect, it } from 'vitest';
import {
  inverseRegularizedIncompleteBeta,
  logGamma,
  regularizedIncompleteBeta,
  regularizedIncompleteGamma,
} from '../../src/rng/special-functions.js';

const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('logGamma', () => {
  it('matches reference values to 1e-14 relative, including tiny and huge x', () => {
    // Reference values from mpmath at 40 digits.
    const cases: [number, number][] = [
      [0.5, 0.5723649429247001], // ln sqrt(pi)
      [1e-8, 18.42068073818021],
      [3.7, 1.428072326665388],
      [10, 12.801827480081469], // ln 9!
      [171.5, 709.1431630309282],
      [1e6, 12815504.569147611],
    ];
    for (const [x, expected] of cases) expect(rel(logGamma(x), expected)).toBeLessThan(1e-14);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it('throws for x <= 0', () => {
    expect(() => logGamma(0)).toThrow(/positive/);
    expect(() => logGamma(-1.5)).toThrow(/positive/);
  });
});

describe('regularizedIncompleteGamma', () => {
  it('matches reference values in the series and continued-fraction regimes', () => {
    const cases: [number, number, number][] = [
      [3.5, 2, 0.22022259152428408],
      [7, 12, 0.9541776931113489],
      [0.5, 0.01, 0.1124629160182849],
      [50, 45, 0.24680203440017026],
    ];
    for (const [a, x, expected] of cases)
      expect(rel(regularizedIncompleteGamma(a, x), expected)).toBeLessThan(1e-13);
  });

  it('agrees with closed forms: P(1, x) = 1 - e^-x and the chi-square 99.9% point', () => {
    for (const x of [0.01, 0.5, 2, 9.5])
      expect(regularizedIncompleteGamma(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
    // chi-square, 10 degrees of freedom: P(5, 29.58829844507442 / 2) = 0.999.
    expect(regularizedIncompleteGamma(5, 29.58829844507442 / 2)).toBeCloseTo(0.999, 13);
  });

  it('is 0 at x = 0, 1 at x = Infinity, and throws for a <= 0 or x < 0', () => {
    expect(regularizedIncompleteGamma(2, 0)).toBe(0);
    expect(regularizedIncompleteGamma(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(() => regularizedIncompleteGamma(0, 1)).toThrow(/a > 0/);
    expect(() => regularizedIncompleteGamma(1, -1)).toThrow(/x >= 0/);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches reference values', () => {
    const cases: [number, number, number, number][] = [
      [0.3, 2, 5, 0.5798249999999999],
      [0.9, 0.5, 0.5, 0.7951672353008665],
      [0.45, 200, 300, 0.9881463456202629],
      [0.05, 0.3, 4, 0.6469340499930029],
    ];
    for (const [x, a, b, expected] of cases)
      expect(rel(regularizedIncompleteBeta(x, a, b), expected)).toBeLessThan(1e-13);
  });

  it('agrees with closed forms and the symmetry I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    for (const x of [0, 0.1, 0.5, 0.77, 1]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 15);
      expect(regularizedIncompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 15);
      expect(regularizedIncompleteBeta(x, 2.5, 0.7)).toBeCloseTo(
        1 - regularizedIncompleteBeta(1 - x, 0.7, 2.5),
        14,
      );
    }
  });

  it('throws outside its domain', () => {
    expect(() => regularizedIncompleteBeta(1.5, 2, 2)).toThrow(/x in \[0, 1\]/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 2)).toThrow(/a, b > 0/);
  });
});

describe('inverseRegularizedIncompleteBeta', () => {
  it('inverts the regularized incomplete beta, including skewed shapes and far tails', () => {
    const shapes: [number, number][] = [
      [2, 5],
      [0.5, 0.5],
      [0.3, 4],
      [200, 300],
      [0.05, 1], // the 1e-10 quantile is 1e-200
    ];
    for (const [a, b] of shapes) {
      for (const p of [1e-10, 0.001, 0.1, 0.5, 0.9, 0.999]) {
        const x = inverseRegularizedIncompleteBeta(p, a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(rel(regularizedIncompleteBeta(x, a, b), p)).toBeLessThan(1e-9);
      }
    }
  });

  it('gives the Beta(2, 5) median 0.26444998329566 and the ends at p = 0 and 1', () => {
    expect(inverseRegularizedIncompleteBeta(0.5, 2, 5)).toBeCloseTo(0.26444998329566, 12);
    expect(inverseRegularizedIncompleteBeta(0, 2, 5)).toBe(0);
    expect(inverseRegularizedIncompleteBeta(1, 2, 5)).toBe(1);
  });
});
