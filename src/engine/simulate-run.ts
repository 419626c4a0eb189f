/**
 * A whole run in the current thread: R replications of one scenario from one seed, summarised.
 * The worker-thread runner in the shell produces the identical result in parallel.
 */
import { METRIC_NAMES } from '../model/metric-names.js';
import { prepareScenario } from '../model/simulate-replication.js';
import { hashScenario } from '../scenario/scenario-hash.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { createMetricBuffer, type MetricBuffer } from './metric-buffer.js';
import { runReplications } from './run-replications.js';
import type { SimulationResult } from './simulation-result.js';
import { summariseRun } from './summarise-run.js';

export interface RunSpec {
  scenario: Scenario;
  seed: string;
  runs: number;
}

/** Fills a buffer with every replication of the run (months = scenario.horizonMonths). */
export function simulateBuffer(spec: RunSpec): MetricBuffer {
  const buffer = createMetricBuffer(METRIC_NAMES.length, spec.scenario.horizonMonths, spec.runs);
  runReplications(prepareScenario(spec.scenario), spec.seed, buffer, { from: 0, to: spec.runs });
  return buffer;
}

export function simulateRun(spec: RunSpec): SimulationResult {
  return summariseRun(simulateBuffer(spec), {
    scenario: spec.scenario,
    scenarioHash: hashScenario(spec.scenario),
    seed: spec.seed,
  });
}
