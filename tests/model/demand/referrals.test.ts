import { describe, expect, it } from 'vitest';
import { column } from '../../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../../src/engine/simulate-run.js';
import {
  compileDemand,
  POOL_MEMORY_MONTHS,
  reReferralHazard,
} from '../../../src/model/demand/compile-demand.js';
import { METRIC_INDEX } from '../../../src/model/metric-names.js';
import type { ResolvedScenario } from '../../../src/model/resolve-parameters.js';
import { fixedWorkforceScenario, hullDemand, meanAndSe } from './demand-builder.js';

/** Every month 1..months of every replication of one metric, pooled. */
function pooled(buffer: ReturnType<typeof simulateBuffer>, metric: keyof typeof METRIC_INDEX): number[] {
  const out: number[] = [];
  for (let m = 1; m <= buffer.months; m++) out.push(...column(buffer, METRIC_INDEX[metric], m));
  return out;
}

describe('stepDemand referrals', () => {
  // NB2 moments (Cameron & Trivedi 3.3): variance mu + mu^2 / k; excess kurtosis 6/k + k / (mu (mu + k)).
  it.each([
    { dispersion: 50, label: 'negative binomial' },
    { dispersion: undefined, label: 'Poisson' },
  ])('draws $label referrals with the right mean and variance at a fixed seed', ({ dispersion }) => {
    const mu = 395;
    const demand = hullDemand();
    demand.referrals = { baseRatePerMonth: mu, reReferralShare: 0, ...(dispersion ? { dispersion } : {}) };
    const buffer = simulateBuffer({
      scenario: fixedWorkforceScenario(demand, { months: 24 }),
      seed: 'referral sampler',
      runs: 2000,
    });
    const x = pooled(buffer, 'referrals');
    const n = x.length;
    const k = dispersion ?? Number.POSITIVE_INFINITY;
    const variance = mu + mu ** 2 / k;
    const kurtosis = 6 / k + (Number.isFinite(k) ? k / (mu * (mu + k)) : 1 / mu);
    const sample = meanAndSe(x);
    expect(Math.abs(sample.mean - mu)).toBeLessThan(4 * Math.sqrt(variance / n));
    const seVariance = variance * Math.sqrt(2 / (n - 1) + kurtosis / n);
    expect(Math.abs(sample.variance - variance)).toBeLessThan(4 * seVariance);
  });

  it('scales new referrals by growth, normalised seasonality and dated shocks', () => {
    const demand = hullDemand();
    const seasonality = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.6];
    demand.referrals = {
      baseRatePerMonth: 400,
      reReferralShare: 0.25,
      growthPerYear: 0.1,
      seasonality,
      shocks: [{ startMonth: '2022-01', durationMonths: 6, multiplier: 1.2 }],
    };
    const scenario = fixedWorkforceScenario(demand, { months: 24 });
    const c = compileDemand(scenario as unknown as ResolvedScenario, scenario.demand! as never, 24);
    const seasonMean = 12.6 / 12;
    const expected = (m: number, calendar: number, shock: number) =>
      400 * 0.75 * 1.1 ** (m / 12) * (seasonality[calendar - 1]! / seasonMean) * shock;
    expect(c.newReferralMean[0]).toBeCloseTo(expected(0, 4, 1), 9); // 2021-04
    expect(c.newReferralMean[8]).toBeCloseTo(expected(8, 12, 1), 9); // 2021-12
    expect(c.newReferralMean[9]).toBeCloseTo(expected(9, 1, 1.2), 9); // 2022-01, shock starts
    expect(c.newReferralMean[14]).toBeCloseTo(expected(14, 6, 1.2), 9); // 2022-06, last shock month
    expect(c.newReferralMean[15]).toBeCloseTo(expected(15, 7, 1), 9); // 2022-07, shock over
  });

  it('sets the re-referral hazard so re-referrals are the given share of referrals in steady state', () => {
    const a = 1 / POOL_MEMORY_MONTHS;
    for (const share of [0.1, 0.215, 0.5]) {
      const h = reReferralHazard(share);
      // Pool: re-referrals drawn, then 1/12 age out, then this month's closures (= referrals T) join.
      const T = 395;
      let pool = 0;
      for (let m = 0; m < 2000; m++) pool = (1 - h) * (1 - a) * pool + T;
      expect((h * pool) / T).toBeCloseTo(share, 9);
    }
    expect(reReferralHazard(0)).toBe(0);
  });

  it('keeps total referrals near the base rate when re-referrals come from closures', () => {
    // Hull flows from a steady start: referrals a month stay near 395 (new 310 + re-referrals 85).
    const buffer = simulateBuffer({
      scenario: fixedWorkforceScenario(hullDemand(), { months: 36 }),
      seed: 're-referrals',
      runs: 400,
    });
    const { mean } = meanAndSe(pooled(buffer, 'referrals'));
    expect(mean).toBeGreaterThan(385);
    expect(mean).toBeLessThan(405);
  });
});
