import { describe, expect, it } from 'vitest';
import { inProcessRunner } from '../../src/analysis/buffer-runner.js';
import { runTornado } from '../../src/analysis/tornado.js';
import { expandPattern, selectTornadoParameters } from '../../src/analysis/tornado-parameters.js';
import { quantile } from '../../src/rng/distribution.js';
import type { ScenarioInput } from '../../src/scenario/scenario-schema.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

const scenario = mustParse(fixtureInput());

describe('selectTornadoParameters', () => {
  it('takes uncertain parameters at P10/P90 and named levers at +-x%, skipping levers at zero', () => {
    const selection = selectTornadoParameters(scenario, { pct: 20 });
    if (!selection.ok) throw new Error('failed');
    const byPath = Object.fromEntries(selection.value.parameters.map((p) => [p.path, p]));
    expect(Object.keys(byPath)).toEqual([
      'leaving.asyeCompletionExitProbability',
      'recruitment.nqIntakes.0.places',
      'recruitment.nqIntakes.0.fillProbability',
      'agency.coverShare',
    ]);
    const beta = { dist: 'beta' as const, alpha: 4, beta: 16 };
    expect(byPath['leaving.asyeCompletionExitProbability']).toMatchObject({
      kind: 'distribution',
      low: quantile(beta, 0.1),
      high: quantile(beta, 0.9),
    });
    expect(byPath['recruitment.nqIntakes.0.places']).toMatchObject({ kind: 'number', low: 6.4, high: 9.6 });
    expect(selection.value.skipped.map((s) => s.path)).toEqual(['agency.conversionHazardPerMonth']);
  });

  it('expands * over array entries and rejects paths that are not numeric', () => {
    expect(expandPattern(scenario, 'recruitment.nqIntakes.*.places')).toEqual([
      'recruitment.nqIntakes.0.places',
    ]);
    expect(expandPattern(scenario, 'pipelines.cohorts.*.size')).toEqual([]);
    expect(selectTornadoParameters(scenario, { paths: ['name'], pct: 20 }).ok).toBe(false);
    expect(selectTornadoParameters(scenario, { paths: ['no.such'], pct: 20 }).ok).toBe(false);
  });
});

describe('runTornado', () => {
  it('ranks bars by swing and puts a parameter with no effect last with a swing of exactly 0', async () => {
    const result = await runTornado(
      {
        scenario,
        outcome: { metric: 'permanent_fte', month: 18 },
        seed: 'tornado',
        runs: 300,
        // Feedback is off in the fixture, so its strength has no effect.
        parameters: [
          'feedback.strength',
          'leaving.baseHazardPerMonth',
          'recruitment.fillProbabilityPerMonth',
        ],
        pct: 20,
      },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const bars = result.value.bars;
    expect(bars.map((b) => b.path).at(-1)).toBe('feedback.strength');
    const none = bars.at(-1)!;
    expect(none.swing).toBe(0);
    expect(none.low.outcome).toBe(result.value.baseline);
    expect(none.swingStandardError).toBe(0);
    for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
    const hazard = bars.find((b) => b.path === 'leaving.baseHazardPerMonth')!;
    expect(hazard.low.value).toBeCloseTo(0.0089 * 0.8, 12);
    expect(hazard.low.outcome).toBeGreaterThan(hazard.high.outcome); // fewer leavers, more staff
    expect(hazard.swing).toBeGreaterThan(4 * hazard.swingStandardError!);
  });

  it('clamps a probability pushed past 1 and reports a probability outcome', async () => {
    const input = fixtureInput() as ScenarioInput;
    input.recruitment.nqIntakes![0]!.fillProbability = 0.95;
    const result = await runTornado(
      {
        scenario: mustParse(input),
        outcome: { metric: 'agency_rate', month: 12, condition: { op: '<=', value: 0.15 } },
        seed: 'clamp',
        runs: 50,
        parameters: ['recruitment.nqIntakes.0.fillProbability'],
        pct: 20,
      },
      inProcessRunner,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.bars[0]!.high.value).toBe(1);
    expect(result.value.baseline).toBeGreaterThanOrEqual(0);
    expect(result.value.baseline).toBeLessThanOrEqual(1);
  });

  it('rejects an outcome month beyond the horizon', async () => {
    const result = await runTornado(
      { scenario, outcome: { metric: 'agency_rate', month: 99 }, seed: 's', runs: 10 },
      inProcessRunner,
    );
    expect(result.ok).toBe(false);
  });
});
