/**
 * Charts of a paired comparison (same seed, replication by replication): the difference option
 * minus baseline by month (mean line, P10-P90 band, zero line), and the chance each option is
 * better than the baseline by month for the key measures.
 */
import type { Comparison } from '../analysis-types.js';
import { metricInfo } from '../metric-catalogue.js';
import type { ChartSpec, LineSpec } from './chart-spec.js';
import { OKABE_ITO, RUN_COLOURS, RUN_DASHES, runColour, runDash, withAlpha } from './palette.js';

export const PAIRED_METRICS = [
  'agency_rate',
  'agency_fte',
  'vacancy_fte',
  'permanent_fte',
  'caseload_per_fte',
  'cost_total',
];

/** Measures worth drawing: money only when a scenario has a money group. */
export function pairedMetrics(comparison: Comparison): string[] {
  const money = comparison.options.some((o) => o.financialYears.length > 0);
  return PAIRED_METRICS.filter(
    (m) => comparison.options[0]?.metrics[m] && (money || !/^(cost|spend)_/.test(m)),
  );
}

const DIRECTION_WORDS = { lower: 'Below zero is better.', higher: 'Above zero is better.' } as const;

/** One chart per measure; option i is drawn in the colour of run i + 1 on the compare page. */
export function pairedDiffSpec(
  comparison: Comparison,
  metric: string,
  labels: string[],
): ChartSpec | undefined {
  const options = comparison.options.map((o, i) => ({ o, i, m: o.metrics[metric] })).filter((x) => x.m);
  if (options.length === 0) return undefined;
  const info = metricInfo(metric);
  const direction = options[0]!.m!.direction;
  const label = (i: number) => labels[i + 1] ?? comparison.options[i]!.name;
  return {
    id: `paired-${metric}`,
    title: `${info.label}: option minus baseline`,
    explainer: `The difference in each of ${comparison.runs.toLocaleString('en-GB')} paired futures (same seed). Line: average difference; shaded: middle 80% (P10 to P90). ${direction ? DIRECTION_WORDS[direction] : ''}`,
    unit: info.unit,
    axisLabel: `difference, ${info.axis}`,
    dates: comparison.dates,
    bands: options.map(({ m, i }) => ({
      label: `${label(i)}: middle 80%`,
      upper: m!.p90,
      lower: m!.p10,
      fill: withAlpha(runColour(i + 1), 0.2),
    })),
    lines: [
      ...options.map(({ m, i }) => ({
        label: `${label(i)}: average difference`,
        values: m!.mean,
        colour: runColour(i + 1),
        dash: runDash(i + 1),
        width: 2.5,
      })),
      { label: 'No difference', values: comparison.dates.map(() => 0), colour: OKABE_ITO.black, width: 1 },
    ],
    table: options.flatMap(({ m, i }) => [
      { label: `${label(i)} mean`, values: m!.mean },
      { label: `${label(i)} P10`, values: m!.p10 },
      { label: `${label(i)} median`, values: m!.p50 },
      { label: `${label(i)} P90`, values: m!.p90 },
    ]),
  };
}

/** For option i: P(option better) by month, one line per key measure that has a better direction. */
export function betterSpec(comparison: Comparison, i: number, label: string): ChartSpec | undefined {
  const option = comparison.options[i];
  if (!option) return undefined;
  const lines: LineSpec[] = pairedMetrics(comparison)
    .filter((m) => option.metrics[m]?.probabilityBetter)
    .map((m, k) => ({
      label: metricInfo(m).label,
      values: option.metrics[m]!.probabilityBetter!,
      colour: RUN_COLOURS[k % RUN_COLOURS.length]!,
      dash: RUN_DASHES[k % RUN_DASHES.length]!,
      width: 2.5,
    }));
  if (lines.length === 0) return undefined;
  return {
    id: `better-${i + 1}`,
    title: `Chance ${label} is better than the baseline`,
    explainer:
      'Share of paired futures in which the option is strictly better on each measure that month (ties count as not better; 50% = a coin toss).',
    unit: 'probability',
    axisLabel: 'chance better',
    dates: comparison.dates,
    bands: [],
    lines: [
      ...lines,
      {
        label: 'Even chance',
        values: comparison.dates.map(() => 0.5),
        colour: OKABE_ITO.black,
        dash: [2, 4],
        width: 1,
      },
    ],
    table: lines.map((l) => ({ label: l.label, values: l.values })),
    yRange: [0, 1],
  };
}
