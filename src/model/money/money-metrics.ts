/**
 * Cost metrics (MODEL.md sections 7 and 8): pounds spent in each month, by line. All are flows
 * (totals over the month); month 0, the starting state, is 0. cost_total is the sum of the lines.
 */
export const MONEY_METRICS = [
  'cost_permanent',
  'cost_agency',
  'cost_recruitment',
  'cost_training',
  'cost_retention',
  'cost_other',
  'cost_total',
] as const;

export type MoneyMetric = (typeof MONEY_METRICS)[number];

/** The cost lines that add up to cost_total. */
export const COST_LINE_METRICS = MONEY_METRICS.slice(0, -1) as readonly Exclude<MoneyMetric, 'cost_total'>[];
