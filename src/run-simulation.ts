// Runs a scenario on worker threads: replications split into ranges, written into one shared
// buffer, then summarised exactly as the single-thread engine does.
import { availableParallelism } from 'node:os';
import { bufferBytes, createMetricBuffer } from './engine/metric-buffer.js';
import type { SeriesStats, SimulationResult } from './engine/simulation-result.js';
import { summariseRun } from './engine/summarise-run.js';
import { METRIC_NAMES } from './model/metric-names.js';
import { hashScenario } from './scenario/scenario-hash.js';
import type { Scenario } from './scenario/scenario-schema.js';
import { createWorkerPool, type WorkerPool } from './workers/worker-pool.js';

export interface RunOptions {
  seed: string;
  runs: number;
  /** Worker threads when no pool is given; default = available cores. */
  threads?: number;
  pool?: WorkerPool;
  /** Called with the share of replications finished, 0-1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export const defaultThreads = (): number => Math.max(1, availableParallelism());

export async function runSimulation(scenario: Scenario, options: RunOptions): Promise<SimulationResult> {
  const { seed, runs } = options;
  const months = scenario.horizonMonths;
  const metrics = METRIC_NAMES.length;
  const pool = options.pool ?? createWorkerPool(Math.min(options.threads ?? defaultThreads(), runs));
  // Every replication writes every metric and month, so a reused buffer needs no clearing.
  const storage = pool.acquireStorage(bufferBytes(metrics, months, runs));
  const scenarioHash = hashScenario(scenario);
  try {
    const chunks = Math.min(runs, pool.size * 8);
    const jobs = Array.from({ length: chunks }, (_, i) => ({
      kind: 'simulate' as const,
      scenario,
      scenarioKey: `${scenarioHash}`,
      seed,
      metrics,
      months,
      runs,
      from: Math.floor((i * runs) / chunks),
      to: Math.floor(((i + 1) * runs) / chunks),
      storage,
    }));
    let done = 0;
    await pool.runJobs(
      jobs,
      (n) => {
        done += n;
        options.onProgress?.(done / runs);
      },
      options.signal,
    );
    // Percentiles are computed in parallel too: each worker summarises a share of the metrics.
    const parts = Math.min(metrics, pool.size * 2);
    const summaries = await pool.runJobs(
      Array.from({ length: parts }, (_, i) => ({
        ...jobs[0]!,
        kind: 'summarise' as const,
        from: Math.floor((i * metrics) / parts),
        to: Math.floor(((i + 1) * metrics) / parts),
      })),
      () => {},
      options.signal,
    );
    const series = Object.assign({}, ...(summaries as Record<string, SeriesStats>[]));
    return summariseRun(
      createMetricBuffer(metrics, months, runs, storage),
      { scenario, scenarioHash, seed },
      series,
    );
  } finally {
    pool.releaseStorage(storage);
    if (!options.pool) await pool.close();
  }
}
