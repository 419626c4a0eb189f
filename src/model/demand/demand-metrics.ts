/**
 * Demand and caseload metrics (MODEL.md sections 5 and 8), appended after the workforce metrics.
 * Flows are totals over the month; the rest are end-of-month values. Without a `demand` group the
 * demand flows and stocks are 0 and timeliness is 0.
 */
export const DEMAND_METRICS = [
  'referrals',
  'assessments_started',
  'assessments_completed',
  'assessments_in_progress',
  'assessments_in_timescale',
  'cin_open',
  'cp_open',
  'cla_open',
  'share_over_caseload_cap',
  'worker_changes_per_child',
  'share_children_3plus_workers',
] as const;

export const DEMAND_FLOW_METRICS = ['referrals', 'assessments_started', 'assessments_completed'] as const;
