// The real server over real HTTP: a run from submission to CSV, with progress as server-sent events.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../src/model/metric-names.js';
import { readSse } from '../api/sse.js';
import { type SpawnedServer, spawnServer } from './spawn-server.js';

const fixture = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as unknown;
const dir = mkdtempSync(join(tmpdir(), 'caseforce-e2e-'));
let server: SpawnedServer;

beforeAll(async () => {
  server = await spawnServer({ DATABASE_FILE: join(dir, 'db', 'caseforce.sqlite') });
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints a localhost URL and creates the database file', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(existsSync(join(dir, 'db', 'caseforce.sqlite'))).toBe(true);
  });

  it('serves the UI page and the API with security headers', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const health = await fetch(`${server.url}healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const scenarios = (await (await fetch(`${server.url}api/scenarios`)).json()) as {
      items: { id: string }[];
    };
    if (existsSync('scenarios/hull-baseline.json')) {
      expect(scenarios.items).toContainEqual(expect.objectContaining({ id: 'hull-baseline', shipped: true }));
    }
  });

  it('drives a run to done, streams its progress and serves its CSV', async () => {
    const months = 24;
    const post = await fetch(`${server.url}api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: fixture, runs: 4000, months, seed: 'e2e' }),
    });
    expect(post.status).toBe(202);
    const { id } = (await post.json()) as { id: string };
    expect(post.headers.get('location')).toBe(`/api/runs/${id}`);

    const events = await readSse(await fetch(`${server.url}api/runs/${id}/events`));
    const progress = events.filter((e) => e.event === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.every((e) => e.data.id === id && typeof e.data.progress === 'number')).toBe(true);
    expect(events.at(-1)).toEqual({
      event: 'status',
      data: { id, status: 'done', progress: 1, error: null },
    });

    const run = (await (await fetch(`${server.url}api/runs/${id}`)).json()) as { status: string };
    expect(run.status).toBe('done');
    const csv = await fetch(`${server.url}api/runs/${id}/result.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('metric,month,date,statistic,value');
    expect(lines.filter((line) => !line.startsWith('"P('))).toHaveLength(
      1 + METRIC_NAMES.length * months * 8,
    );
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});
