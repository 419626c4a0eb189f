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
import { caseloadPerFte } from './step-caseload.js';
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
  for (let r = 0; r < ROUTE_COUNT; r++) out[ROUTE_METRICS[r]! * stride + at] = ROUTE_HEADS[r]! * fte;
  const permanent = state.permHeads * fte;
  const vacancies = Math.max(0, state.establishment - permanent);
  let trainees = 0;
  for (let i = 0; i < state.trainees.length; i++) trainees += state.trainees[i]!;
  const windowMonths = Math.min(month, 12);
  let leavers12 = 0;
  for (let i = 0; i < windowMonths; i++) leavers12 += state.leaverWindow[i]!;
  const capacity = capacityOf(state);
  const caseload = caseloadPerFte(openCases, capacity);

  out[K.establishment_fte * stride + at] = state.establishment;
  out[K.permanent_fte * stride + at] = permanent;
  out[K.asye_fte * stride + at] = asye * fte;
  out[K.senior_fte * stride + at] = senior * fte;
  out[K.vacancy_fte * stride + at] = vacancies;
  out[K.agency_fte * stride + at] = state.agency;
  out[K.trainees * stride + at] = trainees;
  out[K.offers_pending * stride + at] = state.offersPending;
  out[K.vacancy_rate * stride + at] = ratio(vacancies, vacancies + permanent);
  out[K.agency_rate * stride + at] = ratio(state.agency, state.agency + permanent);
  out[K.turnover_rate * stride + at] =
    windowMonths > 0 ? ratio((leavers12 * 12) / windowMonths, permanent) : 0;
  out[K.starters * stride + at] = flows.starters * fte;
  out[K.leavers * stride + at] = flows.leavers * fte;
  out[K.leavers_to_other_council * stride + at] = flows.leaversToOtherCouncil * fte;
  out[K.leavers_to_agency * stride + at] = flows.leaversToAgency * fte;
  out[K.leavers_out_of_sector * stride + at] = flows.leaversOutOfSector * fte;
  out[K.agency_starts * stride + at] = flows.agencyStarts;
  out[K.agency_ends * stride + at] = flows.agencyEnds;
  out[K.agency_conversions * stride + at] = flows.agencyConversions;
  out[K.pipeline_completers * stride + at] = flows.pipelineCompleters;
  out[K.tie_in_breaks * stride + at] = flows.tieInBreaks;
  out[K.case_holding_fte * stride + at] = capacity;
  out[K.open_cases * stride + at] = openCases;
  out[K.caseload_per_fte * stride + at] = caseload;
  return caseload;
}
