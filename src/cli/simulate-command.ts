// `npm run sim -- <scenario> [--runs N] [--seed S] [--months M] [--threads T] [--stress f]... [--set p=v]...
// [--out result.json] [--csv result.csv]`: runs a scenario and prints the key-metrics table and,
// when the scenario has a money group, spend by financial year.
import { parseArgs } from 'node:util';
import { financialYearTable } from '../report/financial-year-table.js';
import { resultToCsv } from '../report/result-csv.js';
import { summaryTable } from '../report/summary-table.js';
import { defaultThreads, runSimulation } from '../run-simulation.js';
import { formatProblems } from './load-scenario.js';
import { loadStressedScenario } from './load-stress.js';
import { createProgressBar } from './progress-bar.js';
import { writeFileAtomic } from './write-atomic.js';

export const SIM_OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  months: { type: 'string' },
  threads: { type: 'string' },
  set: { type: 'string', multiple: true },
  stress: { type: 'string', multiple: true },
  out: { type: 'string' },
  csv: { type: 'string' },
} as const;

export class UsageError extends Error {}

export function positiveInt(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

export async function simulateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: SIM_OPTIONS, allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('give exactly one scenario file');
  const runs = positiveInt('runs', values.runs, 1000, 100_000);
  const threads = positiveInt('threads', values.threads, defaultThreads(), 64);
  const months = values.months === undefined ? undefined : positiveInt('months', values.months, 0, 120);
  const seed = values.seed ?? '1';
  const loaded = loadStressedScenario(file, values.stress ?? [], { set: values.set, months });
  if (!loaded.ok) {
    process.stderr.write(`The scenario has problems:\n${formatProblems(loaded.error)}\n`);
    return 1;
  }
  const { scenario, stress } = loaded.value;
  const bar = createProgressBar(`${runs} runs x ${scenario.horizonMonths} months`);
  const started = performance.now();
  const result = await runSimulation(scenario, { seed, runs, threads, onProgress: bar.update });
  bar.done();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${scenario.name}: ${runs} runs x ${scenario.horizonMonths} months from ${scenario.startMonth}, seed ${seed}, ` +
      `engine ${result.engineVersion}, scenario ${result.scenario.hash.slice(0, 12)} (${seconds.toFixed(2)} s)\n` +
      stress.map((s) => `stress: ${s.overlay.name} (${s.file})\n`).join('') +
      '\n',
  );
  process.stdout.write(`${summaryTable(result)}\n`);
  if (result.financialYears) process.stdout.write(`\n${financialYearTable(result.financialYears)}\n`);
  if (values.out) writeFileAtomic(values.out, `${JSON.stringify(result, null, 2)}\n`);
  if (values.csv) writeFileAtomic(values.csv, resultToCsv(result));
  return 0;
}
