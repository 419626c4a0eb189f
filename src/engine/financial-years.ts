/**
 * Spend by financial year (April-March, MODEL.md sections 7 and 8): each cost line is summed over
 * the months of a financial year within each replication, then summarised across replications
 * (mean and exact percentiles), with the budget, P(spend > budget) and the distribution of the
 * variance (spend - budget). A year the run covers only in part is marked partial and compared
 * with the budget pro rata (budget x months / 12).
 */

import { METRIC_INDEX } from '../model/metric-names.js';
import { financialYearSpans } from '../model/money/financial-year.js';
import { COST_LINE_METRICS, MONEY_METRICS, type MoneyMetric } from '../model/money/money-metrics.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { column, type MetricBuffer } from './metric-buffer.js';
import { selectRanks } from './order-statistics.js';
import { meanOf, PERCENTILES, type PercentileKey, percentileRanks, quantileSorted } from './percentiles.js';

export type SpreadStats = { mean: number } & Record<PercentileKey, number>;

export type FinancialYearResult = {
  /** April to March, e.g. "2021-22". */
  fy: string;
  /** First and last simulated month of the year inside the run, YYYY-MM. */
  firstMonth: string;
  lastMonth: string;
  months: number;
  /** True when the run covers fewer than 12 months of the year. */
  partial: boolean;
  /**
   * Share of the spread (variance across replications) of cost_total owed to each line:
   * cov(line, total) / var(total); the shares add up to 1 (0 when the total does not vary).
   */
  spreadShare: Record<Exclude<MoneyMetric, 'cost_total'>, number>;
  /** The year's budget as given, and the amount compared (pro rata for a partial year). */
  budget?: number;
  budgetCompared?: number;
  /** Share of replications whose cost_total exceeds budgetCompared. */
  p_overspend?: number;
  /** cost_total - budgetCompared across replications. */
  variance?: SpreadStats;
} & Record<MoneyMetric, SpreadStats>;

function spreadStats(values: Float64Array, scratch: Float64Array, ranks: number[]): SpreadStats {
  const stats = { mean: meanOf(values) } as SpreadStats;
  scratch.set(values);
  selectRanks(scratch, ranks);
  for (const p of PERCENTILES) stats[`p${p}`] = quantileSorted(scratch, p / 100);
  return stats;
}

function covariance(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 2) return 0;
  const ma = meanOf(a);
  const mb = meanOf(b);
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

/** Financial-year summaries of the money metrics; undefined when the scenario has no money group. */
export function summariseFinancialYears(
  buffer: MetricBuffer,
  scenario: Scenario,
): FinancialYearResult[] | undefined {
  if (!scenario.money) return undefined;
  const budgets = new Map(scenario.money.budgets.map((b) => [b.financialYear, b.budgetGbp]));
  const runs = buffer.runs;
  const ranks = percentileRanks(runs);
  const scratch = new Float64Array(runs);
  const totals = new Map<MoneyMetric, Float64Array>(
    MONEY_METRICS.map((name) => [name, new Float64Array(runs)]),
  );
  return financialYearSpans(scenario.startMonth, buffer.months).map((span) => {
    for (const name of MONEY_METRICS) {
      const sum = totals.get(name)!;
      sum.fill(0);
      for (let m = span.fromMonth; m <= span.toMonth; m++) {
        const values = column(buffer, METRIC_INDEX[name], m);
        for (let i = 0; i < runs; i++) sum[i]! += values[i]!;
      }
    }
    const total = totals.get('cost_total')!;
    const varTotal = covariance(total, total);
    const result = {
      fy: span.fy,
      firstMonth: span.firstMonth,
      lastMonth: span.lastMonth,
      months: span.months,
      partial: span.partial,
      spreadShare: Object.fromEntries(
        COST_LINE_METRICS.map((name) => [
          name,
          varTotal > 0 ? covariance(totals.get(name)!, total) / varTotal : 0,
        ]),
      ),
    } as FinancialYearResult;
    for (const name of MONEY_METRICS) result[name] = spreadStats(totals.get(name)!, scratch, ranks);
    const budget = budgets.get(span.fy);
    if (budget !== undefined) {
      const compared = (budget * span.months) / 12;
      const variance = new Float64Array(runs);
      let over = 0;
      for (let i = 0; i < runs; i++) {
        variance[i] = total[i]! - compared;
        if (total[i]! > compared) over++;
      }
      result.budget = budget;
      result.budgetCompared = compared;
      result.p_overspend = runs > 0 ? over / runs : 0;
      result.variance = spreadStats(variance, scratch, ranks);
    }
    return result;
  });
}
