/**
 * Schema migrations, kept in code and frozen once shipped: add a new entry, never edit an old one.
 * Kysely's Migrator records applied ones in the kysely_migration table.
 */
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { Database } from './database-schema.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001-scenarios-runs-results': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('scenarios')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('json', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .check(sql`status in ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')`),
        )
        .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
        .addColumn('engine_version', 'text', (c) => c.notNull())
        .addColumn('scenario_hash', 'text', (c) => c.notNull())
        .addColumn('scenario_name', 'text', (c) => c.notNull())
        .addColumn('scenario_json', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text')
        .addColumn('seed', 'text', (c) => c.notNull())
        .addColumn('runs', 'integer', (c) => c.notNull())
        .addColumn('months', 'integer', (c) => c.notNull())
        .addColumn('queued_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('runs_by_queued_at').on('runs').columns(['queued_at', 'id']).execute();
      await db.schema
        .createIndex('runs_by_manifest')
        .on('runs')
        .columns(['scenario_hash', 'seed', 'runs', 'months', 'engine_version', 'status'])
        .execute();
      await db.schema.createIndex('runs_by_status').on('runs').column('status').execute();
      await db.schema
        .createTable('results')
        .addColumn('run_id', 'text', (c) => c.primaryKey().references('runs.id').onDelete('cascade'))
        .addColumn('json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002-comparisons': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('comparisons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .check(sql`status in ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')`),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('request_json', 'text', (c) => c.notNull())
        .addColumn('result_json', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('comparisons_by_created_at')
        .on('comparisons')
        .columns(['created_at', 'id'])
        .execute();
      await db.schema.createIndex('comparisons_by_status').on('comparisons').column('status').execute();
    },
  },
  '0003-hindcast-surveys': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('hindcast_surveys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .check(sql`status in ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')`),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('request_json', 'text', (c) => c.notNull())
        .addColumn('result_json', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema
        .createIndex('hindcast_surveys_by_created_at')
        .on('hindcast_surveys')
        .columns(['created_at', 'id'])
        .execute();
    },
  },
};

/** Applies every migration not yet applied, in name order; throws if one fails (nothing half-applied). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
