// POST /api/hindcast through the whole app (in-process simulation: the test app has no analysis pool).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, send, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ pool });
});
afterAll(() => t.close());

interface Report {
  council: { code: string; name: string };
  from: number;
  to: number;
  runs: number;
  seed: string;
  window: { years: number[] };
  warnings: string[];
  metrics: {
    metric: string;
    atStart: number | null;
    years: {
      year: number;
      month: number;
      observed: number | null;
      p10: number | null;
      p50: number | null;
      p90: number | null;
    }[];
  }[];
  scored: {
    metric: string;
    year: number;
    observed: number;
    p50: number;
    absError: number;
    inBand: boolean;
  }[];
  summary: { metric: string; observations: number; coverage: number; medianNoChangeError: number | null }[];
  errors: { path: string; message: string }[];
  type: string;
}

const hindcast = async (body: unknown) => {
  const res = await send(t.app, 'POST', '/api/hindcast', body);
  return { res, body: (await res.json()) as Report };
};

describe('POST /api/hindcast', () => {
  it('scores Hull 2019 to 2021 against the census, with bands for every year', async () => {
    const { res, body } = await hindcast({ la: 'E06000010', from: 2019, to: 2021, runs: 40, seed: 'h' });
    expect(res.status).toBe(200);
    expect(body.council).toMatchObject({ code: 'E06000010', name: 'Kingston upon Hull, City of' });
    expect(body).toMatchObject({ from: 2019, to: 2021, runs: 40, seed: 'h' });
    expect(body.window.years.every((y) => y <= 2019)).toBe(true);
    expect(body.metrics.map((m) => m.metric)).toEqual([
      'case_holder_fte',
      'agency_rate',
      'turnover_rate',
      'vacancy_rate',
      'caseload',
    ]);
    const fte = body.metrics[0]!;
    expect(fte.years.map((y) => [y.year, y.month])).toEqual([
      [2019, 0],
      [2020, 12],
      [2021, 24],
    ]);
    for (const y of fte.years) expect(y.p10! <= y.p50! && y.p50! <= y.p90!).toBe(true);
    // Turnover counts leavers over the 12 months before, so the simulation has none at the start.
    const turnover = body.metrics.find((m) => m.metric === 'turnover_rate')!;
    expect(turnover.years[0]).toMatchObject({ p10: null, p50: null, p90: null });
    expect(turnover.years[1]!.p50).toBeGreaterThan(0);
    expect(fte.years[0]!.observed).toBe(fte.atStart);
    // Two later census years x five metrics, each scored against the band of its year.
    expect(body.scored).toHaveLength(10);
    const row = body.scored.find((s) => s.metric === 'case_holder_fte' && s.year === 2021)!;
    expect(row.observed).toBe(fte.years[2]!.observed);
    expect(row.absError).toBeCloseTo(Math.abs(row.p50 - row.observed), 9);
    expect(body.summary.map((s) => s.observations)).toEqual([2, 2, 2, 2, 2]);
    expect(body.summary.every((s) => s.coverage >= 0 && s.coverage <= 1)).toBe(true);
  });

  it('gives the same answer for the same seed', async () => {
    const request = { la: '810', from: 2019, to: 2020, runs: 20, seed: 7 };
    const [a, b] = [await hindcast(request), await hindcast(request)];
    expect(a.body.scored).toEqual(b.body.scored);
    expect(a.body.seed).toBe('7');
  });

  it('names the field of each bad input', async () => {
    const { res, body } = await hindcast({ la: '', from: '2019', to: 2021, runs: 0, colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(body.errors.map((e) => e.path).sort()).toEqual(['colour', 'from', 'la', 'runs']);
    const backwards = await hindcast({ la: 'Hull', from: 2021, to: 2019 });
    expect(backwards.body.errors).toEqual([{ path: 'to', message: 'must be after from (2021)' }]);
    const tooMany = await hindcast({ la: 'Hull', from: 2019, to: 2021, runs: 1_000_000 });
    expect(tooMany.body.errors[0]).toMatchObject({ path: 'runs', message: 'must be at most 5000' });
  });

  it('answers a problem naming the council for one it does not know', async () => {
    const { res, body } = await hindcast({ la: 'Atlantis', from: 2019, to: 2021 });
    expect(res.status).toBe(400);
    expect(body.type).toBe('/problems/invalid-input');
    expect(body.errors).toEqual([{ path: 'la', message: expect.stringContaining('no council "Atlantis"') }]);
  });

  it('names the year when the census has no data for it', async () => {
    const before = await hindcast({ la: 'Cumberland', from: 2019, to: 2023 });
    expect(before.res.status).toBe(400);
    expect(before.body.errors[0]).toMatchObject({
      path: 'from',
      message: expect.stringContaining('has no workforce census for 2019'),
    });
    const after = await hindcast({ la: 'Hull', from: 2021, to: 2030 });
    expect(after.body.errors).toEqual([
      { path: 'to', message: expect.stringContaining('census years up to 2025') },
    ]);
  });
});
