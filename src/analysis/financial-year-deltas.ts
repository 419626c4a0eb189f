/**
 * Paired differences in spend by financial year (April-March, MODEL.md section 7): each money
 * metric (pounds per month) is summed over the months of each financial year within one
 * replication, exactly as the run's own financial-year summary does, then option minus baseline
 * is summarised across replications.
 */
import { column, type MetricBuffer } from '../engine/metric-buffer.js';
import { METRIC_INDEX } from '../model/metric-names.js';
import { financialYearSpans } from '../model/money/financial-year.js';
import { MONEY_METRICS } from '../model/money/money-metrics.js';
import { type Spread, shareBetter, spreadOf } from './paired-stats.js';

export interface FinancialYearDelta {
  /** e.g. '2021-22' for April 2021 to March 2022. */
  financialYear: string;
  /** Simulated months of that year inside the horizon (12 unless the run starts or ends mid-year). */
  months: number;
  partial: boolean;
  /** Per money metric: spread of option minus baseline spend in pounds, and P(option spends less). */
  metrics: Record<string, Spread & { probabilityBetter: number }>;
}

function yearTotals(buffer: MetricBuffer, k: number, from: number, to: number): Float64Array {
  const total = new Float64Array(buffer.runs);
  for (let m = from; m <= to; m++) {
    const values = column(buffer, k, m);
    for (let i = 0; i < total.length; i++) total[i]! += values[i]!;
  }
  return total;
}

export function financialYearDeltas(
  baseline: MetricBuffer,
  option: MetricBuffer,
  startMonth: string,
): FinancialYearDelta[] {
  return financialYearSpans(startMonth, baseline.months).map((span) => {
    const metrics: FinancialYearDelta['metrics'] = {};
    for (const name of MONEY_METRICS) {
      const k = METRIC_INDEX[name];
      const a = yearTotals(baseline, k, span.fromMonth, span.toMonth);
      const diff = yearTotals(option, k, span.fromMonth, span.toMonth);
      for (let i = 0; i < diff.length; i++) diff[i]! -= a[i]!;
      metrics[name] = { ...spreadOf(diff), probabilityBetter: shareBetter(diff, 'lower') };
    }
    return { financialYear: span.fy, months: span.months, partial: span.partial, metrics };
  });
}
