/**
 * Starts everything the server needs from a config: database (migrated, unfinished runs marked
 * interrupted), one worker pool, the run queue and the HTTP listener; `close` undoes it in order.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Config } from '../config.js';
import { shippedCensusData } from '../data/read-census-files.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import { interruptUnfinishedComparisons } from '../store/comparison-repository.js';
import { migrateToLatest } from '../store/migrations.js';
import { openDatabase } from '../store/open-database.js';
import { interruptUnfinishedRuns } from '../store/run-transitions.js';
import { interruptUnfinishedSurveys } from '../store/survey-repository.js';
import { createWorkerPool } from '../workers/worker-pool.js';
import { createComparisonQueue } from './comparison-queue.js';
import { createApp } from './create-app.js';
import { createRunQueue } from './run-queue.js';
import { loadShippedScenarios } from './shipped-scenarios.js';
import { createSurveyQueue } from './survey-queue.js';

export interface RunningServer {
  url: string;
  /** Stops taking requests, lets runs finish within the grace period, interrupts the rest, closes all. */
  close(): Promise<void>;
}

export async function startServer(config: Config, log: (message: string) => void): Promise<RunningServer> {
  const db = openDatabase(config.databaseFile);
  await migrateToLatest(db);
  const interrupted = await interruptUnfinishedRuns(db, new Date());
  if (interrupted > 0)
    log(`Marked ${interrupted} run(s) left unfinished by the last process as interrupted.`);
  const stopped = await interruptUnfinishedComparisons(db, new Date());
  if (stopped > 0) log(`Marked ${stopped} comparison(s) left unfinished as interrupted.`);
  const surveysStopped = await interruptUnfinishedSurveys(db, new Date());
  if (surveysStopped > 0) log(`Marked ${surveysStopped} hindcast survey(s) left unfinished as interrupted.`);
  const shipped = loadShippedScenarios(config.scenariosDir, log);
  const pool = createWorkerPool(config.workerThreads);
  const queue = createRunQueue({
    db,
    pool,
    maxConcurrent: config.maxConcurrentRuns,
    maxQueued: config.maxQueuedRuns,
    log,
  });
  const comparisons = createComparisonQueue({
    db,
    runner: (signal) => createParallelRunner(pool, signal),
    log,
  });
  const surveys = createSurveyQueue({
    db,
    data: shippedCensusData,
    runner: (signal) => createParallelRunner(pool, signal),
    log,
  });
  const app = createApp({ db, config, queue, shipped, analysisPool: pool, comparisons, surveys, log });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closing: Promise<void> | undefined;
  const close = async () => {
    server.close();
    await Promise.all([
      queue.shutdown(config.shutdownGraceMs),
      comparisons.shutdown(config.shutdownGraceMs),
      surveys.shutdown(config.shutdownGraceMs),
    ]);
    // Event streams end with their runs; anything still open now is dropped.
    if ('closeAllConnections' in server) server.closeAllConnections();
    await pool.close();
    await db.destroy();
  };
  return { url: `http://${host}:${port}/`, close: () => (closing ??= close()) };
}
