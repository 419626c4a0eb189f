/** The only reader of process.env: every setting of the server, parsed and defaulted once. */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65_535, 8787),
  DATABASE_FILE: z.string().min(1).default('./data/caseforce.sqlite'),
  CASEFORCE_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  CASEFORCE_SCENARIOS_DIR: z.string().min(1).default(`${ROOT}scenarios`),
  CASEFORCE_WEB_DIST_DIR: z.string().min(1).default(`${ROOT}web/dist`),
  CASEFORCE_WORKER_THREADS: int(1, 256, Math.max(1, availableParallelism())),
  CASEFORCE_MAX_CONCURRENT_RUNS: int(1, 64, 2),
  CASEFORCE_MAX_QUEUED_RUNS: int(0, 10_000, 16),
  CASEFORCE_MAX_RUNS_PER_REQUEST: int(1, 1_000_000, 100_000),
  CASEFORCE_MAX_MONTHS: int(1, 120, 120),
  CASEFORCE_BODY_LIMIT_BYTES: int(1024, 64 * 1024 * 1024, 1024 * 1024),
  CASEFORCE_SHUTDOWN_GRACE_MS: int(0, 600_000, 5000),
});

export interface Config {
  host: string;
  port: number;
  databaseFile: string;
  /** When set, POST/PUT/DELETE need `Authorization: Bearer <token>`. */
  token: string | undefined;
  scenariosDir: string;
  webDistDir: string;
  workerThreads: number;
  maxConcurrentRuns: number;
  /** Runs waiting for a slot beyond the concurrent ones; one more is answered 429. */
  maxQueuedRuns: number;
  maxRunsPerRequest: number;
  maxMonths: number;
  bodyLimitBytes: number;
  /** How long shutdown lets running runs finish before interrupting them. */
  shutdownGraceMs: number;
}

export type ConfigResult = { ok: true; value: Config } | { ok: false; error: string[] };

/** Parses settings from an environment (process.env by default); never throws. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = ConfigSchema.safeParse(given);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  return {
    ok: true,
    value: {
      host: e.HOST,
      port: e.PORT,
      databaseFile: e.DATABASE_FILE,
      token: e.CASEFORCE_TOKEN,
      scenariosDir: e.CASEFORCE_SCENARIOS_DIR,
      webDistDir: e.CASEFORCE_WEB_DIST_DIR,
      workerThreads: e.CASEFORCE_WORKER_THREADS,
      maxConcurrentRuns: e.CASEFORCE_MAX_CONCURRENT_RUNS,
      maxQueuedRuns: e.CASEFORCE_MAX_QUEUED_RUNS,
      maxRunsPerRequest: e.CASEFORCE_MAX_RUNS_PER_REQUEST,
      maxMonths: e.CASEFORCE_MAX_MONTHS,
      bodyLimitBytes: e.CASEFORCE_BODY_LIMIT_BYTES,
      shutdownGraceMs: e.CASEFORCE_SHUTDOWN_GRACE_MS,
    },
  };
}
