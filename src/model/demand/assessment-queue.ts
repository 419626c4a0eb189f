/**
 * Assessments worked by limited capacity (MODEL.md section 5). Open assessments form a backlog.
 * With plentiful capacity each completes in a month with its natural probability; the workforce
 * can complete at most `capacity` a month, and because work falls unevenly on workers (spread as
 * individual caseloads are) some workers hit their limit before the service as a whole does, so
 * throughput bends smoothly below capacity instead of at a sharp corner. The share completed
 * within the statutory timescale follows the backlog: mean time open = open / completed (Little's
 * law), with durations lognormal around that mean.
 */
import { normalCdf } from '../../rng/normal-cdf.js';
import { usedCapacityShare } from './caseload-spread.js';

/** Working days in an average month: 5 x 365.25 / 7 / 12 = 21.74 (bank holidays ignored). */
export const WORKING_DAYS_PER_MONTH = (5 * 365.25) / 7 / 12;

/**
 * Expected completions this month from `open` assessments (count >= 0): natural demand
 * n = open x naturalProbability, throughput = capacity x E[min(n X / capacity, 1)] with X the
 * unit-mean Weibull load spread. At most min(n, capacity); 0 when capacity is 0.
 */
export function expectedCompletions(
  open: number,
  naturalProbability: number,
  capacity: number,
  spreadShape: number,
  scale1: number,
): number {
  if (!(open > 0) || !(capacity > 0)) return 0;
  const natural = open * naturalProbability;
  return capacity * usedCapacityShare(natural / capacity, spreadShape, scale1);
}

/**
 * Share of this month's completed assessments done within `limitMonths`: lognormal durations with
 * log-sd `spread` and mean T = inProgress / completed (Little's law on the end-of-month backlog),
 * so P = Phi((ln(limit / T) + spread^2 / 2) / spread). With no completions the share is 0 when a
 * backlog is waiting and 1 when nothing is open; with completions and an empty backlog it is 1.
 */
export function shareWithinTimescale(
  inProgress: number,
  completed: number,
  limitMonths: number,
  spread: number,
): number {
  if (!(completed > 0)) return inProgress > 0 ? 0 : 1;
  if (!(inProgress > 0)) return 1;
  const meanMonths = inProgress / completed;
  return normalCdf((Math.log(limitMonths / meanMonths) + (spread * spread) / 2) / spread);
}
