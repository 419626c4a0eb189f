/** The SQLite tables as Kysely sees them; columns are snake_case, timestamps ISO 8601 strings (UTC). */
import type { Generated, Insertable, Selectable } from 'kysely';

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Scenarios saved by users; shipped scenario files are not stored. */
export interface ScenarioTable {
  id: string;
  name: string;
  description: string;
  /** The scenario as the user gave it (validated), JSON text. */
  json: string;
  /** hashScenario of the parsed scenario. */
  hash: string;
  created_at: string;
  updated_at: string;
}

/** A run and its manifest: everything needed to replay it exactly. */
export interface RunTable {
  id: string;
  status: RunStatus;
  /** Share of replications finished, 0-1. */
  progress: Generated<number>;
  engine_version: string;
  scenario_hash: string;
  scenario_name: string;
  /** The normalised scenario (after overrides and defaults), JSON text. */
  scenario_json: string;
  /** Where the scenario came from: a shipped or saved scenario id, or null for an inline one. */
  scenario_id: string | null;
  seed: string;
  runs: number;
  months: number;
  queued_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

export interface ResultTable {
  run_id: string;
  /** The SimulationResult JSON text. */
  json: string;
  created_at: string;
}

/** A paired comparison (POST /api/comparisons), computed off the request path like a run. */
export interface ComparisonTable {
  id: string;
  status: RunStatus;
  /** Baseline and option names, for lists. */
  title: string;
  /** The request as validated (defaults filled in), JSON text. */
  request_json: string;
  /** The Comparison JSON text once done. */
  result_json: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

/** A hindcast of every council (POST /api/hindcast/surveys), computed off the request path; same columns as comparisons. */
export type HindcastSurveyTable = ComparisonTable;

export interface Database {
  scenarios: ScenarioTable;
  runs: RunTable;
  results: ResultTable;
  comparisons: ComparisonTable;
  hindcast_surveys: HindcastSurveyTable;
}

export type ScenarioRow = Selectable<ScenarioTable>;
export type RunRow = Selectable<RunTable>;
export type NewRun = Insertable<RunTable>;
export type ComparisonRow = Selectable<ComparisonTable>;
