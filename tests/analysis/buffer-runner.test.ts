import { describe, expect, it } from 'vitest';
import {
  cutHorizon,
  inProcessRunner,
  isMoneyMetric,
  leanScenario,
} from '../../src/analysis/buffer-runner.js';
import { loadScenario } from '../../src/cli/load-scenario.js';
import { column } from '../../src/engine/metric-buffer.js';
import { METRIC_NAMES } from '../../src/model/metric-names.js';
import { createParallelRunner } from '../../src/parallel-buffer-runner.js';
import type { ScenarioInput } from '../../src/scenario/scenario-schema.js';
import { createWorkerPool } from '../../src/workers/worker-pool.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

const input = fixtureInput() as ScenarioInput;
input.pipelines = {
  routes: { step_up: { durationMonths: 14, completionProbability: 0.9, takeUpProbability: 0.8 } },
  cohorts: [{ route: 'step_up', startMonth: '2021-09', size: 6, repeatEveryMonths: 12, repeatCount: 3 }],
};
input.retentionOffers = [{ name: 'late offer', hazardMultiplier: 0.7, startMonth: '2022-06' }];
const scenario = mustParse(input);

describe('cutHorizon', () => {
  it('leaves every metric of months 0..M unchanged', async () => {
    const full = await inProcessRunner({ scenario, seed: 'cut', runs: 120 });
    const cut = await inProcessRunner({ scenario: cutHorizon(scenario, 10), seed: 'cut', runs: 120 });
    expect(cut.months).toBe(10);
    for (let k = 0; k < METRIC_NAMES.length; k++) {
      for (let m = 0; m <= 10; m++) expect(column(cut, k, m)).toEqual(column(full, k, m));
    }
  });

  it('keeps the scenario when the month is the horizon', () => {
    expect(cutHorizon(scenario, scenario.horizonMonths)).toBe(scenario);
  });
});

describe('leanScenario', () => {
  it('leaves every metric unchanged without notes, and every non-money metric without money', async () => {
    const loaded = loadScenario('hull-baseline', { months: 14 });
    if (!loaded.ok) throw new Error('shipped scenario invalid');
    const hull = loaded.value;
    const full = await inProcessRunner({ scenario: hull, seed: 'lean', runs: 60 });
    const notes = await inProcessRunner({
      scenario: leanScenario(hull, { keepMoney: true }),
      seed: 'lean',
      runs: 60,
    });
    const bare = await inProcessRunner({
      scenario: leanScenario(hull, { keepMoney: false }),
      seed: 'lean',
      runs: 60,
    });
    expect(notes.data).toEqual(full.data);
    METRIC_NAMES.forEach((name, k) => {
      if (isMoneyMetric(name)) return;
      for (let m = 0; m <= 14; m++) expect(column(bare, k, m)).toEqual(column(full, k, m));
    });
  });
});

describe('createParallelRunner', () => {
  it('fills the same buffer as the in-process runner', async () => {
    const pool = createWorkerPool(2);
    try {
      const parallel = await createParallelRunner(pool)({ scenario, seed: 'p', runs: 101 });
      const local = await inProcessRunner({ scenario, seed: 'p', runs: 101 });
      expect(parallel.data).toEqual(local.data);
    } finally {
      await pool.close();
    }
  });
});
