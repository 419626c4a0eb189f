// Builds the app as main does, on a fresh temp SQLite file, with a small scenarios dir and pool.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../src/api/app-deps.js';
import { createApp } from '../../src/api/create-app.js';
import { createRunQueue, type RunQueue } from '../../src/api/run-queue.js';
import { loadShippedScenarios } from '../../src/api/shipped-scenarios.js';
import type { Database } from '../../src/store/database-schema.js';
import { migrateToLatest } from '../../src/store/migrations.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { WorkerPool } from '../../src/workers/worker-pool.js';

export const FIXTURE = 'tests/fixtures/small.json';
/** The fixture is offered as this shipped scenario. */
export const SHIPPED_ID = 'small-test';

export interface TestApp {
  app: Hono;
  db: Kysely<Database>;
  queue: RunQueue;
  dir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  pool: WorkerPool;
  config?: Partial<AppConfig>;
  maxConcurrent?: number;
  maxQueued?: number;
}

export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'caseforce-api-'));
  const scenariosDir = join(dir, 'scenarios');
  mkdirSync(scenariosDir);
  copyFileSync(FIXTURE, join(scenariosDir, `${SHIPPED_ID}.json`));
  const db = openDatabase(join(dir, 'test.sqlite'));
  await migrateToLatest(db);
  const queue = createRunQueue({
    db,
    pool: options.pool,
    maxConcurrent: options.maxConcurrent ?? 1,
    maxQueued: options.maxQueued ?? 4,
    progressIntervalMs: 20,
  });
  const config: AppConfig = {
    token: undefined,
    bodyLimitBytes: 1024 * 1024,
    maxRunsPerRequest: 100_000,
    maxMonths: 120,
    webDistDir: join(dir, 'web-dist'),
    ...options.config,
  };
  const app = createApp({ db, config, queue, shipped: loadShippedScenarios(scenariosDir), log: () => {} });
  return {
    app,
    db,
    queue,
    dir,
    async close() {
      await queue.shutdown(0);
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const JSON_HEADERS = { 'content-type': 'application/json' };

export function send(
  app: Hono,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method,
    headers: { ...JSON_HEADERS, ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

/** Polls a run until it has ended; fails the test after `timeoutMs`. */
export async function waitForRun(
  app: Hono,
  id: string,
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = (await (await app.request(`/api/runs/${id}`)).json()) as Record<string, unknown>;
    if (!['queued', 'running'].includes(run.status as string)) return run;
    if (Date.now() > deadline) throw new Error(`run ${id} still ${String(run.status)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every row of every table, for checking that a rejected request changed nothing. */
export async function dumpStore(db: Kysely<Database>): Promise<string> {
  const scenarios = await db.selectFrom('scenarios').selectAll().orderBy('id').execute();
  const runs = await db.selectFrom('runs').selectAll().orderBy('id').execute();
  const results = await db.selectFrom('results').selectAll().orderBy('run_id').execute();
  return JSON.stringify({ scenarios, runs, results });
}
