/**
 * Goal seek (MODEL.md section 8): the smallest (or largest) value of one lever in [lo, hi] such
 * that P(metric op target at month M) >= confidence. Every evaluation runs on the same seed
 * (common random numbers), so the estimated probability moves with the lever, not with noise.
 * The search assumes the probability is monotone in the lever (non-decreasing when seeking the
 * smallest value, non-increasing when seeking the largest) and bisects: on whole numbers until
 * the bracket is 1 wide, otherwise until it is `tolerance` wide.
 */
import { fail, ok, type Result } from '../scenario/field-problem.js';
import type { Scenario, Threshold } from '../scenario/scenario-schema.js';
import { type BufferRunner, cutHorizon, isMoneyMetric, leanScenario } from './buffer-runner.js';
import { checkOutcome, type Outcome, outcomeStatistic, outcomeValues } from './outcome.js';
import { withParameter } from './scenario-variant.js';

export interface GoalSeekSpec {
  scenario: Scenario;
  lever: string;
  range: readonly [number, number];
  /** The condition to meet: metric op target at the end of month `month`. */
  metric: string;
  op: Threshold['op'];
  target: number;
  month: number;
  confidence: number;
  seek?: 'smallest' | 'largest';
  integer?: boolean;
  /** Width of the final bracket for a continuous lever (default (hi - lo) / 256). */
  tolerance?: number;
  seed: string;
  runs: number;
}

export interface GoalSeekStep {
  value: number;
  probability: number;
  meets: boolean;
}

export interface GoalSeekResult {
  /** found: `value` is the answer; unreachable: no value in the range meets the confidence. */
  status: 'found' | 'unreachable';
  value: number | null;
  /** P(condition) at the answer, or the best probability seen when unreachable. */
  probability: number;
  /** Every evaluation in the order made. */
  trace: GoalSeekStep[];
  /** True when the trace contradicts the monotone assumption (noise or a non-monotone lever). */
  nonMonotone: boolean;
  message: string;
}

export async function goalSeek(spec: GoalSeekSpec, run: BufferRunner): Promise<Result<GoalSeekResult>> {
  const { lever, confidence, seed, runs } = spec;
  const seek = spec.seek ?? 'smallest';
  let [lo, hi] = spec.range;
  if (spec.integer) [lo, hi] = [Math.ceil(lo), Math.floor(hi)];
  if (!(lo <= hi)) return fail([{ path: 'range', message: 'must be lo:hi with lo <= hi' }]);
  if (!(confidence > 0 && confidence <= 1))
    return fail([{ path: 'confidence', message: 'must be in (0, 1]' }]);
  const outcome: Outcome = {
    metric: spec.metric,
    month: spec.month,
    condition: { op: spec.op, value: spec.target },
  };
  const checked = checkOutcome(outcome, spec.scenario);
  if (!checked.ok) return checked;
  const keepMoney = isMoneyMetric(spec.metric);
  if (!keepMoney && lever.startsWith('money.'))
    return fail([{ path: 'lever', message: `a money parameter cannot change ${spec.metric} (no feedback)` }]);
  const base = leanScenario(cutHorizon(spec.scenario, spec.month), { keepMoney });
  for (const end of [lo, hi]) {
    const variant = withParameter(base, lever, end);
    if (!variant.ok) return fail(variant.error.map((p) => ({ ...p, message: `at ${end}: ${p.message}` })));
  }

  const trace: GoalSeekStep[] = [];
  const evaluate = async (value: number): Promise<GoalSeekStep> => {
    const variant = withParameter(base, lever, value);
    if (!variant.ok) throw new Error(`goalSeek: ${lever}=${value} invalid inside a valid range`);
    const buffer = await run({ scenario: variant.value, seed, runs });
    const probability = outcomeStatistic(outcomeValues(buffer, outcome), outcome);
    const step = { value, probability, meets: probability >= confidence };
    trace.push(step);
    return step;
  };

  // `good` meets the confidence, `bad` does not; the answer is the good end of the final bracket.
  const [goodEnd, badEnd] = seek === 'smallest' ? [hi, lo] : [lo, hi];
  const good0 = await evaluate(goodEnd);
  const bad0 = lo === hi ? good0 : await evaluate(badEnd);
  const what = `P(${spec.metric} ${spec.op} ${spec.target} at month ${spec.month}) >= ${confidence}`;
  const finish = (status: GoalSeekResult['status'], step: GoalSeekStep, message: string) =>
    ok({
      status,
      value: status === 'found' ? step.value : null,
      probability: step.probability,
      trace,
      nonMonotone: isNonMonotone(trace, seek),
      message,
    });
  if (!good0.meets) {
    const best = trace.reduce((a, b) => (b.probability > a.probability ? b : a));
    return finish(
      'unreachable',
      best,
      `no value of ${lever} in [${lo}, ${hi}] gives ${what}; best ${fmt(best)}`,
    );
  }
  if (bad0.meets) return finish('found', bad0, `the whole range meets ${what}: ${lever} = ${bad0.value}`);

  let good = good0;
  let bad = bad0;
  const tolerance = spec.tolerance ?? (hi - lo) / 256;
  if (!(tolerance > 0)) return fail([{ path: 'tolerance', message: 'must be greater than 0' }]);
  const done = () =>
    spec.integer ? Math.abs(good.value - bad.value) <= 1 : Math.abs(good.value - bad.value) <= tolerance;
  while (!done() && trace.length < MAX_EVALUATIONS) {
    const mid = spec.integer ? Math.floor((good.value + bad.value) / 2) : (good.value + bad.value) / 2;
    const step = await evaluate(mid);
    if (step.meets) good = step;
    else bad = step;
  }
  const side = seek === 'smallest' ? 'smallest' : 'largest';
  return finish('found', good, `${side} ${lever} with ${what}: ${good.value} (${fmt(good)})`);
}

/** Bisection halves the bracket each time: 64 evaluations resolve any double-precision range. */
const MAX_EVALUATIONS = 64;

const fmt = (s: GoalSeekStep) => `P = ${s.probability.toFixed(3)} at ${s.value}`;

/** For 'smallest' the probability should not fall as the value rises; for 'largest', not rise. */
function isNonMonotone(trace: readonly GoalSeekStep[], seek: 'smallest' | 'largest'): boolean {
  const sorted = [...trace].sort((a, b) => a.value - b.value);
  for (let i = 1; i < sorted.length; i++) {
    const rise = sorted[i]!.probability - sorted[i - 1]!.probability;
    if (seek === 'smallest' ? rise < 0 : rise > 0) return true;
  }
  return false;
}
