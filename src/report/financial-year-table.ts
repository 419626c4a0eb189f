/**
 * A plain-text table of spend by financial year (April-March) for the CLI: mean of each cost line,
 * total and variance against budget at P5 / P50 / P95, P(overspend), and the line that drives most
 * of the spread of the total. Amounts in millions of pounds.
 */
import type { FinancialYearResult } from '../engine/financial-years.js';
import { COST_LINE_METRICS } from '../model/money/money-metrics.js';

const LINE_LABELS: Record<(typeof COST_LINE_METRICS)[number], string> = {
  cost_permanent: 'permanent',
  cost_agency: 'agency',
  cost_recruitment: 'recruitment',
  cost_training: 'training',
  cost_retention: 'retention',
  cost_other: 'other',
};

const millions = (gbp: number) => (gbp / 1e6).toFixed(2);
const band = (s: { p5: number; p50: number; p95: number }) => [s.p5, s.p50, s.p95].map(millions).join(' / ');

function largestSpread(year: FinancialYearResult): string {
  let best: (typeof COST_LINE_METRICS)[number] | undefined;
  for (const line of COST_LINE_METRICS)
    if (best === undefined || year.spreadShare[line] > year.spreadShare[best]) best = line;
  if (best === undefined || !(year.spreadShare[best] > 0)) return '-';
  return `${LINE_LABELS[best]} ${(year.spreadShare[best] * 100).toFixed(0)}%`;
}

export function financialYearTable(years: readonly FinancialYearResult[]): string {
  const header = [
    'financial year (£m)',
    'months',
    ...COST_LINE_METRICS.map((line) => LINE_LABELS[line]),
    'total P5 / P50 / P95',
    'budget',
    'P(overspend)',
    'variance P5 / P50 / P95',
    'spread driver',
  ];
  const rows = years.map((y) => [
    y.partial ? `${y.fy} (partial)` : y.fy,
    String(y.months),
    ...COST_LINE_METRICS.map((line) => millions(y[line].mean)),
    band(y.cost_total),
    y.budgetCompared === undefined ? '-' : millions(y.budgetCompared),
    y.p_overspend === undefined ? '-' : `${(y.p_overspend * 100).toFixed(0)}%`,
    y.variance === undefined ? '-' : band(y.variance),
    largestSpread(y),
  ]);
  const table = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  const lines = table.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
  );
  const notes = [
    'Cost lines are means over replications. A partial year is compared with its budget pro rata (months / 12).',
    'Spread driver: the line owing the largest share of the variation of the total, cov(line, total) / var(total).',
  ];
  return [...lines, '', ...notes].join('\n');
}
