/**
 * Stored hindcast surveys (every council): queued -> running -> done | failed | cancelled |
 * interrupted, like comparisons. Each change is one transaction; the result is kept as JSON text.
 */
import type { Kysely } from 'kysely';
import type { Database, HindcastSurveyTable, RunStatus } from './database-schema.js';

export interface SurveyRecord {
  id: string;
  status: RunStatus;
  title: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface SurveyWithBody extends SurveyRecord {
  request: unknown;
  /** The survey JSON text when done, else null. */
  resultJson: string | null;
}

const SUMMARY = ['id', 'status', 'title', 'created_at', 'started_at', 'finished_at', 'error'] as const;
type EndStatus = Extract<RunStatus, 'failed' | 'cancelled' | 'interrupted'>;

function toRecord(row: Pick<HindcastSurveyTable, (typeof SUMMARY)[number]>): SurveyRecord {
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

export async function insertSurvey(
  db: Kysely<Database>,
  input: { id: string; title: string; request: unknown; createdAt: Date },
): Promise<SurveyRecord> {
  const row: HindcastSurveyTable = {
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
  await db.transaction().execute((tx) => tx.insertInto('hindcast_surveys').values(row).execute());
  return toRecord(row);
}

export async function findSurveyById(db: Kysely<Database>, id: string): Promise<SurveyWithBody | undefined> {
  const row = await db.selectFrom('hindcast_surveys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { ...toRecord(row), request: JSON.parse(row.request_json) as unknown, resultJson: row.result_json };
}

/** Newest first, without requests or results. */
export async function listSurveys(db: Kysely<Database>, limit: number): Promise<SurveyRecord[]> {
  const rows = await db
    .selectFrom('hindcast_surveys')
    .select(SUMMARY)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

export async function deleteSurvey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) => tx.deleteFrom('hindcast_surveys').where('id', '=', id).executeTakeFirst());
  return result.numDeletedRows > 0n;
}

/** Moves a survey on from the statuses in `from`; false if it was in none of them. */
async function transition(
  db: Kysely<Database>,
  id: string,
  from: RunStatus[],
  set: Partial<HindcastSurveyTable>,
): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) =>
      tx
        .updateTable('hindcast_surveys')
        .set(set)
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst(),
    );
  return result.numUpdatedRows > 0n;
}

export const markSurveyRunning = (db: Kysely<Database>, id: string, at: Date) =>
  transition(db, id, ['queued'], { status: 'running', started_at: at.toISOString() });

/** Stores the result and marks it done; false (nothing stored) if it was not running. */
export const completeSurvey = (db: Kysely<Database>, id: string, resultJson: string, at: Date) =>
  transition(db, id, ['running'], {
    status: 'done',
    result_json: resultJson,
    finished_at: at.toISOString(),
    error: null,
  });

export const endSurvey = (db: Kysely<Database>, id: string, status: EndStatus, error: string, at: Date) =>
  transition(db, id, ['queued', 'running'], { status, error, finished_at: at.toISOString() });

/** At start: surveys a previous process left queued or running can never finish. */
export async function interruptUnfinishedSurveys(db: Kysely<Database>, at: Date): Promise<number> {
  const result = await db.transaction().execute((tx) =>
    tx
      .updateTable('hindcast_surveys')
      .set({
        status: 'interrupted',
        error: 'the server stopped before the survey finished; start it again',
        finished_at: at.toISOString(),
      })
      .where('status', 'in', ['queued', 'running'])
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows);
}
