// /api/hindcast/surveys through the whole app: the hindcast of every council, stored, polled and deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, send, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ pool });
});
afterAll(() => t.close());

interface Survey {
  id: string;
  status: string;
  title: string;
  progress: number;
  error: string | null;
  result: {
    councils: number;
    observations: number;
    metrics: { metric: string; observations: number; coverage: number; beatsNoChange: number | null }[];
    byLead: { lead: number; metrics: { metric: string; coverage: number }[] }[];
    perCouncil: { code: string; observations: number; coverage: number }[];
    skipped: { code: string; reason: string }[];
  } | null;
  items: { id: string; status: string }[];
  errors: { path: string; message: string }[];
}

const call = async (method: string, path: string, body?: unknown) => {
  const res = await send(t.app, method, path, body);
  return { res, body: (res.status === 204 ? {} : await res.json()) as Survey };
};

async function waitForSurvey(id: string): Promise<Survey> {
  for (let i = 0; i < 1200; i++) {
    const { body } = await call('GET', `/api/hindcast/surveys/${id}`);
    if (body.status !== 'queued' && body.status !== 'running') return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`survey ${id} did not finish`);
}

describe('/api/hindcast/surveys', () => {
  it('runs every council in the background and stores coverage per metric and per council', async () => {
    const { res, body } = await call('POST', '/api/hindcast/surveys', { from: 2019, to: 2020, runs: 5 });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/hindcast/surveys/${body.id}`);
    expect(body.title).toBe('Every council, 2019 to 2020, 5 runs');
    const done = await waitForSurvey(body.id);
    expect(done.status).toBe('done');
    expect(done.progress).toBe(1);
    const result = done.result!;
    expect(result.councils).toBeGreaterThan(100);
    expect(result.councils + result.skipped.length).toBeGreaterThan(140);
    expect(result.metrics.map((m) => m.metric)).toEqual([
      'case_holder_fte',
      'agency_rate',
      'turnover_rate',
      'vacancy_rate',
      'caseload',
    ]);
    for (const m of result.metrics) {
      expect(m.coverage).toBeGreaterThanOrEqual(0);
      expect(m.coverage).toBeLessThanOrEqual(1);
    }
    expect(result.byLead.map((l) => l.lead)).toEqual([1]);
    expect(result.perCouncil.find((c) => c.code === 'E06000010')?.observations).toBe(5);
    expect(result.skipped.every((s) => s.reason.length > 0)).toBe(true);
    const list = await call('GET', '/api/hindcast/surveys');
    expect(list.body.items.map((i) => i.id)).toContain(body.id);
    expect((await call('DELETE', `/api/hindcast/surveys/${body.id}`)).res.status).toBe(204);
    expect((await call('GET', `/api/hindcast/surveys/${body.id}`)).res.status).toBe(404);
  });

  it('names the field of each bad input', async () => {
    const bad = await call('POST', '/api/hindcast/surveys', { from: 2019, to: 2019, runs: 5000, la: 'Hull' });
    expect(bad.res.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path).sort()).toEqual(['la', 'runs']);
    const years = await call('POST', '/api/hindcast/surveys', { from: 2005, to: 2040 });
    expect(years.body.errors.map((e) => e.path)).toEqual(['from', 'to']);
    const order = await call('POST', '/api/hindcast/surveys', { from: 2021, to: 2019 });
    expect(order.body.errors).toEqual([{ path: 'to', message: 'must be after from (2021)' }]);
    expect((await call('GET', '/api/hindcast/surveys/not-an-id')).body.errors[0]?.path).toBe('id');
    expect((await call('GET', '/api/hindcast/surveys?limit=0')).body.errors[0]?.path).toBe('limit');
  });
});
