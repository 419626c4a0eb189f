// A fresh, migrated SQLite file per test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/database-schema.js';
import { migrateToLatest } from '../../src/store/migrations.js';
import { openDatabase } from '../../src/store/open-database.js';

export interface TempDatabase {
  db: Kysely<Database>;
  file: string;
  close(): Promise<void>;
}

export async function openTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'caseforce-store-'));
  const file = join(dir, 'nested', 'test.sqlite');
  const db = openDatabase(file);
  await migrateToLatest(db);
  return {
    db,
    file,
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
