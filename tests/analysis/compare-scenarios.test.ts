import { describe, expect, it } from 'vitest';
import { inProcessRunner } from '../../src/analysis/buffer-runner.js';
import { compareScenarios } from '../../src/analysis/compare-scenarios.js';
import { pairedDifference, spreadOf } from '../../src/analysis/paired-stats.js';
import { loadScenario } from '../../src/cli/load-scenario.js';
import { column } from '../../src/engine/metric-buffer.js';
import { simulateBuffer } from '../../src/engine/simulate-run.js';
import { METRIC_INDEX, METRIC_NAMES } from '../../src/model/metric-names.js';
import type { ScenarioInput } from '../../src/scenario/scenario-schema.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

const baseline = mustParse(fixtureInput());

function variant(edit: (input: ScenarioInput) => void) {
  const input = fixtureInput() as ScenarioInput;
  edit(input);
  return mustParse(input);
}

describe('compareScenarios', () => {
  it('gives a paired difference of exactly zero for a lever with no effect', async () => {
    // Pressure feedback is off in the fixture, so its strength cannot change anything.
    const option = variant((s) => {
      s.name = 'Stronger feedback, switched off';
      s.feedback = { enabled: false, strength: 2 };
    });
    const result = await compareScenarios(
      { baseline, options: [option], seed: 'zero', runs: 200 },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const cmp = result.value.options[0]!;
    expect(cmp.parameters).toEqual([{ path: 'feedback.strength', baseline: 0.5, option: 2 }]);
    for (const name of METRIC_NAMES) {
      const m = cmp.metrics[name]!;
      for (const series of [m.mean, m.p10, m.p50, m.p90]) expect(series.every((v) => v === 0)).toBe(true);
      if (m.probabilityBetter) expect(m.probabilityBetter.every((p) => p === 0)).toBe(true);
    }
    expect(cmp.metrics.agency_rate!.direction).toBe('lower');
    expect(cmp.metrics.establishment_fte!.probabilityBetter).toBeNull();
    expect(cmp.financialYears).toEqual([]);
  });

  it('gives a paired interval much narrower than independent seeds for a small policy change', async () => {
    const option = variant((s) => {
      s.recruitment.nqIntakes![0]!.places = 10; // 8 -> 10 newly qualified places each September
    });
    const runs = 1000;
    const result = await compareScenarios(
      { baseline, options: [option], seed: 'crn', runs },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const paired = result.value.options[0]!.metrics.permanent_fte!;
    const month = 12; // six months after the first, larger intake
    const pairedWidth = paired.p90[month - 1]! - paired.p10[month - 1]!;

    const a = simulateBuffer({ scenario: baseline, seed: 'crn', runs });
    const b = simulateBuffer({ scenario: option, seed: 'independent', runs });
    const k = METRIC_INDEX.permanent_fte;
    const independent = spreadOf(pairedDifference(column(a, k, month), column(b, k, month)));
    const independentWidth = independent.p90 - independent.p10;

    expect(paired.mean[month - 1]!).toBeGreaterThan(0);
    expect(pairedWidth).toBeLessThan(independentWidth / 3);
    expect(result.value.options[0]!.parameters).toEqual([
      { path: 'recruitment.nqIntakes.0.places', baseline: 8, option: 10 },
    ]);
  });

  it('reports P(option better) as the share of replications strictly better', async () => {
    const option = variant((s) => {
      s.recruitment.fillProbabilityPerMonth = 0.2;
    });
    const result = await compareScenarios(
      { baseline, options: [option], seed: 'better', runs: 300 },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const vacancies = result.value.options[0]!.metrics.vacancy_fte!;
    expect(vacancies.direction).toBe('lower');
    expect(vacancies.probabilityBetter!.at(-1)!).toBeGreaterThan(0.9);
    expect(vacancies.mean.at(-1)!).toBeLessThan(0);
  });

  it('reports threshold probabilities for each scenario, its own and added ones', async () => {
    const result = await compareScenarios(
      {
        baseline,
        options: [baseline],
        seed: 't',
        runs: 100,
        thresholds: [{ metric: 'vacancy_rate', op: '<=', value: 0.2 }],
      },
      inProcessRunner,
    );
    if (!result.ok) throw new Error('failed');
    const labels = result.value.baseline.thresholds.map((t) => `${t.threshold.metric}${t.threshold.op}`);
    expect(labels).toEqual(['agency_rate<=', 'vacancy_rate<=']);
    expect(result.value.options[0]!.thresholds).toEqual(result.value.baseline.thresholds);
  });

  it('rejects options with a different horizon', async () => {
    const option = variant((s) => {
      s.horizonMonths = 12;
    });
    const result = await compareScenarios(
      { baseline, options: [option], seed: 'x', runs: 10 },
      inProcessRunner,
    );
    expect(result.ok).toBe(false);
  });
});

describe('compareScenarios spend by financial year', () => {
  it('gives the hand-computable spend delta of a dearer hire and no change elsewhere', async () => {
    const load = (costPerHireGbp: number) => {
      const loaded = loadScenario('hull-baseline', {
        months: 14,
        set: [`money.recruitment.costPerHireGbp=${costPerHireGbp}`],
      });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
      return loaded.value;
    };
    const runs = 50;
    const result = await compareScenarios(
      { baseline: load(3000), options: [load(4000)], seed: 'fy', runs },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const years = result.value.options[0]!.financialYears;
    expect(years.map((y) => [y.financialYear, y.months, y.partial])).toEqual([
      ['2021-22', 12, false],
      ['2022-23', 2, true],
    ]);
    // Money feeds nothing back, so starters are the same and each costs 1,000 more.
    const buffer = simulateBuffer({ scenario: load(3000), seed: 'fy', runs });
    let starters = 0;
    for (let m = 1; m <= 12; m++) for (const x of column(buffer, METRIC_INDEX.starters, m)) starters += x;
    const first = years[0]!.metrics;
    expect(first.cost_recruitment!.mean).toBeCloseTo((1000 * starters) / runs, 6);
    expect(first.cost_total!.mean).toBeCloseTo((1000 * starters) / runs, 6);
    expect(first.cost_permanent).toMatchObject({ mean: 0, p10: 0, p90: 0, probabilityBetter: 0 });
    expect(first.cost_total!.probabilityBetter).toBe(0);
  });
});
