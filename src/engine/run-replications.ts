/**
 * Runs replications [from, to) of a prepared scenario into a shared metric buffer. Each
 * replication draws only from its own named streams, so the result does not depend on how the
 * replications are split between threads.
 */

import { type PreparedScenario, simulateReplication } from '../model/simulate-replication.js';
import type { MetricBuffer } from './metric-buffer.js';

export interface ReplicationRange {
  from: number;
  to: number;
}

/** `onProgress(done)` is called after each replication with the count finished in this range. */
export function runReplications(
  prepared: PreparedScenario,
  seed: string,
  buffer: MetricBuffer,
  range: ReplicationRange,
  onProgress?: (done: number) => void,
): void {
  for (let rep = range.from; rep < range.to; rep++) {
    simulateReplication(prepared, seed, { out: buffer.data, runs: buffer.runs, rep, months: buffer.months });
    onProgress?.(rep - range.from + 1);
  }
}
