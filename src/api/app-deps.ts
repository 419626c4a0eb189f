/** What the app is built from: tests pass their own database, queue, scenarios, clock and ids. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../store/database-schema.js';
import type { WorkerPool } from '../workers/worker-pool.js';
import type { ComparisonQueue } from './comparison-queue.js';
import type { RunQueue } from './run-queue.js';
import type { ShippedScenarios } from './shipped-scenarios.js';
import type { SurveyQueue } from './survey-queue.js';

export type AppConfig = Pick<
  Config,
  'token' | 'bodyLimitBytes' | 'maxRunsPerRequest' | 'maxMonths' | 'webDistDir'
>;

export interface AppDeps {
  db: Kysely<Database>;
  config: AppConfig;
  queue: RunQueue;
  shipped: ShippedScenarios;
  /** Worker pool for /api/analysis/*; without one (tests) analyses run in the request thread. */
  analysisPool?: WorkerPool;
  /** Queue for POST /api/comparisons; without one the app makes its own on analysisPool. */
  comparisons?: ComparisonQueue;
  /** Queue for POST /api/hindcast/surveys; without one the app makes its own on analysisPool. */
  surveys?: SurveyQueue;
  now?: () => Date;
  newId?: () => string;
  log?: (message: string) => void;
}
