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
import type { EndStatus } from '../store/run-transitions.js';

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

export interface ComparisonQueue {
  /** False when full or shutting down: the caller answers 429 or 503. */
  enqueue(job: ComparisonJob): boolean;
  hasRoom(): boolean;
  /** Ends a waiting or running comparison; false if it was neither. */
  stop(id: string, status?: EndStatus): Promise<boolean>;
  progressOf(id: string): number | undefined;
  /** Stops taking work, lets running comparisons finish within `graceMs`, then interrupts them. */
  shutdown(graceMs: number): Promise<void>;
  readonly closed: boolean;
}

interface Active {
  controller: AbortController;
  progress: number;
  settled: Promise<void>;
}

const REASONS: Record<EndStatus, string> = {
  cancelled: 'cancelled by request',
  interrupted: 'the server shut down',
  failed: 'failed',
};

export function createComparisonQueue(options: ComparisonQueueOptions): ComparisonQueue {
  const { db } = options;
  const maxConcurrent = options.maxConcurrent ?? 1;
  const maxQueued = options.maxQueued ?? 8;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const waiting: ComparisonJob[] = [];
  const active = new Map<string, Active>();
  let closed = false;

  const execute = async (job: ComparisonJob, entry: Active) => {
    const { signal } = entry.controller;
    if (!(await markComparisonRunning(db, job.id, now()))) return;
    const total = 1 + job.spec.options.length;
    let finished = 0;
    const inner = options.runner(signal);
    const run: BufferRunner = async (spec) => {
      if (signal.aborted) throw signal.reason;
      const buffer = await inner(spec);
      entry.progress = ++finished / total;
      return buffer;
    };
    try {
      const result = await compareScenarios(job.spec, run);
      if (signal.aborted) throw signal.reason;
      if (!result.ok) {
        const text = result.error.map((p) => `${p.path}: ${p.message}`).join('; ');
        await endComparison(db, job.id, 'failed', text, now());
        return;
      }
      entry.progress = 1;
      await completeComparison(db, job.id, JSON.stringify(result.value), now());
    } catch (error) {
      if (signal.aborted) {
        const status: EndStatus = signal.reason === 'interrupted' ? 'interrupted' : 'cancelled';
        await endComparison(db, job.id, status, REASONS[status], now());
      } else {
        log(`comparison ${job.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
        const message = error instanceof Error ? error.message : String(error);
        await endComparison(db, job.id, 'failed', message, now());
      }
    }
  };

  const pump = () => {
    while (!closed && active.size < maxConcurrent && waiting.length > 0) {
      const job = waiting.shift()!;
      const entry: Active = { controller: new AbortController(), progress: 0, settled: Promise.resolve() };
      active.set(job.id, entry);
      entry.settled = execute(job, entry)
        .catch((error: unknown) => log(`comparison ${job.id}: ${String(error)}`))
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
        await endComparison(db, id, status, REASONS[status], now());
        return true;
      }
      const entry = active.get(id);
      if (!entry) return false;
      entry.controller.abort(status);
      await entry.settled;
      return true;
    },
    progressOf: (id) => active.get(id)?.progress,
    async shutdown(graceMs) {
      closed = true;
      for (const job of waiting.splice(0))
        await endComparison(db, job.id, 'interrupted', REASONS.interrupted, now());
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
