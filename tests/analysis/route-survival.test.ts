import { describe, expect, it } from 'vitest';
import { binomialPmf, mixtureShareQuantiles } from '../../src/analysis/binomial-mixture.js';
import { oneOffCostPerStarter, permanentCostPerFteMonth } from '../../src/analysis/route-costs.js';
import { routeEconomics } from '../../src/analysis/route-economics.js';
import { routeSurvival } from '../../src/analysis/route-survival.js';
import { column } from '../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../src/engine/simulate-run.js';
import { METRIC_INDEX } from '../../src/model/metric-names.js';
import type { ResolvedScenario } from '../../src/model/resolve-parameters.js';
import { mustParse } from '../model/scenario-builder.js';

/** One route's starters only: no recruitment, intakes, conversions or feedback. */
function cohortScenario(extra: Record<string, unknown> = {}) {
  return mustParse({
    name: 'Route survival check',
    startMonth: '2021-04',
    horizonMonths: 48,
    establishment: { initialFte: 5000 },
    initial: { permanent: [{ route: 'nq', monthsInPost: 1, count: 2000 }], agency: 0 },
    leaving: {
      baseHazardPerMonth: 0.01,
      bands: [
        { label: 'post-ASYE', routes: ['nq'], fromMonthInPost: 13, toMonthInPost: 36, hazardPerMonth: 0.02 },
      ],
      asyeCompletionExitProbability: 0.2,
      destinations: { otherCouncil: 0.3, agency: 0.1, outOfSector: 0.6 },
    },
    recruitment: { fillProbabilityPerMonth: 0 },
    agency: { coverShare: 0, fillProbabilityPerMonth: 0, assignmentEndHazardPerMonth: 0.1 },
    retentionOffers: [
      {
        name: 'year-2 payment',
        routes: ['nq'],
        fromMonthInPost: 12,
        toMonthInPost: 24,
        hazardMultiplier: 0.5,
        startMonth: '2021-04',
      },
    ],
    caseload: { openCases: 1000 },
    ...extra,
  });
}

describe('routeSurvival', () => {
  it('equals the hand product of the monthly hazards, ASYE exit and retention offer', () => {
    const s = cohortScenario() as unknown as ResolvedScenario;
    const curve = routeSurvival(s, 'nq', 60);
    // Months 1-11 at 0.01; month 12 at 0.01 x 0.5 (offer) then the ASYE exit 0.2 x 0.5;
    // months 13-24 at 0.02 x 0.5; months 25-36 at 0.02; months 37-60 at 0.01.
    const at12 = 0.99 ** 11 * 0.995 * 0.9;
    expect(curve[11]).toBeCloseTo(0.99 ** 11, 14);
    expect(curve[12]).toBeCloseTo(at12, 14);
    expect(curve[24]).toBeCloseTo(at12 * 0.99 ** 12, 14);
    expect(curve[36]).toBeCloseTo(at12 * 0.99 ** 12 * 0.98 ** 12, 14);
    expect(curve[60]).toBeCloseTo(at12 * 0.99 ** 12 * 0.98 ** 12 * 0.99 ** 24, 14);
    // An experienced hire has neither the band, the exit nor the offer.
    expect(routeSurvival(s, 'experienced', 60)[60]).toBeCloseTo(0.99 ** 60, 14);
  });

  it('matches the simulated share in post, with progression and uncertain parameters, within 4 SE', () => {
    const scenario = cohortScenario({
      leaving: {
        baseHazardPerMonth: 0.01,
        bands: [
          {
            label: 'post-ASYE',
            routes: ['nq'],
            fromMonthInPost: 13,
            toMonthInPost: 36,
            hazardPerMonth: 0.02,
          },
        ],
        asyeCompletionExitProbability: { dist: 'beta', alpha: 4, beta: 16 },
        seniorHazardMultiplier: 0.4,
        destinations: { otherCouncil: 0.3, agency: 0.1, outOfSector: 0.6 },
      },
      progression: { minMonthsInPost: 18, probabilityPerMonth: 0.05 },
    });
    const runs = 400;
    const seed = 'routes';
    // Every starting worker is at 1 month in post, as a starter is after its first month.
    const buffer = simulateBuffer({ scenario, seed, runs });
    const nq = routeEconomics({ scenario, seed, runs, years: 4 }).find((r) => r.route === 'nq')!;
    for (const m of [6, 12, 13, 24, 36, 48]) {
      const share = column(buffer, METRIC_INDEX.permanent_fte_nq, m).map((x) => x / 2000);
      const mean = share.reduce((a, b) => a + b, 0) / runs;
      const sd = Math.sqrt(share.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1));
      expect(Math.abs(mean - nq.curve[m]!)).toBeLessThan((4 * sd) / Math.sqrt(runs));
    }
  });
});

describe('routeEconomics', () => {
  it('reports bands, costs per retained FTE-year and a ranking over every route', () => {
    const scenario = cohortScenario();
    const rows = routeEconomics({ scenario, seed: 'e', runs: 20, costsGbp: { experienced: 6000 } });
    expect(rows.map((r) => r.route)).toEqual([
      'nq',
      'step_up',
      'apprenticeship',
      'frontline',
      'experienced',
      'agency_conversion',
    ]);
    expect([...rows.map((r) => r.rank)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const experienced = rows.find((r) => r.route === 'experienced')!;
    const s60 = 0.99 ** 60;
    expect(experienced.retained.map((r) => r.months)).toEqual([12, 36, 60]);
    expect(experienced.retained[2]!.mean).toBeCloseTo(s60, 12);
    // No uncertain parameters: the parameter band is a point.
    expect(experienced.retained[2]!.parameterBand).toEqual([s60, s60].map((x) => expect.closeTo(x, 12)));
    let fteMonths = 0;
    for (let t = 1; t <= 60; t++) fteMonths += 0.99 ** t;
    expect(experienced.fteYearsPerStarter.mean).toBeCloseTo(fteMonths / 12, 10);
    // One-off cost given, plus new-starter ramp-up: months 0-2 in post at half capacity.
    const rampUp = (1 + 0.99 + 0.99 ** 2) * 0.5 * 4454;
    expect(experienced.costPerStarterGbp.mean).toBeCloseTo(6000 + rampUp, 6);
    expect(experienced.costPerRetainedFteYearGbp.mean).toBeCloseTo((6000 + rampUp) / (fteMonths / 12), 6);
    expect(experienced.costSource).toBe('given');
    expect(experienced.cohortSizeSource).toBe('default');
  });
});

describe('oneOffCostPerStarter', () => {
  it('reads hire, conversion and training costs from a money group, per starter', () => {
    const base = cohortScenario({
      pipelines: {
        routes: { step_up: { durationMonths: 2, completionProbability: 0.81, takeUpProbability: 0.5 } },
        cohorts: [],
      },
    }) as unknown as ResolvedScenario;
    const money = {
      pay: { salaryGbp: { social_worker: 36000 }, marketSupplementGbp: { social_worker: 0 } },
      onCosts: {
        employerNi: [{ fromMonth: '2021-04', rate: 0.1, thresholdGbp: 6000 }],
        pensionRate: 0.2,
        apprenticeshipLevyRate: 0,
      },
      recruitment: { costPerHireGbp: 1000, agencyConversionFeeGbp: 4000 },
      training: {
        routes: {
          step_up: {
            bursaryPerTraineePerMonthGbp: 100,
            backfillPerTraineePerMonthGbp: 0,
            otherPerTraineePerMonthGbp: 0,
            salaryGbp: 0,
            levyFundingPerTraineePerMonthGbp: 0,
            costPerStartGbp: 500,
          },
        },
      },
    };
    const s = { ...base, money } as unknown as ResolvedScenario;
    // Two months in training; a trainee stays each month with probability 0.81^(1/2) = 0.9.
    const perTrainee = 500 + (1 + 0.9) * 100;
    expect(oneOffCostPerStarter(s, 'step_up')).toEqual({
      gbp: expect.closeTo(1000 + perTrainee / (0.81 * 0.5), 9),
      source: 'money group',
    });
    expect(oneOffCostPerStarter(s, 'agency_conversion').gbp).toBe(5000);
    expect(oneOffCostPerStarter(s, 'frontline').source).toBe('money group (hire) + assumption (training)');
    expect(oneOffCostPerStarter(base, 'experienced')).toEqual({ gbp: 4000, source: 'assumption' });
    // (36,000 x 1.2 + 0.1 x 30,000) / 12
    expect(permanentCostPerFteMonth(s)).toBeCloseTo((36000 * 1.2 + 3000) / 12, 9);
  });
});

describe('mixtureShareQuantiles', () => {
  it('equals binomial quantiles when every draw has the same survival', () => {
    const pmf = binomialPmf(10, 0.3);
    expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pmf[3]).toBeCloseTo(120 * 0.3 ** 3 * 0.7 ** 7, 12);
    // Binomial(10, 0.3): CDF(1) = 0.149, CDF(4) = 0.850, CDF(5) = 0.953.
    expect(mixtureShareQuantiles(10, Float64Array.of(0.3, 0.3), [0.1, 0.9])).toEqual([0.1, 0.5]);
    expect(mixtureShareQuantiles(4, Float64Array.of(0, 1), [0.1, 0.5, 0.9])).toEqual([0, 0, 1]);
  });
});
