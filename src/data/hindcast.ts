/**
 * Hindcast: start a council's census scenario at 30 September of year `from` with rates estimated
 * only from census years up to `from`, simulate to `to`, and score each later census figure
 * against the simulated distribution at the same date (month 12k is 30 September of from + k):
 * absolute error of the median and whether the observed value lies in the P10-P90 band. Pure.
 */
import type { MetricBuffer } from '../engine/metric-buffer.js';
import { column } from '../engine/metric-buffer.js';
import { quantileSorted } from '../engine/percentiles.js';
import { METRIC_INDEX } from '../model/metric-names.js';
import { fail, type Result } from '../scenario/field-problem.js';
import { type CensusData, censusYears, councilWorkforce } from './census-data.js';
import { suspectZeroTurnover } from './census-rates.js';
import { type CensusScenario, DEFAULT_WINDOW_YEARS, scenarioFromCensus } from './census-scenario.js';
import { findCouncil } from './council-index.js';
import type { DfeRow } from './dfe-table.js';

export const HINDCAST_METRICS = [
  'case_holder_fte',
  'agency_rate',
  'turnover_rate',
  'vacancy_rate',
  'caseload',
] as const;
export type HindcastMetric = (typeof HINDCAST_METRICS)[number];

/** What each metric is in the census and in the simulation. */
export const HINDCAST_METRIC_TEXT: Record<HindcastMetric, { census: string; model: string; unit: string }> = {
  case_holder_fte: {
    census: 'case_holders_fte',
    model: 'permanent_fte + agency_fte',
    unit: 'FTE',
  },
  agency_rate: { census: 'agency_rate_fte / 100', model: 'agency_rate', unit: 'rate' },
  turnover_rate: { census: 'turnover_rate_fte / 100', model: 'turnover_rate (last 12 months)', unit: 'rate' },
  vacancy_rate: { census: 'vacancy_rate_fte / 100', model: 'vacancy_rate', unit: 'rate' },
  caseload: {
    census: 'caseload_fte (cases / case holder FTE)',
    model: 'open_cases / (permanent_fte + agency_fte)',
    unit: 'cases per FTE',
  },
};

export interface HindcastObservation {
  metric: HindcastMetric;
  year: number;
  /** Years after the start (1 = the next census). */
  lead: number;
  /** Output month of the simulation at that census date (12 x lead). */
  month: number;
  observed: number;
  /** The same figure in the starting census year: the "nothing changes" forecast to compare with. */
  atStart?: number | undefined;
}

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface ScoredObservation extends HindcastObservation, Band {
  /** |P50 - observed|, in the metric's unit. */
  absError: number;
  inBand: boolean;
  /** |atStart - observed| when the starting year has the figure. */
  noChangeError?: number | undefined;
}

/** A metric as the census publishes it for a council-year, rates as fractions (recording gaps left out). */
export function censusValue(row: DfeRow, metric: HindcastMetric): number | undefined {
  const v = row.values;
  const rate = (x: number | undefined) => (x === undefined ? undefined : x / 100);
  switch (metric) {
    case 'case_holder_fte':
      return v.case_holders_fte;
    case 'agency_rate':
      return rate(v.agency_rate_fte);
    case 'turnover_rate':
      return suspectZeroTurnover(row) ? undefined : rate(v.turnover_rate_fte);
    case 'vacancy_rate':
      return rate(v.vacancy_rate_fte);
    case 'caseload':
      return v.caseload_fte;
  }
}

/** The census figures for years after `from` up to `to` that a hindcast is scored on (missing ones are skipped). */
export function hindcastObservations(
  rows: ReadonlyMap<number, DfeRow>,
  from: number,
  to: number,
): HindcastObservation[] {
  const out: HindcastObservation[] = [];
  const start = rows.get(from);
  for (let year = from + 1; year <= to; year++) {
    const r = rows.get(year);
    if (!r) continue;
    const lead = year - from;
    for (const metric of HINDCAST_METRICS) {
      const observed = censusValue(r, metric);
      if (observed === undefined || !Number.isFinite(observed)) continue;
      const atStart = start ? censusValue(start, metric) : undefined;
      out.push({
        metric,
        year,
        lead,
        month: 12 * lead,
        observed,
        ...(atStart === undefined ? {} : { atStart }),
      });
    }
  }
  return out;
}

/**
 * The census-comparable value of a metric in each replication at `month`. `startCases` (the census
 * cases at the start) rescales open cases when they are not the census's count (with demand).
 */
export function simulatedValues(
  buffer: MetricBuffer,
  metric: HindcastMetric,
  month: number,
  startCases?: number,
): Float64Array {
  const col = (name: keyof typeof METRIC_INDEX) => column(buffer, METRIC_INDEX[name], month);
  switch (metric) {
    case 'case_holder_fte': {
      const p = col('permanent_fte');
      const a = col('agency_fte');
      return p.map((x, i) => x + a[i]!);
    }
    case 'caseload': {
      const p = col('permanent_fte');
      const a = col('agency_fte');
      const c = col('open_cases');
      // With demand, open cases count children (assessments + CIN + CP + CLA), not the census's
      // cases held: the census cases at the start are carried forward by the simulated change.
      const c0 = column(buffer, METRIC_INDEX.open_cases, 0);
      const scale = (i: number) => (startCases === undefined || !(c0[i]! > 0) ? 1 : startCases / c0[i]!);
      return c.map((x, i) => (x * scale(i)) / Math.max(1e-9, p[i]! + a[i]!));
    }
    default:
      return Float64Array.from(col(metric));
  }
}

/** P10, P50 and P90 of a sample (type 7 quantiles, as the engine reports). */
export function bandOf(values: Float64Array): Band {
  const sorted = Float64Array.from(values).sort();
  return {
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  };
}

export function scoreObservation(observation: HindcastObservation, band: Band): ScoredObservation {
  return {
    ...observation,
    ...band,
    absError: Math.abs(band.p50 - observation.observed),
    inBand: observation.observed >= band.p10 && observation.observed <= band.p90,
    ...(observation.atStart === undefined
      ? {}
      : { noChangeError: Math.abs(observation.atStart - observation.observed) }),
  };
}

/** Scores every observation against a filled buffer of the hindcast scenario. */
export function scoreHindcast(
  buffer: MetricBuffer,
  observations: readonly HindcastObservation[],
  startCases?: number,
): ScoredObservation[] {
  return observations.map((o) =>
    scoreObservation(o, bandOf(simulatedValues(buffer, o.metric, o.month, startCases))),
  );
}

export interface MetricSummary {
  metric: HindcastMetric;
  observations: number;
  inBand: number;
  /** Share of observations inside P10-P90 (0.8 if the bands were calibrated). */
  coverage: number;
  medianAbsError: number;
  meanAbsError: number;
  /** Median |census at start - observed|: the error of forecasting no change (NaN when unknown). */
  medianNoChangeError: number;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) / 2;
  return (s[Math.floor(h)]! + s[Math.ceil(h)]!) / 2;
};

/** Coverage and errors per metric, in HINDCAST_METRICS order (metrics with no observations are left out). */
export function summariseScores(scored: readonly ScoredObservation[]): MetricSummary[] {
  return HINDCAST_METRICS.flatMap((metric) => {
    const rows = scored.filter((s) => s.metric === metric);
    if (rows.length === 0) return [];
    const errors = rows.map((r) => r.absError);
    const inBand = rows.filter((r) => r.inBand).length;
    return [
      {
        metric,
        observations: rows.length,
        inBand,
        coverage: inBand / rows.length,
        medianAbsError: median(errors),
        meanAbsError: errors.reduce((a, b) => a + b, 0) / errors.length,
        medianNoChangeError: median(
          rows.flatMap((r) => (r.noChangeError === undefined ? [] : [r.noChangeError])),
        ),
      },
    ];
  });
}

export interface HindcastPlan {
  built: CensusScenario;
  observations: HindcastObservation[];
}

/**
 * The scenario and the observations of a hindcast from `from` to `to`: rates from the
 * `windowYears` census years to `from` (never later), horizon 12 x (to - from) months.
 */
export interface HindcastOptions {
  /** Census years to `from` the rates come from (default 4). */
  windowYears?: number | undefined;
  /** Simulate referral demand from the children in need tables (start years with looked-after data). */
  demand?: boolean | undefined;
}

export function planHindcast(
  data: CensusData,
  la: string,
  from: number,
  to: number,
  options: HindcastOptions = {},
): Result<HindcastPlan> {
  const windowYears = options.windowYears ?? DEFAULT_WINDOW_YEARS;
  if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from || to - from > 10)
    return fail([{ path: 'to', message: `must be 1 to 10 years after --from (got ${from} to ${to})` }]);
  const council = findCouncil(data.index, la);
  if (!council.ok) return council;
  const rows = councilWorkforce(data, council.value);
  const first = censusYears(rows)[0] ?? from;
  const built = scenarioFromCensus(data, {
    la: council.value.laNumber,
    year: from,
    window: { from: Math.min(from, Math.max(from - windowYears + 1, first)), to: from },
    horizonMonths: 12 * (to - from),
    demand: options.demand,
  });
  if (!built.ok) return built;
  const observations = hindcastObservations(rows, from, to);
  if (observations.length === 0) {
    const later = censusYears(rows).filter((y) => y > from);
    return fail([
      {
        path: 'to',
        message: `${built.value.council.name} has no census figures to score between ${from + 1} and ${to} (later census years: ${later.length > 0 ? later.join(', ') : 'none'})`,
      },
    ]);
  }
  return { ok: true, value: { built: built.value, observations } };
}
