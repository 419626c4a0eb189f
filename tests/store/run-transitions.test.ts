import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findResultJson } from '../../src/store/result-repository.js';
import { findRunById, insertRun } from '../../src/store/run-repository.js';
import {
  completeRun,
  endRun,
  interruptUnfinishedRuns,
  markRunRunning,
  updateRunProgress,
} from '../../src/store/run-transitions.js';
import { openTempDatabase, type TempDatabase } from './temp-database.js';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.close());

const insert = () =>
  insertRun(temp.db, {
    id: randomUUID(),
    engineVersion: '1.0.0',
    scenarioHash: 'h',
    scenarioName: 'S',
    scenarioId: null,
    scenario: {},
    seed: '1',
    runs: 10,
    months: 12,
    queuedAt: new Date('2026-01-01T00:00:00Z'),
  });
const at = new Date('2026-01-01T00:01:00Z');

describe('markRunRunning', () => {
  it('starts a queued run once', async () => {
    const run = await insert();
    expect(await markRunRunning(temp.db, run.id, at)).toBe(true);
    expect(await markRunRunning(temp.db, run.id, at)).toBe(false);
    expect(await findRunById(temp.db, run.id)).toMatchObject({
      status: 'running',
      timings: { startedAt: at.toISOString() },
    });
  });
});

describe('updateRunProgress', () => {
  it('records progress of a running run', async () => {
    const run = await insert();
    await markRunRunning(temp.db, run.id, at);
    await updateRunProgress(temp.db, run.id, 0.5);
    expect((await findRunById(temp.db, run.id))?.progress).toBe(0.5);
  });
});

describe('completeRun', () => {
  it('stores the result and marks the run done in one step', async () => {
    const run = await insert();
    await markRunRunning(temp.db, run.id, at);
    expect(await completeRun(temp.db, run.id, '{"ok":true}', at)).toBe(true);
    expect(await findRunById(temp.db, run.id)).toMatchObject({ status: 'done', progress: 1 });
    expect(await findResultJson(temp.db, run.id)).toBe('{"ok":true}');
  });

  it('stores nothing for a run that is not running', async () => {
    const run = await insert();
    expect(await completeRun(temp.db, run.id, '{}', at)).toBe(false);
    expect(await findResultJson(temp.db, run.id)).toBeUndefined();
  });
});

describe('endRun', () => {
  it('ends an unfinished run with a status and reason, and leaves a finished one alone', async () => {
    const run = await insert();
    expect(await endRun(temp.db, run.id, 'cancelled', 'by request', at)).toBe(true);
    expect(await findRunById(temp.db, run.id)).toMatchObject({ status: 'cancelled', error: 'by request' });
    expect(await endRun(temp.db, run.id, 'failed', 'x', at)).toBe(false);
  });
});

describe('interruptUnfinishedRuns', () => {
  it('marks queued and running runs interrupted and keeps done ones', async () => {
    const queued = await insert();
    const running = await insert();
    const done = await insert();
    await markRunRunning(temp.db, running.id, at);
    await markRunRunning(temp.db, done.id, at);
    await completeRun(temp.db, done.id, '{}', at);
    expect(await interruptUnfinishedRuns(temp.db, at)).toBe(2);
    expect((await findRunById(temp.db, queued.id))?.status).toBe('interrupted');
    expect((await findRunById(temp.db, running.id))?.status).toBe('interrupted');
    expect((await findRunById(temp.db, done.id))?.status).toBe('done');
  });
});
