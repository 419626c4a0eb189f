// `npm run sim -- thresholds <scenario> [--threshold 'agency_rate<=0.10']... [--confidence 0.8]
// [--runs N] [--seed S] [--months M] [--threads T] [--set p=v]... [--out thresholds.json]`:
// P(condition) by month for the scenario's own thresholds and any added, and the month from which
// each holds with the given confidence.
import { parseArgs } from 'node:util';
import { type ThresholdReport, thresholdReport } from '../analysis/threshold-report.js';
import { addMonths } from '../model/month-index.js';
import { reportMonths } from '../report/summary-table.js';
import { formatPercent, textTable } from '../report/text-table.js';
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

export function thresholdsText(reports: readonly ThresholdReport[], dates: readonly string[]): string {
  const months = reportMonths(dates.length);
  const table = textTable([
    ['condition', ...months.map((m) => dates[m - 1]!)],
    ...reports.map((r) => [
      `P(${r.threshold.metric} ${r.threshold.op} ${r.threshold.value})`,
      ...months.map((m) => formatPercent(r.probability[m - 1])),
    ]),
  ]);
  return `${table}\n\n${reports.map((r) => r.sentence).join('\n')}`;
}

export async function thresholdsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('thresholds needs exactly one scenario');
  const size = runSize(values);
  const extra = thresholdOptions(values.threshold);
  const confidence = confidenceOption(values.confidence);
  const loaded = loadScenario(positionals[0]!, { set: values.set, months: size.months });
  if (!loaded.ok) {
    process.stderr.write(`The scenario has problems:\n${formatProblems(loaded.error)}\n`);
    return 1;
  }
  const scenario = loaded.value;
  const thresholds = [...scenario.thresholds, ...extra];
  if (thresholds.length === 0) throw new UsageError('the scenario names no thresholds: add --threshold');
  const started = performance.now();
  const buffer = await withRunner(size.threads, (run) => run({ scenario, seed: size.seed, runs: size.runs }));
  const reports = thresholds.map((t) => thresholdReport(buffer, t, scenario.startMonth, confidence));
  const dates = Array.from({ length: buffer.months }, (_, i) => addMonths(scenario.startMonth, i));
  process.stdout.write(
    `${scenario.name}: ${size.runs} runs x ${scenario.horizonMonths} months, seed ${size.seed} (${seconds(started)})\n\n` +
      `${thresholdsText(reports, dates)}\n`,
  );
  writeJson(values.out, { seed: size.seed, runs: size.runs, dates, reports });
  return 0;
}
