/**
 * Baseline-versus-option comparison on common random numbers (MODEL.md sections 2 and 8): every
 * scenario runs with the same seed, so replication i of each shares its random numbers and the
 * difference option - baseline in replication i measures the policy, not the noise. Per metric and
 * month: mean, P10, P50, P90 of the paired difference and P(option better); spend deltas by
 * financial year (when either scenario has a money group); the table of parameters that differ; threshold probabilities for each scenario.
 */
import { column, type MetricBuffer } from '../engine/metric-buffer.js';
import { METRIC_NAMES } from '../model/metric-names.js';
import { addMonths } from '../model/month-index.js';
import { fail, ok, type Result } from '../scenario/field-problem.js';
import { hashScenario } from '../scenario/scenario-hash.js';
import type { Scenario, Threshold } from '../scenario/scenario-schema.js';
import { type BufferRunner, leanScenario } from './buffer-runner.js';
import { type FinancialYearDelta, financialYearDeltas } from './financial-year-deltas.js';
import { type Direction, directionOf } from './metric-direction.js';
import { pairedDifference, shareBetter, spreadOf } from './paired-stats.js';
import { diffScenarios, type ParameterDifference } from './parameter-diff.js';
import { type ThresholdReport, thresholdReport } from './threshold-report.js';

export interface CompareSpec {
  baseline: Scenario;
  options: readonly Scenario[];
  seed: string;
  runs: number;
  /** Conditions to report besides each scenario's own thresholds. */
  thresholds?: readonly Threshold[];
  /** Confidence level for "first month reached" (default 0.8). */
  confidence?: number;
}

/** Paired difference option - baseline of one metric, entry i = end of month i + 1. */
export interface MetricComparison {
  direction: Direction | null;
  mean: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  /** Share of replications where the option is strictly better; null when no direction is defined. */
  probabilityBetter: number[] | null;
}

export interface ScenarioSummary {
  name: string;
  hash: string;
  thresholds: ThresholdReport[];
}

export interface OptionComparison extends ScenarioSummary {
  parameters: ParameterDifference[];
  metrics: Record<string, MetricComparison>;
  financialYears: FinancialYearDelta[];
}

export interface Comparison {
  seed: string;
  runs: number;
  months: number;
  startMonth: string;
  dates: string[];
  baseline: ScenarioSummary;
  options: OptionComparison[];
}

function compareMetric(a: MetricBuffer, b: MetricBuffer, k: number, direction: Direction | undefined) {
  const out: MetricComparison = {
    direction: direction ?? null,
    mean: [],
    p10: [],
    p50: [],
    p90: [],
    probabilityBetter: direction ? [] : null,
  };
  const diff = new Float64Array(a.runs);
  const scratch = new Float64Array(a.runs);
  for (let m = 1; m <= a.months; m++) {
    pairedDifference(column(a, k, m), column(b, k, m), diff);
    const s = spreadOf(diff, scratch);
    out.mean.push(s.mean);
    out.p10.push(s.p10);
    out.p50.push(s.p50);
    out.p90.push(s.p90);
    if (direction) out.probabilityBetter!.push(shareBetter(diff, direction));
  }
  return out;
}

/** Scenarios without a money group report every cost as 0, so they have no spend to compare. */
const hasMoney = (scenario: Scenario) => scenario.money !== undefined;

function thresholdsFor(scenario: Scenario, extra: readonly Threshold[]): Threshold[] {
  const key = (t: Threshold) => `${t.metric}${t.op}${t.value}`;
  const own = new Set(scenario.thresholds.map(key));
  return [...scenario.thresholds, ...extra.filter((t) => !own.has(key(t)))];
}

export async function compareScenarios(spec: CompareSpec, run: BufferRunner): Promise<Result<Comparison>> {
  const { baseline, seed, runs } = spec;
  const problems = spec.options.flatMap((o, i) =>
    o.startMonth !== baseline.startMonth || o.horizonMonths !== baseline.horizonMonths
      ? [{ path: `options.${i}`, message: 'must have the same startMonth and horizonMonths as the baseline' }]
      : [],
  );
  if (spec.options.length === 0) problems.push({ path: 'options', message: 'give at least one option' });
  if (problems.length > 0) return fail(problems);
  const confidence = spec.confidence ?? 0.8;
  const extra = spec.thresholds ?? [];
  const summary = (scenario: Scenario, buffer: MetricBuffer): ScenarioSummary => ({
    name: scenario.name,
    hash: hashScenario(scenario),
    thresholds: thresholdsFor(scenario, extra).map((t) =>
      thresholdReport(buffer, t, scenario.startMonth, confidence),
    ),
  });

  const lean = (s: Scenario) => leanScenario(s, { keepMoney: true });
  const base = await run({ scenario: lean(baseline), seed, runs });
  const options: OptionComparison[] = [];
  for (const option of spec.options) {
    const buffer = await run({ scenario: lean(option), seed, runs });
    const metrics: Record<string, MetricComparison> = {};
    METRIC_NAMES.forEach((name, k) => {
      metrics[name] = compareMetric(base, buffer, k, directionOf(name));
    });
    options.push({
      ...summary(option, buffer),
      parameters: diffScenarios(baseline, option),
      metrics,
      financialYears:
        hasMoney(baseline) || hasMoney(option) ? financialYearDeltas(base, buffer, baseline.startMonth) : [],
    });
  }
  return ok({
    seed,
    runs,
    months: baseline.horizonMonths,
    startMonth: baseline.startMonth,
    dates: Array.from({ length: baseline.horizonMonths }, (_, i) => addMonths(baseline.startMonth, i)),
    baseline: summary(baseline, base),
    options,
  });
}
