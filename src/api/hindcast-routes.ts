/**
 * POST /api/hindcast: start a council's census scenario in year `from` (rates only from census
 * years up to `from`), simulate to `to` and score the later census figures against the simulated
 * P10-P90 bands. Answered in the request (about a second for 500 runs over five years on the
 * worker pool), one at a time; a client that disconnects cancels it.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { type BufferRunner, inProcessRunner } from '../analysis/buffer-runner.js';
import { type CensusData, censusYears, councilWorkforce } from '../data/census-data.js';
import { DEFAULT_WINDOW_YEARS } from '../data/census-scenario.js';
import { planHindcast } from '../data/hindcast.js';
import { hindcastReport } from '../data/hindcast-report.js';
import { shippedCensusData } from '../data/read-census-files.js';
import { ENGINE_VERSION } from '../engine/engine-version.js';
import { createParallelRunner } from '../parallel-buffer-runner.js';
import type { FieldProblem } from '../scenario/field-problem.js';
import type { AppDeps } from './app-deps.js';
import { invalidInput, ProblemError } from './problem.js';
import { readJsonBody } from './read-json-body.js';
import { DEFAULT_SEED, SEED_PATTERN } from './request-limits.js';
import { zodProblems } from './zod-problems.js';

export const DEFAULT_HINDCAST_RUNS = 500;
export const MAX_HINDCAST_RUNS = 5000;

const year = z.int({ error: 'must be a census year such as 2019' }).min(2000).max(2100);

export function hindcastRequestSchema(maxRuns: number) {
  return z.strictObject(
    {
      la: z
        .string({ error: 'must be a council: ONS code, DfE LA number or name' })
        .trim()
        .min(1, { error: 'must be a council: ONS code, DfE LA number or name' })
        .max(120),
      from: year,
      to: year,
      runs: z
        .int({ error: `must be a whole number of runs from 1 to ${maxRuns}` })
        .min(1, { error: 'must be at least 1' })
        .max(maxRuns, { error: `must be at most ${maxRuns}` })
        .default(DEFAULT_HINDCAST_RUNS),
      seed: z
        .union([z.string().regex(SEED_PATTERN), z.int()], {
          error: 'must be a string of 1-64 letters, digits, ".", "_", ":" or "-", or a whole number',
        })
        .transform(String)
        .default(DEFAULT_SEED),
      windowYears: z
        .int({ error: 'must be a whole number of census years from 1 to 9' })
        .min(1, { error: 'must be at least 1' })
        .max(9, { error: 'must be at most 9' })
        .default(DEFAULT_WINDOW_YEARS),
      demand: z.boolean({ error: 'must be true or false' }).default(false),
    },
    { error: 'must be a JSON object such as {"la": "E06000010", "from": 2019, "to": 2023}' },
  );
}

/** The builder's field names as this request names them. */
export function requestField(path: string): string {
  if (path === 'year' || path.startsWith('csww.')) return 'from';
  if (path.startsWith('window')) return 'windowYears';
  if (path === 'horizonMonths') return 'to';
  if (path.startsWith('demand')) return 'demand';
  return path;
}

export interface HindcastRouteOptions {
  /** The census data; default the shipped files, parsed on first use. */
  data?: () => CensusData;
}

export function hindcastRoutes(deps: AppDeps, options: HindcastRouteOptions = {}): Hono {
  const data = options.data ?? shippedCensusData;
  const schema = hindcastRequestSchema(Math.min(MAX_HINDCAST_RUNS, deps.config.maxRunsPerRequest));
  let busy = false;
  const runner = (signal: AbortSignal): BufferRunner =>
    deps.analysisPool ? createParallelRunner(deps.analysisPool, signal) : inProcessRunner;

  return new Hono().post('/hindcast', async (c) => {
    const parsed = schema.safeParse(await readJsonBody(c));
    if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
    const b = parsed.data;
    const problems: FieldProblem[] = [];
    if (b.to <= b.from) problems.push({ path: 'to', message: `must be after from (${b.from})` });
    else if (b.to - b.from > 10)
      problems.push({ path: 'to', message: 'must be at most 10 years after from' });
    if (problems.length > 0) throw invalidInput(problems);
    const census = data();
    const plan = planHindcast(census, b.la, b.from, b.to, { windowYears: b.windowYears, demand: b.demand });
    if (!plan.ok) throw invalidInput(plan.error.map((p) => ({ ...p, path: requestField(p.path) })));
    const { council } = plan.value.built;
    const last = censusYears(councilWorkforce(census, council)).at(-1);
    if (last !== undefined && b.to > last)
      throw invalidInput([
        { path: 'to', message: `${council.name} has census years up to ${last}: choose ${last} or earlier` },
      ]);
    if (busy)
      throw new ProblemError('queue-full', 'Another hindcast is running; try again shortly.', undefined, {
        'Retry-After': '5',
      });
    busy = true;
    try {
      const { scenario } = plan.value.built;
      const buffer = await runner(c.req.raw.signal)({ scenario, seed: b.seed, runs: b.runs });
      const settings = {
        from: b.from,
        to: b.to,
        runs: b.runs,
        seed: b.seed,
        windowYears: b.windowYears,
        demand: b.demand,
      };
      return c.json({ ...hindcastReport(plan.value, buffer, settings), engineVersion: ENGINE_VERSION });
    } finally {
      busy = false;
    }
  });
}
