/**
 * What the analysis routes (/api/analysis/*, /api/comparisons) share: loading a scenario named by
 * id or given inline (with months and overrides), thresholds given as text, the cap on the work
 * one analysis may do, and turning core problems into problem+json.
 */
import { parseThreshold } from '../analysis/threshold-report.js';
import type { FieldProblem, Result } from '../scenario/field-problem.js';
import type { Scenario, Threshold } from '../scenario/scenario-schema.js';
import { findScenarioById } from '../store/scenario-repository.js';
import type { ScenarioRef } from './analysis-request.js';
import type { AppDeps } from './app-deps.js';
import { invalidInput, ProblemError } from './problem.js';
import { buildRunScenario, type RunRequest } from './run-request.js';

/** Most replication-months one analysis may simulate (about 70 runs of 1,000 x 60). */
export const MAX_ANALYSIS_REPLICATION_MONTHS = 4_000_000;

export interface RunSettings {
  months?: number | undefined;
  runs: number;
  seed: string;
}

export type ScenarioLoader = (ref: ScenarioRef, run: RunSettings, prefix: string) => Promise<Scenario>;

/** Loads and parses a scenario; problems are reported under `prefix` (e.g. 'options.1'). */
export function scenarioLoader(deps: Pick<AppDeps, 'db' | 'shipped'>): ScenarioLoader {
  return async (ref, run, prefix) => {
    const at = (p: FieldProblem) => ({ ...p, path: prefix ? `${prefix}.${p.path}` : p.path });
    let raw: unknown = ref.scenario;
    if (ref.scenarioId !== undefined) {
      const found = deps.shipped.get(ref.scenarioId) ?? (await findScenarioById(deps.db, ref.scenarioId));
      if (!found)
        throw invalidInput([
          at({ path: 'scenarioId', message: `no scenario has the id "${ref.scenarioId}"` }),
        ]);
      raw = found.scenario;
    }
    try {
      return buildRunScenario(raw, { ...ref, ...run } as RunRequest);
    } catch (error) {
      if (error instanceof ProblemError && error.errors) throw invalidInput(error.errors.map(at));
      throw error;
    }
  };
}

/** Refuses an analysis of `simulations` runs of `runs` x `months` beyond the cap. */
export function checkWork(simulations: number, runs: number, months: number): void {
  const work = simulations * runs * months;
  if (work > MAX_ANALYSIS_REPLICATION_MONTHS)
    throw invalidInput([
      {
        path: 'runs',
        message: `this analysis would simulate ${work.toLocaleString('en-GB')} replication-months; at most ${MAX_ANALYSIS_REPLICATION_MONTHS.toLocaleString('en-GB')} (use fewer runs, months or parameters)`,
      },
    ]);
}

/** Thresholds given as 'agency_rate<=0.10' or as objects; a bad one is reported as thresholds.i. */
export function thresholdsOf(items: readonly (string | Threshold)[]): Threshold[] {
  return items.map((item, i) => {
    if (typeof item !== 'string') return item;
    const parsed = parseThreshold(item);
    if (!parsed.ok)
      throw invalidInput(parsed.error.map((p) => ({ path: `thresholds.${i}`, message: p.message })));
    return parsed.value;
  });
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw invalidInput(result.error);
  return result.value;
}
