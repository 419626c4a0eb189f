/**
 * Stored paired comparisons: queued -> running -> done | failed | cancelled | interrupted, like
 * runs. Each change is one transaction; the result is kept as the JSON text served to clients.
 */
import type { Kysely } from 'kysely';
import type { ComparisonRow, Database, RunStatus } from './database-schema.js';

export interface ComparisonRecord {
  id: string;
  status: RunStatus;
  title: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface ComparisonWithBody extends ComparisonRecord {
  request: unknown;
  /** The comparison JSON text when done, else null. */
  resultJson: string | null;
}

const SUMMARY = ['id', 'status', 'title', 'created_at', 'started_at', 'finished_at', 'error'] as const;

function toRecord(row: Pick<ComparisonRow, (typeof SUMMARY)[number]>): ComparisonRecord {
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    error: row.error,
  };
}

export async function insertComparison(
  db: Kysely<Database>,
  input: { id: string; title: string; request: unknown; createdAt: Date },
): Promise<ComparisonRecord> {
  const row: ComparisonRow = {
    id: input.id,
    status: 'queued',
    title: input.title,
    request_json: JSON.stringify(input.request),
    result_json: null,
    created_at: input.createdAt.toISOString(),
    started_at: null,
    finished_at: null,
    error: null,
  };
  await db.transaction().execute((tx) => tx.insertInto('comparisons').values(row).execute());
  return toRecord(row);
}

export async function findComparisonById(
  db: Kysely<Database>,
  id: string,
): Promise<ComparisonWithBody | undefined> {
  const row = await db.selectFrom('comparisons').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { ...toRecord(row), request: JSON.parse(row.request_json) as unknown, resultJson: row.result_json };
}

/** Newest first, without requests or results. */
export async function listComparisons(db: Kysely<Database>, limit: number): Promise<ComparisonRecord[]> {
  const rows = await db
    .selectFrom('comparisons')
    .select(SUMMARY)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

export async function deleteComparison(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) => tx.deleteFrom('comparisons').where('id', '=', id).executeTakeFirst());
  return result.numDeletedRows > 0n;
}

export async function markComparisonRunning(db: Kysely<Database>, id: string, at: Date): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) =>
      tx
        .updateTable('comparisons')
        .set({ status: 'running', started_at: at.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .executeTakeFirst(),
    );
  return result.numUpdatedRows > 0n;
}

/** Stores the result and marks it done; false (nothing stored) if it was not running. */
export async function completeComparison(
  db: Kysely<Database>,
  id: string,
  resultJson: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) =>
      tx
        .updateTable('comparisons')
        .set({ status: 'done', result_json: resultJson, finished_at: at.toISOString(), error: null })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .executeTakeFirst(),
    );
  return result.numUpdatedRows > 0n;
}

/** Ends a queued or running comparison without a result. */
export async function endComparison(
  db: Kysely<Database>,
  id: string,
  status: Extract<RunStatus, 'failed' | 'cancelled' | 'interrupted'>,
  error: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) =>
      tx
        .updateTable('comparisons')
        .set({ status, error, finished_at: at.toISOString() })
        .where('id', '=', id)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst(),
    );
  return result.numUpdatedRows > 0n;
}

/** At start: comparisons a previous process left queued or running can never finish. */
export async function interruptUnfinishedComparisons(db: Kysely<Database>, at: Date): Promise<number> {
  const result = await db.transaction().execute((tx) =>
    tx
      .updateTable('comparisons')
      .set({
        status: 'interrupted',
        error: 'the server stopped before the comparison finished; submit it again to recompute',
        finished_at: at.toISOString(),
      })
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows);
}
