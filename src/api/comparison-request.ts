/**
 * The body of POST /api/comparisons: a baseline and up to five options, each a scenarioId or an
 * inline scenario (optionally with `set` overrides; options may carry a display name), and the
 * settings every scenario runs with (runs, seed, months), plus thresholds to report.
 */
import { z } from 'zod';
import { ThresholdSchema } from '../scenario/scenario-schema.js';
import { ScenarioRefSchema } from './analysis-request.js';
import type { AppConfig } from './app-deps.js';
import { DEFAULT_SEED, SEED_PATTERN } from './request-limits.js';

/** Comparisons default to fewer runs than single runs: each option doubles the work. */
export const DEFAULT_COMPARISON_RUNS = 500;

const oneScenario = (ref: { scenarioId?: string | undefined; scenario?: unknown }, ctx: z.RefinementCtx) => {
  if ((ref.scenarioId === undefined) === (ref.scenario === undefined))
    ctx.addIssue({ code: 'custom', path: ['scenarioId'], message: 'give either scenarioId or scenario' });
};

const OptionSchema = z
  .strictObject(
    {
      ...ScenarioRefSchema.shape,
      name: z.string().trim().min(1, { error: 'must not be empty' }).max(200).optional(),
    },
    { error: 'must be an object with scenarioId or scenario' },
  )
  .superRefine(oneScenario);

export function comparisonRequestSchema(limits: Pick<AppConfig, 'maxRunsPerRequest' | 'maxMonths'>) {
  return z.strictObject(
    {
      baseline: ScenarioRefSchema,
      options: z
        .array(OptionSchema, { error: 'must be a list of options' })
        .min(1, { error: 'give at least one option' })
        .max(5, { error: 'at most 5 options' }),
      runs: z
        .int({ error: `must be a whole number from 1 to ${limits.maxRunsPerRequest}` })
        .min(1, { error: 'must be at least 1' })
        .max(limits.maxRunsPerRequest, { error: `must be at most ${limits.maxRunsPerRequest}` })
        .default(DEFAULT_COMPARISON_RUNS),
      seed: z
        .union([z.string().regex(SEED_PATTERN), z.int()], {
          error: 'must be a seed string or a whole number',
        })
        .transform(String)
        .default(DEFAULT_SEED),
      months: z
        .int({ error: `must be a whole number of months from 1 to ${limits.maxMonths}` })
        .min(1, { error: 'must be at least 1' })
        .max(limits.maxMonths, { error: `must be at most ${limits.maxMonths}` })
        .optional(),
      thresholds: z
        .array(z.union([z.string().max(100), ThresholdSchema]))
        .max(20)
        .default([]),
      confidence: z.number().gt(0).max(1).default(0.8),
    },
    { error: 'must be a JSON object' },
  );
}

export type ComparisonRequest = z.output<ReturnType<typeof comparisonRequestSchema>>;
