import { describe, expect, it } from 'vitest';
import { expectedAttrition, expectedVacancyChain } from '../../src/analysis/markov-expectation.js';
import { column } from '../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../src/engine/simulate-run.js';
import { METRIC_INDEX } from '../../src/model/metric-names.js';
import { chainScenario } from './scenario-builder.js';

function meanAndSe(values: Float64Array): { mean: number; se: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, se: Math.sqrt(ss / (values.length - 1) / values.length) };
}

describe('simulateReplication against analytic Markov chains', () => {
  it('matches pure attrition N(1-h)^t within 4 standard errors', () => {
    const N = 200;
    const h = 0.02;
    const months = 36;
    const runs = 2000;
    const scenario = chainScenario({ posts: N, filled: N, hazard: h, fill: 0, lag: 0, months });
    const buffer = simulateBuffer({ scenario, seed: 'attrition', runs });
    const expected = expectedAttrition(N, h, months);
    for (let t = 1; t <= months; t++) {
      const q = (1 - h) ** t;
      const se = Math.sqrt((N * q * (1 - q)) / runs); // binomial standard error of the mean
      const { mean } = meanAndSe(column(buffer, METRIC_INDEX.permanent_fte, t));
      expect(Math.abs(mean - expected[t - 1]!)).toBeLessThan(4 * se);
    }
  });

  it.each([0, 2])('matches the vacancy chain expectation with fill probability and a %i-month lag', (lag) => {
    const spec = {
      posts: 238,
      filledAtStart: 200,
      hazardPerMonth: 0.015,
      fillProbabilityPerMonth: 0.08,
      noticeLagMonths: lag,
      months: 48,
    };
    const scenario = chainScenario({ posts: 238, filled: 200, hazard: 0.015, fill: 0.08, lag, months: 48 });
    const buffer = simulateBuffer({ scenario, seed: `chain-${lag}`, runs: 2000 });
    const expected = expectedVacancyChain(spec);
    for (let t = 1; t <= 48; t++) {
      const vac = meanAndSe(column(buffer, METRIC_INDEX.vacancy_fte, t));
      expect(Math.abs(vac.mean - expected.vacancies[t - 1]!)).toBeLessThan(4 * vac.se + 1e-9);
      const perm = meanAndSe(column(buffer, METRIC_INDEX.permanent_fte, t));
      expect(Math.abs(perm.mean - expected.permanent[t - 1]!)).toBeLessThan(4 * perm.se + 1e-9);
    }
  });

  it('approaches the chain steady state N h / (h + p) for vacancies when there is no lag', () => {
    const expected = expectedVacancyChain({
      posts: 100,
      filledAtStart: 100,
      hazardPerMonth: 0.02,
      fillProbabilityPerMonth: 0.1,
      noticeLagMonths: 0,
      months: 400,
    });
    // Steady state of the two-state chain: P(vacant) = h(1-p) / (h(1-p) + p).
    expect(expected.vacancies.at(-1)).toBeCloseTo((100 * 0.02 * 0.9) / (0.02 * 0.9 + 0.1), 6);
  });
});
