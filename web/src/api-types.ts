/** Shapes the UI reads from the API; only types come from src/, never runtime code. */
import type { Problem } from '../../src/api/problem.js';
import type { SeriesStats, SimulationResult } from '../../src/engine/simulation-result.js';
import type { FieldProblem } from '../../src/scenario/field-problem.js';
import type { Run } from '../../src/store/run-repository.js';

export type { FieldProblem, Problem, Run, SeriesStats, SimulationResult };

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ScenarioSummary {
  id: string;
  name: string;
  description: string;
  shipped: boolean;
  hash: string;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ScenarioRecord extends ScenarioSummary {
  scenario: JsonObject;
}

/** One statistic row of a money metric over a financial year (mean and percentiles, pounds). */
export type StatsPoint = Partial<Record<keyof SeriesStats, number>>;

/**
 * A financial-year row (result.financialYears), read tolerantly: the year as `fy`, each money
 * metric's spread over runs as `cost_*` (or under `metrics`), the budget and P(overspend).
 */
export interface FinancialYearRow {
  fy?: string;
  financialYear?: string;
  months?: number;
  partial?: boolean;
  budget?: number;
  budgetCompared?: number;
  p_overspend?: number;
  /** Share of the spread of cost_total owed to each cost line. */
  spreadShare?: Record<string, number>;
  metrics?: Record<string, StatsPoint>;
  [metric: string]: unknown;
}

/** A result as served: SimulationResult, with financial years read by the UI's own loose type. */
export type RunResult = Omit<SimulationResult, 'financialYears'> & { financialYears?: FinancialYearRow[] };

export interface RunEventData {
  id: string;
  status: Run['status'];
  progress: number;
  error: string | null;
}
