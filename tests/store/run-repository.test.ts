import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findResultJson } from '../../src/store/result-repository.js';
import {
  deleteRun,
  findRunById,
  findRunByKey,
  insertRun,
  listRuns,
  type NewRunInput,
} from '../../src/store/run-repository.js';
import { completeRun, markRunRunning } from '../../src/store/run-transitions.js';
import { openTempDatabase, type TempDatabase } from './temp-database.js';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.close());

const key = { engineVersion: '1.0.0', scenarioHash: 'h', seed: '1', runs: 10, months: 12 };
const newRun = (over: Partial<NewRunInput> = {}): NewRunInput => ({
  ...key,
  id: randomUUID(),
  scenarioName: 'S',
  scenarioId: 'small-test',
  scenario: { name: 'S' },
  queuedAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

describe('insertRun', () => {
  it('stores a queued run with its manifest', async () => {
    const run = await insertRun(temp.db, newRun({ id: '00000000-0000-4000-8000-000000000001' }));
    expect(run).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      status: 'queued',
      progress: 0,
      manifest: { ...key, scenarioName: 'S', scenarioId: 'small-test', scenario: { name: 'S' } },
      timings: { queuedAt: '2026-01-01T00:00:00.000Z', startedAt: null, finishedAt: null },
      error: null,
    });
    expect(await findRunById(temp.db, run.id)).toEqual(run);
  });
});

describe('findRunByKey', () => {
  it('finds a run with the same manifest in the given statuses only', async () => {
    const run = await insertRun(temp.db, newRun());
    expect((await findRunByKey(temp.db, key, ['queued']))?.id).toBe(run.id);
    expect(await findRunByKey(temp.db, key, ['done'])).toBeUndefined();
    expect(await findRunByKey(temp.db, { ...key, seed: '2' }, ['queued'])).toBeUndefined();
    expect(await findRunByKey(temp.db, { ...key, engineVersion: '2.0.0' }, ['queued'])).toBeUndefined();
  });
});

describe('listRuns', () => {
  it('pages newest first without overlaps or gaps', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i % 3));
      ids.push((await insertRun(temp.db, newRun({ queuedAt: at }))).id);
    }
    const seen: string[] = [];
    let after: { queuedAt: string; id: string } | undefined;
    for (;;) {
      const page = await listRuns(temp.db, { limit: 3, after });
      seen.push(...page.map((r) => r.id));
      const last = page.at(-1);
      if (page.length < 3 || !last) break;
      after = { queuedAt: last.timings.queuedAt, id: last.id };
    }
    expect(seen.sort()).toEqual(ids.sort());
    const first = await listRuns(temp.db, { limit: 10 });
    expect(first[0]?.manifest).not.toHaveProperty('scenario');
  });
});

describe('deleteRun', () => {
  it('deletes the run and its result', async () => {
    const run = await insertRun(temp.db, newRun());
    await markRunRunning(temp.db, run.id, new Date());
    await completeRun(temp.db, run.id, '{"x":1}', new Date());
    expect(await findResultJson(temp.db, run.id)).toBe('{"x":1}');
    expect(await deleteRun(temp.db, run.id)).toBe(true);
    expect(await findResultJson(temp.db, run.id)).toBeUndefined();
    expect(await deleteRun(temp.db, run.id)).toBe(false);
  });
});
