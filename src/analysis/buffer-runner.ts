/**
 * How the analyses get simulations: a runner turns a run spec (scenario, seed, replications) into
 * the filled metric buffer. The core passes no threads or I/O around; the shell supplies a
 * worker-thread runner with the same output as the in-process one.
 */
import type { MetricBuffer } from '../engine/metric-buffer.js';
import { type RunSpec, simulateBuffer } from '../engine/simulate-run.js';
import type { Scenario } from '../scenario/scenario-schema.js';

export type BufferRunner = (spec: RunSpec) => Promise<MetricBuffer>;

/** Runs in the calling thread (tests, small runs). */
export const inProcessRunner: BufferRunner = async (spec) => simulateBuffer(spec);

/**
 * The scenario with its horizon cut to `month` when that is shorter. Months 0..month of a run are
 * the same whatever the horizon (each month draws only from its own replication's streams and
 * schedules beyond the horizon are never read), so an analysis of one month need not simulate
 * the months after it.
 */
export function cutHorizon(scenario: Scenario, month: number): Scenario {
  return month >= 1 && month < scenario.horizonMonths ? { ...scenario, horizonMonths: month } : scenario;
}

/** True for metrics the money step writes (cost_*, spend_*): the only ones money parameters move. */
export const isMoneyMetric = (metric: string): boolean => /^(cost|spend)_/.test(metric);

/**
 * The scenario stripped of what cannot change the metrics an analysis reads: source notes and the
 * description always (they feed no draw, but every replication copies them), and the money group
 * when no money metric is read (money is costed from the month's stocks and flows, draws no random
 * numbers and feeds nothing back, so every other metric is unchanged without it).
 */
export function leanScenario(scenario: Scenario, options: { keepMoney: boolean }): Scenario {
  const { money, ...rest } = scenario;
  return { ...rest, sources: {}, description: '', ...(options.keepMoney && money ? { money } : {}) };
}
