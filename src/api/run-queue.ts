/**
 * Runs simulations off the request path: at most `maxConcurrent` at once on the shared worker
 * pool, at most `maxQueued` waiting. Keeps the store's run status and progress current and tells
 * subscribers (the SSE route) about progress and the end of each run.
 */
import type { Kysely } from 'kysely';
import { runSimulation } from '../run-simulation.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import type { Database, RunStatus } from '../store/database-schema.js';
import {
  completeRun,
  type EndStatus,
  endRun,
  markRunRunning,
  updateRunProgress,
} from '../store/run-transitions.js';
import type { WorkerPool } from '../workers/worker-pool.js';

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

export interface RunQueue {
  /** False when the queue is full (or shutting down): the caller answers 429. */
  enqueue(job: RunJob): boolean;
  hasRoom(): boolean;
  /** Ends a waiting or running run with `status`; resolves once it has stopped. False if it was neither. */
  stop(id: string, status?: EndStatus): Promise<boolean>;
  /** Live progress of a running run. */
  progressOf(id: string): number | undefined;
  subscribe(id: string, listener: (event: RunEvent) => void): () => void;
  /** Stops taking runs, lets running ones finish within `graceMs`, then interrupts the rest. */
  shutdown(graceMs: number): Promise<void>;
  readonly closed: boolean;
}

interface Active {
  controller: AbortController;
  progress: number;
  settled: Promise<void>;
}

export function createRunQueue(options: RunQueueOptions): RunQueue {
  const { db, pool, maxConcurrent, maxQueued } = options;
  const now = options.now ?? (() => new Date());
  const interval = options.progressIntervalMs ?? 250;
  const log = options.log ?? (() => {});
  const waiting: RunJob[] = [];
  const active = new Map<string, Active>();
  const listeners = new Map<string, Set<(event: RunEvent) => void>>();
  let closed = false;

  const emit = (id: string, event: RunEvent) => {
    for (const listener of listeners.get(id) ?? []) listener(event);
  };

  const end = async (id: string, status: EndStatus, error: string | null) => {
    await endRun(db, id, status, error, now());
    emit(id, { type: 'end', status, error });
  };

  const execute = async (job: RunJob, entry: Active) => {
    const { signal } = entry.controller;
    if (!(await markRunRunning(db, job.id, now()))) return;
    let lastSent = 0;
    let writing = Promise.resolve();
    const onProgress = (fraction: number) => {
      entry.progress = fraction;
      const t = Date.now();
      if (t - lastSent < interval) return;
      lastSent = t;
      emit(job.id, { type: 'progress', progress: fraction });
      writing = writing.then(() => updateRunProgress(db, job.id, fraction)).catch(() => {});
    };
    try {
      const result = await runSimulation(job.scenario, {
        seed: job.seed,
        runs: job.runs,
        pool,
        signal,
        onProgress,
      });
      await writing;
      if (signal.aborted) throw signal.reason;
      entry.progress = 1;
      if (await completeRun(db, job.id, JSON.stringify(result), now())) {
        emit(job.id, { type: 'end', status: 'done', error: null });
      }
    } catch (error) {
      await writing;
      if (signal.aborted) {
        const status = signal.reason === 'interrupted' ? 'interrupted' : 'cancelled';
        await end(job.id, status, status === 'cancelled' ? 'cancelled by request' : 'the server shut down');
      } else {
        log(`run ${job.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
        await end(job.id, 'failed', error instanceof Error ? error.message : String(error));
      }
    }
  };

  const pump = () => {
    while (!closed && active.size < maxConcurrent && waiting.length > 0) {
      const job = waiting.shift()!;
      const entry: Active = { controller: new AbortController(), progress: 0, settled: Promise.resolve() };
      active.set(job.id, entry);
      entry.settled = execute(job, entry)
        .catch((error: unknown) => log(`run ${job.id}: ${String(error)}`))
        .finally(() => {
          active.delete(job.id);
          pump();
        });
    }
  };

  const hasRoom = () => !closed && (active.size < maxConcurrent || waiting.length < maxQueued);

  return {
    get closed() {
      return closed;
    },
    hasRoom,
    enqueue(job) {
      if (!hasRoom()) return false;
      waiting.push(job);
      pump();
      return true;
    },
    async stop(id, status = 'cancelled') {
      const i = waiting.findIndex((j) => j.id === id);
      if (i >= 0) {
        waiting.splice(i, 1);
        await end(id, status, status === 'cancelled' ? 'cancelled by request' : 'the server shut down');
        return true;
      }
      const entry = active.get(id);
      if (!entry) return false;
      entry.controller.abort(status);
      await entry.settled;
      return true;
    },
    progressOf: (id) => active.get(id)?.progress,
    subscribe(id, listener) {
      const set = listeners.get(id) ?? new Set();
      listeners.set(id, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
    async shutdown(graceMs) {
      closed = true;
      for (const job of waiting.splice(0)) await end(job.id, 'interrupted', 'the server shut down');
      const running = Promise.all([...active.values()].map((a) => a.settled));
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => {
        timer = setTimeout(() => resolve('expired'), graceMs);
      });
      const outcome = await Promise.race([running.then(() => 'finished' as const), expired]);
      clearTimeout(timer);
      if (outcome === 'expired') {
        for (const entry of active.values()) entry.controller.abort('interrupted');
        await running;
      }
    },
  };
}
