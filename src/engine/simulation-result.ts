/** The result of a run: the shape the CLI writes with --out and the API serves. */
import type { FinancialYearResult } from './financial-years.js';
import type { PercentileKey } from './percentiles.js';

export type SeriesStats = { mean: number[] } & Record<PercentileKey, number[]>;

export interface ThresholdResult {
  metric: string;
  op: '<=' | '<' | '>=' | '>';
  value: number;
  label?: string | undefined;
  /** Share of replications meeting the condition at the end of each month. */
  probability: number[];
}

export interface SimulationResult {
  engineVersion: string;
  seed: string;
  runs: number;
  months: number;
  /** First simulated month, YYYY-MM; entry i of every series is the end of month startMonth + i. */
  startMonth: string;
  dates: string[];
  scenario: { name: string; hash: string };
  /** Mean over replications of each metric in the starting state (flows are 0). */
  initial: Record<string, number>;
  series: Record<string, SeriesStats>;
  thresholds: ThresholdResult[];
  /** Spend by financial year (April-March) against budget; absent when the scenario has no money group. */
  financialYears?: FinancialYearResult[];
}
