// The census routes mounted as create-app will mount them, with the app's one error handler.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { censusRoutes } from '../../src/api/census-routes.js';
import { ProblemError, problemErrorResponse } from '../../src/api/problem.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

const app = new Hono().route('/api', censusRoutes());
app.onError((error, c) => {
  if (error instanceof ProblemError) return problemErrorResponse(error, c.req.path);
  throw error;
});

const post = (body: unknown, type = 'application/json') =>
  app.request('/api/census/scenario', {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GET /api/census/councils', () => {
  it('lists every council with its codes and census years', async () => {
    const res = await app.request('/api/census/councils');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { code: string; years: number[] }[] };
    expect(items.length).toBeGreaterThan(150);
    expect(items.find((c) => c.code === 'E06000010')).toEqual({
      code: 'E06000010',
      laNumber: '810',
      name: 'Kingston upon Hull, City of',
      region: 'Yorkshire and The Humber',
      codes: [{ code: 'E06000010', firstYear: 2017, lastYear: 2025 }],
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    });
  });
});

describe('POST /api/census/scenario', () => {
  it('builds a valid scenario for a council and year, with the window used and the data caveats', async () => {
    const res = await post({ la: '810', year: 2021, window: '2019-2021', horizonMonths: 36 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      council: { code: string };
      window: { years: number[] };
      warnings: string[];
      scenario: unknown;
    };
    expect(body.council.code).toBe('E06000010');
    expect(body.window).toEqual({ from: 2019, to: 2021, years: [2019, 2020, 2021] });
    expect(body.warnings.join(' ')).toContain('lower bound');
    const parsed = parseScenario(body.scenario);
    expect(parsed.ok && parsed.value.horizonMonths).toBe(36);
  });

  it('fills the demand group when asked', async () => {
    const res = await post({ la: 'E06000010', year: 2021, demand: true });
    expect(res.status).toBe(200);
    const { scenario } = (await res.json()) as { scenario: { demand: { initial: unknown } } };
    expect(scenario.demand.initial).toMatchObject({ cin: 2207, cp: 618, cla: 947 });
  });

  it('accepts the window as an object', async () => {
    const res = await post({ la: 'Hull', year: 2021, window: { from: 2020, to: 2021 } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { window: { years: number[] } }).window.years).toEqual([2020, 2021]);
  });

  it('answers a problem naming the field for a year the council has no census for', async () => {
    const res = await post({ la: 'Cumberland', year: 2019 });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: '/problems/invalid-input',
      errors: [{ path: 'year', message: expect.stringContaining('has no workforce census for 2019') }],
    });
  });

  it('answers a problem for a malformed request', async () => {
    const res = await post({ la: '', year: 'last', colour: 'red' });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { path: string }[] };
    expect(errors.map((e) => e.path).sort()).toEqual(['colour', 'la', 'year']);
    expect((await post({ la: 'Hull', year: 2021, window: 'soon' })).status).toBe(400);
    expect((await post('la=Hull', 'text/plain')).status).toBe(415);
  });
});
