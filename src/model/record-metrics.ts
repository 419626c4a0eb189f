/**
 * Workforce metrics at the end of a month, with the DfE census definitions (MODEL.md section 3):
 * agency rate = agency / (agency + permanent); vacancy rate = vacancies / (vacancies + permanent);
 * turnover = permanent leavers in the last 12 months / permanent FTE now. In the first 11 months
 * turnover annualises the leavers seen so far. A rate whose denominator is zero is reported as 0.
 */

import { ASYE_MONTHS } from '../scenario/routes.js';
import { isAsyeRoute, ROUTE_COUNT, TENURES } from './cell-layout.js';
import type { CompiledWorkforce } from './compile-workforce.js';
import { METRIC_INDEX as K } from './metric-names.js';
import type { ResolvedScenario } from './resolve-parameters.js';
import type { MetricSink } from './simulate-replication.js';
import { caseHoldingFte, caseloadPerFte } from './step-caseload.js';
import type { WorkforceState } from './workforce-state.js';

const ROUTE_METRICS = [
  K.permanent_fte_nq,
  K.permanent_fte_step_up,
  K.permanent_fte_apprenticeship,
  K.permanent_fte_frontline,
  K.permanent_fte_experienced,
  K.permanent_fte_agency_conversion,
];

const ROUTE_HEADS = new Float64Array(ROUTE_COUNT);

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Writes the month's workforce metrics and returns caseload per case-holding FTE. */
export function recordWorkforceMetrics(
  state: WorkforceState,
  s: ResolvedScenario,
  c: CompiledWorkforce,
  capacityOf: (state: WorkforceState) => number,
  openCases: number,
  sink: MetricSink,
  month: number,
): number {
  const { out, runs, rep } = sink;
  const stride = (sink.months + 1) * runs;
  const at = month * runs + rep;
  const put = (k: number, v: number) => {
    out[k * stride + at] = v;
  };
  const fte = s.workforce.ftePerHead;
  const { counts, flows } = state;

  let asye = 0;
  let senior = 0;
  ROUTE_HEADS.fill(0);
  const blocks = c.activeBlocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const heads = state.blockHeads[b]!;
    ROUTE_HEADS[b >> 1]! += heads;
    if (b & 1) senior += heads;
    else if (isAsyeRoute(b >> 1)) {
      const base = b * TENURES;
      for (let t = 0; t < ASYE_MONTHS; t++) asye += counts[base + t]!;
    }
  }
  for (let r = 0; r < ROUTE_COUNT; r++) put(ROUTE_METRICS[r]!, ROUTE_HEADS[r]! * fte);
  const permanent = state.permHeads * fte;
  const vacancies = Math.max(0, state.establishment - permanent);
  let trainees = 0;
  for (let i = 0; i < state.trainees.length; i++) trainees += state.trainees[i]!;
  const windowMonths = Math.min(month, 12);
  let leavers12 = 0;
  for (let i = 0; i < windowMonths; i++) leavers12 += state.leaverWindow[i]!;
  const capacity = capacityOf(state);
  const caseload = caseloadPerFte(openCases, capacity);

  put(K.establishment_fte, state.establishment);
  put(K.permanent_fte, permanent);
  put(K.asye_fte, asye * fte);
  put(K.senior_fte, senior * fte);
  put(K.vacancy_fte, vacancies);
  put(K.agency_fte, state.agency);
  put(K.trainees, trainees);
  put(K.offers_pending, state.offersPending);
  put(K.vacancy_rate, ratio(vacancies, vacancies + permanent));
  put(K.agency_rate, ratio(state.agency, state.agency + permanent));
  put(K.turnover_rate, windowMonths > 0 ? ratio((leavers12 * 12) / windowMonths, permanent) : 0);
  put(K.starters, flows.starters * fte);
  put(K.leavers, flows.leavers * fte);
  put(K.leavers_to_other_council, flows.leaversToOtherCouncil * fte);
  put(K.leavers_to_agency, flows.leaversToAgency * fte);
  put(K.leavers_out_of_sector, flows.leaversOutOfSector * fte);
  put(K.agency_starts, flows.agencyStarts);
  put(K.agency_ends, flows.agencyEnds);
  put(K.agency_conversions, flows.agencyConversions);
  put(K.pipeline_completers, flows.pipelineCompleters);
  put(K.tie_in_breaks, flows.tieInBreaks);
  put(K.case_holding_fte, capacity);
  put(K.open_cases, openCases);
  put(K.caseload_per_fte, caseload);
  return caseload;
}
