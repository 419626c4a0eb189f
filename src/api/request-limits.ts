/** Shapes of ids, seeds and paths accepted from clients, shared by the routes. */
import { z } from 'zod';
import { invalidInput } from './problem.js';

export const RUN_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Shipped ids are file stems (e.g. hull-baseline), saved ones UUIDs. */
export const SCENARIO_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const SEED_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
export const DOTTED_PATH_PATTERN = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,15}$/;
export const MAX_OVERRIDES = 200;
export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = '1';

/** `?limit=` of the list routes: 1-100, default 20. */
export const LIST_LIMIT_SCHEMA = z.coerce
  .number({ error: 'must be a whole number from 1 to 100' })
  .int({ error: 'must be a whole number from 1 to 100' })
  .min(1, { error: 'must be at least 1' })
  .max(100, { error: 'must be at most 100' })
  .default(20);

/** A run, comparison or survey id from the URL, or a problem naming `id`. */
export function checkJobId(id: string, noun: 'run' | 'comparison' | 'survey'): string {
  if (!RUN_ID_PATTERN.test(id)) throw invalidInput([{ path: 'id', message: `is not a ${noun} id (a UUID)` }]);
  return id;
}
