/**
 * Stored paired comparisons: queued -> running -> done | failed | cancelled | interrupted, like
 * runs. Each change is one transaction; the result is kept as the JSON text served to clients.
 */
import { type JobRecord, type JobWithBody, storedJobs } from './job-repository.js';

export type ComparisonRecord = JobRecord;
export type ComparisonWithBody = JobWithBody;

const comparisons = storedJobs(
  'comparisons',
  'the server stopped before the comparison finished; submit it again to recompute',
);

export const insertComparison = comparisons.insert;
export const findComparisonById = comparisons.findById;
/** Newest first, without requests or results. */
export const listComparisons = comparisons.list;
export const deleteComparison = comparisons.delete;
export const markComparisonRunning = comparisons.markRunning;
/** Stores the result and marks it done; false (nothing stored) if it was not running. */
export const completeComparison = comparisons.complete;
/** Ends a queued or running comparison without a result. */
export const endComparison = comparisons.end;
/** At start: comparisons a previous process left queued or running can never finish. */
export const interruptUnfinishedComparisons = comparisons.interruptUnfinished;
