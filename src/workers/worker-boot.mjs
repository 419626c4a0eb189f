// Loads a TypeScript worker entry: workers do not inherit the parent's tsx loader on Node 20.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
