import { describe, expect, it } from 'vitest';
import { createStream } from '../../src/rng/create-stream.js';
import { normalCdf } from '../../src/rng/normal-cdf.js';
import { sampleGamma, sampleStandardNormal } from '../../src/rng/sample-gamma.js';
import { regularizedIncompleteGamma } from '../../src/rng/special-functions.js';
import {
  drawMany,
  expectMomentsNear,
  kolmogorovSmirnovPValue,
  MIN_P_VALUE,
  uniformChiSquare,
} from './goodness-of-fit.js';

const N = 1_000_000;

describe('sampleStandardNormal', () => {
  it('matches the standard normal by chi-square, Kolmogorov-Smirnov and moments', () => {
    const rng = createStream('42', 0, 'normal');
    const samples = drawMany(N, () => sampleStandardNormal(rng));
    const u = samples.map(normalCdf);
    expect(uniformChiSquare(u).pValue).toBeGreaterThan(MIN_P_VALUE);
    expect(kolmogorovSmirnovPValue(u)).toBeGreaterThan(MIN_P_VALUE);
    expectMomentsNear(samples, { mean: 0, variance: 1, fourthCentral: 3 });
  });

  it('keeps no state between calls, so interleaved streams do not affect each other', () => {
    const alone = createStream('42', 0, 'a');
    const expected = drawMany(101, () => sampleStandardNormal(alone));
    const a = createStream('42', 0, 'a');
    const b = createStream('42', 0, 'b');
    const interleaved = drawMany(101, () => {
      sampleStandardNormal(b);
      return sampleStandardNormal(a);
    });
    expect(interleaved).toEqual(expected);
  });
});

describe('sampleGamma', () => {
  const cases = [
    { shape: 0.5, scale: 2, method: 'shape < 1 boost' },
    { shape: 1, scale: 1, method: 'exponential' },
    { shape: 7, scale: 0.3, method: 'Marsaglia-Tsang' },
    { shape: 50, scale: 7.9, method: 'Marsaglia-Tsang' },
  ];

  for (const { shape, scale, method } of cases) {
    it(`matches Gamma(${shape}, ${scale}) by chi-square, Kolmogorov-Smirnov and moments (${method})`, () => {
      const rng = createStream('42', 0, `gamma ${shape} ${scale}`);
      const samples = drawMany(N, () => sampleGamma(rng, shape, scale));
      const u = samples.map((x) => regularizedIncompleteGamma(shape, x / scale));
      expect(uniformChiSquare(u).pValue).toBeGreaterThan(MIN_P_VALUE);
      expect(kolmogorovSmirnovPValue(u)).toBeGreaterThan(MIN_P_VALUE);
      // Gamma central moments: variance k theta^2, fourth 3 k (k + 2) theta^4.
      expectMomentsNear(samples, {
        mean: shape * scale,
        variance: shape * scale ** 2,
        fourthCentral: 3 * shape * (shape + 2) * scale ** 4,
      });
    });
  }

  it('throws when shape or scale is not finite and positive', () => {
    const rng = createStream('42', 0, 'test');
    for (const [shape, scale] of [
      [0, 1],
      [-1, 1],
      [1, 0],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(() => sampleGamma(rng, shape, scale)).toThrow(/finite and > 0/);
    }
  });
});
