import { describe, expect, it } from 'vitest';
import { estimateFromWindow, SINGLE_YEAR_SPREAD } from '../../src/data/window-estimate.js';

describe('estimateFromWindow', () => {
  it('gives a normal with the mean and the predictive sd s x sqrt(1 + 1/n), truncated to the range', () => {
    const e = estimateFromWindow(
      [
        { year: 2018, value: 0.01 },
        { year: 2019, value: 0.02 },
        { year: 2020, value: 0.03 },
      ],
      { lo: 0, hi: 1, digits: 6 },
    )!;
    // s = 0.01 (sample sd of 0.01, 0.02, 0.03); sqrt(1 + 1/3) = 1.1547
    expect(e.param).toEqual({ dist: 'normal', mean: 0.02, sd: 0.011547, min: 0, max: 1 });
    expect(e.text).toContain('2018: 0.01, 2019: 0.02, 2020: 0.03');
  });

  it('widens a single year by the stated assumption, and leaves no upper bound when there is none', () => {
    const e = estimateFromWindow([{ year: 2021, value: 20 }], {
      lo: 0,
      hi: Number.POSITIVE_INFINITY,
      digits: 1,
    })!;
    expect(e.param).toEqual({ dist: 'normal', mean: 20, sd: 20 * SINGLE_YEAR_SPREAD, min: 0 });
    expect(e.text).toContain('one year, so assumption');
  });

  it('keeps a zero with no spread as a plain number and gives nothing for an empty window', () => {
    expect(estimateFromWindow([{ year: 2021, value: 0 }], { lo: 0, hi: 1, digits: 3 })!.param).toBe(0);
    expect(estimateFromWindow([], { lo: 0, hi: 1, digits: 3 })).toBeUndefined();
  });
});
