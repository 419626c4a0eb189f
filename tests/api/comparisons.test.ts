import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dumpStore, FIXTURE, SHIPPED_ID, send, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ pool });
});
afterEach(() => t.close());

interface Body {
  id: string;
  status: string;
  title: string;
  progress: number;
  error: string | null;
  request: { runs: number; seed: string };
  result: {
    months: number;
    dates: string[];
    baseline: { name: string };
    options: {
      name: string;
      parameters: unknown[];
      metrics: Record<string, { mean: number[]; probabilityBetter: number[] | null }>;
    }[];
  } | null;
  items: { id: string; status: string; progress: number }[];
  errors: { path: string; message: string }[];
}

const call = async (method: string, path: string, body?: unknown) => {
  const res = await send(t.app, method, path, body);
  return { res, body: (res.status === 204 ? {} : await res.json()) as Body };
};

async function waitForComparison(app: Hono, id: string): Promise<Body> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const body = (await (await app.request(`/api/comparisons/${id}`)).json()) as Body;
    if (!['queued', 'running'].includes(body.status)) return body;
    if (Date.now() > deadline) throw new Error(`comparison ${id} still ${body.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('POST /api/comparisons', () => {
  it('answers 202 with a Location, then computes the paired comparison off the request path', async () => {
    const { res, body } = await call('POST', '/api/comparisons', {
      baseline: { scenarioId: SHIPPED_ID },
      options: [
        { scenarioId: SHIPPED_ID, set: { feedback: { enabled: false, strength: 2 } }, name: 'Feedback 2' },
        { scenario: fixture, set: { 'recruitment.nqIntakes.0.places': 12 } },
      ],
      thresholds: ['vacancy_rate<=0.2'],
      runs: 30,
      months: 6,
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/comparisons/${body.id}`);
    expect(body).toMatchObject({
      status: 'queued',
      title: 'Small test service vs Feedback 2, Small test service',
    });

    const done = await waitForComparison(t.app, body.id);
    expect(done).toMatchObject({
      status: 'done',
      progress: 1,
      error: null,
      request: { runs: 30, seed: '1' },
    });
    const result = done.result!;
    expect(result.months).toBe(6);
    expect(result.dates[0]).toBe('2021-04');
    expect(result.options.map((o) => o.name)).toEqual(['Feedback 2', 'Small test service']);
    expect(result.options[0]!.parameters).toEqual([{ path: 'feedback.strength', baseline: 0.5, option: 2 }]);
    // Feedback is off in the fixture: the option is the baseline, pair by pair.
    expect(result.options[0]!.metrics.agency_rate!.mean).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.options[1]!.parameters).toEqual([
      { path: 'recruitment.nqIntakes.0.places', baseline: 8, option: 12 },
    ]);
    expect(result.options[1]!.metrics.permanent_fte!.probabilityBetter).toHaveLength(6);

    const list = await call('GET', '/api/comparisons');
    expect(list.body.items).toEqual([expect.objectContaining({ id: body.id, status: 'done', progress: 1 })]);
  });

  it.each([
    [{ baseline: { scenarioId: SHIPPED_ID } }, 'options'],
    [{ baseline: { scenarioId: SHIPPED_ID }, options: [] }, 'options'],
    [{ options: [{ scenarioId: SHIPPED_ID }] }, 'baseline'],
    [{ baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: 'nope' }] }, 'options.0.scenarioId'],
    [{ baseline: {}, options: [{ scenarioId: SHIPPED_ID }] }, 'baseline.scenarioId'],
    [
      { baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: SHIPPED_ID, name: '' }] },
      'options.0.name',
    ],
    [{ baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: SHIPPED_ID }], runs: 0 }, 'runs'],
    [{ baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: SHIPPED_ID }], seed: 'a b' }, 'seed'],
    [{ baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: SHIPPED_ID }], months: 0 }, 'months'],
    [{ baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: SHIPPED_ID }], extra: 1 }, 'extra'],
    [
      { baseline: { scenarioId: SHIPPED_ID }, options: [{ scenarioId: SHIPPED_ID }], thresholds: ['x=1'] },
      'thresholds.0',
    ],
    [
      {
        baseline: { scenarioId: SHIPPED_ID },
        options: [{ scenario: { ...fixture, startMonth: '2022-04' } }],
      },
      'options.0',
    ],
    [
      { baseline: { scenarioId: SHIPPED_ID }, options: [{ scenario: { ...fixture, leaving: 'x' } }] },
      'options.0.scenario.leaving',
    ],
    [
      {
        baseline: { scenarioId: SHIPPED_ID },
        options: [{ scenarioId: SHIPPED_ID }],
        runs: 100_000,
        months: 120,
      },
      'runs',
    ],
  ])('rejects %j naming %s and stores nothing', async (request, path) => {
    const before = await dumpStore(t.db);
    const { res, body } = await call('POST', '/api/comparisons', request);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body.errors.map((e) => e.path)).toContain(path);
    expect(await dumpStore(t.db)).toBe(before);
    expect((await call('GET', '/api/comparisons')).body.items).toEqual([]);
  });
});

describe('GET and DELETE /api/comparisons/:id', () => {
  it('answers 404 for an id it does not have and 400 for one that is not a UUID', async () => {
    const unknown = randomUUID();
    for (const method of ['GET', 'DELETE']) {
      const missing = await call(method, `/api/comparisons/${unknown}`);
      expect(missing.res.status).toBe(404);
      expect(missing.res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const bad = await call(method, '/api/comparisons/not-an-id');
      expect(bad.res.status).toBe(400);
      expect(bad.body.errors).toEqual([{ path: 'id', message: 'is not a comparison id (a UUID)' }]);
    }
  });

  it('rejects a bad list limit', async () => {
    const { res, body } = await call('GET', '/api/comparisons?limit=0');
    expect(res.status).toBe(400);
    expect(body.errors[0]!.path).toBe('limit');
  });

  it('deletes a finished comparison', async () => {
    const { body } = await call('POST', '/api/comparisons', {
      baseline: { scenarioId: SHIPPED_ID },
      options: [{ scenarioId: SHIPPED_ID }],
      runs: 5,
      months: 2,
    });
    await waitForComparison(t.app, body.id);
    expect((await call('DELETE', `/api/comparisons/${body.id}`)).res.status).toBe(204);
    expect((await call('GET', `/api/comparisons/${body.id}`)).res.status).toBe(404);
  });

  it('cancels a comparison that is still waiting or running', async () => {
    const { body } = await call('POST', '/api/comparisons', {
      baseline: { scenarioId: SHIPPED_ID },
      options: [{ scenarioId: SHIPPED_ID }, { scenarioId: SHIPPED_ID }],
      runs: 400,
      months: 60,
    });
    expect((await call('DELETE', `/api/comparisons/${body.id}`)).res.status).toBe(204);
    expect((await call('GET', `/api/comparisons/${body.id}`)).res.status).toBe(404);
    expect((await call('GET', '/api/comparisons')).body.items).toEqual([]);
  });
});
