import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../src/model/metric-names.js';
import { readSse } from './sse.js';
import { createTestApp, SHIPPED_ID, send, type TestApp, waitForRun } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ pool });
});
afterEach(() => t.close());

const submit = async (body: Record<string, unknown>) => {
  const res = await send(t.app, 'POST', '/api/runs', { scenarioId: SHIPPED_ID, ...body });
  return ((await res.json()) as { id: string }).id;
};

describe('GET /api/runs/:id/result', () => {
  it('returns the result JSON of a done run', async () => {
    const id = await submit({ runs: 30, months: 6, seed: 'r' });
    await waitForRun(t.app, id);
    const res = await t.app.request(`/api/runs/${id}/result`);
    expect(res.status).toBe(200);
    const result = (await res.json()) as { series: Record<string, unknown> };
    expect(result).toMatchObject({ seed: 'r', runs: 30, months: 6, startMonth: '2021-04' });
    expect(Object.keys(result.series)).toEqual([...METRIC_NAMES]);
  });

  it('answers result-not-ready while the run is not done', async () => {
    const id = await submit({ runs: 5000, months: 120 });
    const res = await t.app.request(`/api/runs/${id}/result`);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ type: '/problems/result-not-ready' });
    expect((await t.app.request(`/api/runs/${id}/result.csv`)).status).toBe(409);
  });

  it('answers 404 for an unknown run', async () => {
    expect((await t.app.request('/api/runs/00000000-0000-4000-8000-000000000000/result')).status).toBe(404);
  });
});

describe('GET /api/runs/:id/result.csv', () => {
  it('returns tidy CSV: one row per metric, month and statistic', async () => {
    const id = await submit({ runs: 30, months: 6 });
    await waitForRun(t.app, id);
    const res = await t.app.request(`/api/runs/${id}/result.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(`caseforce-run-${id}.csv`);
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('metric,month,date,statistic,value');
    const seriesLines = lines.filter((line) => !line.startsWith('"P('));
    expect(seriesLines).toHaveLength(1 + METRIC_NAMES.length * 6 * 8);
    expect(lines[1]).toMatch(/^establishment_fte,1,2021-04,mean,[\d.]+$/);
    expect(seriesLines.at(-1)).toMatch(new RegExp(`^${METRIC_NAMES.at(-1)},6,2021-09,p95,-?[\\d.e+-]+$`));
    const thresholdLines = lines.filter((line) => line.startsWith('"P('));
    expect(thresholdLines.length % 6).toBe(0);
    for (const line of thresholdLines)
      expect(line).toMatch(/^"P\([a-z_]+ [<>]=? [\d.]+\)",[1-6],2021-0\d,probability,[\d.]+$/);
  });
});

describe('GET /api/runs/:id/events', () => {
  it('streams progress until the run ends, then its final status', async () => {
    const id = await submit({ runs: 2000, months: 24, seed: 'sse' });
    const res = await t.app.request(`/api/runs/${id}/events`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(res);
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data.progress as number);
    expect(progress.length).toBeGreaterThan(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(events.at(-1)).toEqual({
      event: 'status',
      data: { id, status: 'done', progress: 1, error: null },
    });
  });

  it('sends only the final status for a run that has ended', async () => {
    const id = await submit({ runs: 10, months: 3 });
    await waitForRun(t.app, id);
    const events = await readSse(await t.app.request(`/api/runs/${id}/events`));
    expect(events).toEqual([{ event: 'status', data: expect.objectContaining({ status: 'done' }) }]);
  });

  it('ends with a cancelled status when the run is deleted', async () => {
    const id = await submit({ runs: 5000, months: 120, seed: 'gone' });
    const res = await t.app.request(`/api/runs/${id}/events`);
    const events = readSse(res);
    await new Promise((r) => setTimeout(r, 100));
    await send(t.app, 'DELETE', `/api/runs/${id}`);
    expect((await events).at(-1)).toMatchObject({ event: 'status', data: { status: 'cancelled' } });
  });

  it('answers 404 for an unknown run', async () => {
    expect((await t.app.request('/api/runs/00000000-0000-4000-8000-000000000000/events')).status).toBe(404);
  });
});
