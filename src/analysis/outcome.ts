/**
 * An outcome the decision analyses read from a run: one metric at one month, summarised across
 * replications by a statistic (mean or P10/P50/P90) or as the probability of a condition
 * (e.g. P(agency_rate <= 0.10) at month 36).
 */
import { column, type MetricBuffer } from '../engine/metric-buffer.js';
import { meanOf, quantileSorted } from '../engine/percentiles.js';
import { fail, ok, type Result } from '../scenario/field-problem.js';
import type { Scenario, Threshold } from '../scenario/scenario-schema.js';
import { metricIndexOf } from './metric-direction.js';

export type Statistic = 'mean' | 'p10' | 'p50' | 'p90';

export interface Outcome {
  metric: string;
  /** 1..horizon: the end of simulated month `month` (0 would be the starting state). */
  month: number;
  statistic?: Statistic;
  /** When given, the outcome is P(metric op value) instead of the statistic. */
  condition?: { op: Threshold['op']; value: number };
}

export function checkOutcome(outcome: Outcome, scenario: Scenario): Result<Outcome> {
  if (metricIndexOf(outcome.metric) === undefined)
    return fail([{ path: 'metric', message: `the engine reports no metric "${outcome.metric}"` }]);
  if (!Number.isInteger(outcome.month) || outcome.month < 1 || outcome.month > scenario.horizonMonths)
    return fail([{ path: 'month', message: `must be a whole month from 1 to ${scenario.horizonMonths}` }]);
  return ok(outcome);
}

const MEETS: Record<Threshold['op'], (x: number, v: number) => boolean> = {
  '<=': (x, v) => x <= v,
  '<': (x, v) => x < v,
  '>=': (x, v) => x >= v,
  '>': (x, v) => x > v,
};

/**
 * The per-replication values whose mean is the outcome when it is a mean or a probability (the
 * metric, or 0/1 for meeting the condition); a copy, safe to keep after the buffer is dropped.
 */
export function outcomeValues(buffer: MetricBuffer, outcome: Outcome): Float64Array {
  const k = metricIndexOf(outcome.metric);
  if (k === undefined) throw new Error(`outcomeValues: unchecked metric ${outcome.metric}`);
  const values = Float64Array.from(column(buffer, k, outcome.month));
  const c = outcome.condition;
  if (c) {
    const meets = MEETS[c.op];
    for (let i = 0; i < values.length; i++) values[i] = meets(values[i]!, c.value) ? 1 : 0;
  }
  return values;
}

/** The outcome from its per-replication values (as outcomeValues gives them). */
export function outcomeStatistic(values: Float64Array, outcome: Outcome): number {
  const statistic = outcome.condition ? 'mean' : (outcome.statistic ?? 'mean');
  if (statistic === 'mean') return meanOf(values);
  const p = Number(statistic.slice(1)) / 100;
  return quantileSorted(Float64Array.from(values).sort(), p);
}

export function describeOutcome(outcome: Outcome, dates?: readonly string[]): string {
  const when = dates?.[outcome.month - 1] ?? `month ${outcome.month}`;
  if (outcome.condition)
    return `P(${outcome.metric} ${outcome.condition.op} ${outcome.condition.value}) at ${when}`;
  return `${outcome.statistic ?? 'mean'} ${outcome.metric} at ${when}`;
}
