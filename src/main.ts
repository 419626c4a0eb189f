/** `npm start`: the Caseforce server. Prints its URL; SIGTERM or SIGINT shuts it down cleanly. */
import { startServer } from './api/start-server.js';
import { loadConfig } from './config.js';

const log = (message: string) => console.error(message);
const config = loadConfig();
if (!config.ok) {
  log(`Caseforce cannot start; fix these settings:\n  ${config.error.join('\n  ')}`);
  process.exit(1);
}

const server = await startServer(config.value, log).catch((error: unknown) => {
  log(`Caseforce could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log(`Caseforce is running at ${server.url}`);
if (config.value.token === undefined && !['127.0.0.1', 'localhost', '::1'].includes(config.value.host)) {
  log(
    `Warning: listening on ${config.value.host} without CASEFORCE_TOKEN: anyone who can reach it can start runs.`,
  );
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) {
    log(`${signal} again: exiting now.`);
    process.exit(1);
  }
  stopping = true;
  log(`${signal}: finishing or interrupting runs, then stopping.`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log(`Shutdown failed: ${String(error)}`);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
