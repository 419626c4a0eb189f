/**
 * What the job tables (runs, comparisons, hindcast surveys) share: queued -> running -> done |
 * failed | cancelled | interrupted, each change one transaction, so a killed process leaves every
 * job in a state it really reached. `storedJobs` is the whole repository of a table laid out like
 * comparisons (title, request and result JSON text).
 */
import type { Kysely } from 'kysely';
import type { ComparisonTable, Database, RunStatus } from './database-schema.js';

export type JobTable = 'runs' | 'comparisons' | 'hindcast_surveys';
export type EndStatus = Extract<RunStatus, 'failed' | 'cancelled' | 'interrupted'>;

interface JobChange {
  status?: RunStatus;
  started_at?: string;
  finished_at?: string;
  error?: string | null;
}

/** Moves a job on from the statuses in `from`; false if it was in none of them. */
async function transition(
  db: Kysely<Database>,
  table: JobTable,
  id: string,
  from: readonly RunStatus[],
  set: JobChange,
): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) =>
      tx.updateTable(table).set(set).where('id', '=', id).where('status', 'in', from).executeTakeFirst(),
    );
  return result.numUpdatedRows > 0n;
}

export const markJobRunning = (db: Kysely<Database>, table: JobTable, id: string, at: Date) =>
  transition(db, table, id, ['queued'], { status: 'running', started_at: at.toISOString() });

/** Ends a queued or running job without a result. */
export const endJob = (
  db: Kysely<Database>,
  table: JobTable,
  id: string,
  status: EndStatus,
  error: string | null,
  at: Date,
) => transition(db, table, id, ['queued', 'running'], { status, error, finished_at: at.toISOString() });

/** At start: jobs a previous process left queued or running can never finish; returns how many. */
export async function interruptUnfinishedJobs(
  db: Kysely<Database>,
  table: JobTable,
  error: string,
  at: Date,
): Promise<number> {
  const result = await db
    .transaction()
    .execute((tx) =>
      tx
        .updateTable(table)
        .set({ status: 'interrupted', error, finished_at: at.toISOString() })
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst(),
    );
  return Number(result.numUpdatedRows);
}

/** Deletes a job (and, by cascade, what hangs off it); false when there was none. */
export async function deleteJob(db: Kysely<Database>, table: JobTable, id: string): Promise<boolean> {
  const result = await db
    .transaction()
    .execute((tx) => tx.deleteFrom(table).where('id', '=', id).executeTakeFirst());
  return result.numDeletedRows > 0n;
}

export interface JobRecord {
  id: string;
  status: RunStatus;
  title: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface JobWithBody extends JobRecord {
  request: unknown;
  /** The result JSON text when done, else null. */
  resultJson: string | null;
}

const SUMMARY = ['id', 'status', 'title', 'created_at', 'started_at', 'finished_at', 'error'] as const;

function toRecord(row: Pick<ComparisonTable, (typeof SUMMARY)[number]>): JobRecord {
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

/** The repository of a table laid out like comparisons; `interruptedError` is left on jobs a restart ends. */
export function storedJobs(table: 'comparisons' | 'hindcast_surveys', interruptedError: string) {
  return {
    async insert(
      db: Kysely<Database>,
      input: { id: string; title: string; request: unknown; createdAt: Date },
    ): Promise<JobRecord> {
      const row: ComparisonTable = {
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
      await db.transaction().execute((tx) => tx.insertInto(table).values(row).execute());
      return toRecord(row);
    },

    async findById(db: Kysely<Database>, id: string): Promise<JobWithBody | undefined> {
      const row = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return {
        ...toRecord(row),
        request: JSON.parse(row.request_json) as unknown,
        resultJson: row.result_json,
      };
    },

    /** Newest first, without requests or results. */
    async list(db: Kysely<Database>, limit: number): Promise<JobRecord[]> {
      const rows = await db
        .selectFrom(table)
        .select(SUMMARY)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toRecord);
    },

    delete: (db: Kysely<Database>, id: string) => deleteJob(db, table, id),
    markRunning: (db: Kysely<Database>, id: string, at: Date) => markJobRunning(db, table, id, at),

    /** Stores the result and marks it done; false (nothing stored) if it was not running. */
    async complete(db: Kysely<Database>, id: string, resultJson: string, at: Date): Promise<boolean> {
      const result = await db
        .transaction()
        .execute((tx) =>
          tx
            .updateTable(table)
            .set({ status: 'done', result_json: resultJson, finished_at: at.toISOString(), error: null })
            .where('id', '=', id)
            .where('status', '=', 'running')
            .executeTakeFirst(),
        );
      return result.numUpdatedRows > 0n;
    },

    end: (db: Kysely<Database>, id: string, status: EndStatus, error: string, at: Date) =>
      endJob(db, table, id, status, error, at),

    interruptUnfinished: (db: Kysely<Database>, at: Date) =>
      interruptUnfinishedJobs(db, table, interruptedError, at),
  };
}
