// Hindcast entry: `npm run hindcast -- --la <council> --from 2019 --to 2023` or `--all`.
import { HINDCAST_USAGE, hindcastCommand } from './cli/hindcast-command.js';
import { UsageError } from './cli/simulate-command.js';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
  process.stdout.write(HINDCAST_USAGE);
  process.exitCode = argv.length === 0 ? 1 : 0;
} else {
  hindcastCommand(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`${(error as Error).message}\n\n${HINDCAST_USAGE}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
