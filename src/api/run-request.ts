/** The body of POST /api/runs, and how it becomes a parsed scenario plus the run's settings. */
import { z } from 'zod';
import { applyOverrides } from '../scenario/apply-overrides.js';
import type { FieldProblem } from '../scenario/field-problem.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario } from '../scenario/scenario-schema.js';
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

const SEED_MESSAGE = 'must be a string of 1-64 letters, digits, ".", "_", ":" or "-", or a whole number';

export interface RunLimits {
  maxRunsPerRequest: number;
  maxMonths: number;
}

export function runRequestSchema(limits: RunLimits) {
  const count = (what: string, max: number) =>
    z
      .int({ error: `must be a whole number of ${what} from 1 to ${max}` })
      .min(1, { error: `must be at least 1` })
      .max(max, { error: `must be at most ${max}` });
  return z
    .strictObject(
      {
        scenarioId: z
          .string({ error: 'must be a string' })
          .regex(SCENARIO_ID_PATTERN, { error: 'must be a scenario id such as "hull-baseline"' })
          .optional(),
        scenario: z.record(z.string(), z.unknown(), { error: 'must be a scenario object' }).optional(),
        runs: count('runs', limits.maxRunsPerRequest).default(DEFAULT_RUNS),
        seed: z
          .union([z.string().regex(SEED_PATTERN, { error: SEED_MESSAGE }), z.int()], {
            error: SEED_MESSAGE,
          })
          .transform(String)
          .default(DEFAULT_SEED),
        months: count('months', limits.maxMonths).optional(),
        set: z
          .record(
            z
              .string()
              .regex(DOTTED_PATH_PATTERN, { error: 'keys must be dotted paths such as "agency.coverShare"' }),
            z.unknown(),
            { error: 'must be an object of {"dotted.path": value}, e.g. {"agency.coverShare": 0.5}' },
          )
          .refine((s) => Object.keys(s).length <= MAX_OVERRIDES, {
            error: `at most ${MAX_OVERRIDES} overrides`,
          })
          .optional(),
      },
      { error: 'must be a JSON object' },
    )
    .superRefine((body, ctx) => {
      if (body.scenarioId !== undefined && body.scenario !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['scenario'],
          message: 'give either scenarioId or scenario, not both',
        });
      } else if (body.scenarioId === undefined && body.scenario === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['scenarioId'],
          message: 'give scenarioId or an inline scenario',
        });
      }
    });
}

export type RunRequest = z.output<ReturnType<typeof runRequestSchema>>;

export function parseRunRequest(input: unknown, limits: RunLimits): RunRequest {
  const parsed = runRequestSchema(limits).safeParse(input);
  if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
  return parsed.data;
}

/** Where a problem in the combined scenario came from: an override, the months field, or the scenario. */
function blame(problem: FieldProblem, request: RunRequest): FieldProblem {
  const keys = Object.keys(request.set ?? {});
  const path = problem.path;
  const override = keys.find((k) => path === k || path.startsWith(`${k}.`) || k.startsWith(`${path}.`));
  if (override !== undefined) return { path: `set.${path}`, message: problem.message };
  if (path === 'horizonMonths' && request.months !== undefined)
    return { path: 'months', message: problem.message };
  if (request.scenario !== undefined)
    return { path: path ? `scenario.${path}` : 'scenario', message: problem.message };
  return { path: path ? `scenarioId.${path}` : 'scenarioId', message: problem.message };
}

/** Applies months and overrides to the raw scenario and parses it once. */
export function buildRunScenario(raw: unknown, request: RunRequest): Scenario {
  let input = raw;
  if (request.months !== undefined && input !== null && typeof input === 'object') {
    input = { ...(input as Record<string, unknown>), horizonMonths: request.months };
  }
  const overrides = Object.entries(request.set ?? {}).map(([path, value]) => ({ path, value }));
  const applied = applyOverrides(input, overrides);
  if (!applied.ok)
    throw invalidInput(applied.error.map((p) => ({ path: `set.${p.path}`, message: p.message })));
  const parsed = parseScenario(applied.value);
  if (!parsed.ok) throw invalidInput(parsed.error.map((p) => blame(p, request)));
  return parsed.value;
}
