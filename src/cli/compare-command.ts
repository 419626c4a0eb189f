// `npm run sim -- compare <baseline> <option>... [--runs N] [--seed S] [--months M] [--threads T]
// [--threshold 'metric<=value']... [--confidence 0.8] [--out comparison.json]`: paired comparison
// of options against a baseline on common random numbers.
import { parseArgs } from 'node:util';
import { compareScenarios } from '../analysis/compare-scenarios.js';
import { comparisonText } from '../report/comparison-text.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import {
  ANALYSIS_OPTIONS,
  confidenceOption,
  runSize,
  seconds,
  thresholdOptions,
  withRunner,
  writeJson,
} from './analysis-options.js';
import { formatProblems, loadScenario } from './load-scenario.js';
import { UsageError } from './simulate-command.js';

const OPTIONS = {
  ...ANALYSIS_OPTIONS,
  threshold: { type: 'string', multiple: true },
  confidence: { type: 'string' },
} as const;

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (positionals.length < 2)
    throw new UsageError('compare needs a baseline and at least one option scenario');
  const size = runSize(values);
  const thresholds = thresholdOptions(values.threshold);
  const confidence = confidenceOption(values.confidence);
  const scenarios: Scenario[] = [];
  for (const file of positionals) {
    const loaded = loadScenario(file, { set: values.set, months: size.months });
    if (!loaded.ok) {
      process.stderr.write(`${file} has problems:\n${formatProblems(loaded.error)}\n`);
      return 1;
    }
    scenarios.push(loaded.value);
  }
  const [baseline, ...options] = scenarios as [Scenario, ...Scenario[]];
  const started = performance.now();
  const result = await withRunner(size.threads, (run) =>
    compareScenarios({ baseline, options, seed: size.seed, runs: size.runs, thresholds, confidence }, run),
  );
  if (!result.ok) {
    process.stderr.write(`Cannot compare:\n${formatProblems(result.error)}\n`);
    return 1;
  }
  process.stdout.write(
    `${baseline.name} vs ${options.length} option(s): ${size.runs} paired runs x ${baseline.horizonMonths} months, ` +
      `seed ${size.seed} (${seconds(started)})\n\n${comparisonText(result.value)}\n`,
  );
  writeJson(values.out, result.value);
  return 0;
}
