/**
 * The comparison as text for the CLI: per option, the parameters that differ, the paired
 * differences of key metrics every 12 months (mean [P10, P90] and P(option better)), spend deltas
 * by financial year, and the threshold sentences of baseline and option.
 */
import type { Comparison, OptionComparison } from '../analysis/compare-scenarios.js';
import { formatParameterValue } from '../analysis/parameter-diff.js';
import { reportMonths } from './summary-table.js';
import { formatDelta, formatPercent, textTable } from './text-table.js';

export const COMPARISON_METRICS = [
  'permanent_fte',
  'vacancy_fte',
  'agency_fte',
  'agency_rate',
  'vacancy_rate',
  'turnover_rate',
  'caseload_per_fte',
  'cost_total',
] as const;

function metricTable(c: Comparison, option: OptionComparison, metrics: readonly string[]): string {
  const months = reportMonths(c.months);
  const header = ['option - baseline', ...months.map((m) => `${c.dates[m - 1]} mean [P10, P90] P(better)`)];
  const rows = metrics
    .filter(
      (metric) => option.metrics[metric] && (!metric.startsWith('cost_') || option.financialYears.length > 0),
    )
    .map((metric) => {
      const s = option.metrics[metric]!;
      return [
        metric,
        ...months.map((m) => {
          const i = m - 1;
          const better = s.probabilityBetter ? ` ${formatPercent(s.probabilityBetter[i])}` : '';
          return `${formatDelta(metric, s.mean[i])} [${formatDelta(metric, s.p10[i])}, ${formatDelta(metric, s.p90[i])}]${better}`;
        }),
      ];
    });
  return textTable([header, ...rows]);
}

function financialYearTable(option: OptionComparison): string {
  const rows = option.financialYears.map((fy) => {
    const t = fy.metrics.cost_total;
    return [
      `${fy.financialYear}${fy.partial ? ` (${fy.months} months)` : ''}`,
      t ? formatDelta('cost_total', t.mean) : '-',
      t ? `[${formatDelta('cost_total', t.p10)}, ${formatDelta('cost_total', t.p90)}]` : '-',
      t ? formatPercent(t.probabilityBetter) : '-',
    ];
  });
  return textTable([['financial year', 'cost_total change £', 'P10, P90', 'P(spends less)'], ...rows]);
}

export function comparisonText(c: Comparison, metrics: readonly string[] = COMPARISON_METRICS): string {
  const parts: string[] = [];
  for (const t of c.baseline.thresholds) parts.push(`baseline: ${t.sentence}`);
  for (const option of c.options) {
    parts.push('', `== ${option.name} vs ${c.baseline.name}`);
    parts.push(
      option.parameters.length === 0
        ? 'No parameters differ.'
        : textTable([
            ['parameter', 'baseline', 'option'],
            ...option.parameters.map((p) => [
              p.path,
              formatParameterValue(p.baseline),
              formatParameterValue(p.option),
            ]),
          ]),
    );
    parts.push('', metricTable(c, option, metrics));
    if (option.financialYears.length > 0) parts.push('', financialYearTable(option));
    if (option.thresholds.length > 0)
      parts.push('', ...option.thresholds.map((t) => `option: ${t.sentence}`));
  }
  return parts.join('\n');
}
