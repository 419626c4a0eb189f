// Command-line entry: `npm run sim -- <scenario.json> [options]` or `npm run sim -- <command> ...`.
import { compareCommand } from './cli/compare-command.js';
import { FROM_CENSUS_USAGE, fromCensusCommand } from './cli/from-census-command.js';
import { goalSeekCommand } from './cli/goal-seek-command.js';
import { routesCommand } from './cli/routes-command.js';
import { simulateCommand, UsageError } from './cli/simulate-command.js';
import { thresholdsCommand } from './cli/thresholds-command.js';
import { tornadoCommand } from './cli/tornado-command.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  compare: compareCommand,
  thresholds: thresholdsCommand,
  tornado: tornadoCommand,
  'goal-seek': goalSeekCommand,
  routes: routesCommand,
  'from-census': fromCensusCommand,
};

const USAGE = `Usage:
  npm run sim -- <scenario.json | shipped name> [--runs N] [--seed S] [--months M] [--threads T]
                 [--stress <overlay.json | name in scenarios/stress>]... [--set dotted.path=<json>]...
                 [--out result.json] [--csv result.csv]
  npm run sim -- compare <baseline> <option>... [--runs --seed --months --threads --set]
                 [--threshold 'agency_rate<=0.10']... [--confidence 0.8] [--out comparison.json]
  npm run sim -- thresholds <scenario> [--threshold 'metric<=value']... [--confidence 0.8] [run options]
  npm run sim -- tornado <scenario> --metric agency_rate [--month 36] [--stat mean|p10|p50|p90]
                 [--condition '<=0.10'] [--param dotted.path]... [--pct 20] [run options] [--out t.json]
  npm run sim -- goal-seek <scenario> --lever <dotted.path> --range lo:hi --metric agency_rate --op '<='
                 --target 0.10 --month 36 --confidence 0.8 [--integer] [--largest] [--tolerance x]
  npm run sim -- routes <scenario> [--runs N] [--seed S] [--years 5] [--cohort route=n]...
                 [--cost route=gbp]... [--out routes.json]
${FROM_CENSUS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(USAGE);
    return argv.length === 0 ? 1 : 0;
  }
  const command = COMMANDS[argv[0]!];
  return command ? command(argv.slice(1)) : simulateCommand(argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
