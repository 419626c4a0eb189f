import { describe, expect, it } from 'vitest';
import { diffScenarios, formatParameterValue } from '../../src/analysis/parameter-diff.js';
import type { ScenarioInput } from '../../src/scenario/scenario-schema.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

describe('diffScenarios', () => {
  it('lists each differing field once, expanding groups only one side has, and ignores names', () => {
    const baseline = mustParse(fixtureInput());
    const input = fixtureInput() as ScenarioInput;
    input.name = 'Option';
    input.description = 'different words';
    input.leaving.baseHazardPerMonth = { dist: 'triangular', min: 0.005, mode: 0.0089, max: 0.012 };
    input.retentionOffers = [{ name: 'pay', hazardMultiplier: 0.8, startMonth: '2021-04' }];
    const rows = diffScenarios(baseline, mustParse(input));
    expect(rows).toEqual([
      {
        path: 'leaving.baseHazardPerMonth',
        baseline: 0.0089,
        option: { dist: 'triangular', min: 0.005, mode: 0.0089, max: 0.012 },
      },
      { path: 'retentionOffers.0.name', option: 'pay' },
      { path: 'retentionOffers.0.fromMonthInPost', option: 0 },
      { path: 'retentionOffers.0.hazardMultiplier', option: 0.8 },
      { path: 'retentionOffers.0.startMonth', option: '2021-04' },
      { path: 'retentionOffers.0.costPerWorkerPerMonthGbp', option: 0 },
    ]);
    expect(diffScenarios(baseline, baseline)).toEqual([]);
  });

  it('formats distributions and absent values for the table', () => {
    expect(formatParameterValue({ dist: 'beta', alpha: 4, beta: 16 })).toBe('beta(alpha 4, beta 16)');
    expect(formatParameterValue(undefined)).toBe('(none)');
    expect(formatParameterValue(0.5)).toBe('0.5');
  });
});
