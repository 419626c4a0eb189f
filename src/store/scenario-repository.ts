/** Saved scenarios: rows in, domain objects out, every write in a transaction. */
import type { Kysely } from 'kysely';
import type { Database, ScenarioRow } from './database-schema.js';

export interface SavedScenario {
  id: string;
  name: string;
  description: string;
  hash: string;
  createdAt: string;
  updatedAt: string;
  /** The scenario as the user gave it. */
  scenario: unknown;
}

export type SavedScenarioSummary = Omit<SavedScenario, 'scenario'>;

export interface ScenarioWrite {
  name: string;
  description: string;
  hash: string;
  scenario: unknown;
}

function rowToSummary(row: Omit<ScenarioRow, 'json'>): SavedScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    hash: row.hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertScenario(
  db: Kysely<Database>,
  id: string,
  write: ScenarioWrite,
  at: Date,
): Promise<SavedScenario> {
  const now = at.toISOString();
  const row: ScenarioRow = {
    id,
    name: write.name,
    description: write.description,
    hash: write.hash,
    json: JSON.stringify(write.scenario),
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute((tx) => tx.insertInto('scenarios').values(row).execute());
  return { ...rowToSummary(row), scenario: write.scenario };
}

export async function findScenarioById(db: Kysely<Database>, id: string): Promise<SavedScenario | undefined> {
  const row = await db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...rowToSummary(row), scenario: JSON.parse(row.json) as unknown };
}

/** Saved scenarios, most recently updated first. */
export async function listScenarios(db: Kysely<Database>): Promise<SavedScenarioSummary[]> {
  const rows = await db
    .selectFrom('scenarios')
    .select(['id', 'name', 'description', 'hash', 'created_at', 'updated_at'])
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(rowToSummary);
}

/** Replaces a saved scenario; undefined when there is none with this id. */
export async function updateScenario(
  db: Kysely<Database>,
  id: string,
  write: ScenarioWrite,
  at: Date,
): Promise<SavedScenario | undefined> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('scenarios')
      .set({
        name: write.name,
        description: write.description,
        hash: write.hash,
        json: JSON.stringify(write.scenario),
        updated_at: at.toISOString(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return undefined;
    const row = await tx.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { ...rowToSummary(row), scenario: write.scenario };
  });
}

export async function deleteScenario(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) => tx.deleteFrom('scenarios').where('id', '=', id).executeTakeFirst());
  return result.numDeletedRows > 0n;
}
