/**
 * Changes of social worker (MODEL.md section 5). Every permanent leaver, agency assignment end and
 * progression to senior hands its cases on: reallocations = departing FTE x cases per worker,
 * plus other changes (team transfers, rebalancing) at a rate per open case. Reported per open case,
 * annualised, and as the share of children with 3 or more workers in a rolling 12 months, by a
 * Poisson approximation: a child open for the whole window meets changes at the window's summed
 * monthly rate L, so P(3+ workers) = P(2+ changes) = 1 - e^-L (1 + L). In the first 11 months the
 * window's rate is annualised from the months seen so far (as turnover is).
 */

export interface WorkerChanges {
  /** Reallocations per open case in each of the last 12 months (ring by month). */
  window: Float64Array;
  otherPerCasePerMonth: number;
  perChild: number;
  share3Plus: number;
}

export const createWorkerChanges = (otherPerCasePerYear: number): WorkerChanges => ({
  window: new Float64Array(12),
  otherPerCasePerMonth: otherPerCasePerYear / 12,
  perChild: 0,
  share3Plus: 0,
});

/** P(N >= 2) for N ~ Poisson(rate): the share of children with 3+ workers given `rate` changes a year. */
export const shareThreeOrMoreWorkers = (rate: number): number =>
  rate > 0 ? -Math.expm1(-rate) - rate * Math.exp(-rate) : 0;

/**
 * Updates the window for month `month` (1 = first simulated month). `departingFte` is the month's
 * permanent leavers + agency ends + progressions; `casesPerWorker` the mean cases a worker holds;
 * `hasWorkers` false means no one holds cases, so no other changes happen either.
 */
export function updateWorkerChanges(
  w: WorkerChanges,
  month: number,
  departingFte: number,
  casesPerWorker: number,
  openCases: number,
  hasWorkers: boolean,
): void {
  const reallocations = departingFte * casesPerWorker + (hasWorkers ? w.otherPerCasePerMonth * openCases : 0);
  const rate = openCases > 0 ? reallocations / openCases : 0;
  w.window[(month - 1) % 12] = rate;
  const seen = Math.min(month, 12);
  let sum = 0;
  for (let i = 0; i < seen; i++) sum += w.window[i]!;
  w.perChild = 12 * rate;
  w.share3Plus = shareThreeOrMoreWorkers((sum * 12) / seen);
}
