import { describe, expect, it } from 'vitest';
import { simulateRun } from '../../src/engine/simulate-run.js';
import { financialYearSpans } from '../../src/model/money/financial-year.js';
import { runSimulation } from '../../src/run-simulation.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

const scenario = mustParse({
  ...fixtureInput(),
  startMonth: '2021-10',
  horizonMonths: 20,
  money: {
    pay: {
      salaryGbp: { asye: 30_000, social_worker: 36_000, senior: 42_000 },
      annualAwardRate: { dist: 'triangular', min: 0.01, mode: 0.03, max: 0.05 },
    },
    onCosts: { pensionRate: { dist: 'uniform', min: 0.15, max: 0.25 } },
    agency: { weeklyRateGbp: 1600, weeksPerYear: 47 },
    budgets: [{ financialYear: '2022-23', budgetGbp: 5_000_000 }],
  },
});

describe('financialYearSpans', () => {
  it('labels partial first and last years with their months', () => {
    expect(financialYearSpans('2021-10', 20).map((s) => [s.fy, s.months, s.partial])).toEqual([
      ['2021-22', 6, true],
      ['2022-23', 12, false],
      ['2023-24', 2, true],
    ]);
  });
});

describe('summariseFinancialYears', () => {
  it('gives the same financial years on worker threads as in process', async () => {
    const inProcess = simulateRun({ scenario, seed: 'fy', runs: 120 });
    const threaded = await runSimulation(scenario, { seed: 'fy', runs: 120, threads: 2 });
    expect(JSON.stringify(threaded.financialYears)).toBe(JSON.stringify(inProcess.financialYears));
    const years = inProcess.financialYears!;
    expect(years.map((y) => y.fy)).toEqual(['2021-22', '2022-23', '2023-24']);
    expect(years[1]!.budget).toBe(5_000_000);
    expect(years[1]!.variance!.mean).toBeCloseTo(years[1]!.cost_total.mean - 5_000_000, 6);
    expect(years[0]!.p_overspend).toBeUndefined();
  });

  it('sums each line month by month: the total of a year is the sum of its lines', () => {
    const year = simulateRun({ scenario, seed: 'sum', runs: 50 }).financialYears![1]!;
    const lines =
      year.cost_permanent.mean +
      year.cost_agency.mean +
      year.cost_recruitment.mean +
      year.cost_training.mean +
      year.cost_retention.mean +
      year.cost_other.mean;
    expect(lines).toBeCloseTo(year.cost_total.mean, 4);
  });
});
