/** A run result as tidy CSV: one row per metric, month, statistic (metric,month,date,statistic,value). */
import { PERCENTILES } from '../engine/percentiles.js';
import type { SimulationResult } from '../engine/simulation-result.js';

export const CSV_HEADER = 'metric,month,date,statistic,value';
export const CSV_STATISTICS = ['mean', ...PERCENTILES.map((p) => `p${p}` as const)] as const;

const formatValue = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** Rows in metric order as the result lists them, then month 1..M, then statistic. */
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
  return `${lines.join('\n')}\n`;
}
