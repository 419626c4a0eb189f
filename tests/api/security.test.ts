import { afterEach, describe, expect, it } from 'vitest';
import { tokensMatch } from '../../src/api/security.js';
import { createTestApp, dumpStore, SHIPPED_ID, send, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
const TOKEN = 'correct-horse-battery';
let t: TestApp;
afterEach(() => t.close());

describe('bearer token', () => {
  it('is required on every POST, PUT and DELETE when CASEFORCE_TOKEN is set', async () => {
    t = await createTestApp({ pool, config: { token: TOKEN } });
    const before = await dumpStore(t.db);
    const attempts = [
      send(t.app, 'POST', '/api/runs', { scenarioId: SHIPPED_ID, runs: 10 }),
      send(t.app, 'POST', '/api/scenarios', {}),
      send(t.app, 'PUT', '/api/scenarios/x', {}),
      send(t.app, 'DELETE', '/api/scenarios/x'),
      send(t.app, 'DELETE', '/api/runs/00000000-0000-4000-8000-000000000000'),
      send(t.app, 'POST', '/api/runs', {}, { authorization: 'Bearer wrong-token' }),
      send(t.app, 'POST', '/api/runs', {}, { authorization: `Basic ${TOKEN}` }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(await res.json()).toMatchObject({ type: '/problems/unauthorized', status: 401 });
    }
    expect(await dumpStore(t.db)).toBe(before);
  });

  it('lets a request with the right token through, and reads without one', async () => {
    t = await createTestApp({ pool, config: { token: TOKEN } });
    const res = await send(
      t.app,
      'POST',
      '/api/runs',
      { scenarioId: SHIPPED_ID, runs: 10 },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(res.status).toBe(202);
    expect((await t.app.request('/api/runs')).status).toBe(200);
  });

  it('is not needed when no token is configured', async () => {
    t = await createTestApp({ pool });
    expect((await send(t.app, 'POST', '/api/runs', { scenarioId: SHIPPED_ID, runs: 10 })).status).toBe(202);
  });
});

describe('tokensMatch', () => {
  it('compares tokens of any length', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('', 'abc')).toBe(false);
  });
});

describe('request bodies', () => {
  it('must be JSON: a form post is an unsupported-media-type problem', async () => {
    t = await createTestApp({ pool });
    const res = await t.app.request('/api/runs', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'scenarioId=small-test',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ type: '/problems/unsupported-media-type' });
  });

  it('over the size limit are a payload-too-large problem', async () => {
    t = await createTestApp({ pool, config: { bodyLimitBytes: 2048 } });
    const res = await send(t.app, 'POST', '/api/scenarios', { name: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
  });
});
