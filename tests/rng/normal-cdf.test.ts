import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalQuantile } from '../../src/rng/normal-cdf.js';

/** Relative difference, for checks at near double precision. */
const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('erfc', () => {
  it('matches reference values to 1e-14 relative, deep into the upper tail', () => {
    // Reference values from mpmath at 40 digits.
    const cases: [number, number][] = [
      [-1, 1.8427007929497148],
      [0, 1],
      [0.3, 0.6713732405408726],
      [1, 0.15729920705028513],
      [3, 2.209049699858544e-5],
      [6, 2.1519736712498913e-17],
      [20, 5.395865611607901e-176],
    ];
    for (const [x, expected] of cases) expect(rel(erfc(x), expected)).toBeLessThan(1e-14);
  });

  it('satisfies erfc(-x) = 2 - erfc(x) and reaches 0 and 2 in the limits', () => {
    for (const x of [0.1, 0.7, 2.5, 5]) expect(erfc(-x)).toBeCloseTo(2 - erfc(x), 15);
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('normalCdf', () => {
  it('matches reference values, relative in the lower tail', () => {
    expect(rel(normalCdf(-10), 7.619853024160525e-24)).toBeLessThan(1e-13);
    expect(rel(normalCdf(-3), 0.0013498980316300946)).toBeLessThan(1e-14);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(0.5)).toBeCloseTo(0.6914624612740131, 15);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
  });
});

describe('normalQuantile', () => {
  it('gives the known 97.5% point 1.959963984540054 to 1e-12', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-12);
    expect(Math.abs(normalQuantile(0.025) + 1.959963984540054)).toBeLessThan(1e-12);
  });

  it('matches reference values in both tails', () => {
    expect(rel(normalQuantile(1e-10), -6.361340902404057)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(0.3), -0.5244005127080408)).toBeLessThan(1e-14);
    expect(rel(normalQuantile(1e-300), -37.04709629936119)).toBeLessThan(1e-14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('inverts normalCdf across the unit interval', () => {
    for (let i = 1; i < 1000; i++) {
      const p = i / 1000;
      expect(rel(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-13);
    }
    for (const p of [1e-15, 1e-8, 1e-4, 0.02, 0.0243, 0.0242])
      expect(rel(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-13);
  });

  it('throws outside [0, 1]', () => {
    for (const p of [-0.1, 1.1, Number.NaN]) expect(() => normalQuantile(p)).toThrow(/\[0, 1\]/);
  });
});
