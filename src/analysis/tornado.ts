/**
 * One-way sensitivity (tornado, MODEL.md section 8): the outcome with each selected parameter
 * moved to its low and then its high value while everything else stays as the scenario gives it,
 * all runs on the same seed (common random numbers), bars ranked by swing |high - low|. Money
 * parameters are listed as not varied for an outcome that is not a cost: money feeds nothing back.
 */
import { type FieldProblem, fail, ok, type Result } from '../scenario/field-problem.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { type BufferRunner, cutHorizon, isMoneyMetric, leanScenario } from './buffer-runner.js';
import { checkOutcome, type Outcome, outcomeStatistic, outcomeValues } from './outcome.js';
import { pairedDifference, standardError } from './paired-stats.js';
import { withParameterNear } from './scenario-variant.js';
import { selectTornadoParameters, type TornadoParameter } from './tornado-parameters.js';

export interface TornadoSpec {
  scenario: Scenario;
  outcome: Outcome;
  seed: string;
  runs: number;
  /** Dotted paths to vary; default: uncertain parameters plus named levers. */
  parameters?: readonly string[];
  /** +-x% for parameters given as plain numbers (default 20). */
  pct?: number;
}

export interface TornadoEnd {
  /** Parameter value used (may be rounded or clamped to the schema's range). */
  value: number;
  outcome: number;
}

export interface TornadoBar {
  path: string;
  kind: TornadoParameter['kind'];
  base: unknown;
  low: TornadoEnd;
  high: TornadoEnd;
  /** |high.outcome - low.outcome|. */
  swing: number;
  /** Standard error of high - low from the paired replications (null for percentile outcomes). */
  swingStandardError: number | null;
}

export interface Tornado {
  outcome: Outcome;
  seed: string;
  runs: number;
  /** The outcome with every parameter as the scenario gives it. */
  baseline: number;
  /** Ranked, largest swing first; parameters with equal swing keep the selection's order. */
  bars: TornadoBar[];
  skipped: FieldProblem[];
}

export async function runTornado(spec: TornadoSpec, run: BufferRunner): Promise<Result<Tornado>> {
  const checked = checkOutcome(spec.outcome, spec.scenario);
  if (!checked.ok) return checked;
  const outcome = checked.value;
  const selection = selectTornadoParameters(spec.scenario, {
    ...(spec.parameters ? { paths: spec.parameters } : {}),
    pct: spec.pct ?? 20,
  });
  if (!selection.ok) return fail(selection.error);
  const { seed, runs } = spec;
  const keepMoney = isMoneyMetric(outcome.metric);
  const scenario = leanScenario(cutHorizon(spec.scenario, outcome.month), { keepMoney });
  const evaluate = async (s: Scenario) => outcomeValues(await run({ scenario: s, seed, runs }), outcome);

  const baseline = outcomeStatistic(await evaluate(scenario), outcome);
  const bars: TornadoBar[] = [];
  const skipped = [...selection.value.skipped];
  for (const p of selection.value.parameters) {
    if (!keepMoney && p.path.startsWith('money.')) {
      skipped.push({
        path: p.path,
        message: `money parameters cannot change ${outcome.metric} (no feedback)`,
      });
      continue;
    }
    const low = withParameterNear(scenario, p.path, p.low);
    const high = withParameterNear(scenario, p.path, p.high);
    if (!low.ok || !high.ok) {
      skipped.push(...(low.ok ? [] : low.error), ...(high.ok ? [] : high.error));
      continue;
    }
    // Both ends at once, so the worker pool has the next run's work while one run finishes.
    const [lowValues, highValues] = await Promise.all([
      evaluate(low.value.scenario),
      evaluate(high.value.scenario),
    ]);
    const lowOutcome = outcomeStatistic(lowValues, outcome);
    const highOutcome = outcomeStatistic(highValues, outcome);
    const byMean = outcome.condition !== undefined || (outcome.statistic ?? 'mean') === 'mean';
    bars.push({
      path: p.path,
      kind: p.kind,
      base: p.base,
      low: { value: low.value.value, outcome: lowOutcome },
      high: { value: high.value.value, outcome: highOutcome },
      swing: Math.abs(highOutcome - lowOutcome),
      swingStandardError: byMean ? standardError(pairedDifference(lowValues, highValues)) : null,
    });
  }
  bars.sort((a, b) => b.swing - a.swing);
  return ok({ outcome, seed, runs, baseline, bars, skipped });
}
