/**
 * Stored hindcast surveys (every council): queued -> running -> done | failed | cancelled |
 * interrupted, like comparisons. Each change is one transaction; the result is kept as JSON text.
 */
import { type JobRecord, type JobWithBody, storedJobs } from './job-repository.js';

export type SurveyRecord = JobRecord;
export type SurveyWithBody = JobWithBody;

const surveys = storedJobs(
  'hindcast_surveys',
  'the server stopped before the survey finished; start it again',
);

export const insertSurvey = surveys.insert;
export const findSurveyById = surveys.findById;
/** Newest first, without requests or results. */
export const listSurveys = surveys.list;
export const deleteSurvey = surveys.delete;
export const markSurveyRunning = surveys.markRunning;
/** Stores the result and marks it done; false (nothing stored) if it was not running. */
export const completeSurvey = surveys.complete;
/** Ends a queued or running survey without a result. */
export const endSurvey = surveys.end;
/** At start: surveys a previous process left queued or running can never finish. */
export const interruptUnfinishedSurveys = surveys.interruptUnfinished;
