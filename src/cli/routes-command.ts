// `npm run sim -- routes <scenario> [--runs N] [--seed S] [--years 5] [--cohort route=n]...
// [--cost route=gbp]... [--set p=v]... [--out routes.json]`: grow-your-own route economics
// (survival in post by entry route and cost per retained FTE-year).
import { parseArgs } from 'node:util';
import { routeEconomics } from '../analysis/route-economics.js';
import { routesText } from '../report/routes-text.js';
import { ROUTES } from '../scenario/routes.js';
import { keyedNumbers, numberOption, seconds, writeJson } from './analysis-options.js';
import { formatProblems, loadScenario } from './load-scenario.js';
import { positiveInt, UsageError } from './simulate-command.js';

const OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  years: { type: 'string' },
  cohort: { type: 'string', multiple: true },
  cost: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
} as const;

export async function routesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('routes needs exactly one scenario');
  const years = numberOption('years', values.years, 5);
  if (!(years > 0 && years <= 10)) throw new UsageError('--years must be between 0 and 10');
  const loaded = loadScenario(positionals[0]!, { set: values.set });
  if (!loaded.ok) {
    process.stderr.write(`The scenario has problems:\n${formatProblems(loaded.error)}\n`);
    return 1;
  }
  const runs = positiveInt('runs', values.runs, 1000, 100_000);
  const seed = values.seed ?? '1';
  const started = performance.now();
  const rows = routeEconomics({
    scenario: loaded.value,
    seed,
    runs,
    years,
    cohortSizes: keyedNumbers('cohort', values.cohort, ROUTES),
    costsGbp: keyedNumbers('cost', values.cost, ROUTES),
  });
  process.stdout.write(
    `${loaded.value.name}: survival in post by entry route over ${years} years, ${runs} parameter draws, seed ${seed} (${seconds(started)})\n\n` +
      `${routesText(rows)}\n`,
  );
  writeJson(values.out, { seed, runs, years, routes: rows });
  return 0;
}
