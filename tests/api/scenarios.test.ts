import { readFileSync } from 'node:fs';
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

const save = async (body: unknown = { ...fixture, name: 'Mine' }) => {
  const res = await send(t.app, 'POST', '/api/scenarios', body);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; name: string };
};

describe('GET /api/scenarios', () => {
  it('lists shipped files by stem and saved scenarios, marked', async () => {
    const saved = await save();
    const res = await t.app.request('/api/scenarios');
    const { items } = (await res.json()) as { items: { id: string; shipped: boolean; name: string }[] };
    expect(items).toEqual([
      expect.objectContaining({ id: SHIPPED_ID, shipped: true, name: 'Small test service' }),
      expect.objectContaining({ id: saved.id, shipped: false, name: 'Mine' }),
    ]);
    expect(items[0]).not.toHaveProperty('scenario');
  });
});

describe('GET /api/scenarios/:id', () => {
  it('returns a shipped scenario with its content', async () => {
    const res = await t.app.request(`/api/scenarios/${SHIPPED_ID}`);
    expect(await res.json()).toMatchObject({ id: SHIPPED_ID, shipped: true, scenario: fixture });
  });

  it('returns a saved scenario as it was given', async () => {
    const saved = await save();
    const res = await t.app.request(`/api/scenarios/${saved.id}`);
    expect(await res.json()).toMatchObject({
      id: saved.id,
      shipped: false,
      scenario: { ...fixture, name: 'Mine' },
    });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.app.request('/api/scenarios/nope')).status).toBe(404);
    const bad = await t.app.request(`/api/scenarios/${encodeURIComponent("'; DROP TABLE runs; --")}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()) as object).toMatchObject({ errors: [{ path: 'id' }] });
  });
});

describe('POST /api/scenarios', () => {
  it('saves a valid scenario and answers 201 with its Location', async () => {
    const res = await send(t.app, 'POST', '/api/scenarios', fixture);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; hash: string };
    expect(res.headers.get('location')).toBe(`/api/scenarios/${body.id}`);
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects an invalid scenario naming each field', async () => {
    const before = await dumpStore(t.db);
    const res = await send(t.app, 'POST', '/api/scenarios', { ...fixture, horizonMonths: 0, colour: 'red' });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['colour', 'horizonMonths']);
    expect(await dumpStore(t.db)).toBe(before);
  });

  it('stores a name with SQL in it as plain text', async () => {
    const saved = await save({ ...fixture, name: "'; DROP TABLE runs; --" });
    expect(saved.name).toBe("'; DROP TABLE runs; --");
    expect((await t.app.request('/api/runs')).status).toBe(200);
  });
});

describe('PUT /api/scenarios/:id', () => {
  it('replaces a saved scenario', async () => {
    const saved = await save();
    const res = await send(t.app, 'PUT', `/api/scenarios/${saved.id}`, { ...fixture, name: 'Renamed' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: saved.id, name: 'Renamed' });
  });

  it('refuses to change a shipped scenario with a read-only problem', async () => {
    const res = await send(t.app, 'PUT', `/api/scenarios/${SHIPPED_ID}`, fixture);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: '/problems/read-only' });
  });

  it('answers 404 for an unknown id', async () => {
    expect((await send(t.app, 'PUT', '/api/scenarios/nope', fixture)).status).toBe(404);
  });
});

describe('DELETE /api/scenarios/:id', () => {
  it('deletes a saved scenario', async () => {
    const saved = await save();
    expect((await send(t.app, 'DELETE', `/api/scenarios/${saved.id}`)).status).toBe(204);
    expect((await t.app.request(`/api/scenarios/${saved.id}`)).status).toBe(404);
  });

  it('refuses to delete a shipped scenario and 404s an unknown one', async () => {
    expect((await send(t.app, 'DELETE', `/api/scenarios/${SHIPPED_ID}`)).status).toBe(403);
    expect((await send(t.app, 'DELETE', '/api/scenarios/nope')).status).toBe(404);
  });
});

describe('GET /api/scenario-schema', () => {
  it('returns the JSON Schema of a scenario', async () => {
    const schema = (await (await t.app.request('/api/scenario-schema')).json()) as Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'startMonth', 'horizonMonths']));
  });
});
