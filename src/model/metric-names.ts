/**
 * Metric names reported per month (MODEL.md section 8), in the order they are stored. Stocks are
 * end-of-month values; flows are totals over the month.
 */
import { DEMAND_FLOW_METRICS, DEMAND_METRICS } from './demand/demand-metrics.js';
import { MONEY_METRICS } from './money/money-metrics.js';

/** Workforce flows, totals over a month. */
const WORKFORCE_FLOW_METRICS = [
  'starters',
  'leavers',
  'leavers_to_other_council',
  'leavers_to_agency',
  'leavers_out_of_sector',
  'agency_starts',
  'agency_ends',
  'agency_conversions',
  'pipeline_completers',
  'tie_in_breaks',
] as const;

export const WORKFORCE_METRICS = [
  'establishment_fte',
  'permanent_fte',
  'asye_fte',
  'senior_fte',
  'vacancy_fte',
  'agency_fte',
  'trainees',
  'offers_pending',
  'vacancy_rate',
  'agency_rate',
  'turnover_rate',
  ...WORKFORCE_FLOW_METRICS,
  'permanent_fte_nq',
  'permanent_fte_step_up',
  'permanent_fte_apprenticeship',
  'permanent_fte_frontline',
  'permanent_fte_experienced',
  'permanent_fte_agency_conversion',
  'case_holding_fte',
  'open_cases',
  'caseload_per_fte',
] as const;

export const METRIC_NAMES = [...WORKFORCE_METRICS, ...MONEY_METRICS, ...DEMAND_METRICS] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Flow metrics are totals over a month; everything else is a stock at the end of the month. */
export const FLOW_METRICS: ReadonlySet<MetricName> = new Set<MetricName>([
  ...WORKFORCE_FLOW_METRICS,
  ...MONEY_METRICS,
  ...DEMAND_FLOW_METRICS,
]);

export const METRIC_INDEX: Readonly<Record<MetricName, number>> = Object.fromEntries(
  METRIC_NAMES.map((name, i) => [name, i]),
) as Record<MetricName, number>;
