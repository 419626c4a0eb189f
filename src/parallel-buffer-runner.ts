// A BufferRunner for the analyses on worker threads: each run's replications are split into
// ranges across the pool and written into one shared buffer, exactly as runSimulation does, so
// the buffer is identical to the in-process one. Runs are awaited one at a time by the analyses,
// which keeps at most one full buffer alive while every thread works on it.
import type { BufferRunner } from './analysis/buffer-runner.js';
import { bufferBytes, createMetricBuffer } from './engine/metric-buffer.js';
import { METRIC_NAMES } from './model/metric-names.js';
import { hashScenario } from './scenario/scenario-hash.js';
import type { WorkerPool } from './workers/worker-pool.js';

export function createParallelRunner(pool: WorkerPool, signal?: AbortSignal): BufferRunner {
  return async ({ scenario, seed, runs }) => {
    const months = scenario.horizonMonths;
    const metrics = METRIC_NAMES.length;
    const storage = new SharedArrayBuffer(bufferBytes(metrics, months, runs));
    const scenarioKey = hashScenario(scenario);
    const chunks = Math.min(runs, pool.size * 8);
    const jobs = Array.from({ length: chunks }, (_, i) => ({
      kind: 'simulate' as const,
      scenario,
      scenarioKey,
      seed,
      metrics,
      months,
      runs,
      from: Math.floor((i * runs) / chunks),
      to: Math.floor(((i + 1) * runs) / chunks),
      storage,
    }));
    await pool.runJobs(jobs, () => {}, signal);
    return createMetricBuffer(metrics, months, runs, storage);
  };
}
