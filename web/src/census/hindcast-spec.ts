/** A hindcast metric as a chart: census figures as dots over the simulated P10-P90 band and median, year by year. */
import type { HindcastReport, HindcastSeries } from '../census-api.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { OKABE_ITO, withAlpha } from '../charts/palette.js';
import { formatValue, type Unit } from '../format.js';

export interface HindcastMetricInfo {
  title: string;
  axis: string;
  unit: Unit;
  /** What the figure is, in a sentence. */
  what: string;
}

export const HINDCAST_METRIC_INFO: Record<string, HindcastMetricInfo> = {
  case_holder_fte: {
    title: 'Case-holding social workers (FTE)',
    axis: 'FTE',
    unit: 'fte',
    what: 'Permanent and agency social workers holding cases, in full-time equivalents.',
  },
  agency_rate: {
    title: 'Agency rate',
    axis: 'Share of FTE',
    unit: 'fraction',
    what: 'Agency social workers as a share of all children’s social worker FTE.',
  },
  turnover_rate: {
    title: 'Turnover rate',
    axis: 'Leavers in the year / FTE',
    unit: 'fraction',
    what: 'Permanent social workers who left in the year to 30 September, as a share of FTE.',
  },
  vacancy_rate: {
    title: 'Vacancy rate',
    axis: 'Share of posts',
    unit: 'fraction',
    what: 'Funded posts without a permanent social worker, as a share of all posts.',
  },
  caseload: {
    title: 'Caseload per case-holding FTE',
    axis: 'Cases per FTE',
    unit: 'ratio',
    what: 'Cases held divided by case-holding FTE.',
  },
};

export const metricInfoOf = (metric: string): HindcastMetricInfo =>
  HINDCAST_METRIC_INFO[metric] ?? { title: metric, axis: metric, unit: 'ratio', what: '' };

/** A value in the metric's unit (rates as %), and an error between two values (rates in percentage points). */
export const showValue = (metric: string, x: number | null | undefined) =>
  formatValue(x, metricInfoOf(metric).unit);
export function showError(metric: string, x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return metricInfoOf(metric).unit === 'fraction' ? `${(x * 100).toFixed(1)} pp` : x.toFixed(1);
}

export function hindcastSpec(report: HindcastReport, series: HindcastSeries): ChartSpec {
  const info = metricInfoOf(series.metric);
  const ys = series.years;
  const runs = report.runs.toLocaleString('en-GB');
  return {
    id: `hindcast-${series.metric}`,
    title: info.title,
    explainer: `${info.what} Dots: the census each 30 September. Shaded: where 80% of ${runs} simulated futures started from the ${report.from} census lay (P10 to P90); line: their median; dashed: no change from ${report.from}.`,
    unit: info.unit,
    axisLabel: info.axis,
    dates: ys.map((y) => String(y.year)),
    xTitle: 'Census year (30 September)',
    bands: [
      {
        label: 'Simulated P10 to P90 (80% of runs)',
        upper: ys.map((y) => y.p90),
        lower: ys.map((y) => y.p10),
        fill: withAlpha(OKABE_ITO.blue, 0.22),
      },
    ],
    lines: [
      { label: 'Simulated median (P50)', values: ys.map((y) => y.p50), colour: OKABE_ITO.blue, width: 2.5 },
      ...(series.atStart === null
        ? []
        : [
            {
              label: `No change from ${report.from}`,
              values: ys.map(() => series.atStart),
              colour: OKABE_ITO.reddishPurple,
              dash: [6, 5],
              width: 1.5,
            },
          ]),
      {
        label: 'Census figure',
        values: ys.map((y) => y.observed),
        colour: OKABE_ITO.black,
        points: true,
      },
    ],
    table: [
      { label: 'Census figure', values: ys.map((y) => y.observed) },
      { label: 'P10', values: ys.map((y) => y.p10) },
      { label: 'Median (P50)', values: ys.map((y) => y.p50) },
      { label: 'P90', values: ys.map((y) => y.p90) },
    ],
  };
}
