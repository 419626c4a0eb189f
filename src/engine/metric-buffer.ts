/**
 * Raw replication output: one float per (metric, month, replication), laid out so that the values
 * of one metric in one month across all replications are contiguous (ready for percentiles).
 * Month 0 is the starting state; months 1..M are the simulated months.
 */
export interface MetricBuffer {
  data: Float64Array;
  metrics: number;
  months: number;
  runs: number;
}

export function createMetricBuffer(
  metrics: number,
  months: number,
  runs: number,
  storage?: ArrayBufferLike,
): MetricBuffer {
  const length = metrics * (months + 1) * runs;
  const data = storage ? new Float64Array(storage, 0, length) : new Float64Array(length);
  return { data, metrics, months, runs };
}

export const bufferBytes = (metrics: number, months: number, runs: number): number =>
  metrics * (months + 1) * runs * Float64Array.BYTES_PER_ELEMENT;

/** The values of metric k in month m (0 = start) across replications, as a view. */
export function column(buffer: MetricBuffer, k: number, m: number): Float64Array {
  const start = (k * (buffer.months + 1) + m) * buffer.runs;
  return buffer.data.subarray(start, start + buffer.runs);
}
