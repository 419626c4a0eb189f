/**
 * Runs replications [from, to) of a prepared scenario into a shared metric buffer. Each
 * replication draws only from its own named streams, so the result does not depend on how the
 * replications are split between threads. Replications are run in blocks that write into a small
 * local buffer with the same layout, copied out block by block: the big buffer then sees whole runs
 * of adjacent values instead of one scattered write per metric and month.
 */
import { type PreparedScenario, simulateReplication } from '../model/simulate-replication.js';
import type { MetricBuffer } from './metric-buffer.js';

export interface ReplicationRange {
  from: number;
  to: number;
}

const BLOCK = 16;

/** `onProgress(done)` is called after each replication with the count finished in this range. */
export function runReplications(
  prepared: PreparedScenario,
  seed: string,
  buffer: MetricBuffer,
  range: ReplicationRange,
  onProgress?: (done: number) => void,
): void {
  const { months, runs, metrics, data } = buffer;
  const rows = metrics * (months + 1);
  const local = new Float64Array(rows * BLOCK);
  for (let first = range.from; first < range.to; first += BLOCK) {
    const size = Math.min(BLOCK, range.to - first);
    for (let b = 0; b < size; b++) {
      simulateReplication(prepared, seed, { out: local, runs: BLOCK, rep: b, months }, first + b);
      onProgress?.(first + b - range.from + 1);
    }
    for (let row = 0; row < rows; row++) {
      const to = row * runs + first;
      const from = row * BLOCK;
      for (let b = 0; b < size; b++) data[to + b] = local[from + b]!;
    }
  }
}
