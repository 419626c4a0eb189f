/** P(metric meets its target) by month for each threshold the scenario names, one line per threshold or run. */
import type { RunResult } from '../api-types.js';
import { formatValue } from '../format.js';
import { metricInfo } from '../metric-catalogue.js';
import type { ChartSpec, LineSpec } from './chart-spec.js';
import { runColour, runDash } from './palette.js';

const OP_WORDS: Record<string, string> = { '<=': 'at most', '<': 'below', '>=': 'at least', '>': 'above' };

export interface ThresholdLike {
  metric: string;
  op: string;
  value: number;
  label?: string | undefined;
}

export function thresholdLabel(t: ThresholdLike): string {
  const info = metricInfo(t.metric);
  return t.label ?? `${info.label} ${OP_WORDS[t.op] ?? t.op} ${formatValue(t.value, info.unit)}`;
}

export const thresholdKey = (t: ThresholdLike) => `${t.metric}${t.op}${t.value}`;

/** One run: a line per threshold. With several runs: a line per run for the threshold `key`. */
export function thresholdSpec(
  runs: { label: string; result: RunResult }[],
  key?: string,
): ChartSpec | undefined {
  const first = runs[0]?.result;
  if (!first) return undefined;
  const lines: LineSpec[] = [];
  if (key === undefined) {
    first.thresholds.forEach((t, i) => {
      lines.push({ label: thresholdLabel(t), values: t.probability, colour: runColour(i), dash: runDash(i) });
    });
  } else {
    runs.forEach(({ label, result }, i) => {
      const t = result.thresholds.find((x) => thresholdKey(x) === key);
      if (t) lines.push({ label, values: t.probability, colour: runColour(i), dash: runDash(i) });
    });
  }
  if (lines.length === 0) return undefined;
  const named = key === undefined ? undefined : first.thresholds.find((t) => thresholdKey(t) === key);
  return {
    id: key === undefined ? 'thresholds' : `threshold-${key.replace(/[^a-z0-9_]+/gi, '-')}`,
    title: named ? `Chance of meeting: ${thresholdLabel(named)}` : 'Chance of meeting each target',
    explainer:
      'Share of simulated futures in which the target is met at the end of each month (100% = met in every run).',
    unit: 'probability',
    axisLabel: 'probability',
    dates: first.dates,
    bands: [],
    lines,
    table: lines.map((l) => ({ label: l.label, values: l.values })),
    yRange: [0, 1],
  };
}
