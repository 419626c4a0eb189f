// kill -9 in the middle of a long run: finished runs survive intact, the killed one is interrupted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pollRun, type SpawnedServer, spawnServer } from './spawn-server.js';

const fixture = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8')) as unknown;
const dir = mkdtempSync(join(tmpdir(), 'caseforce-crash-'));
const env = { DATABASE_FILE: join(dir, 'caseforce.sqlite') };
const servers: SpawnedServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const submit = async (url: string, body: object) => {
  const res = await fetch(`${url}api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario: fixture, ...body }),
  });
  return { status: res.status, id: ((await res.json()) as { id: string }).id };
};

const SHORT = { runs: 300, months: 12, seed: 'short' };
const LONG = { runs: 100_000, months: 120, seed: 'long' };

describe('a server killed mid-run', () => {
  it('keeps finished runs and marks the killed run interrupted on restart', {
    timeout: 120_000,
  }, async () => {
    const first = await spawnServer(env);
    servers.push(first);
    const short = await submit(first.url, SHORT);
    await pollRun(first.url, short.id, (r) => r.status === 'done');
    const resultBefore = await (await fetch(`${first.url}api/runs/${short.id}/result`)).text();
    const long = await submit(first.url, LONG);
    expect(long.status).toBe(202);
    await pollRun(first.url, long.id, (r) => r.status === 'running' && r.progress > 0);
    expect(await first.stop('SIGKILL')).toBeNull();

    const second = await spawnServer(env);
    servers.push(second);
    expect(second.stderr()).toContain('interrupted');
    const shortAfter = (await (await fetch(`${second.url}api/runs/${short.id}`)).json()) as {
      status: string;
    };
    expect(shortAfter.status).toBe('done');
    expect(await (await fetch(`${second.url}api/runs/${short.id}/result`)).text()).toBe(resultBefore);
    const longAfter = (await (await fetch(`${second.url}api/runs/${long.id}`)).json()) as { status: string };
    expect(longAfter.status).toBe('interrupted');

    // The finished run is reused; the interrupted one is computed again under a new id.
    expect(await submit(second.url, SHORT)).toEqual({ status: 200, id: short.id });
    const again = await submit(second.url, LONG);
    expect(again.status).toBe(202);
    expect(again.id).not.toBe(long.id);
    expect((await fetch(`${second.url}api/runs/${again.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await second.stop('SIGTERM')).toBe(0);

    const db = new SQLite(env.DATABASE_FILE, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
