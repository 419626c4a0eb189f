import { describe, expect, it } from 'vitest';
import { placeRanks, selectRanks } from '../../src/engine/order-statistics.js';
import { percentileRanks, quantileSorted } from '../../src/engine/percentiles.js';
import { createStream } from '../../src/rng/create-stream.js';

describe('selectRanks', () => {
  it.each([1, 2, 3, 17, 100, 1001, 10_000])('gives the same percentiles as a full sort for n = %i', (n) => {
    const rng = createStream('order', n, 'values');
    // Many ties (small integers) and continuous values both occur in real metrics.
    for (const make of [() => Math.floor(rng() * 7), () => rng() * 100 - 50]) {
      const values = Float64Array.from({ length: n }, make);
      const sorted = Float64Array.from(values).sort();
      const selected = Float64Array.from(values);
      selectRanks(selected, percentileRanks(n));
      for (const p of [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]) {
        expect(quantileSorted(selected, p)).toBe(quantileSorted(sorted, p));
      }
    }
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics (type 7)', () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    expect(quantileSorted(x, 0.5)).toBe(2.5);
    expect(quantileSorted(x, 0.1)).toBeCloseTo(1.3, 12);
    expect(quantileSorted(x, 1)).toBe(4);
  });
});

describe('placeRanks', () => {
  it.each([1, 2, 17, 1001, 10_000])('gives the same percentiles as a full sort for n = %i', (n) => {
    const rng = createStream('place', n, 'values');
    const makers = [
      () => Math.floor(rng() * 7), // few whole numbers: histogram
      () => 200 + Math.floor(rng() * 50) - 25, // whole numbers around a level: histogram
      () => Math.floor(rng() * 1e6), // whole numbers over a wide range: selection
      () => -3 + Math.floor(rng() * 5), // negative whole numbers: histogram
      () => rng() * 100 - 50, // fractions: selection
    ];
    for (const make of makers) {
      const values = Float64Array.from({ length: n }, make);
      const before = Float64Array.from(values);
      const sorted = Float64Array.from(values).sort();
      const out = new Float64Array(n);
      placeRanks(values, out, percentileRanks(n));
      expect(values).toEqual(before);
      for (const p of [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]) {
        expect(quantileSorted(out, p)).toBe(quantileSorted(sorted, p));
      }
    }
  });
});
