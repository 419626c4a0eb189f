/** Runs and their manifests: inserting, finding, listing and deleting. State changes are in run-transitions.ts. */
import type { Kysely } from 'kysely';
import type { Database, RunRow, RunStatus } from './database-schema.js';
import { deleteJob } from './job-repository.js';

/** What identifies a run's numbers: the same manifest always gives the same result. */
export interface RunKey {
  engineVersion: string;
  scenarioHash: string;
  seed: string;
  runs: number;
  months: number;
}

export interface RunManifest extends RunKey {
  scenarioName: string;
  scenarioId: string | null;
  /** The normalised scenario; only on a run read by id. */
  scenario?: unknown;
}

export interface Run {
  id: string;
  status: RunStatus;
  progress: number;
  manifest: RunManifest;
  timings: { queuedAt: string; startedAt: string | null; finishedAt: string | null };
  error: string | null;
}

export interface NewRunInput extends RunKey {
  id: string;
  scenarioName: string;
  scenarioId: string | null;
  /** The normalised scenario. */
  scenario: unknown;
  queuedAt: Date;
}

const SUMMARY_COLUMNS = [
  'id',
  'status',
  'progress',
  'engine_version',
  'scenario_hash',
  'scenario_name',
  'scenario_id',
  'seed',
  'runs',
  'months',
  'queued_at',
  'started_at',
  'finished_at',
  'error',
] as const;

function rowToRun(row: Omit<RunRow, 'scenario_json'> & { scenario_json?: string }): Run {
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    manifest: {
      engineVersion: row.engine_version,
      scenarioHash: row.scenario_hash,
      scenarioName: row.scenario_name,
      scenarioId: row.scenario_id,
      seed: row.seed,
      runs: row.runs,
      months: row.months,
      ...(row.scenario_json === undefined ? {} : { scenario: JSON.parse(row.scenario_json) as unknown }),
    },
    timings: { queuedAt: row.queued_at, startedAt: row.started_at, finishedAt: row.finished_at },
    error: row.error,
  };
}

export async function insertRun(db: Kysely<Database>, input: NewRunInput): Promise<Run> {
  await db.transaction().execute((tx) =>
    tx
      .insertInto('runs')
      .values({
        id: input.id,
        status: 'queued',
        progress: 0,
        engine_version: input.engineVersion,
        scenario_hash: input.scenarioHash,
        scenario_name: input.scenarioName,
        scenario_json: JSON.stringify(input.scenario),
        scenario_id: input.scenarioId,
        seed: input.seed,
        runs: input.runs,
        months: input.months,
        queued_at: input.queuedAt.toISOString(),
      })
      .execute(),
  );
  return (await findRunById(db, input.id))!;
}

export async function findRunById(db: Kysely<Database>, id: string): Promise<Run | undefined> {
  const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToRun(row);
}

/** The newest run with this key in one of the statuses, e.g. a finished one to reuse. */
export async function findRunByKey(
  db: Kysely<Database>,
  key: RunKey,
  statuses: readonly RunStatus[],
): Promise<Run | undefined> {
  const row = await db
    .selectFrom('runs')
    .select(SUMMARY_COLUMNS)
    .where('scenario_hash', '=', key.scenarioHash)
    .where('seed', '=', key.seed)
    .where('runs', '=', key.runs)
    .where('months', '=', key.months)
    .where('engine_version', '=', key.engineVersion)
    .where('status', 'in', statuses)
    .orderBy('queued_at', 'desc')
    .executeTakeFirst();
  return row && rowToRun(row);
}

export interface RunCursor {
  queuedAt: string;
  id: string;
}

/** Runs newest first without their scenarios; `after` continues a previous page. */
export async function listRuns(
  db: Kysely<Database>,
  options: { limit: number; after?: RunCursor | undefined },
): Promise<Run[]> {
  let query = db.selectFrom('runs').select(SUMMARY_COLUMNS);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('queued_at', '<', after.queuedAt),
        eb.and([eb('queued_at', '=', after.queuedAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy('queued_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(rowToRun);
}

/** Deletes a run and (by cascade) its result; false when there was none. */
export const deleteRun = (db: Kysely<Database>, id: string) => deleteJob(db, 'runs', id);
