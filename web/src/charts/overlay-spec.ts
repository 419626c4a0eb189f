/** Several runs on one chart: per run a median line (own colour and dash) and its middle-50% band. */
import type { RunResult } from '../api-types.js';
import { metricInfo, metricReported } from '../metric-catalogue.js';
import type { ChartSpec, Values } from './chart-spec.js';
import { runColour, runDash, withAlpha } from './palette.js';

export interface LabelledRun {
  label: string;
  result: RunResult;
}

/** Every calendar month any run covers, in order, so runs with other start months still line up. */
export function unionDates(runs: LabelledRun[]): string[] {
  return [...new Set(runs.flatMap((r) => r.result.dates))].sort();
}

export function alignTo(dates: string[], own: string[], values: number[]): Values {
  const at = new Map(own.map((d, i) => [d, values[i] ?? null]));
  return dates.map((d) => at.get(d) ?? null);
}

export function overlaySpec(runs: LabelledRun[], metric: string): ChartSpec | undefined {
  const having = runs.map((r, i) => ({ ...r, i })).filter((r) => metricReported(r.result.series, metric));
  if (having.length === 0) return undefined;
  const info = metricInfo(metric);
  const dates = unionDates(runs);
  const get = (r: (typeof having)[number], key: 'p25' | 'p50' | 'p75' | 'mean') =>
    alignTo(dates, r.result.dates, r.result.series[metric]![key]);
  const missing = runs.length - having.length;
  return {
    id: metric,
    title: info.label,
    explainer: `${info.explainer} Lines: median of each run; shaded: middle 50% of its simulated futures.${
      missing ? ` ${missing} run(s) do not report this metric.` : ''
    }`,
    unit: info.unit,
    axisLabel: info.axis,
    dates,
    bands: having.map((r) => ({
      label: `${r.label}: middle 50%`,
      upper: get(r, 'p75'),
      lower: get(r, 'p25'),
      fill: withAlpha(runColour(r.i), 0.16),
    })),
    lines: having.map((r) => ({
      label: `${r.label}: median`,
      values: get(r, 'p50'),
      colour: runColour(r.i),
      dash: runDash(r.i),
      width: 2.5,
    })),
    table: having.flatMap((r) => [
      { label: `${r.label} P25`, values: get(r, 'p25') },
      { label: `${r.label} median`, values: get(r, 'p50') },
      { label: `${r.label} P75`, values: get(r, 'p75') },
      { label: `${r.label} mean`, values: get(r, 'mean') },
    ]),
  };
}
