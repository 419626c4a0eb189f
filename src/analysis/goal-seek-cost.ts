/**
 * What a goal-seek answer costs (MODEL.md sections 7 and 8): total workforce spend (cost_total)
 * over months 1..M with the lever at the answer, and the paired change against the scenario as
 * given, both on the same seed (common random numbers), so the finance officer sees the price of
 * meeting the target alongside the lever value.
 */
import { column, type MetricBuffer } from '../engine/metric-buffer.js';
import { METRIC_INDEX } from '../model/metric-names.js';
import { fail, ok, type Result } from '../scenario/field-problem.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { type BufferRunner, cutHorizon, leanScenario } from './buffer-runner.js';
import { pairedDifference, type Spread, shareBetter, spreadOf } from './paired-stats.js';
import { withParameter } from './scenario-variant.js';

export interface AnswerCost {
  /** Months summed: 1..month. */
  months: number;
  /** Total cost over those months with the lever at the answer, pounds. */
  totalGbp: Spread;
  /** Answer minus the scenario as given, replication by replication, pounds. */
  changeGbp: Spread;
  /** Share of replications in which the answer costs less than the scenario as given. */
  probabilityCheaper: number;
}

function cumulativeCost(buffer: MetricBuffer, months: number): Float64Array {
  const k = METRIC_INDEX.cost_total;
  const total = new Float64Array(buffer.runs);
  for (let m = 1; m <= months; m++) {
    const values = column(buffer, k, m);
    for (let i = 0; i < total.length; i++) total[i]! += values[i]!;
  }
  return total;
}

export interface AnswerCostSpec {
  scenario: Scenario;
  lever: string;
  value: number;
  month: number;
  seed: string;
  runs: number;
}

/** Undefined when the scenario has no money group (every cost would be 0). */
export async function answerCost(
  spec: AnswerCostSpec,
  run: BufferRunner,
): Promise<Result<AnswerCost | undefined>> {
  if (spec.scenario.money === undefined) return ok(undefined);
  const base = leanScenario(cutHorizon(spec.scenario, spec.month), { keepMoney: true });
  const variant = withParameter(base, spec.lever, spec.value);
  if (!variant.ok) return fail(variant.error);
  const { seed, runs } = spec;
  const months = base.horizonMonths;
  const asGiven = cumulativeCost(await run({ scenario: base, seed, runs }), months);
  const atAnswer = cumulativeCost(await run({ scenario: variant.value, seed, runs }), months);
  const change = pairedDifference(asGiven, atAnswer);
  return ok({
    months,
    totalGbp: spreadOf(atAnswer),
    changeGbp: spreadOf(change),
    probabilityCheaper: shareBetter(change, 'lower'),
  });
}
