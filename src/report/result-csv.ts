/** Tidy CSV of a run result: one row per metric, month and statistic (metric,month,date,statistic,value). */
import { PERCENTILES } from '../engine/percentiles.js';
import type { SimulationResult } from '../engine/simulation-result.js';

export const CSV_HEADER = 'metric,month,date,statistic,value';
const STATISTICS = ['mean', ...PERCENTILES.map((p) => `p${p}` as const)] as const;

export function resultToCsv(result: SimulationResult): string {
  const lines = [CSV_HEADER];
  for (const [metric, stats] of Object.entries(result.series)) {
    for (const statistic of STATISTICS) {
      const values = stats[statistic];
      values.forEach((value, i) => {
        lines.push(`${metric},${i + 1},${result.dates[i]},${statistic},${value}`);
      });
    }
  }
  for (const t of result.thresholds) {
    const name = `P(${t.metric} ${t.op} ${t.value})`.replaceAll('"', '""');
    t.probability.forEach((value, i) => {
      lines.push(`"${name}",${i + 1},${result.dates[i]},probability,${value}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
