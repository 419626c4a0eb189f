import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';
import { useTestPool } from './test-pool.js';

const pool = useTestPool();
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ pool });
});
afterEach(() => t.close());

describe('GET /healthz', () => {
  it('answers ok with the engine version and security headers', async () => {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', engineVersion: expect.any(String) });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('unknown paths', () => {
  it('answer a not-found problem', async () => {
    const res = await t.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ type: '/problems/not-found', status: 404, title: 'Not found' });
  });

  it('answer a CORS preflight with no CORS headers', async () => {
    const res = await t.app.request('/api/runs', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET /problems/:type', () => {
  it('describes a problem type and 404s an unknown one', async () => {
    const res = await t.app.request('/problems/queue-full');
    expect(await res.json()).toEqual({
      type: '/problems/queue-full',
      title: expect.any(String),
      status: 429,
    });
    expect((await t.app.request('/problems/teapot')).status).toBe(404);
  });
});

describe('GET /', () => {
  it('says the UI is not built when web/dist is missing', async () => {
    const res = await t.app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('not built');
  });

  it('serves web/dist/index.html at the client-side routes and assets beside it', async () => {
    const dist = join(t.dir, 'web-dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>UI</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    for (const path of ['/', '/runs/abc', '/compare', '/analyse', '/hindcast']) {
      const res = await t.app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>UI</title>');
    }
    const asset = await t.app.request('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await t.app.request('/assets/missing.js')).status).toBe(404);
    expect((await t.app.request('/..%2f..%2fpackage.json')).status).toBe(404);
  });
});

describe('mounted routes', () => {
  it('serve the census councils and a census scenario through the app', async () => {
    const councils = await t.app.request('/api/census/councils');
    expect(councils.status).toBe(200);
    const scenario = await t.app.request('/api/census/scenario', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ la: 'E06000010', year: 2021 }),
    });
    expect(scenario.status).toBe(200);
    expect(JSON.stringify(await scenario.json())).toContain('Kingston upon Hull');
  });
});
