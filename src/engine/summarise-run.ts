/**
 * Aggregates a filled metric buffer into the run result: mean and exact percentiles per metric per
 * month, and P(condition) per month for each threshold the scenario names.
 */
import { METRIC_INDEX, METRIC_NAMES, type MetricName } from '../model/metric-names.js';
import { addMonths } from '../model/month-index.js';
import type { Scenario, Threshold } from '../scenario/scenario-schema.js';
import { ENGINE_VERSION } from './engine-version.js';
import { summariseFinancialYears } from './financial-years.js';
import { column, type MetricBuffer } from './metric-buffer.js';
import { placeRanks } from './order-statistics.js';
import { meanOf, PERCENTILES, type PercentileKey, percentileRanks, quantileSorted } from './percentiles.js';
import type { SeriesStats, SimulationResult, ThresholdResult } from './simulation-result.js';

const MEETS: Record<Threshold['op'], (x: number, v: number) => boolean> = {
  '<=': (x, v) => x <= v,
  '<': (x, v) => x < v,
  '>=': (x, v) => x >= v,
  '>': (x, v) => x > v,
};

export function thresholdProbabilities(buffer: MetricBuffer, threshold: Threshold): number[] {
  const k = METRIC_INDEX[threshold.metric as MetricName];
  const meets = MEETS[threshold.op];
  const probability: number[] = [];
  for (let m = 1; m <= buffer.months; m++) {
    const values = column(buffer, k, m);
    let hits = 0;
    for (let i = 0; i < values.length; i++) if (meets(values[i]!, threshold.value)) hits++;
    probability.push(hits / values.length);
  }
  return probability;
}

function seriesOf(buffer: MetricBuffer, k: number, scratch: Float64Array): SeriesStats {
  const ranks = percentileRanks(buffer.runs);
  const stats = { mean: [] as number[] } as SeriesStats;
  for (const p of PERCENTILES) stats[`p${p}` as PercentileKey] = [];
  for (let m = 1; m <= buffer.months; m++) {
    const values = column(buffer, k, m);
    stats.mean.push(meanOf(values));
    placeRanks(values, scratch, ranks);
    for (const p of PERCENTILES) stats[`p${p}` as PercentileKey].push(quantileSorted(scratch, p / 100));
  }
  return stats;
}

export interface RunIdentity {
  scenario: Scenario;
  scenarioHash: string;
  seed: string;
}

/** Mean and percentiles per month for the metrics with the given indices (work that can be split). */
export function summariseSeries(
  buffer: MetricBuffer,
  metricIndices: readonly number[],
): Record<string, SeriesStats> {
  const scratch = new Float64Array(buffer.runs);
  const series: Record<string, SeriesStats> = {};
  for (const k of metricIndices) series[METRIC_NAMES[k]!] = seriesOf(buffer, k, scratch);
  return series;
}

/**
 * The run result. `series` may be passed in when it was computed elsewhere (in parallel by
 * summariseSeries over parts of the metric list); it must then cover every metric.
 */
export function summariseRun(
  buffer: MetricBuffer,
  id: RunIdentity,
  computed?: Record<string, SeriesStats>,
): SimulationResult {
  const initial: Record<string, number> = {};
  const series: Record<string, SeriesStats> = {};
  const all =
    computed ??
    summariseSeries(
      buffer,
      METRIC_NAMES.map((_, k) => k),
    );
  METRIC_NAMES.forEach((name, k) => {
    initial[name] = meanOf(column(buffer, k, 0));
    series[name] = all[name]!;
  });
  const thresholds: ThresholdResult[] = id.scenario.thresholds.map((t) => ({
    metric: t.metric,
    op: t.op,
    value: t.value,
    ...(t.label === undefined ? {} : { label: t.label }),
    probability: thresholdProbabilities(buffer, t),
  }));
  const financialYears = summariseFinancialYears(buffer, id.scenario);
  return {
    engineVersion: ENGINE_VERSION,
    seed: id.seed,
    runs: buffer.runs,
    months: buffer.months,
    startMonth: id.scenario.startMonth,
    dates: Array.from({ length: buffer.months }, (_, i) => addMonths(id.scenario.startMonth, i)),
    scenario: { name: id.scenario.name, hash: id.scenarioHash },
    initial,
    series,
    thresholds,
    ...(financialYears ? { financialYears } : {}),
  };
}
