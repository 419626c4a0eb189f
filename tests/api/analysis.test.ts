import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, SHIPPED_ID, send, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ pool });
});
afterEach(() => t.close());

/** The JSON bodies these tests read, loosely typed. */
interface Bar {
  path: string;
  swing: number;
}
interface Answer {
  months: number;
  options: { parameters: unknown[]; metrics: Record<string, { mean: number[] }> }[];
  baseline: { thresholds: { threshold: { metric: string } }[] };
  errors: { path: string; message: string }[];
  reports: { probability: number[]; sentence: string }[];
  bars: Bar[];
  status: string;
  value: number | null;
  trace: unknown[];
  routes: { rank: number }[];
}

const post = async (path: string, body: unknown) => {
  const res = await send(t.app, 'POST', `/api/analysis/${path}`, body);
  return { res, body: (await res.json()) as Answer };
};

describe('POST /api/analysis/compare', () => {
  it('compares an option on common random numbers and lists the parameters that differ', async () => {
    const { res, body } = await post('compare', {
      baseline: { scenarioId: SHIPPED_ID },
      // Feedback is off in the fixture, so its strength cannot change anything.
      options: [{ scenarioId: SHIPPED_ID, set: { feedback: { enabled: false, strength: 2 } } }],
      thresholds: ['vacancy_rate<=0.2'],
      runs: 40,
      months: 6,
    });
    expect(res.status).toBe(200);
    expect(body.months).toBe(6);
    const option = body.options[0]!;
    expect(option.parameters).toEqual([{ path: 'feedback.strength', baseline: 0.5, option: 2 }]);
    expect(option.metrics.agency_rate!.mean).toEqual([0, 0, 0, 0, 0, 0]);
    expect(body.baseline.thresholds.map((r) => r.threshold.metric)).toEqual(['agency_rate', 'vacancy_rate']);
  });

  it('answers problem+json naming the option whose scenario id is unknown', async () => {
    const { res, body } = await post('compare', {
      baseline: { scenarioId: SHIPPED_ID },
      options: [{ scenarioId: 'no-such-scenario' }],
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body.errors).toEqual([
      { path: 'options.0.scenarioId', message: 'no scenario has the id "no-such-scenario"' },
    ]);
  });
});

describe('POST /api/analysis/thresholds', () => {
  it('reports the scenario thresholds and added ones with the month they hold from', async () => {
    const { res, body } = await post('thresholds', {
      scenarioId: SHIPPED_ID,
      thresholds: ['caseload_per_fte <= 100', { metric: 'vacancy_fte', op: '>=', value: 0 }],
      confidence: 0.9,
      runs: 20,
      months: 3,
    });
    expect(res.status).toBe(200);
    expect(body.reports).toHaveLength(3);
    expect(body.reports[2]!.probability).toEqual([1, 1, 1]);
    expect(body.reports[2]!.sentence).toBe('vacancy_fte >= 0 with 90% probability from 2021-04');
  });

  it('rejects a threshold that does not parse', async () => {
    const { res, body } = await post('thresholds', { scenarioId: SHIPPED_ID, thresholds: ['agency=1'] });
    expect(res.status).toBe(400);
    expect(body.errors[0]!.path).toBe('thresholds.0');
  });
});

describe('POST /api/analysis/tornado', () => {
  it('ranks the parameters and puts one with no effect last', async () => {
    const { res, body } = await post('tornado', {
      scenarioId: SHIPPED_ID,
      metric: 'permanent_fte',
      month: 6,
      parameters: ['feedback.strength', 'leaving.baseHazardPerMonth'],
      runs: 40,
    });
    expect(res.status).toBe(200);
    expect(body.bars.map((b) => b.path)).toEqual(['leaving.baseHazardPerMonth', 'feedback.strength']);
    expect(body.bars[1]!.swing).toBe(0);
  });

  it('refuses more work than the cap allows', async () => {
    const { res, body } = await post('tornado', {
      scenarioId: SHIPPED_ID,
      metric: 'agency_rate',
      month: 24,
      runs: 100_000,
    });
    expect(res.status).toBe(400);
    expect(body.errors[0]!.path).toBe('runs');
  });
});

describe('POST /api/analysis/goal-seek', () => {
  it('returns the trace and a clear answer when no value in the range suffices', async () => {
    const { res, body } = await post('goal-seek', {
      scenarioId: SHIPPED_ID,
      lever: 'recruitment.nqIntakes.0.places',
      range: [0, 2],
      integer: true,
      metric: 'agency_rate',
      op: '<=',
      target: 0,
      month: 6,
      confidence: 0.9,
      runs: 20,
    });
    expect(res.status).toBe(200);
    expect(body.status).toBe('unreachable');
    expect(body.value).toBeNull();
    expect(body.trace.length).toBe(2);
  });

  it('reports an unknown lever as invalid input', async () => {
    const { res, body } = await post('goal-seek', {
      scenarioId: SHIPPED_ID,
      lever: 'no.such.lever',
      range: [0, 2],
      metric: 'agency_rate',
      op: '<=',
      target: 0.1,
      month: 6,
      confidence: 0.9,
      runs: 20,
    });
    expect(res.status).toBe(400);
    expect(body.errors[0]!.path).toBe('no.such.lever');
  });
});

describe('POST /api/analysis/routes', () => {
  it('ranks every entry route by cost per retained FTE-year', async () => {
    const { res, body } = await post('routes', { scenarioId: SHIPPED_ID, runs: 50 });
    expect(res.status).toBe(200);
    expect(body.routes).toHaveLength(6);
    expect(body.routes.map((r) => r.rank).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects an unknown metric field with its path', async () => {
    const { res, body } = await post('tornado', { scenarioId: SHIPPED_ID, metric: 'agency', month: 3 });
    expect(res.status).toBe(400);
    expect(body.errors[0]!.path).toBe('metric');
  });
});
