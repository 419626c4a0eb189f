import { describe, expect, it } from 'vitest';
import { createStream, type Uniform } from '../../src/rng/create-stream.js';
import { sampleNegativeBinomial } from '../../src/rng/sample-negative-binomial.js';
import { samplePoisson } from '../../src/rng/sample-poisson.js';
import {
  discreteChiSquare,
  drawMany,
  expectMomentsNear,
  MIN_P_VALUE,
  negativeBinomialPmf,
  pmfMoments,
} from './goodness-of-fit.js';

const N = 1_000_000;
const noDraws: Uniform = () => {
  throw new Error('drew a uniform');
};

describe('sampleNegativeBinomial', () => {
  it('returns 0 for mean = 0 without drawing', () => {
    expect(sampleNegativeBinomial(noDraws, 0, 50)).toBe(0);
    expect(sampleNegativeBinomial(noDraws, 0, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('is Poisson, draw for draw, when dispersion is Infinity', () => {
    const a = createStream('42', 0, 'demand');
    const b = createStream('42', 0, 'demand');
    const nb = drawMany(1000, () => sampleNegativeBinomial(a, 40, Number.POSITIVE_INFINITY));
    expect(nb).toEqual(drawMany(1000, () => samplePoisson(b, 40)));
  });

  it('throws when mean is negative or infinite, or dispersion is not positive', () => {
    const rng = createStream('42', 0, 'test');
    expect(() => sampleNegativeBinomial(rng, -1, 50)).toThrow(/mean must be finite and >= 0/);
    expect(() => sampleNegativeBinomial(rng, Number.POSITIVE_INFINITY, 50)).toThrow(/mean must be finite/);
    expect(() => sampleNegativeBinomial(rng, 10, 0)).toThrow(/dispersion must be > 0/);
    expect(() => sampleNegativeBinomial(rng, 10, Number.NaN)).toThrow(/dispersion must be > 0/);
  });

  // dispersion < 1 exercises the gamma shape < 1 boost.
  const cases = [
    { mean: 395, dispersion: 50 },
    { mean: 12, dispersion: 3 },
    { mean: 2, dispersion: 0.5 },
  ];

  for (const { mean, dispersion } of cases) {
    it(`matches NB2(mean ${mean}, dispersion ${dispersion}) by chi-square and moments`, () => {
      const rng = createStream('42', 0, `negative binomial ${mean} ${dispersion}`);
      const samples = drawMany(N, () => sampleNegativeBinomial(rng, mean, dispersion));
      const pmf = negativeBinomialPmf(mean, dispersion);
      const test = discreteChiSquare(samples, pmf);
      expect(test.df).toBeGreaterThan(2);
      expect(test.pValue).toBeGreaterThan(MIN_P_VALUE);
      const variance = mean + mean ** 2 / dispersion;
      const theory = pmfMoments(pmf, Math.ceil(mean + 60 * Math.sqrt(variance) + 60));
      expect(theory.mean / mean).toBeCloseTo(1, 8);
      expect(theory.variance / variance).toBeCloseTo(1, 8);
      expectMomentsNear(samples, theory);
    });
  }
});
