/**
 * Writes the demand and caseload metrics of one month (DEMAND_METRICS): demand flows and stocks
 * (0 without a `demand` group), the share of workers over the caseload cap from the caseload spread,
 * and changes of social worker.
 */
import { METRIC_INDEX as K } from '../metric-names.js';
import type { ResolvedScenario } from '../resolve-parameters.js';
import type { MetricSink } from '../simulate-replication.js';
import type { WorkforceState } from '../workforce-state.js';
import { shareOverCap, unitMeanScale } from './caseload-spread.js';
import type { DemandProcess } from './step-demand.js';
import { createWorkerChanges, updateWorkerChanges, type WorkerChanges } from './worker-changes.js';

export interface CaseloadTracker {
  changes: WorkerChanges;
  scale1: number;
}

export const createCaseloadTracker = (s: ResolvedScenario): CaseloadTracker => ({
  changes: createWorkerChanges(s.demand?.reallocation.otherChangesPerCasePerYear ?? 0),
  scale1: unitMeanScale(s.caseload.spreadShape),
});

/** `caseload` is this month's caseload per case-holding FTE (as recorded); month 0 is the start. */
export function recordDemandMetrics(
  tracker: CaseloadTracker,
  demand: DemandProcess | undefined,
  state: WorkforceState,
  s: ResolvedScenario,
  openCases: number,
  caseload: number,
  sink: MetricSink,
  month: number,
): void {
  const { out, runs, rep } = sink;
  const stride = (sink.months + 1) * runs;
  const at = month * runs + rep;
  const { changes } = tracker;
  if (month > 0) {
    const fte = s.workforce.ftePerHead;
    const f = state.flows;
    const departing = (f.leavers + f.progressions) * fte + f.agencyEnds;
    const hasWorkers = state.permHeads + state.agency > 0;
    // Cases a worker holds: caseload per case-holding FTE before absence is netted off.
    const casesPerWorker = caseload * (1 - s.caseload.absenceRate);
    updateWorkerChanges(changes, month, departing, casesPerWorker, openCases, hasWorkers);
  }
  const st = demand?.state;
  out[K.referrals * stride + at] = st?.referrals ?? 0;
  out[K.assessments_started * stride + at] = st?.started ?? 0;
  out[K.assessments_completed * stride + at] = st?.completed ?? 0;
  out[K.assessments_in_progress * stride + at] = st?.assessments ?? 0;
  out[K.assessments_in_timescale * stride + at] = st?.inTimescale ?? 0;
  out[K.cin_open * stride + at] = st?.cin ?? 0;
  out[K.cp_open * stride + at] = st?.cp ?? 0;
  out[K.cla_open * stride + at] = st?.cla ?? 0;
  out[K.share_over_caseload_cap * stride + at] = shareOverCap(
    caseload,
    s.caseload.caseloadCap,
    s.caseload.spreadShape,
    tracker.scale1,
  );
  out[K.worker_changes_per_child * stride + at] = month > 0 ? changes.perChild : 0;
  out[K.share_children_3plus_workers * stride + at] = month > 0 ? changes.share3Plus : 0;
}
