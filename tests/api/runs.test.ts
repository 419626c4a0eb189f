import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/engine-version.js';
import { interruptUnfinishedRuns } from '../../src/store/run-transitions.js';
import { createTestApp, FIXTURE, SHIPPED_ID, send, type TestApp, waitForRun } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
/** Takes seconds on one thread: long enough to be seen running, cancelled before it ends. */
const LONG = { scenarioId: SHIPPED_ID, runs: 5000, months: 120 };
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ pool, maxConcurrent: 1, maxQueued: 1 });
});
afterEach(() => t.close());

type RunBody = { id: string; status: string; manifest: Record<string, unknown>; progress: number };
const post = async (body: unknown) => {
  const res = await send(t.app, 'POST', '/api/runs', body);
  return { res, body: (await res.json()) as RunBody };
};

describe('POST /api/runs', () => {
  it('queues a run of a shipped scenario with the defaults and answers 202 with its Location', async () => {
    const { res, body } = await post({ scenarioId: SHIPPED_ID });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/runs/${body.id}`);
    expect(['queued', 'running']).toContain(body.status);
    expect(body.manifest).toMatchObject({ engineVersion: ENGINE_VERSION, seed: '1', runs: 1000, months: 24 });
    expect(await waitForRun(t.app, body.id)).toMatchObject({ status: 'done', progress: 1 });
  });

  it('runs an inline scenario with months, a numeric seed and overrides', async () => {
    const { res, body } = await post({
      scenario: fixture,
      runs: 50,
      seed: 42,
      months: 12,
      set: { 'agency.coverShare': 0.5 },
    });
    expect(res.status).toBe(202);
    const run = (await waitForRun(t.app, body.id)) as RunBody & {
      manifest: { scenario: { horizonMonths: number; agency: { coverShare: number } } };
    };
    expect(run.status).toBe('done');
    expect(run.manifest).toMatchObject({ seed: '42', runs: 50, months: 12, scenarioId: null });
    expect(run.manifest.scenario.horizonMonths).toBe(12);
    expect(run.manifest.scenario.agency.coverShare).toBe(0.5);
  });

  it('returns the finished run with 200 instead of recomputing the same manifest', async () => {
    const first = await post({ scenarioId: SHIPPED_ID, runs: 50 });
    await waitForRun(t.app, first.body.id);
    const again = await post({ scenario: fixture, runs: 50, seed: '1' });
    expect(again.res.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'done' });
    const other = await post({ scenarioId: SHIPPED_ID, runs: 50, seed: '2' });
    expect(other.res.status).toBe(202);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('returns the same run while an identical one is still running', async () => {
    const first = await post(LONG);
    const again = await post(LONG);
    expect(again.res.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
  });

  it('recomputes a run whose earlier copy was interrupted', async () => {
    const first = await post(LONG);
    await t.queue.shutdown(0);
    expect((await waitForRun(t.app, first.body.id)).status).toBe('interrupted');
    await t.close();
    t = await createTestApp({ pool });
    const firstAgain = await post({ ...LONG, runs: 20, months: 6 });
    await waitForRun(t.app, firstAgain.body.id);
    // Simulate a crash: a run left running by the last process, then marked at start.
    await t.db.updateTable('runs').set({ status: 'running' }).where('id', '=', firstAgain.body.id).execute();
    await interruptUnfinishedRuns(t.db, new Date());
    const resubmitted = await post({ ...LONG, runs: 20, months: 6 });
    expect(resubmitted.res.status).toBe(202);
    expect(resubmitted.body.id).not.toBe(firstAgain.body.id);
    expect((await waitForRun(t.app, resubmitted.body.id)).status).toBe('done');
  });

  it('answers a queue-full problem with Retry-After when the queue is full', async () => {
    await post({ ...LONG, seed: 'a' });
    await post({ ...LONG, seed: 'b' });
    const { res, body } = await post({ ...LONG, seed: 'c' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(body).toMatchObject({ type: '/problems/queue-full', status: 429 });
  });

  it('answers shutting-down once the server is stopping', async () => {
    await t.queue.shutdown(0);
    const { res, body } = await post({ scenarioId: SHIPPED_ID, runs: 10 });
    expect(res.status).toBe(503);
    expect(body).toMatchObject({ type: '/problems/shutting-down' });
  });
});

describe('GET /api/runs', () => {
  it('pages through runs newest first with a cursor', async () => {
    const ids: string[] = [];
    for (const seed of ['1', '2', '3']) {
      const { body } = await post({ scenarioId: SHIPPED_ID, runs: 10, months: 3, seed });
      ids.push(body.id);
      await waitForRun(t.app, body.id);
    }
    const page1 = (await (await t.app.request('/api/runs?limit=2')).json()) as {
      items: RunBody[];
      nextCursor: string;
    };
    expect(page1.items.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(page1.items[0]?.manifest).not.toHaveProperty('scenario');
    const page2 = (await (await t.app.request(`/api/runs?limit=2&cursor=${page1.nextCursor}`)).json()) as {
      items: RunBody[];
      nextCursor: string | null;
    };
    expect(page2.items.map((r) => r.id)).toEqual([ids[0]]);
    expect(page2.nextCursor).toBeNull();
  });
});

describe('GET /api/runs/:id', () => {
  it('shows status, progress, manifest with the normalised scenario, and timings', async () => {
    const { body } = await post({ scenarioId: SHIPPED_ID, runs: 20 });
    const run = (await waitForRun(t.app, body.id)) as {
      manifest: { scenario: unknown; scenarioHash: string };
      timings: { startedAt: string; finishedAt: string };
    };
    expect(run.manifest.scenario).toMatchObject({ name: 'Small test service', horizonMonths: 24 });
    expect(run.manifest.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(run.timings.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.timings.startedAt));
  });

  it('answers 404 for an unknown run', async () => {
    const res = await t.app.request('/api/runs/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});

describe('DELETE /api/runs/:id', () => {
  it('cancels a running run, deletes it, and starts the next one', async () => {
    const running = await post({ ...LONG, seed: 'x' });
    const next = await post({ scenarioId: SHIPPED_ID, runs: 10, months: 3 });
    expect((await send(t.app, 'DELETE', `/api/runs/${running.body.id}`)).status).toBe(204);
    expect((await t.app.request(`/api/runs/${running.body.id}`)).status).toBe(404);
    expect((await waitForRun(t.app, next.body.id)).status).toBe('done');
  });

  it('deletes a finished run with its result and 404s it afterwards', async () => {
    const { body } = await post({ scenarioId: SHIPPED_ID, runs: 10 });
    await waitForRun(t.app, body.id);
    expect((await send(t.app, 'DELETE', `/api/runs/${body.id}`)).status).toBe(204);
    expect(await t.db.selectFrom('results').selectAll().execute()).toEqual([]);
    expect((await send(t.app, 'DELETE', `/api/runs/${body.id}`)).status).toBe(404);
  });
});
