import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrations.js';
import { openDatabase } from '../../src/store/open-database.js';
import { openTempDatabase, type TempDatabase } from './temp-database.js';

let temp: TempDatabase;
afterEach(() => temp.close());

describe('openDatabase', () => {
  it('creates the directory and turns on WAL, foreign keys and a busy timeout', async () => {
    temp = await openTempDatabase();
    expect(existsSync(temp.file)).toBe(true);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(temp.db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });
});

describe('openDatabase on a file in use', () => {
  it('refuses to open it a second time', async () => {
    temp = await openTempDatabase();
    expect(() => openDatabase(temp.file)).toThrow(/in use by another Caseforce server/);
  });
});

describe('migrateToLatest', () => {
  it('creates the tables and records the migration once', async () => {
    temp = await openTempDatabase();
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      temp.db,
    );
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['scenarios', 'runs', 'results', 'kysely_migration']),
    );
    expect(await migrateToLatest(temp.db)).toEqual([]);
  });

  it('keeps the data when the file is opened again', async () => {
    temp = await openTempDatabase();
    await temp.db
      .insertInto('scenarios')
      .values({
        id: 'a',
        name: 'A',
        description: '',
        json: '{}',
        hash: 'h',
        created_at: 'x',
        updated_at: 'x',
      })
      .execute();
    await temp.db.destroy();
    const reopened = openDatabase(temp.file);
    expect(await migrateToLatest(reopened)).toEqual([]);
    expect(await reopened.selectFrom('scenarios').select('id').execute()).toEqual([{ id: 'a' }]);
    temp.db = reopened;
  });
});
