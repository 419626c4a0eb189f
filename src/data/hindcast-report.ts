/**
 * A hindcast as the API serves it: for each metric, the census figure and the simulated P10, P50
 * and P90 at every 30 September from the start to the end (for charts), the scored observations
 * (for the table) and the coverage and errors per metric. JSON-safe: unknown numbers are null. Pure.
 */
import type { MetricBuffer } from '../engine/metric-buffer.js';
import {
  bandOf,
  HINDCAST_METRIC_TEXT,
  HINDCAST_METRICS,
  type HindcastMetric,
  type HindcastPlan,
  type MetricSummary,
  type ScoredObservation,
  scoreHindcast,
  simulatedValues,
  summariseScores,
} from './hindcast.js';

export interface HindcastYear {
  year: number;
  /** Output month of the simulation (0 = the starting census). */
  month: number;
  /** The census figure that year, or null when it is not published (or a recording gap). */
  observed: number | null;
  /** Simulated band; null for turnover at the start (it counts leavers over the 12 months before). */
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface HindcastMetricSeries {
  metric: HindcastMetric;
  unit: string;
  census: string;
  model: string;
  /** The figure in the starting census year: the "nothing changes" forecast. */
  atStart: number | null;
  years: HindcastYear[];
}

export interface HindcastSettings {
  from: number;
  to: number;
  runs: number;
  seed: string;
  windowYears: number;
  demand: boolean;
}

export interface HindcastReport extends HindcastSettings {
  council: { code: string; laNumber: string; name: string; region: string };
  /** Census years the rates were estimated from (never after `from`). */
  window: { from: number; to: number; years: number[] };
  warnings: string[];
  metrics: HindcastMetricSeries[];
  scored: ScoredObservation[];
  summary: (Omit<MetricSummary, 'medianNoChangeError'> & { medianNoChangeError: number | null })[];
}

const finite = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

export function hindcastReport(
  plan: HindcastPlan,
  buffer: MetricBuffer,
  settings: HindcastSettings,
): HindcastReport {
  const { built, observations } = plan;
  const startCases = built.start.cases;
  const metrics = HINDCAST_METRICS.map((metric): HindcastMetricSeries => {
    const mine = observations.filter((o) => o.metric === metric);
    const atStart = finite(mine.find((o) => o.atStart !== undefined)?.atStart);
    const years: HindcastYear[] = [];
    for (let year = settings.from; year <= settings.to; year++) {
      const month = 12 * (year - settings.from);
      const observed =
        month === 0 ? atStart : finite(mine.find((o) => o.year === year)?.observed ?? Number.NaN);
      const band =
        month === 0 && metric === 'turnover_rate'
          ? { p10: null, p50: null, p90: null }
          : bandOf(simulatedValues(buffer, metric, month, startCases));
      years.push({ year, month, observed, ...band });
    }
    const { unit, census, model } = HINDCAST_METRIC_TEXT[metric];
    return { metric, unit, census, model, atStart, years };
  });
  const scored = scoreHindcast(buffer, observations, startCases);
  const { council } = built;
  return {
    ...settings,
    council: { code: council.code, laNumber: council.laNumber, name: council.name, region: council.region },
    window: built.window,
    warnings: built.warnings,
    metrics,
    scored,
    summary: summariseScores(scored).map((s) => ({
      ...s,
      medianNoChangeError: finite(s.medianNoChangeError),
    })),
  };
}
