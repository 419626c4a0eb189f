/**
 * Runs simulations off the request path: at most `maxConcurrent` at once on the shared worker
 * pool, at most `maxQueued` waiting. Keeps the store's run status and progress current and tells
 * subscribers (the SSE route) about progress and the end of each run.
 */
import type { Kysely } from 'kysely';
import { runSimulation } from '../run-simulation.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import type { Database, RunStatus } from '../store/database-schema.js';
import { completeRun, endRun, markRunRunning, updateRunProgress } from '../store/run-transitions.js';
import type { WorkerPool } from '../workers/worker-pool.js';
import { createJobQueue, type JobQueue } from './job-queue.js';

export interface RunJob {
  id: string;
  scenario: Scenario;
  seed: string;
  runs: number;
}

export type RunEvent =
  | { type: 'progress'; progress: number }
  | { type: 'end'; status: RunStatus; error: string | null };

export interface RunQueueOptions {
  db: Kysely<Database>;
  pool: WorkerPool;
  maxConcurrent: number;
  maxQueued: number;
  now?: () => Date;
  /** Least time between progress writes to the store and between progress events. */
  progressIntervalMs?: number;
  log?: (message: string) => void;
}

export interface RunQueue extends JobQueue<RunJob> {
  /** Progress events of a running run and the end of each run. */
  subscribe(id: string, listener: (event: RunEvent) => void): () => void;
}

export function createRunQueue(options: RunQueueOptions): RunQueue {
  const { db, pool } = options;
  const now = options.now ?? (() => new Date());
  const interval = options.progressIntervalMs ?? 250;
  const listeners = new Map<string, Set<(event: RunEvent) => void>>();

  const emit = (id: string, event: RunEvent) => {
    for (const listener of listeners.get(id) ?? []) listener(event);
  };

  const queue = createJobQueue<RunJob>(
    {
      noun: 'run',
      markRunning: (id) => markRunRunning(db, id, now()),
      async end(id, status, error) {
        await endRun(db, id, status, error, now());
        emit(id, { type: 'end', status, error });
      },
      async perform(job, signal, setProgress) {
        let lastSent = 0;
        let writing = Promise.resolve();
        const onProgress = (fraction: number) => {
          setProgress(fraction);
          const t = Date.now();
          if (t - lastSent < interval) return;
          lastSent = t;
          emit(job.id, { type: 'progress', progress: fraction });
          writing = writing.then(() => updateRunProgress(db, job.id, fraction)).catch(() => {});
        };
        let result: Awaited<ReturnType<typeof runSimulation>>;
        try {
          result = await runSimulation(job.scenario, {
            seed: job.seed,
            runs: job.runs,
            pool,
            signal,
            onProgress,
          });
        } finally {
          await writing;
        }
        if (signal.aborted) throw signal.reason;
        setProgress(1);
        if (await completeRun(db, job.id, JSON.stringify(result), now())) {
          emit(job.id, { type: 'end', status: 'done', error: null });
        }
      },
    },
    options,
  );

  return Object.assign(queue, {
    subscribe(id: string, listener: (event: RunEvent) => void) {
      const set = listeners.get(id) ?? new Set();
      listeners.set(id, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
  });
}
