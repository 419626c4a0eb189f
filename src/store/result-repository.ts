/** Run results, kept as the JSON text the CLI writes so they are served without re-encoding. */
import type { Kysely } from 'kysely';
import type { Database } from './database-schema.js';

export async function findResultJson(db: Kysely<Database>, runId: string): Promise<string | undefined> {
  const row = await db.selectFrom('results').select('json').where('run_id', '=', runId).executeTakeFirst();
  return row?.json;
}
