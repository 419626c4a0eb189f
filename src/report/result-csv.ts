/**
 * Tidy CSV of a run result, one row per (metric, month, statistic): `metric,month,date,statistic,value`.
 * Metrics come in the result's order, months 1..M, statistics mean then P5..P95; each threshold adds
 * rows named `P(<metric> <op> <value>)` with statistic `probability`. Missing values are empty.
 */
import { PERCENTILES } from '../engine/percentiles.js';
import type { SimulationResult } from '../engine/simulation-result.js';

export const CSV_HEADER = 'metric,month,date,statistic,value';
export const CSV_STATISTICS = ['mean', ...PERCENTILES.map((p) => `p${p}` as const)] as const;

const formatValue = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

export function resultToCsv(result: SimulationResult): string {
  const lines: string[] = [CSV_HEADER];
  for (const [metric, stats] of Object.entries(result.series)) {
    for (let i = 0; i < result.months; i++) {
      const date = result.dates[i] ?? '';
      for (const statistic of CSV_STATISTICS) {
        lines.push(`${metric},${i + 1},${date},${statistic},${formatValue(stats[statistic][i])}`);
      }
    }
  }
  for (const t of result.thresholds) {
    const name = `"P(${t.metric} ${t.op} ${t.value})"`;
    for (let i = 0; i < result.months; i++) {
      lines.push(`${name},${i + 1},${result.dates[i] ?? ''},probability,${formatValue(t.probability[i])}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
