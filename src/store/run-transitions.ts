/**
 * A run's life: queued -> running -> done | failed | cancelled | interrupted. Each change is one
 * transaction, so a killed process leaves every run in a state it really reached.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database-schema.js';
import { type EndStatus, endJob, interruptUnfinishedJobs, markJobRunning } from './job-repository.js';

export const markRunRunning = (db: Kysely<Database>, id: string, at: Date) =>
  markJobRunning(db, 'runs', id, at);

export async function updateRunProgress(db: Kysely<Database>, id: string, progress: number): Promise<void> {
  await db
    .transaction()
    .execute((tx) =>
      tx.updateTable('runs').set({ progress }).where('id', '=', id).where('status', '=', 'running').execute(),
    );
}

/** Stores the result and marks the run done together; false (and nothing stored) if it was not running. */
export async function completeRun(
  db: Kysely<Database>,
  id: string,
  resultJson: string,
  at: Date,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('runs')
      .set({ status: 'done', progress: 1, finished_at: at.toISOString(), error: null })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await tx
      .insertInto('results')
      .values({ run_id: id, json: resultJson, created_at: at.toISOString() })
      .execute();
    return true;
  });
}

export type { EndStatus };

/** Ends a queued or running run without a result. */
export const endRun = (db: Kysely<Database>, id: string, status: EndStatus, error: string | null, at: Date) =>
  endJob(db, 'runs', id, status, error, at);

/** At start: runs a previous process left queued or running can never finish; returns how many. */
export const interruptUnfinishedRuns = (db: Kysely<Database>, at: Date) =>
  interruptUnfinishedJobs(
    db,
    'runs',
    'the server stopped before the run finished; submit it again to recompute',
    at,
  );
