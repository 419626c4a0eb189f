import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  completeComparison,
  deleteComparison,
  endComparison,
  findComparisonById,
  insertComparison,
  interruptUnfinishedComparisons,
  listComparisons,
  markComparisonRunning,
} from '../../src/store/comparison-repository.js';
import { openTempDatabase, type TempDatabase } from './temp-database.js';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.close());

const insert = (minute = 0) =>
  insertComparison(temp.db, {
    id: randomUUID(),
    title: 'A vs B',
    request: { runs: 10, seed: '1' },
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  });
const at = new Date('2026-01-01T01:00:00Z');

describe('comparison repository', () => {
  it('stores a queued comparison with its request and no result', async () => {
    const c = await insert();
    expect(await findComparisonById(temp.db, c.id)).toEqual({
      ...c,
      status: 'queued',
      request: { runs: 10, seed: '1' },
      resultJson: null,
    });
  });

  it('goes queued -> running -> done once, keeping the result text', async () => {
    const c = await insert();
    expect(await completeComparison(temp.db, c.id, '{}', at)).toBe(false);
    expect(await markComparisonRunning(temp.db, c.id, at)).toBe(true);
    expect(await markComparisonRunning(temp.db, c.id, at)).toBe(false);
    expect(await completeComparison(temp.db, c.id, '{"x":1}', at)).toBe(true);
    expect(await endComparison(temp.db, c.id, 'failed', 'late', at)).toBe(false);
    expect(await findComparisonById(temp.db, c.id)).toMatchObject({
      status: 'done',
      resultJson: '{"x":1}',
      finishedAt: at.toISOString(),
    });
  });

  it('marks comparisons left queued or running as interrupted at start, and no others', async () => {
    const queued = await insert(1);
    const running = await insert(2);
    const done = await insert(3);
    await markComparisonRunning(temp.db, running.id, at);
    await markComparisonRunning(temp.db, done.id, at);
    await completeComparison(temp.db, done.id, '{}', at);
    expect(await interruptUnfinishedComparisons(temp.db, at)).toBe(2);
    const statuses = (await listComparisons(temp.db, 10)).map((c) => [c.id, c.status]);
    expect(statuses).toEqual([
      [done.id, 'done'],
      [running.id, 'interrupted'],
      [queued.id, 'interrupted'],
    ]);
    expect((await findComparisonById(temp.db, queued.id))?.error).toMatch(/submit it again/);
  });

  it('lists newest first within the limit and deletes', async () => {
    const a = await insert(1);
    const b = await insert(2);
    expect((await listComparisons(temp.db, 1)).map((c) => c.id)).toEqual([b.id]);
    expect(await deleteComparison(temp.db, a.id)).toBe(true);
    expect(await deleteComparison(temp.db, a.id)).toBe(false);
    expect(await findComparisonById(temp.db, a.id)).toBeUndefined();
  });
});
