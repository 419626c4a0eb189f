// Every bad input is a clear 4xx problem naming the field, and leaves the store exactly as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dumpStore, FIXTURE, SHIPPED_ID, type TestApp, waitForRun } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
const INJECTION = "'; DROP TABLE runs; --";
const with_ = (path: string[], value: unknown): Record<string, unknown> => {
  const copy = structuredClone(fixture);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
};
const run = (body: Record<string, unknown>) => ({ scenarioId: SHIPPED_ID, ...body });
const person = { route: 'experienced', monthsInPost: 1, count: 1 };

interface Case {
  name: string;
  method?: string;
  url?: string;
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown;
  status?: number;
  path: string;
}

const CASES: Case[] = [
  { name: 'runs as a string', body: run({ runs: '100' }), path: 'runs' },
  { name: 'runs 0', body: run({ runs: 0 }), path: 'runs' },
  { name: 'runs 10^9', body: run({ runs: 1e9 }), path: 'runs' },
  { name: 'runs negative', body: run({ runs: -5 }), path: 'runs' },
  { name: 'runs fractional', body: run({ runs: 1.5 }), path: 'runs' },
  { name: 'runs null', body: run({ runs: null }), path: 'runs' },
  { name: 'runs "Infinity" as a string', body: run({ runs: 'Infinity' }), path: 'runs' },
  { name: 'months 0', body: run({ months: 0 }), path: 'months' },
  { name: 'months 500', body: run({ months: 500 }), path: 'months' },
  { name: 'months as a string', body: run({ months: '12' }), path: 'months' },
  { name: 'seed an object', body: run({ seed: {} }), path: 'seed' },
  { name: 'seed empty', body: run({ seed: '' }), path: 'seed' },
  { name: 'seed with SQL in it', body: run({ seed: INJECTION }), path: 'seed' },
  { name: 'seed a boolean', body: run({ seed: true }), path: 'seed' },
  { name: 'seed too long', body: run({ seed: 'x'.repeat(65) }), path: 'seed' },
  { name: 'seed fractional', body: run({ seed: 1.5 }), path: 'seed' },
  { name: 'unknown scenarioId', body: run({ scenarioId: 'no-such-scenario' }), path: 'scenarioId' },
  { name: 'scenarioId with SQL in it', body: run({ scenarioId: INJECTION }), path: 'scenarioId' },
  { name: 'scenarioId a number', body: run({ scenarioId: 42 }), path: 'scenarioId' },
  { name: 'both scenarioId and scenario', body: run({ scenario: fixture }), path: 'scenario' },
  { name: 'neither scenarioId nor scenario', body: { runs: 10 }, path: 'scenarioId' },
  { name: 'unknown key', body: run({ colour: 'red' }), path: 'colour' },
  { name: 'scenario an array', body: { scenario: [] }, path: 'scenario' },
  {
    name: 'negative probability',
    body: { scenario: with_(['leaving', 'baseHazardPerMonth'], -0.1) },
    path: 'scenario.leaving.baseHazardPerMonth',
  },
  {
    name: 'probability above 1',
    body: { scenario: with_(['recruitment', 'fillProbabilityPerMonth'], 1.5) },
    path: 'scenario.recruitment.fillProbabilityPerMonth',
  },
  {
    name: 'unknown scenario key',
    body: { scenario: with_(['leaving', 'foo'], 1) },
    path: 'scenario.leaving.foo',
  },
  {
    name: 'scenario field of the wrong type',
    body: { scenario: with_(['horizonMonths'], '24') },
    path: 'scenario.horizonMonths',
  },
  {
    name: 'huge array',
    body: { scenario: with_(['initial', 'permanent'], Array(2001).fill(person)) },
    path: 'scenario.initial.permanent',
  },
  {
    name: '"NaN" through an override',
    body: run({ set: { 'agency.coverShare': 'NaN' } }),
    path: 'set.agency.coverShare',
  },
  {
    name: 'negative probability through an override',
    body: run({ set: { 'leaving.baseHazardPerMonth': -1 } }),
    path: 'set.leaving.baseHazardPerMonth',
  },
  { name: 'override of a missing parent', body: run({ set: { 'nope.x': 1 } }), path: 'set.nope.x' },
  { name: 'override of the prototype', body: run({ set: { '__proto__.x': 1 } }), path: 'set.__proto__.x' },
  { name: 'override key not a dotted path', body: run({ set: { 'a..b': 1 } }), path: 'set.a..b' },
  { name: 'malformed JSON', body: '{"scenarioId": "small-test", "runs": 10,', path: '' },
  { name: 'NaN in the JSON text', body: '{"scenarioId": "small-test", "runs": NaN}', path: '' },
  { name: 'Infinity in the JSON text', body: '{"scenarioId": "small-test", "runs": Infinity}', path: '' },
  { name: 'oversized body', body: `{"scenarioId": "${'x'.repeat(1_100_000)}"}`, status: 413, path: '' },
  { name: 'empty body', body: '', path: '' },
  { name: 'body an array', body: [], path: '' },
  { name: 'body a string', body: '"hello"', path: '' },
  { name: 'malformed run id', method: 'GET', url: '/api/runs/not-a-uuid', path: 'id' },
  {
    name: 'run id with SQL in it',
    method: 'GET',
    url: `/api/runs/${encodeURIComponent(INJECTION)}`,
    path: 'id',
  },
  { name: 'malformed run id on delete', method: 'DELETE', url: '/api/runs/123', path: 'id' },
  {
    name: 'malformed run id for the CSV',
    method: 'GET',
    url: '/api/runs/1%20or%201=1/result.csv',
    path: 'id',
  },
  { name: 'page limit 0', method: 'GET', url: '/api/runs?limit=0', path: 'limit' },
  { name: 'page limit not a number', method: 'GET', url: '/api/runs?limit=abc', path: 'limit' },
  { name: 'forged cursor', method: 'GET', url: '/api/runs?cursor=garbage', path: 'cursor' },
  {
    name: 'saved scenario with a probability above 1',
    url: '/api/scenarios',
    body: with_(['recruitment', 'fillProbabilityPerMonth'], 2),
    path: 'recruitment.fillProbabilityPerMonth',
  },
  {
    name: 'saved scenario name too long',
    url: '/api/scenarios',
    body: with_(['name'], 'n'.repeat(121)),
    path: 'name',
  },
  {
    name: 'saved scenario with a bad distribution',
    url: '/api/scenarios',
    body: with_(['leaving', 'asyeCompletionExitProbability'], { dist: 'beta', alpha: -1, beta: 2 }),
    path: 'leaving.asyeCompletionExitProbability.alpha',
  },
  {
    name: 'scenario id with SQL in it on update',
    method: 'PUT',
    url: `/api/scenarios/${encodeURIComponent(INJECTION)}`,
    body: fixture,
    path: 'id',
  },
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ pool });
  // Something in every table, so "unchanged" means something.
  await t.app.request('/api/scenarios', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fixture),
  });
  const res = await t.app.request('/api/runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: SHIPPED_ID, runs: 10, months: 3 }),
  });
  await waitForRun(t.app, ((await res.json()) as { id: string }).id);
});
afterAll(() => t.close());

describe('bad input', () => {
  it('has a table of at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('answers $name with a 4xx problem naming "$path"', async (c) => {
    const before = await dumpStore(t.db);
    const method = c.method ?? 'POST';
    const res = await t.app.request(c.url ?? '/api/runs', {
      method,
      headers: { 'content-type': 'application/json' },
      ...(c.body === undefined ? {} : { body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body) }),
    });
    expect(res.status).toBe(c.status ?? 400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as {
      type: string;
      title: string;
      detail: string;
      errors: { path: string }[];
    };
    expect(problem.title).toEqual(expect.any(String));
    expect(problem.detail).toEqual(expect.any(String));
    expect(problem.errors.map((e) => e.path)).toContain(c.path);
    expect(await dumpStore(t.db)).toBe(before);
  });
});
