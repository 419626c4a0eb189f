/** Opens (creating if needed) the SQLite file with the settings that keep it safe under crashes. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database-schema.js';

export function openDatabase(file: string): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  try {
    sqlite.pragma('busy_timeout = 500');
    // One server per file: a second one would mark the first one's running runs interrupted.
    // The exclusive lock is taken now and dies with the process, even on kill -9.
    sqlite.pragma('locking_mode = EXCLUSIVE');
    // WAL: a killed process leaves the file consistent; synchronous=FULL also keeps committed
    // runs through a power cut, at a cost we never notice with a few writes a second.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec('begin immediate; commit');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    const busy = error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
    if (!busy) throw error;
    throw new Error(`${file} is in use by another Caseforce server or program; stop it first`);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
