/**
 * A plain-text table of key metrics at every 12th month (P10 / P50 / P90), for the CLI and for
 * anyone reading a result without charts.
 */
import type { SimulationResult } from '../engine/simulation-result.js';

export const KEY_METRICS = [
  'permanent_fte',
  'vacancy_fte',
  'agency_fte',
  'agency_rate',
  'vacancy_rate',
  'turnover_rate',
  'asye_fte',
  'trainees',
  'starters',
  'leavers',
  'caseload_per_fte',
  'share_over_caseload_cap',
  'referrals',
  'open_cases',
  'cla_open',
  'assessments_in_timescale',
  'worker_changes_per_child',
  'share_children_3plus_workers',
] as const;

const RATES = new Set([
  'agency_rate',
  'vacancy_rate',
  'turnover_rate',
  'share_over_caseload_cap',
  'assessments_in_timescale',
  'share_children_3plus_workers',
]);
/** Rows shown only when the run simulated referral demand (they are all 0 otherwise). */
const DEMAND_ROWS = new Set(['referrals', 'cla_open', 'assessments_in_timescale']);

function format(metric: string, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '-';
  if (RATES.has(metric)) return `${(value * 100).toFixed(1)}%`;
  if (metric === 'worker_changes_per_child') return value.toFixed(2);
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1);
}

/** Months reported: 12, 24, ... up to the horizon, plus the horizon itself. */
export function reportMonths(months: number): number[] {
  const out: number[] = [];
  for (let m = 12; m <= months; m += 12) out.push(m);
  if (out.at(-1) !== months) out.push(months);
  return out;
}

export function summaryTable(result: SimulationResult, metrics: readonly string[] = KEY_METRICS): string {
  const months = reportMonths(result.months);
  const header = ['metric', 'start', ...months.map((m) => `${result.dates[m - 1]} P10/P50/P90`)];
  const rows = metrics
    .filter((metric) => result.series[metric])
    .filter((metric) => !DEMAND_ROWS.has(metric) || result.series.referrals?.mean.some((v) => v > 0))
    .map((metric) => {
      const s = result.series[metric]!;
      return [
        metric,
        format(metric, result.initial[metric]),
        ...months.map((m) =>
          [s.p10[m - 1], s.p50[m - 1], s.p90[m - 1]].map((v) => format(metric, v)).join(' / '),
        ),
      ];
    });
  for (const t of result.thresholds) {
    rows.push([
      `P(${t.metric} ${t.op} ${t.value})`,
      '',
      ...months.map((m) => `${((t.probability[m - 1] ?? 0) * 100).toFixed(0)}%`),
    ]);
  }
  const table = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  return table
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    )
    .join('\n');
}
