// One worker thread per test file keeps parallel test files from fighting over the two cores.
import { afterAll } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../src/workers/worker-pool.js';

export function useTestPool(): WorkerPool {
  const pool = createWorkerPool(1);
  afterAll(() => pool.close());
  return pool;
}
