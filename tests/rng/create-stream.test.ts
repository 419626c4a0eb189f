import { describe, expect, it } from 'vitest';
import { createStream, uniformFor } from '../../src/rng/create-stream.js';
import { chiSquareTest, kolmogorovSmirnovPValue, MIN_P_VALUE, uniformChiSquare } from './goodness-of-fit.js';

const GOLDEN_UNIFORM = 0.09221766401187298;

import { drawMany } from './goodness-of-fit.js';

describe('createStream', () => {
  it('yields the pinned first five values for seed 42, replication 0, leavers', () => {
    // Golden values: changing them changes every stored result, so it must bump the engine version.
    const rng = createStream('42', 0, 'leavers');
    expect(drawMany(5, rng)).toEqual([
      0.5674438385758549, 0.6006871215067804, 0.9490094319917262, 0.6630905417259783, 0.6104176642838866,
    ]);
  });

  it('repeats the same sequence for the same seed, replication and process', () => {
    expect(drawMany(1000, createStream('s', 7, 'agency'))).toEqual(
      drawMany(1000, createStream('s', 7, 'agency')),
    );
  });

  it('gives different streams to different processes, replications and seeds', () => {
    const firstTen = (seed: string, replication: number, process: string) =>
      drawMany(10, createStream(seed, replication, process));
    const base = firstTen('42', 0, 'leavers');
    expect(firstTen('42', 0, 'recruitment')).not.toEqual(base);
    expect(firstTen('42', 1, 'leavers')).not.toEqual(base);
    expect(firstTen('43', 0, 'leavers')).not.toEqual(base);
  });

  it('keys streams unambiguously, unlike string concatenation', () => {
    // Joined with ':' both would read 'a:1:2:x'.
    expect(drawMany(10, createStream('a:1', 2, 'x'))).not.toEqual(drawMany(10, createStream('a', 1, '2:x')));
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12 within 4 standard errors', () => {
    const n = 100_000;
    const u = drawMany(n, createStream('42', 0, 'uniformity'));
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = u.reduce((s, x) => s + x, 0) / n;
    const variance = u.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    // Uniform: fourth central moment 1/80, so Var(s^2) ~ (1/80 - 1/144) / n.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });

  it('throws when replication is not a non-negative integer', () => {
    for (const replication of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createStream('42', replication, 'leavers')).toThrow(/non-negative integer/);
    }
  });
});

describe('uniformFor', () => {
  it('pins its value for a fixed key (golden)', () => {
    expect(uniformFor('42', 0, 'leavers')).toBe(GOLDEN_UNIFORM);
    expect(uniformFor('42', 0, 'leavers')).toBe(uniformFor('42', 0, 'leavers'));
  });

  it('lies strictly inside (0, 1) and differs between parameters and replications', () => {
    const values = ['caseload', 'leaverRate', 'agencyCost'].flatMap((name) =>
      [0, 1, 2].map((replication) => uniformFor('42', replication, name)),
    );
    expect(values.every((u) => u > 0 && u < 1)).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it('is uniform over replications (chi-square and Kolmogorov-Smirnov)', () => {
    const u = Array.from({ length: 100_000 }, (_, r) =>
      uniformFor('1', r, 'param:leaving.baseHazardPerMonth'),
    );
    expect(uniformChiSquare(u).pValue).toBeGreaterThan(MIN_P_VALUE);
    expect(kolmogorovSmirnovPValue(u)).toBeGreaterThan(MIN_P_VALUE);
  });

  it('gives independent-looking values for neighbouring names, seeds and replications', () => {
    const n = 100_000;
    const a = Array.from({ length: n }, (_, r) => uniformFor('1', r, 'param:agency.coverShare'));
    const b = Array.from({ length: n }, (_, r) => uniformFor('1', r, 'param:agency.coverSharf'));
    const c = Array.from({ length: n }, (_, r) => uniformFor('2', r, 'param:agency.coverShare'));
    const corr = (x: number[], y: number[]) => {
      const mx = x.reduce((s, v) => s + v, 0) / x.length;
      const my = y.reduce((s, v) => s + v, 0) / y.length;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      for (let i = 0; i < x.length; i++) {
        sxy += (x[i]! - mx) * (y[i]! - my);
        sxx += (x[i]! - mx) ** 2;
        syy += (y[i]! - my) ** 2;
      }
      return sxy / Math.sqrt(sxx * syy);
    };
    // Under independence a sample correlation has standard error 1/sqrt(n).
    const limit = 4 / Math.sqrt(n);
    expect(Math.abs(corr(a, b))).toBeLessThan(limit);
    expect(Math.abs(corr(a, c))).toBeLessThan(limit);
    expect(Math.abs(corr(a.slice(1), a.slice(0, -1)))).toBeLessThan(limit);
    // Pairs fill the unit square evenly: 10 x 10 cells.
    const cells = new Array<number>(100).fill(0);
    for (let i = 0; i < n; i++) cells[Math.floor(a[i]! * 10) * 10 + Math.floor(b[i]! * 10)]!++;
    expect(chiSquareTest(cells, new Array<number>(100).fill(n / 100)).pValue).toBeGreaterThan(MIN_P_VALUE);
  });
});
