// `npm run sim -- goal-seek <scenario> --lever <dotted.path> --range lo:hi --metric agency_rate
// --op '<=' --target 0.10 --month 36 --confidence 0.8 [--integer] [--largest] [--tolerance x]
// [--runs N] [--seed S] [--threads T] [--set p=v]... [--out goal.json]`: the smallest (or
// largest) lever value that meets the target with the given confidence.
import { parseArgs } from 'node:util';
import { goalSeek } from '../analysis/goal-seek.js';
import { answerCost } from '../analysis/goal-seek-cost.js';
import { textTable } from '../report/text-table.js';
import type { Threshold } from '../scenario/scenario-schema.js';
import {
  ANALYSIS_OPTIONS,
  confidenceOption,
  numberOption,
  runSize,
  seconds,
  withRunner,
  writeJson,
} from './analysis-options.js';
import { formatProblems, loadScenario } from './load-scenario.js';
import { UsageError } from './simulate-command.js';

const OPTIONS = {
  ...ANALYSIS_OPTIONS,
  lever: { type: 'string' },
  range: { type: 'string' },
  metric: { type: 'string' },
  op: { type: 'string' },
  target: { type: 'string' },
  month: { type: 'string' },
  confidence: { type: 'string' },
  integer: { type: 'boolean' },
  largest: { type: 'boolean' },
  tolerance: { type: 'string' },
} as const;

const OPS: readonly Threshold['op'][] = ['<=', '<', '>=', '>'];

function parseRange(text: string | undefined): [number, number] {
  const parts = (text ?? '').split(':');
  if (parts.length !== 2) throw new UsageError('--range must look like lo:hi, e.g. 0:40');
  return [numberOption('range', parts[0]), numberOption('range', parts[1])];
}

export async function goalSeekCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('goal-seek needs exactly one scenario');
  if (!values.lever) throw new UsageError('--lever is required, e.g. --lever recruitment.nqIntakes.0.places');
  if (!values.metric) throw new UsageError('--metric is required');
  const op = (values.op ?? '<=') as Threshold['op'];
  if (!OPS.includes(op)) throw new UsageError(`--op must be one of ${OPS.join(' ')}`);
  const size = runSize(values);
  const loaded = loadScenario(positionals[0]!, { set: values.set, months: size.months });
  if (!loaded.ok) {
    process.stderr.write(`The scenario has problems:\n${formatProblems(loaded.error)}\n`);
    return 1;
  }
  const scenario = loaded.value;
  const started = performance.now();
  const spec = {
    scenario,
    lever: values.lever!,
    range: parseRange(values.range),
    metric: values.metric!,
    op,
    target: numberOption('target', values.target),
    month: numberOption('month', values.month, scenario.horizonMonths),
    confidence: confidenceOption(values.confidence),
    seek: values.largest ? ('largest' as const) : ('smallest' as const),
    integer: values.integer ?? false,
    ...(values.tolerance ? { tolerance: numberOption('tolerance', values.tolerance) } : {}),
    seed: size.seed,
    runs: size.runs,
  };
  // The answer and, when the scenario has costs, what it costs against the scenario as given.
  const result = await withRunner(size.threads, async (run) => {
    const found = await goalSeek(spec, run);
    if (!found.ok || found.value.status !== 'found') return { found, cost: undefined };
    const cost = await answerCost({ ...spec, value: found.value.value! }, run);
    return { found, cost: cost.ok ? cost.value : undefined };
  });
  if (!result.found.ok) {
    process.stderr.write(`Cannot goal-seek:\n${formatProblems(result.found.error)}\n`);
    return 1;
  }
  const g = result.found.value;
  const cost = result.cost;
  const gbp = (x: number) => `${x < 0 ? '-' : ''}£${Math.abs(Math.round(x)).toLocaleString('en-GB')}`;
  const costLine = cost
    ? `Cost over months 1-${cost.months} at the answer: ${gbp(cost.totalGbp.p50)} (P10 ${gbp(cost.totalGbp.p10)}, P90 ${gbp(cost.totalGbp.p90)}); ` +
      `change against the scenario as given: ${gbp(cost.changeGbp.mean)} on average (P10 ${gbp(cost.changeGbp.p10)}, P90 ${gbp(cost.changeGbp.p90)}).\n`
    : '';
  const trace = textTable([
    ['step', values.lever!, 'P(meets)', 'meets'],
    ...g.trace.map((s, i) => [
      String(i + 1),
      String(+s.value.toPrecision(6)),
      s.probability.toFixed(3),
      s.meets ? 'yes' : 'no',
    ]),
  ]);
  process.stdout.write(
    `${scenario.name}: ${size.runs} runs per step, seed ${size.seed}, common random numbers (${seconds(started)})\n\n` +
      `${trace}\n\n${g.status === 'found' ? 'Answer' : 'No answer'}: ${g.message}\n` +
      costLine +
      (g.nonMonotone
        ? 'Note: the estimated probability is not monotone in the lever over these steps (Monte Carlo noise or a non-monotone effect); try more --runs.\n'
        : ''),
  );
  writeJson(values.out, cost ? { ...g, cost } : g);
  return g.status === 'found' ? 0 : 3;
}
