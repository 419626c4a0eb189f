import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteScenario,
  findScenarioById,
  insertScenario,
  listScenarios,
  updateScenario,
} from '../../src/store/scenario-repository.js';
import { openTempDatabase, type TempDatabase } from './temp-database.js';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.close());

const write = (name: string) => ({ name, description: 'd', hash: `hash-${name}`, scenario: { name } });

describe('insertScenario', () => {
  it('stores the scenario and finds it by id', async () => {
    const saved = await insertScenario(temp.db, 's1', write('One'), new Date('2026-01-01T00:00:00Z'));
    expect(saved).toMatchObject({ id: 's1', name: 'One', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(await findScenarioById(temp.db, 's1')).toEqual(saved);
    expect(await findScenarioById(temp.db, 'nope')).toBeUndefined();
  });

  it('stores names with SQL in them as plain text', async () => {
    const name = "'; DROP TABLE runs; --";
    await insertScenario(temp.db, 's1', write(name), new Date());
    expect((await findScenarioById(temp.db, 's1'))?.name).toBe(name);
    expect(await temp.db.selectFrom('runs').selectAll().execute()).toEqual([]);
  });
});

describe('listScenarios', () => {
  it('lists the most recently updated first without their content', async () => {
    await insertScenario(temp.db, 'a', write('A'), new Date('2026-01-01T00:00:00Z'));
    await insertScenario(temp.db, 'b', write('B'), new Date('2026-01-02T00:00:00Z'));
    const list = await listScenarios(temp.db);
    expect(list.map((s) => s.id)).toEqual(['b', 'a']);
    expect(list[0]).not.toHaveProperty('scenario');
  });
});

describe('updateScenario', () => {
  it('replaces the content and keeps the creation time', async () => {
    await insertScenario(temp.db, 'a', write('A'), new Date('2026-01-01T00:00:00Z'));
    const updated = await updateScenario(temp.db, 'a', write('A2'), new Date('2026-02-01T00:00:00Z'));
    expect(updated).toMatchObject({
      name: 'A2',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
      scenario: { name: 'A2' },
    });
  });

  it('returns undefined for an unknown id', async () => {
    expect(await updateScenario(temp.db, 'nope', write('X'), new Date())).toBeUndefined();
  });
});

describe('deleteScenario', () => {
  it('deletes once and then reports nothing to delete', async () => {
    await insertScenario(temp.db, 'a', write('A'), new Date());
    expect(await deleteScenario(temp.db, 'a')).toBe(true);
    expect(await deleteScenario(temp.db, 'a')).toBe(false);
  });
});
