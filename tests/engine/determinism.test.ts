import { describe, expect, it } from 'vitest';
import { column } from '../../src/engine/metric-buffer.js';
import { simulateBuffer, simulateRun } from '../../src/engine/simulate-run.js';
import { METRIC_INDEX } from '../../src/model/metric-names.js';
import { runSimulation } from '../../src/run-simulation.js';
import { fixtureInput, mustParse } from '../model/scenario-builder.js';

const scenario = mustParse(fixtureInput());

function variance(x: number[]): number {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
}

describe('simulateRun', () => {
  it('gives identical JSON for the same scenario and seed', () => {
    const a = JSON.stringify(simulateRun({ scenario, seed: 'same', runs: 200 }));
    const b = JSON.stringify(simulateRun({ scenario, seed: 'same', runs: 200 }));
    expect(a).toBe(b);
  });

  it('gives different results for different seeds', () => {
    const a = simulateRun({ scenario, seed: 'a', runs: 200 });
    const b = simulateRun({ scenario, seed: 'b', runs: 200 });
    expect(a.series.permanent_fte!.mean).not.toEqual(b.series.permanent_fte!.mean);
  });
});

describe('runSimulation', () => {
  it('gives the same result on 1 and 2 worker threads as in process', async () => {
    const inProcess = JSON.stringify(simulateRun({ scenario, seed: 'threads', runs: 301 }));
    const one = JSON.stringify(await runSimulation(scenario, { seed: 'threads', runs: 301, threads: 1 }));
    const two = JSON.stringify(await runSimulation(scenario, { seed: 'threads', runs: 301, threads: 2 }));
    expect(one).toBe(inProcess);
    expect(two).toBe(inProcess);
  });

  it('rejects with an AbortError when cancelled and leaves no result', async () => {
    const controller = new AbortController();
    const run = runSimulation(scenario, {
      seed: 'cancel',
      runs: 20_000,
      threads: 2,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('common random numbers', () => {
  it('make paired differences far less variable than independent seeds for a small policy change', () => {
    const option = mustParse({
      ...fixtureInput(),
      recruitment: { ...(fixtureInput().recruitment as object), fillProbabilityPerMonth: 0.075 },
    });
    const runs = 400;
    const base = simulateBuffer({ scenario, seed: 'crn', runs });
    const paired = simulateBuffer({ scenario: option, seed: 'crn', runs });
    const independent = simulateBuffer({ scenario: option, seed: 'other', runs });
    const k = METRIC_INDEX.permanent_fte;
    for (const month of [12, 24]) {
      const b = Array.from(column(base, k, month));
      const dPaired = Array.from(column(paired, k, month)).map((x, i) => x - b[i]!);
      const dIndependent = Array.from(column(independent, k, month)).map((x, i) => x - b[i]!);
      expect(variance(dPaired)).toBeLessThan(0.5 * variance(dIndependent));
    }
  });
});
