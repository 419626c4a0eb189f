/**
 * Runs paired comparisons off the request path, as the run queue runs simulations: at most
 * `maxConcurrent` at once on the server's worker pool, at most `maxQueued` waiting, status kept in
 * the store, live progress (simulations finished / simulations needed) in memory.
 */
import type { Kysely } from 'kysely';
import type { BufferRunner } from '../analysis/buffer-runner.js';
import { type CompareSpec, compareScenarios } from '../analysis/compare-scenarios.js';
import { completeComparison, endComparison, markComparisonRunning } from '../store/comparison-repository.js';
import type { Database } from '../store/database-schema.js';
import { createJobQueue, type JobQueue } from './job-queue.js';

export interface ComparisonJob {
  id: string;
  spec: CompareSpec;
}

export interface ComparisonQueueOptions {
  db: Kysely<Database>;
  /** A runner for one comparison, cancelled through `signal`. */
  runner: (signal: AbortSignal) => BufferRunner;
  maxConcurrent?: number;
  maxQueued?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export type ComparisonQueue = JobQueue<ComparisonJob>;

export function createComparisonQueue(options: ComparisonQueueOptions): ComparisonQueue {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  return createJobQueue<ComparisonJob>(
    {
      noun: 'comparison',
      markRunning: (id) => markComparisonRunning(db, id, now()),
      end: (id, status, error) => endComparison(db, id, status, error, now()),
      async perform(job, signal, setProgress) {
        const total = 1 + job.spec.options.length;
        let finished = 0;
        const inner = options.runner(signal);
        const run: BufferRunner = async (spec) => {
          if (signal.aborted) throw signal.reason;
          const buffer = await inner(spec);
          setProgress(++finished / total);
          return buffer;
        };
        const result = await compareScenarios(job.spec, run);
        if (signal.aborted) throw signal.reason;
        if (!result.ok) {
          const text = result.error.map((p) => `${p.path}: ${p.message}`).join('; ');
          await endComparison(db, job.id, 'failed', text, now());
          return;
        }
        setProgress(1);
        await completeComparison(db, job.id, JSON.stringify(result.value), now());
      },
    },
    { maxConcurrent: options.maxConcurrent ?? 1, maxQueued: options.maxQueued ?? 8, log: options.log },
  );
}
