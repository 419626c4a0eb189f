// `npm run sim -- goal-seek <scenario> --lever <dotted.path> --range lo:hi --metric agency_rate
// --op '<=' --target 0.10 --month 36 --confidence 0.8 [--integer] [--largest] [--tolerance x]
// [--runs N] [--seed S] [--threads T] [--set p=v]... [--out goal.json]`: the smallest (or
// largest) lever value that meets the target with the given confidence.
import { parseArgs } from 'node:util';
import { goalSeek } from '../analysis/goal-seek.js';
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
  const result = await withRunner(size.threads, (run) =>
    goalSeek(
      {
        scenario,
        lever: values.lever!,
        range: parseRange(values.range),
        metric: values.metric!,
        op,
        target: numberOption('target', values.target),
        month: numberOption('month', values.month, scenario.horizonMonths),
        confidence: confidenceOption(values.confidence),
        seek: values.largest ? 'largest' : 'smallest',
        integer: values.integer ?? false,
        ...(values.tolerance ? { tolerance: numberOption('tolerance', values.tolerance) } : {}),
        seed: size.seed,
        runs: size.runs,
      },
      run,
    ),
  );
  if (!result.ok) {
    process.stderr.write(`Cannot goal-seek:\n${formatProblems(result.error)}\n`);
    return 1;
  }
  const g = result.value;
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
      (g.nonMonotone
        ? 'Note: the estimated probability is not monotone in the lever over these steps (Monte Carlo noise or a non-monotone effect); try more --runs.\n'
        : ''),
  );
  writeJson(values.out, g);
  return g.status === 'found' ? 0 : 3;
}
