/** Shapes of the analysis and comparison answers; only types come from src/, never runtime code. */
import type { Comparison, MetricComparison, OptionComparison } from '../../src/analysis/compare-scenarios.js';
import type { FinancialYearDelta } from '../../src/analysis/financial-year-deltas.js';
import type { GoalSeekResult, GoalSeekStep } from '../../src/analysis/goal-seek.js';
import type { AnswerCost } from '../../src/analysis/goal-seek-cost.js';
import type { Spread } from '../../src/analysis/paired-stats.js';
import type { RouteEconomicsRow } from '../../src/analysis/route-economics.js';
import type { ThresholdReport } from '../../src/analysis/threshold-report.js';
import type { Tornado, TornadoBar } from '../../src/analysis/tornado.js';
import type { TornadoParameter } from '../../src/analysis/tornado-parameters.js';
import type { ComparisonRecord } from '../../src/store/comparison-repository.js';

export type {
  AnswerCost,
  Comparison,
  FinancialYearDelta,
  GoalSeekStep,
  MetricComparison,
  OptionComparison,
  RouteEconomicsRow,
  Spread,
  ThresholdReport,
  Tornado,
  TornadoBar,
  TornadoParameter,
};

export interface LeverInfo {
  scenarioId: string;
  name: string;
  startMonth: string;
  horizonMonths: number;
  hasMoney: boolean;
  levers: TornadoParameter[];
  skipped: { path: string; message: string }[];
  metrics: { name: string; direction: 'lower' | 'higher' | null }[];
}

export type GoalSeekAnswer = GoalSeekResult & { cost?: AnswerCost };

export interface RoutesAnswer {
  seed: string;
  runs: number;
  years: number;
  routes: RouteEconomicsRow[];
}

export interface ThresholdsAnswer {
  seed: string;
  runs: number;
  reports: ThresholdReport[];
}

export interface StoredComparison extends ComparisonRecord {
  progress: number;
  request: unknown;
  result: Comparison | null;
}
