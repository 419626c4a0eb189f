/**
 * Steps 4 and 7 of the month (MODEL.md section 4): agency assignments end, convert to permanent
 * posts or are released after notice; former permanent staff return as agency; then agency cover
 * is topped up towards the policy share of vacancies.
 */
import type { Uniform } from '../rng/create-stream.js';
import { sampleBinomial } from '../rng/sample-binomial.js';
import { cellIndex, routeIndex } from './cell-layout.js';
import type { CompiledWorkforce } from './compile-workforce.js';
import type { ResolvedScenario } from './resolve-parameters.js';
import {
  addHeads,
  freeVacancyHeads,
  RELEASE_RING,
  RETURN_RING,
  type WorkforceState,
} from './workforce-state.js';

const CONVERSION_CELL = cellIndex(routeIndex('agency_conversion'), 0, 0);

export function stepAgencyChurn(
  state: WorkforceState,
  s: ResolvedScenario,
  c: CompiledWorkforce,
  month: number,
  rng: Uniform,
): void {
  const { flows } = state;
  const slot = month % RELEASE_RING;
  const released = state.releaseQueue[slot]!;
  state.releaseQueue[slot] = 0;
  state.agency -= released;
  state.onNotice -= released;
  flows.agencyEnds += released;

  let active = state.agency - state.onNotice;
  const ends = sampleBinomial(rng, active, s.agency.assignmentEndHazardPerMonth);
  state.agency -= ends;
  active -= ends;
  flows.agencyEnds += ends;

  const hConv = Math.min(1, s.agency.conversionHazardPerMonth * c.conversionMultiplier[month]!);
  const drawn = sampleBinomial(rng, active, hConv);
  const converted = Math.min(drawn, freeVacancyHeads(state, s.workforce.ftePerHead));
  state.agency -= converted;
  addHeads(state, CONVERSION_CELL, converted);
  flows.agencyConversions += converted;
  flows.starters += converted;

  const returnSlot = month % RETURN_RING;
  const returning = state.returnQueue[returnSlot]!;
  state.returnQueue[returnSlot] = 0;
  state.agency += returning;
  flows.agencyStarts += returning;
}

export function stepAgencyCover(
  state: WorkforceState,
  s: ResolvedScenario,
  c: CompiledWorkforce,
  month: number,
  rng: Uniform,
): void {
  const rulesOn = c.rulesOn[month] === 1;
  const vacancyFte = Math.max(0, state.establishment - state.permHeads * s.workforce.ftePerHead);
  const share = Math.min(1, s.agency.coverShare + (state.surge ? s.feedback.surgeCoverShare : 0));
  const target = Math.round(share * vacancyFte + s.agency.extraCapacity);
  const active = state.agency - state.onNotice;
  if (active > target) {
    const excess = active - target;
    const notice = rulesOn ? s.agencyRules.releaseNoticeMonths : s.agency.releaseNoticeMonths;
    if (notice === 0) {
      state.agency -= excess;
      state.flows.agencyEnds += excess;
    } else {
      state.releaseQueue[(month + Math.min(notice, RELEASE_RING - 1)) % RELEASE_RING]! += excess;
      state.onNotice += excess;
    }
  } else if (active < target) {
    const p = Math.min(
      1,
      s.agency.fillProbabilityPerMonth * (rulesOn ? s.agencyRules.agencyFillMultiplier : 1),
    );
    const started = sampleBinomial(rng, target - active, p);
    state.agency += started;
    state.flows.agencyStarts += started;
  }
}
