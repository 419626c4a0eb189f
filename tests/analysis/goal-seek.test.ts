import { describe, expect, it } from 'vitest';
import { inProcessRunner } from '../../src/analysis/buffer-runner.js';
import { goalSeek } from '../../src/analysis/goal-seek.js';
import { chainScenario } from '../model/scenario-builder.js';

// Pure attrition: no recruitment, one constant hazard h. Each of n starting workers is still in
// post after M months with probability q = (1 - h)^M, independently, so permanent_fte at month M
// is Binomial(n, q) and P(permanent_fte >= 1) = 1 - (1 - q)^n.
const h = 0.05;
const M = 24;
const q = (1 - h) ** M;
const atLeastOne = (n: number) => 1 - (1 - q) ** n;
const scenario = chainScenario({ posts: 1000, filled: 3, hazard: h, fill: 0, lag: 0, months: M });
const runs = 4000;
const se = (p: number) => Math.sqrt((p * (1 - p)) / runs);

describe('goalSeek', () => {
  it('finds the binomial answer for the heads needed so that P(permanent_fte >= 1 at M) >= c', async () => {
    const confidence = 0.785; // analytic: n = 4 gives 0.749, n = 5 gives 0.822
    const answer = Array.from({ length: 16 }, (_, i) => i + 1).find((n) => atLeastOne(n) >= confidence)!;
    expect(answer).toBe(5);
    expect(Math.min(confidence - atLeastOne(4), atLeastOne(5) - confidence)).toBeGreaterThan(
      5 * se(confidence),
    );
    const result = await goalSeek(
      {
        scenario,
        lever: 'initial.permanent.0.count',
        range: [1, 16],
        integer: true,
        metric: 'permanent_fte',
        op: '>=',
        target: 1,
        month: M,
        confidence,
        seed: 'binomial',
        runs,
      },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.status).toBe('found');
    expect(result.value.value).toBe(answer);
    for (const step of result.value.trace) {
      const p = atLeastOne(step.value);
      expect(Math.abs(step.probability - p)).toBeLessThan(4 * se(p) + 1e-12);
    }
    expect(result.value.trace.length).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(15)));
    expect(result.value.nonMonotone).toBe(false);
  });

  it('finds the largest hazard that still keeps P >= c, to the tolerance', async () => {
    const confidence = 0.5;
    const n = 3;
    const p = (hazard: number) => 1 - (1 - (1 - hazard) ** M) ** n;
    const result = await goalSeek(
      {
        scenario,
        lever: 'leaving.baseHazardPerMonth',
        range: [0.01, 0.2],
        seek: 'largest',
        tolerance: 0.002,
        metric: 'permanent_fte',
        op: '>=',
        target: 1,
        month: M,
        confidence,
        seed: 'largest',
        runs: 2000,
      },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const found = result.value.value!;
    const tolerance = 4 * Math.sqrt((confidence * (1 - confidence)) / 2000);
    expect(p(found)).toBeGreaterThan(confidence - tolerance);
    expect(p(found + 0.002)).toBeLessThan(confidence + tolerance);
  });

  it('says clearly when no value in the range suffices', async () => {
    const result = await goalSeek(
      {
        scenario,
        lever: 'initial.permanent.0.count',
        range: [1, 3],
        integer: true,
        metric: 'permanent_fte',
        op: '>=',
        target: 1,
        month: M,
        confidence: 0.9,
        seed: 'none',
        runs: 500,
      },
      inProcessRunner,
    );
    if (!result.ok) throw new Error('failed');
    expect(result.value.status).toBe('unreachable');
    expect(result.value.value).toBeNull();
    expect(result.value.message).toMatch(/^no value of initial\.permanent\.0\.count in \[1, 3\]/);
    expect(result.value.trace.map((s) => s.value)).toEqual([3, 1]);
  });

  it('rejects a range the schema does not allow', async () => {
    const result = await goalSeek(
      {
        scenario,
        lever: 'leaving.baseHazardPerMonth',
        range: [0.1, 1.5],
        metric: 'permanent_fte',
        op: '>=',
        target: 1,
        month: M,
        confidence: 0.5,
        seed: 's',
        runs: 10,
      },
      inProcessRunner,
    );
    expect(result.ok).toBe(false);
  });
});
