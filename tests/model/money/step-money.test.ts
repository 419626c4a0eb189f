import { describe, expect, it } from 'vitest';
import { column } from '../../../src/engine/metric-buffer.js';
import { simulateBuffer, simulateRun } from '../../../src/engine/simulate-run.js';
import { METRIC_INDEX, type MetricName } from '../../../src/model/metric-names.js';
import { MONEY_METRICS } from '../../../src/model/money/money-metrics.js';
import { fixtureInput, mustParse } from '../scenario-builder.js';

/** 10 social workers and 2 seniors, nobody leaves or joins, no agency: a fixed workforce. */
function fixedWorkforce(money: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return mustParse({
    name: 'Fixed workforce',
    startMonth: '2025-01',
    horizonMonths: 12,
    establishment: { initialFte: 12 },
    initial: {
      permanent: [
        { route: 'experienced', monthsInPost: 48, count: 10 },
        { route: 'experienced', grade: 'senior', monthsInPost: 60, count: 2 },
      ],
      agency: 0,
    },
    leaving: { baseHazardPerMonth: 0, destinations: { otherCouncil: 0.3, agency: 0.1, outOfSector: 0.6 } },
    recruitment: { fillProbabilityPerMonth: 0 },
    agency: { coverShare: 0, fillProbabilityPerMonth: 0, assignmentEndHazardPerMonth: 0 },
    caseload: { openCases: 200 },
    money,
    ...extra,
  });
}

const PAY = {
  salaryGbp: { asye: 32_000, social_worker: 40_000, senior: 46_000 },
  annualAwardRate: 0.03,
};
// Default employer NI: 13.8% above £9,100 a year to March 2025, 15% above £5,000 from April 2025.
const ON_COSTS = { pensionRate: 0.2 };
const AGENCY = { hourlyRateGbp: 45 };

const monthly = (scenario: ReturnType<typeof fixedWorkforce>, metric: MetricName) => {
  const buffer = simulateBuffer({ scenario, seed: 'money', runs: 3 });
  return Array.from({ length: 12 }, (_, i) => column(buffer, METRIC_INDEX[metric], i + 1)[0]!);
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('stepMoney', () => {
  it('costs a fixed workforce over a year as the hand calculation (April pay award, NI change)', () => {
    const scenario = fixedWorkforce({ pay: PAY, onCosts: ON_COSTS, agency: AGENCY });
    const cost = monthly(scenario, 'cost_permanent');
    // Social worker, Jan-Mar 2025: pay 40,000 / 12 = 3,333.33; NI 0.138 x (3,333.33 - 9,100 / 12)
    // = 355.35; pension 0.2 x pay = 666.67; levy 0.005 x pay = 16.67; total 4,372.0167 a month.
    // Apr-Dec: pay 41,200 / 12 = 3,433.33; NI 0.15 x (3,433.33 - 5,000 / 12) = 452.50;
    // pension 686.67; levy 17.17; total 4,589.6667 a month.
    // Senior, Jan-Mar: 3,833.33 + 0.138 x 3,075 = 424.35 + 766.67 + 19.17 = 5,043.5167;
    // Apr-Dec: 47,380 / 12 = 3,948.33 + 0.15 x 3,531.67 = 529.75 + 789.67 + 19.74 = 5,287.4917.
    const janToMar = 10 * 4372.016667 + 2 * 5043.516667;
    const aprToDec = 10 * 4589.666667 + 2 * 5287.491667;
    for (let m = 0; m < 3; m++) expect(cost[m]).toBeCloseTo(janToMar, 2);
    for (let m = 3; m < 12; m++) expect(cost[m]).toBeCloseTo(aprToDec, 2);
    // Year: 10 x 54,423.05 + 2 x 62,717.975 = 669,666.45.
    expect(sum(cost)).toBeCloseTo(669_666.45, 1);
    expect(sum(monthly(scenario, 'cost_total'))).toBeCloseTo(669_666.45, 1);
    for (const line of [
      'cost_agency',
      'cost_recruitment',
      'cost_training',
      'cost_retention',
      'cost_other',
    ] as const)
      expect(sum(monthly(scenario, line))).toBe(0);
  });

  it('reports the two partial financial years of that year with their months', () => {
    const scenario = fixedWorkforce({
      pay: PAY,
      onCosts: ON_COSTS,
      agency: AGENCY,
      budgets: [{ financialYear: '2025-26', budgetGbp: 600_000 }],
    });
    const fy = simulateRun({ scenario, seed: 'fy', runs: 5 }).financialYears!;
    expect(fy.map((y) => [y.fy, y.months, y.partial, y.firstMonth, y.lastMonth])).toEqual([
      ['2024-25', 3, true, '2025-01', '2025-03'],
      ['2025-26', 9, true, '2025-04', '2025-12'],
    ]);
    // 10 x 3 x 4,372.0167 + 2 x 3 x 5,043.5167 = 161,421.60; 10 x 9 x 4,589.6667 + 2 x 9 x 5,287.4917 = 508,244.85.
    expect(fy[0]!.cost_total.mean).toBeCloseTo(161_421.6, 1);
    expect(fy[0]!.cost_total.p5).toBeCloseTo(161_421.6, 1);
    expect(fy[1]!.cost_permanent.p95).toBeCloseTo(508_244.85, 1);
    expect(fy[0]!.budget).toBeUndefined();
    // A 9-month year is compared with 9/12 of its budget: 450,000.
    expect(fy[1]!.budgetCompared).toBe(450_000);
    expect(fy[1]!.variance!.p50).toBeCloseTo(58_244.85, 1);
    expect(fy[1]!.p_overspend).toBe(1);
  });

  it('caps the agency charge from the cap date, after any rate multiplier', () => {
    const agency = { hourlyRateGbp: 45, rateMultiplier: 1.15, cap: { fromMonth: '2025-06', hourlyGbp: 38 } };
    const scenario = fixedWorkforce(
      { pay: PAY, onCosts: ON_COSTS, agency },
      {
        initial: {
          permanent: [{ route: 'experienced', monthsInPost: 48, count: 12 }],
          agency: 10,
        },
        agency: {
          coverShare: 0,
          fillProbabilityPerMonth: 0,
          assignmentEndHazardPerMonth: 0,
          extraCapacity: 10,
        },
      },
    );
    const cost = monthly(scenario, 'cost_agency');
    // 10 FTE x 45 x 1.15 per hour x 37 hours x 52 weeks / 12 = 82,972.50 a month to May 2025;
    // from June the cap binds: 10 x 38 x 37 x 52 / 12 = 60,926.67.
    for (let m = 0; m < 5; m++) expect(cost[m]).toBeCloseTo(82_972.5, 2);
    for (let m = 5; m < 12; m++) expect(cost[m]).toBeCloseTo(60_926.67, 2);
  });

  it('pays retention offers per eligible worker, trainees per month and fixed lines', () => {
    const scenario = fixedWorkforce(
      {
        pay: PAY,
        onCosts: ON_COSTS,
        agency: AGENCY,
        training: { routes: { step_up: { otherPerTraineePerMonthGbp: 1000, costPerStartGbp: 500 } } },
        fixedCosts: [{ name: 'academy', line: 'other', costPerYearGbp: 120_000, fromMonth: '2025-07' }],
      },
      {
        retentionOffers: [
          {
            name: 'senior payment',
            grades: ['senior'],
            hazardMultiplier: 1,
            startMonth: '2025-04',
            costPerWorkerPerMonthGbp: 100,
          },
        ],
        pipelines: {
          routes: { step_up: { durationMonths: 4, completionProbability: 1, takeUpProbability: 0 } },
          cohorts: [{ route: 'step_up', startMonth: '2025-02', size: 5 }],
        },
      },
    );
    // 2 seniors x 100 a month for April-December.
    expect(sum(monthly(scenario, 'cost_retention'))).toBeCloseTo(1800, 6);
    // 5 trainees x 500 at the start + 5 x 1,000 for each of 4 months.
    const training = monthly(scenario, 'cost_training');
    expect(training.slice(0, 6)).toEqual([0, 7500, 5000, 5000, 5000, 0]);
    // 120,000 a year from July: 10,000 a month for 6 months.
    expect(sum(monthly(scenario, 'cost_other'))).toBeCloseTo(60_000, 6);
  });

  it('reports zero costs and no financial years for a scenario without money', () => {
    const scenario = mustParse(fixtureInput());
    const result = simulateRun({ scenario, seed: 'none', runs: 20 });
    expect(result.financialYears).toBeUndefined();
    for (const name of MONEY_METRICS) expect(result.series[name]!.p95.every((v) => v === 0)).toBe(true);
  });
});

describe('financial years', () => {
  const withBudget = (budgetGbp: number) =>
    mustParse({
      ...fixtureInput(),
      money: {
        pay: { salaryGbp: { asye: 30_000, social_worker: 36_000, senior: 42_000 } },
        onCosts: { pensionRate: 0.2 },
        agency: { premiumOverPermanent: 0.4 },
        budgets: [
          { financialYear: '2021-22', budgetGbp },
          { financialYear: '2022-23', budgetGbp },
        ],
      },
    });

  it('gives P(overspend) 0 with a budget far above spend and 1 far below', () => {
    const high = simulateRun({ scenario: withBudget(1e11), seed: 'b', runs: 200 }).financialYears!;
    const low = simulateRun({ scenario: withBudget(1), seed: 'b', runs: 200 }).financialYears!;
    expect(high.map((y) => y.p_overspend)).toEqual([0, 0]);
    expect(low.map((y) => y.p_overspend)).toEqual([1, 1]);
    expect(low[0]!.variance!.p5).toBeGreaterThan(0);
    expect(high[0]!.cost_total.p5).toBeLessThan(high[0]!.cost_total.p95);
  });

  it('splits the spread of the total between the lines (shares add up to 1)', () => {
    const fy = simulateRun({ scenario: withBudget(1e7), seed: 'c', runs: 200 }).financialYears!;
    for (const year of fy) {
      const shares = Object.values(year.spreadShare);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('does not change the workforce random numbers', () => {
    const plain = mustParse(fixtureInput());
    const a = simulateRun({ scenario: plain, seed: 'crn', runs: 50 });
    const b = simulateRun({ scenario: withBudget(1e7), seed: 'crn', runs: 50 });
    for (const name of ['permanent_fte', 'agency_fte', 'leavers', 'starters'])
      expect(b.series[name]).toEqual(a.series[name]);
  });
});
