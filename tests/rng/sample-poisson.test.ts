import { describe, expect, it } from 'vitest';
import { createStream, type Uniform } from '../../src/rng/create-stream.js';
import { samplePoisson } from '../../src/rng/sample-poisson.js';
import {
  discreteChiSquare,
  drawMany,
  expectMomentsNear,
  MIN_P_VALUE,
  pmfMoments,
  poissonPmf,
} from './goodness-of-fit.js';

const N = 1_000_000;
const noDraws: Uniform = () => {
  throw new Error('drew a uniform');
};

describe('samplePoisson', () => {
  it('returns 0 for lambda = 0 without drawing', () => {
    expect(samplePoisson(noDraws, 0)).toBe(0);
  });

  it('throws when lambda is negative, infinite or NaN', () => {
    const rng = createStream('42', 0, 'test');
    for (const lambda of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => samplePoisson(rng, lambda)).toThrow(/finite and >= 0/);
    }
  });

  it('repeats its draws for a repeated stream', () => {
    const a = createStream('42', 1, 'demand');
    const b = createStream('42', 1, 'demand');
    expect(drawMany(100, () => samplePoisson(a, 40))).toEqual(drawMany(100, () => samplePoisson(b, 40)));
  });

  // lambda < 10 uses inversion, lambda >= 10 PTRS; 9.99 and 10 sit either side of the switch.
  const cases = [
    { lambda: 0.05, method: 'inversion' },
    { lambda: 3.5, method: 'inversion' },
    { lambda: 9.99, method: 'inversion at its largest' },
    { lambda: 10, method: 'PTRS at its smallest' },
    { lambda: 40, method: 'PTRS' },
    { lambda: 395, method: 'PTRS' },
    { lambda: 1e5, method: 'PTRS with a large mean' },
  ];

  for (const { lambda, method } of cases) {
    it(`matches Poisson(${lambda}) by chi-square and moments (${method})`, () => {
      const rng = createStream('42', 0, `poisson ${lambda}`);
      const samples = drawMany(N, () => samplePoisson(rng, lambda));
      const pmf = poissonPmf(lambda);
      const test = discreteChiSquare(samples, pmf);
      expect(test.df).toBeGreaterThan(lambda < 1 ? 0 : 2);
      expect(test.pValue).toBeGreaterThan(MIN_P_VALUE);
      const theory = pmfMoments(pmf, Math.ceil(lambda + 40 * Math.sqrt(lambda) + 40));
      expect(theory.variance / lambda).toBeCloseTo(1, 8);
      expectMomentsNear(samples, theory);
    });
  }
});
