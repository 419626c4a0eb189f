import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, SHIPPED_ID, send, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
const hull = JSON.parse(readFileSync('scenarios/hull-baseline.json', 'utf8')) as Record<string, unknown>;
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ pool });
});
afterEach(() => t.close());

describe('GET /api/analysis/levers', () => {
  it('lists the levers a scenario has and the metrics the engine reports', async () => {
    const res = await t.app.request(`/api/analysis/levers?scenarioId=${SHIPPED_ID}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      startMonth: string;
      horizonMonths: number;
      hasMoney: boolean;
      levers: { path: string; kind: string; low: number; high: number }[];
      metrics: { name: string; direction: string | null }[];
    };
    expect(body).toMatchObject({ startMonth: '2021-04', horizonMonths: 24, hasMoney: false });
    const paths = body.levers.map((l) => l.path);
    expect(paths).toContain('leaving.asyeCompletionExitProbability');
    expect(paths).toContain('recruitment.nqIntakes.0.places');
    expect(body.levers.find((l) => l.path === 'recruitment.nqIntakes.0.places')).toMatchObject({
      kind: 'number',
      low: 6.4,
      high: 9.6,
    });
    expect(body.metrics).toContainEqual({ name: 'agency_rate', direction: 'lower' });
  });

  it('names the scenarioId when it is unknown or missing', async () => {
    for (const query of ['?scenarioId=no-such', '']) {
      const res = await t.app.request(`/api/analysis/levers${query}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { path: string }[] };
      expect(body.errors[0]!.path).toBe('scenarioId');
    }
  });
});

describe('POST /api/analysis/goal-seek with a money group', () => {
  it('says what the answer costs against the scenario as given', async () => {
    const res = await send(t.app, 'POST', '/api/analysis/goal-seek', {
      scenario: hull,
      lever: 'recruitment.nqIntakes.0.places',
      range: [0, 30],
      integer: true,
      metric: 'permanent_fte',
      op: '>=',
      target: 0,
      month: 6,
      confidence: 0.8,
      runs: 10,
      months: 6,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      value: number;
      cost: { months: number; totalGbp: { mean: number }; changeGbp: { mean: number } };
    };
    expect(body.status).toBe('found');
    expect(body.value).toBe(0);
    expect(body.cost.months).toBe(6);
    expect(body.cost.totalGbp.mean).toBeGreaterThan(1e6);
  });
});
