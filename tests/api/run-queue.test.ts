import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunQueue, type RunEvent } from '../../src/api/run-queue.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { Scenario } from '../../src/scenario/scenario-schema.js';
import { findResultJson } from '../../src/store/result-repository.js';
import { findRunById, insertRun } from '../../src/store/run-repository.js';
import type { WorkerPool } from '../../src/workers/worker-pool.js';
import { openTempDatabase, type TempDatabase } from '../store/temp-database.js';
import { FIXTURE } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
const parsed = parseScenario(JSON.parse(readFileSync(FIXTURE, 'utf8')));
if (!parsed.ok) throw new Error('fixture does not parse');
const scenario: Scenario = parsed.value;

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.close());

const job = async (runs: number, months = scenario.horizonMonths) => {
  const id = randomUUID();
  const s = { ...scenario, horizonMonths: months };
  await insertRun(temp.db, {
    id,
    engineVersion: '1',
    scenarioHash: id,
    scenarioName: s.name,
    scenarioId: null,
    scenario: s,
    seed: '1',
    runs,
    months,
    queuedAt: new Date(),
  });
  return { id, scenario: s, seed: '1', runs };
};

const ended = (queue: ReturnType<typeof createRunQueue>, id: string) =>
  new Promise<RunEvent>((resolve) => {
    const off = queue.subscribe(id, (e) => {
      if (e.type === 'end') {
        off();
        resolve(e);
      }
    });
  });

describe('createRunQueue', () => {
  it('runs at most maxConcurrent at once and refuses more than maxQueued waiting', async () => {
    const queue = createRunQueue({ db: temp.db, pool, maxConcurrent: 1, maxQueued: 1 });
    const a = await job(5000, 120);
    const b = await job(20, 3);
    const c = await job(20, 3);
    expect(queue.enqueue(a)).toBe(true);
    expect(queue.enqueue(b)).toBe(true);
    expect(queue.hasRoom()).toBe(false);
    expect(queue.enqueue(c)).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect((await findRunById(temp.db, a.id))?.status).toBe('running');
    expect((await findRunById(temp.db, b.id))?.status).toBe('queued');
    const bEnded = ended(queue, b.id);
    expect(await queue.stop(a.id)).toBe(true);
    expect((await findRunById(temp.db, a.id))?.status).toBe('cancelled');
    expect(await bEnded).toEqual({ type: 'end', status: 'done', error: null });
    expect(await findResultJson(temp.db, b.id)).toContain('"runs":20');
  });

  it('marks a run failed with the error when the engine throws', async () => {
    const broken: WorkerPool = {
      size: 1,
      runJobs: () => Promise.reject(new Error('worker exploded')),
      acquireStorage: (bytes) => new SharedArrayBuffer(bytes),
      releaseStorage: () => {},
      close: async () => {},
    };
    const queue = createRunQueue({ db: temp.db, pool: broken, maxConcurrent: 1, maxQueued: 1 });
    const a = await job(10);
    const end = ended(queue, a.id);
    queue.enqueue(a);
    expect(await end).toEqual({ type: 'end', status: 'failed', error: 'worker exploded' });
    expect(await findRunById(temp.db, a.id)).toMatchObject({ status: 'failed', error: 'worker exploded' });
  });

  it('on shutdown interrupts waiting runs and, after the grace period, running ones', async () => {
    const queue = createRunQueue({ db: temp.db, pool, maxConcurrent: 1, maxQueued: 2 });
    const a = await job(5000, 120);
    const b = await job(20, 3);
    queue.enqueue(a);
    queue.enqueue(b);
    await new Promise((r) => setTimeout(r, 50));
    await queue.shutdown(10);
    expect((await findRunById(temp.db, a.id))?.status).toBe('interrupted');
    expect((await findRunById(temp.db, b.id))?.status).toBe('interrupted');
    expect(queue.enqueue(await job(1))).toBe(false);
  });

  it('on shutdown lets a run finish within the grace period', async () => {
    const queue = createRunQueue({ db: temp.db, pool, maxConcurrent: 1, maxQueued: 1 });
    const a = await job(20, 3);
    queue.enqueue(a);
    await queue.shutdown(30_000);
    expect((await findRunById(temp.db, a.id))?.status).toBe('done');
  });
});
