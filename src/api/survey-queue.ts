/**
 * Runs hindcast surveys (every council) off the request path, like comparisons: one at a time on
 * the server's worker pool, a few waiting, status and result in the store, live progress (councils
 * finished / councils planned) in memory. Stopping or shutting down aborts between councils.
 */
import type { Kysely } from 'kysely';
import type { BufferRunner } from '../analysis/buffer-runner.js';
import type { CensusData } from '../data/census-data.js';
import { scoreHindcast } from '../data/hindcast.js';
import {
  type CouncilScores,
  planSurvey,
  type SurveySettings,
  summariseSurvey,
} from '../data/hindcast-survey.js';
import type { Database } from '../store/database-schema.js';
import { completeSurvey, endSurvey, markSurveyRunning } from '../store/survey-repository.js';

export interface SurveyJob {
  id: string;
  settings: SurveySettings;
}

export interface SurveyQueueOptions {
  db: Kysely<Database>;
  data: () => CensusData;
  runner: (signal: AbortSignal) => BufferRunner;
  maxQueued?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface SurveyQueue {
  /** False when full or shutting down. */
  enqueue(job: SurveyJob): boolean;
  hasRoom(): boolean;
  /** Ends a waiting or running survey; false if it was neither. */
  stop(id: string, status?: 'cancelled' | 'interrupted'): Promise<boolean>;
  progressOf(id: string): number | undefined;
  /** Stops taking work, lets a running survey finish within `graceMs`, then interrupts it. */
  shutdown(graceMs: number): Promise<void>;
  readonly closed: boolean;
}

const REASONS = { cancelled: 'cancelled by request', interrupted: 'the server shut down' } as const;

export function createSurveyQueue(options: SurveyQueueOptions): SurveyQueue {
  const { db } = options;
  const maxQueued = options.maxQueued ?? 2;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const waiting: SurveyJob[] = [];
  let active:
    | { id: string; controller: AbortController; progress: number; settled: Promise<void> }
    | undefined;
  let closed = false;

  const execute = async (job: SurveyJob, entry: NonNullable<typeof active>) => {
    const { signal } = entry.controller;
    if (!(await markSurveyRunning(db, job.id, now()))) return;
    try {
      const { plans, skipped } = planSurvey(options.data(), job.settings);
      const run = options.runner(signal);
      const results: CouncilScores[] = [];
      let next = 0;
      // Two councils in flight keep the workers busy while this thread scores the last one.
      const worker = async () => {
        while (next < plans.length) {
          if (signal.aborted) throw signal.reason;
          const plan = plans[next++]!;
          const { scenario, council, start } = plan.built;
          const buffer = await run({ scenario, seed: job.settings.seed, runs: job.settings.runs });
          const scored = scoreHindcast(buffer, plan.observations, start.cases);
          results.push({ code: council.code, name: council.name, region: council.region, scored });
          entry.progress = results.length / plans.length;
        }
      };
      await Promise.all([worker(), worker()]);
      if (signal.aborted) throw signal.reason;
      const result = summariseSurvey(results, skipped, job.settings);
      await completeSurvey(db, job.id, JSON.stringify(result), now());
    } catch (error) {
      if (signal.aborted) {
        const status = signal.reason === 'interrupted' ? 'interrupted' : 'cancelled';
        await endSurvey(db, job.id, status, REASONS[status], now());
      } else {
        log(`hindcast survey ${job.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
        await endSurvey(db, job.id, 'failed', error instanceof Error ? error.message : String(error), now());
      }
    }
  };

  const pump = () => {
    if (closed || active || waiting.length === 0) return;
    const job = waiting.shift()!;
    const entry = { id: job.id, controller: new AbortController(), progress: 0, settled: Promise.resolve() };
    active = entry;
    entry.settled = execute(job, entry)
      .catch((error: unknown) => log(`hindcast survey ${job.id}: ${String(error)}`))
      .finally(() => {
        active = undefined;
        pump();
      });
  };

  const hasRoom = () => !closed && (!active || waiting.length < maxQueued);

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
        await endSurvey(db, id, status, REASONS[status], now());
        return true;
      }
      if (active?.id !== id) return false;
      active.controller.abort(status);
      await active.settled;
      return true;
    },
    progressOf: (id) => (active?.id === id ? active.progress : undefined),
    async shutdown(graceMs) {
      closed = true;
      for (const job of waiting.splice(0))
        await endSurvey(db, job.id, 'interrupted', REASONS.interrupted, now());
      const running = active;
      if (!running) return;
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => {
        timer = setTimeout(() => resolve('expired'), graceMs);
      });
      const outcome = await Promise.race([running.settled.then(() => 'finished' as const), expired]);
      clearTimeout(timer);
      if (outcome === 'expired') {
        running.controller.abort('interrupted');
        await running.settled;
      }
    },
  };
}
