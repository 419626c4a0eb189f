import { describe, expect, it } from 'vitest';
import { createStream, type Uniform } from '../../src/rng/create-stream.js';
import { sampleBinomial } from '../../src/rng/sample-binomial.js';
import {
  binomialPmf,
  discreteChiSquare,
  drawMany,
  expectMomentsNear,
  MIN_P_VALUE,
  pmfMoments,
} from './goodness-of-fit.js';

const N = 1_000_000;
const noDraws: Uniform = () => {
  throw new Error('drew a uniform');
};

describe('sampleBinomial', () => {
  it('returns 0 for n = 0 or p = 0 and n for p = 1 without drawing', () => {
    expect(sampleBinomial(noDraws, 0, 0.3)).toBe(0);
    expect(sampleBinomial(noDraws, 0, 1)).toBe(0);
    expect(sampleBinomial(noDraws, 17, 0)).toBe(0);
    expect(sampleBinomial(noDraws, 17, 1)).toBe(17);
  });

  it('throws when n is not a non-negative integer', () => {
    const rng = createStream('42', 0, 'test');
    expect(() => sampleBinomial(rng, 2.5, 0.3)).toThrow(/non-negative integer/);
    expect(() => sampleBinomial(rng, -1, 0.3)).toThrow(/non-negative integer/);
    expect(() => sampleBinomial(rng, Number.NaN, 0.3)).toThrow(/non-negative integer/);
    expect(() => sampleBinomial(rng, Number.POSITIVE_INFINITY, 0.3)).toThrow(/non-negative integer/);
  });

  it('throws when p is outside [0, 1]', () => {
    const rng = createStream('42', 0, 'test');
    expect(() => sampleBinomial(rng, 10, 1.1)).toThrow(/\[0, 1\]/);
    expect(() => sampleBinomial(rng, 10, -0.1)).toThrow(/\[0, 1\]/);
    expect(() => sampleBinomial(rng, 10, Number.NaN)).toThrow(/\[0, 1\]/);
  });

  it('repeats its draws for a repeated stream', () => {
    const a = createStream('42', 3, 'leavers');
    const b = createStream('42', 3, 'leavers');
    expect(drawMany(100, () => sampleBinomial(a, 500, 0.3))).toEqual(
      drawMany(100, () => sampleBinomial(b, 500, 0.3)),
    );
  });

  // n * min(p, 1 - p) < 10 uses inversion, otherwise BTPE; the cases cover both sides of the threshold,
  // both sides of p = 0.5, and a large n * p q where BTPE's squeeze and Stirling tests do most of the work.
  const cases = [
    { n: 20, p: 0.1, method: 'inversion' },
    { n: 20, p: 0.8, method: 'inversion with the p > 0.5 symmetry' },
    { n: 400, p: 0.024, method: 'inversion just below the threshold' },
    { n: 25, p: 0.41, method: 'BTPE just above the threshold' },
    { n: 100_000, p: 0.000_101, method: 'BTPE with tiny p' },
    { n: 500, p: 0.3, method: 'BTPE' },
    { n: 1000, p: 0.97, method: 'BTPE with the p > 0.5 symmetry' },
    { n: 1_000_000, p: 0.5, method: 'BTPE with large variance' },
  ];

  for (const { n, p, method } of cases) {
    it(`matches Binomial(${n}, ${p}) by chi-square and moments (${method})`, () => {
      const rng = createStream('42', 0, `binomial ${n} ${p}`);
      const samples = drawMany(N, () => sampleBinomial(rng, n, p));
      const pmf = binomialPmf(n, p);
      const test = discreteChiSquare(samples, pmf);
      expect(test.df).toBeGreaterThan(2);
      expect(test.pValue).toBeGreaterThan(MIN_P_VALUE);
      const theory = pmfMoments(pmf, n);
      expect(theory.mean).toBeCloseTo(n * p, 8);
      expect(theory.variance / (n * p * (1 - p))).toBeCloseTo(1, 8);
      expectMomentsNear(samples, theory);
    });
  }
});
