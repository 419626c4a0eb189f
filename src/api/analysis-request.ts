/**
 * Bodies of the /api/analysis/* requests. Scenarios are named as in POST /api/runs (scenarioId or
 * an inline scenario, with optional `set` overrides); months, runs and seed apply to every
 * scenario of the request. Thresholds are strings ('agency_rate<=0.10') or threshold objects.
 */
import { z } from 'zod';
import { METRIC_NAMES } from '../model/metric-names.js';
import { ROUTES } from '../scenario/routes.js';
import { ThresholdSchema } from '../scenario/scenario-schema.js';
import type { AppConfig } from './app-deps.js';
import { invalidInput } from './problem.js';
import {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DOTTED_PATH_PATTERN,
  MAX_OVERRIDES,
  SCENARIO_ID_PATTERN,
  SEED_PATTERN,
} from './request-limits.js';
import { zodProblems } from './zod-problems.js';

const refFields = {
  scenarioId: z
    .string()
    .regex(SCENARIO_ID_PATTERN, { error: 'must be a scenario id such as "hull-baseline"' })
    .optional(),
  scenario: z.record(z.string(), z.unknown(), { error: 'must be a scenario object' }).optional(),
  set: z
    .record(z.string().regex(DOTTED_PATH_PATTERN, { error: 'keys must be dotted paths' }), z.unknown())
    .refine((s) => Object.keys(s).length <= MAX_OVERRIDES, { error: `at most ${MAX_OVERRIDES} overrides` })
    .optional(),
};

const oneScenario = (ref: { scenarioId?: string | undefined; scenario?: unknown }, ctx: z.RefinementCtx) => {
  if ((ref.scenarioId === undefined) === (ref.scenario === undefined))
    ctx.addIssue({ code: 'custom', path: ['scenarioId'], message: 'give either scenarioId or scenario' });
};

export const ScenarioRefSchema = z.strictObject(refFields).superRefine(oneScenario);
export type ScenarioRef = z.output<typeof ScenarioRefSchema>;

const metric = z.enum(METRIC_NAMES, { error: 'must be a metric the engine reports, e.g. "agency_rate"' });
const op = z.enum(['<=', '<', '>=', '>']);
const probabilityLevel = z.number().gt(0).max(1);
const dottedPath = z.string().regex(DOTTED_PATH_PATTERN, { error: 'must be a dotted path' });

function runFields(limits: Pick<AppConfig, 'maxRunsPerRequest' | 'maxMonths'>) {
  return {
    runs: z.int().min(1).max(limits.maxRunsPerRequest).default(DEFAULT_RUNS),
    seed: z
      .union([z.string().regex(SEED_PATTERN), z.int()], { error: 'must be a seed string or a whole number' })
      .transform(String)
      .default(DEFAULT_SEED),
    months: z.int().min(1).max(limits.maxMonths).optional(),
  };
}

export function analysisSchemas(limits: Pick<AppConfig, 'maxRunsPerRequest' | 'maxMonths'>) {
  const run = runFields(limits);
  const thresholds = z
    .array(z.union([z.string().max(100), ThresholdSchema]))
    .max(20)
    .default([]);
  return {
    compare: z.strictObject({
      baseline: ScenarioRefSchema,
      options: z.array(ScenarioRefSchema).min(1).max(5),
      thresholds,
      confidence: probabilityLevel.default(0.8),
      ...run,
    }),
    thresholds: z
      .strictObject({ ...refFields, thresholds, confidence: probabilityLevel.default(0.8), ...run })
      .superRefine(oneScenario),
    tornado: z
      .strictObject({
        ...refFields,
        metric,
        month: z.int().min(1),
        statistic: z.enum(['mean', 'p10', 'p50', 'p90']).default('mean'),
        condition: z.strictObject({ op, value: z.number() }).optional(),
        parameters: z.array(dottedPath).min(1).max(40).optional(),
        pct: z.number().gt(0).lt(100).default(20),
        ...run,
      })
      .superRefine(oneScenario),
    goalSeek: z
      .strictObject({
        ...refFields,
        lever: dottedPath,
        range: z.tuple([z.number(), z.number()]),
        metric,
        op,
        target: z.number(),
        month: z.int().min(1),
        confidence: probabilityLevel,
        seek: z.enum(['smallest', 'largest']).default('smallest'),
        integer: z.boolean().default(false),
        tolerance: z.number().gt(0).optional(),
        ...run,
      })
      .superRefine(oneScenario),
    routes: z
      .strictObject({
        ...refFields,
        // Route economics is computed in the request thread: 10,000 draws take a few seconds.
        runs: z.int().min(1).max(Math.min(10_000, limits.maxRunsPerRequest)).default(DEFAULT_RUNS),
        seed: run.seed,
        years: z.number().gt(0).max(10).default(5),
        cohortSizes: z.partialRecord(z.enum(ROUTES), z.int().min(1).max(10_000)).optional(),
        costsGbp: z.partialRecord(z.enum(ROUTES), z.number().min(0).max(1e7)).optional(),
      })
      .superRefine(oneScenario),
  };
}

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
  return parsed.data;
}
