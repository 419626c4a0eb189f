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
import { createJobQueue, type JobQueue } from './job-queue.js';

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

export type SurveyQueue = JobQueue<SurveyJob>;

export function createSurveyQueue(options: SurveyQueueOptions): SurveyQueue {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  return createJobQueue<SurveyJob>(
    {
      noun: 'hindcast survey',
      markRunning: (id) => markSurveyRunning(db, id, now()),
      end: (id, status, error) => endSurvey(db, id, status, error, now()),
      async perform(job, signal, setProgress) {
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
            setProgress(results.length / plans.length);
          }
        };
        await Promise.all([worker(), worker()]);
        if (signal.aborted) throw signal.reason;
        const result = summariseSurvey(results, skipped, job.settings);
        await completeSurvey(db, job.id, JSON.stringify(result), now());
      },
    },
    // One survey at a time: it keeps the whole pool busy.
    { maxConcurrent: 1, maxQueued: options.maxQueued ?? 2, log: options.log },
  );
}
