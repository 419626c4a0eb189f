// Command-line entry: `npm run sim -- <scenario.json> [options]` or `npm run sim -- <command> ...`.
import { simulateCommand, UsageError } from './cli/simulate-command.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {};

const USAGE = `Usage:
  npm run sim -- <scenario.json | shipped name> [--runs N] [--seed S] [--months M] [--threads T]
                 [--stress <overlay.json | name in scenarios/stress>]... [--set dotted.path=<json>]...
                 [--out result.json] [--csv result.csv]
`;

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
