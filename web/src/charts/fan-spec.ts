/** Fan chart of one metric of one run: 90% and 50% bands across replications, median line, mean dashed. */
import type { RunResult, SeriesStats } from '../api-types.js';
import { formatValue } from '../format.js';
import { metricInfo, routeLabel } from '../metric-catalogue.js';
import type { ChartSpec, LineSpec } from './chart-spec.js';
import { OKABE_ITO, RUN_COLOURS, RUN_DASHES, withAlpha } from './palette.js';

const OP_WORDS: Record<string, string> = { '<=': 'at most', '<': 'below', '>=': 'at least', '>': 'above' };

/** Horizontal target lines for thresholds a scenario names on this metric. */
function targetLines(result: RunResult, metric: string): LineSpec[] {
  const unit = metricInfo(metric).unit;
  return result.thresholds
    .filter((t) => t.metric === metric)
    .map((t) => ({
      label: `Target: ${OP_WORDS[t.op] ?? t.op} ${formatValue(t.value, unit)}`,
      values: result.dates.map(() => t.value),
      colour: OKABE_ITO.black,
      dash: [2, 4],
      width: 1.5,
    }));
}

export function fanSpec(result: RunResult, metric: string): ChartSpec | undefined {
  const s: SeriesStats | undefined = result.series[metric];
  if (!s) return undefined;
  const info = metricInfo(metric);
  return {
    id: metric,
    title: info.label,
    explainer: `${info.explainer} Shaded: where 90% and 50% of the ${result.runs.toLocaleString('en-GB')} simulated futures lie; solid line: median; dashed: mean.`,
    unit: info.unit,
    axisLabel: info.axis,
    dates: result.dates,
    bands: [
      { label: '90% of runs (P5 to P95)', upper: s.p95, lower: s.p5, fill: withAlpha(OKABE_ITO.blue, 0.16) },
      { label: 'Middle 50% (P25 to P75)', upper: s.p75, lower: s.p25, fill: withAlpha(OKABE_ITO.blue, 0.36) },
    ],
    lines: [
      { label: 'Median (P50)', values: s.p50, colour: OKABE_ITO.blue, width: 2.5 },
      { label: 'Mean', values: s.mean, colour: OKABE_ITO.vermillion, dash: [8, 5], width: 2 },
      ...targetLines(result, metric),
    ],
    table: [
      { label: 'P5', values: s.p5 },
      { label: 'P25', values: s.p25 },
      { label: 'Median', values: s.p50 },
      { label: 'P75', values: s.p75 },
      { label: 'P95', values: s.p95 },
      { label: 'Mean', values: s.mean },
    ],
  };
}

/** Permanent FTE split by entry route: one median line per route that has anyone in it. */
export function routeSpec(result: RunResult, routeMetrics: string[]): ChartSpec | undefined {
  const used = routeMetrics.filter((m) => {
    const s = result.series[m];
    return s ? s.p95.some((v) => v > 0) || (result.initial[m] ?? 0) > 0 : false;
  });
  if (used.length === 0) return undefined;
  const routeOf = (m: string) => routeLabel(m.slice('permanent_fte_'.length));
  return {
    id: 'permanent_fte_by_route',
    title: 'Permanent FTE by entry route',
    explainer:
      'Median permanent FTE in post for each route by which people joined (shaded: middle 50% of runs).',
    unit: 'fte',
    axisLabel: 'FTE',
    dates: result.dates,
    bands: used.map((m, i) => ({
      label: `${routeOf(m)}: middle 50%`,
      upper: result.series[m]!.p75,
      lower: result.series[m]!.p25,
      fill: withAlpha(RUN_COLOURS[i % RUN_COLOURS.length]!, 0.18),
    })),
    lines: used.map((m, i) => ({
      label: `${routeOf(m)}: median`,
      values: result.series[m]!.p50,
      colour: RUN_COLOURS[i % RUN_COLOURS.length]!,
      dash: RUN_DASHES[i % RUN_DASHES.length]!,
    })),
    table: used.flatMap((m) => [
      { label: `${routeOf(m)} median`, values: result.series[m]!.p50 },
      { label: `${routeOf(m)} mean`, values: result.series[m]!.mean },
    ]),
  };
}
