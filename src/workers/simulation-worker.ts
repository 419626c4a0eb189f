// Worker thread: runs the replication ranges it is sent into the shared metric buffer.
import { parentPort } from 'node:worker_threads';
import { createMetricBuffer } from '../engine/metric-buffer.js';
import { runReplications } from '../engine/run-replications.js';
import { summariseSeries } from '../engine/summarise-run.js';
import { type PreparedScenario, prepareScenario } from '../model/simulate-replication.js';
import type { Scenario } from '../scenario/scenario-schema.js';

export interface WorkerJob {
  jobId: number;
  /** 'simulate' fills replications [from, to); 'summarise' computes series for metrics [from, to). */
  kind: 'simulate' | 'summarise';
  scenario: Scenario;
  scenarioKey: string;
  seed: string;
  metrics: number;
  months: number;
  runs: number;
  from: number;
  to: number;
  storage: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; jobId: number; done: number }
  | { type: 'done'; jobId: number; payload?: unknown }
  | { type: 'error'; jobId: number; message: string };

let cached: { key: string; prepared: PreparedScenario } | undefined;

parentPort!.on('message', (job: WorkerJob) => {
  try {
    if (!cached || cached.key !== job.scenarioKey) {
      cached = { key: job.scenarioKey, prepared: prepareScenario(job.scenario) };
    }
    const buffer = createMetricBuffer(job.metrics, job.months, job.runs, job.storage);
    if (job.kind === 'summarise') {
      const indices = Array.from({ length: job.to - job.from }, (_, i) => job.from + i);
      parentPort!.postMessage({ type: 'done', jobId: job.jobId, payload: summariseSeries(buffer, indices) });
      return;
    }
    const step = Math.max(1, Math.floor((job.to - job.from) / 10));
    runReplications(cached.prepared, job.seed, buffer, { from: job.from, to: job.to }, (done) => {
      if (done % step === 0) parentPort!.postMessage({ type: 'progress', jobId: job.jobId, done: step });
    });
    const rest = (job.to - job.from) % step;
    if (rest > 0) parentPort!.postMessage({ type: 'progress', jobId: job.jobId, done: rest });
    parentPort!.postMessage({ type: 'done', jobId: job.jobId });
  } catch (error) {
    parentPort!.postMessage({ type: 'error', jobId: job.jobId, message: String(error) });
  }
});
