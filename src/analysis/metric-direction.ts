/**
 * Which way is better for each reported metric, for "P(option better)" in comparisons and for
 * reading tornado and goal-seek outcomes. One table beside the metric names: a metric not listed
 * (e.g. establishment_fte, open_cases, flows such as starters) has no better direction.
 */
import { METRIC_NAMES } from '../model/metric-names.js';
import { isMoneyMetric } from './buffer-runner.js';

export type Direction = 'lower' | 'higher';

/** Better direction by metric name; names the engine does not report yet are harmless here. */
export const METRIC_DIRECTION: Readonly<Record<string, Direction>> = {
  permanent_fte: 'higher',
  permanent_fte_nq: 'higher',
  permanent_fte_step_up: 'higher',
  permanent_fte_apprenticeship: 'higher',
  permanent_fte_frontline: 'higher',
  permanent_fte_experienced: 'higher',
  permanent_fte_agency_conversion: 'higher',
  case_holding_fte: 'higher',
  vacancy_fte: 'lower',
  vacancy_rate: 'lower',
  agency_fte: 'lower',
  agency_rate: 'lower',
  turnover_rate: 'lower',
  leavers: 'lower',
  leavers_to_other_council: 'lower',
  leavers_to_agency: 'lower',
  leavers_out_of_sector: 'lower',
  tie_in_breaks: 'lower',
  caseload_per_fte: 'lower',
  assessments_in_timescale: 'higher',
  worker_changes_per_child: 'lower',
  share_children_3plus_workers: 'lower',
  cost_permanent: 'lower',
  cost_agency: 'lower',
  cost_other: 'lower',
  cost_total: 'lower',
};

/** The better direction of a metric; every money metric (cost_*, spend_*) is lower-is-better. */
export function directionOf(metric: string): Direction | undefined {
  return METRIC_DIRECTION[metric] ?? (isMoneyMetric(metric) ? 'lower' : undefined);
}

/** Index of a metric in the engine's buffer, or undefined when the engine does not report it. */
export function metricIndexOf(metric: string): number | undefined {
  const k = (METRIC_NAMES as readonly string[]).indexOf(metric);
  return k >= 0 ? k : undefined;
}
