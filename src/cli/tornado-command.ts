// `npm run sim -- tornado <scenario> --metric agency_rate --month 36 [--stat mean|p10|p50|p90]
// [--condition '<=0.10'] [--param dotted.path]... [--pct 20] [--runs N] [--seed S] [--threads T]
// [--set p=v]... [--out tornado.json]`: one-way sensitivity of an outcome to each parameter.
import { parseArgs } from 'node:util';
import type { Outcome, Statistic } from '../analysis/outcome.js';
import { runTornado } from '../analysis/tornado.js';
import { addMonths } from '../model/month-index.js';
import { tornadoText } from '../report/tornado-text.js';
import type { Threshold } from '../scenario/scenario-schema.js';
import {
  ANALYSIS_OPTIONS,
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
  metric: { type: 'string' },
  month: { type: 'string' },
  stat: { type: 'string' },
  condition: { type: 'string' },
  param: { type: 'string', multiple: true },
  pct: { type: 'string' },
} as const;

const STATISTICS: readonly Statistic[] = ['mean', 'p10', 'p50', 'p90'];

/** '<=0.10' -> { op: '<=', value: 0.1 }. */
export function parseCondition(text: string): { op: Threshold['op']; value: number } {
  const match = /^\s*(<=|>=|<|>)\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*$/i.exec(text);
  if (!match || !Number.isFinite(Number(match[2])))
    throw new UsageError(`--condition must look like '<=0.10', got "${text}"`);
  return { op: match[1] as Threshold['op'], value: Number(match[2]) };
}

export async function tornadoCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('tornado needs exactly one scenario');
  if (!values.metric) throw new UsageError('--metric is required, e.g. --metric agency_rate');
  const size = runSize(values);
  const statistic = (values.stat ?? 'mean') as Statistic;
  if (!STATISTICS.includes(statistic)) throw new UsageError(`--stat must be one of ${STATISTICS.join(', ')}`);
  const loaded = loadScenario(positionals[0]!, { set: values.set, months: size.months });
  if (!loaded.ok) {
    process.stderr.write(`The scenario has problems:\n${formatProblems(loaded.error)}\n`);
    return 1;
  }
  const scenario = loaded.value;
  const outcome: Outcome = {
    metric: values.metric,
    month: numberOption('month', values.month, scenario.horizonMonths),
    statistic,
    ...(values.condition ? { condition: parseCondition(values.condition) } : {}),
  };
  const started = performance.now();
  const result = await withRunner(size.threads, (run) =>
    runTornado(
      {
        scenario,
        outcome,
        seed: size.seed,
        runs: size.runs,
        ...(values.param ? { parameters: values.param } : {}),
        pct: numberOption('pct', values.pct, 20),
      },
      run,
    ),
  );
  if (!result.ok) {
    process.stderr.write(`Cannot run the tornado:\n${formatProblems(result.error)}\n`);
    return 1;
  }
  const dates = Array.from({ length: scenario.horizonMonths }, (_, i) => addMonths(scenario.startMonth, i));
  process.stdout.write(`${scenario.name} (${seconds(started)})\n${tornadoText(result.value, dates)}\n`);
  writeJson(values.out, result.value);
  return 0;
}
