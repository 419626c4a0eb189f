import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { column, createMetricBuffer } from '../../src/engine/metric-buffer.js';
import { runReplications } from '../../src/engine/run-replications.js';
import { simulateBuffer, simulateRun } from '../../src/engine/simulate-run.js';
import { METRIC_INDEX, METRIC_NAMES } from '../../src/model/metric-names.js';
import { prepareScenario } from '../../src/model/simulate-replication.js';
import { runSimulation } from '../../src/run-simulation.js';
import { createWorkerPool } from '../../src/workers/worker-pool.js';
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

describe('a reused result buffer', () => {
  it('is fully overwritten: every metric, month and replication is written (no clearing needed)', () => {
    const full = mustParse(
      JSON.parse(readFileSync(new URL('../../scenarios/hull-baseline.json', import.meta.url), 'utf8')),
    );
    const scenario24 = { ...full, horizonMonths: 24 };
    const buffer = createMetricBuffer(METRIC_NAMES.length, 24, 37);
    buffer.data.fill(Number.NaN);
    runReplications(prepareScenario(scenario24), 'overwrite', buffer, { from: 0, to: 37 });
    expect(buffer.data.some(Number.isNaN)).toBe(false);
  });

  it('gives the same result when a pool reuses a buffer from a larger run', async () => {
    const pool = createWorkerPool(2);
    try {
      await runSimulation({ ...scenario, horizonMonths: 36 }, { seed: 'big', runs: 500, pool });
      const reused = await runSimulation(scenario, { seed: 'threads', runs: 301, pool });
      expect(JSON.stringify(reused)).toBe(
        JSON.stringify(simulateRun({ scenario, seed: 'threads', runs: 301 })),
      );
    } finally {
      await pool.close();
    }
  });
});
