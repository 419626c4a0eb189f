/**
 * Steps 5 and 6 of the month (MODEL.md section 4): pipeline trainees drop out or complete and take
 * up ASYE posts; accepted offers start after their notice lag; seasonal newly qualified intakes
 * and experienced hires fill advertised vacancies.
 */
import type { Uniform } from '../rng/create-stream.js';
import { sampleBinomial } from '../rng/sample-binomial.js';
import { cellIndex, routeIndex } from './cell-layout.js';
import type { CompiledWorkforce } from './compile-workforce.js';
import type { ResolvedScenario } from './resolve-parameters.js';
import { addHeads, freeVacancyHeads, OFFER_RING, type WorkforceState } from './workforce-state.js';

const NEW_CELL = {
  nq: cellIndex(routeIndex('nq'), 0, 0),
  experienced: cellIndex(routeIndex('experienced'), 0, 0),
  step_up: cellIndex(routeIndex('step_up'), 0, 0),
  apprenticeship: cellIndex(routeIndex('apprenticeship'), 0, 0),
  frontline: cellIndex(routeIndex('frontline'), 0, 0),
};

function start(state: WorkforceState, cell: number, heads: number): void {
  addHeads(state, cell, heads);
  state.flows.starters += heads;
}

export function stepPipelines(
  state: WorkforceState,
  s: ResolvedScenario,
  c: CompiledWorkforce,
  month: number,
  rng: Uniform,
): void {
  const { trainees } = state;
  for (let i = 0; i < c.cohorts.length; i++) {
    const cohort = c.cohorts[i]!;
    if (month === cohort.start) trainees[i] = cohort.size;
    const last = cohort.start + cohort.duration - 1;
    if (month < cohort.start || month > last || trainees[i] === 0) continue;
    trainees[i]! -= sampleBinomial(rng, trainees[i]!, cohort.dropoutHazard);
    if (month !== last) continue;
    const completers = trainees[i]!;
    trainees[i] = 0;
    state.flows.pipelineCompleters += completers;
    let takeUp = sampleBinomial(rng, completers, cohort.takeUp);
    if (!cohort.supernumerary) takeUp = Math.min(takeUp, freeVacancyHeads(state, s.workforce.ftePerHead));
    start(state, NEW_CELL[cohort.route], takeUp);
  }
}

export function stepRecruitment(
  state: WorkforceState,
  s: ResolvedScenario,
  c: CompiledWorkforce,
  month: number,
  rng: Uniform,
): void {
  const slot = month % OFFER_RING;
  const arriving = state.offerQueue[slot]!;
  state.offerQueue[slot] = 0;
  state.offersPending -= arriving;
  start(state, NEW_CELL.experienced, arriving);

  const ftePerHead = s.workforce.ftePerHead;
  for (const intake of c.nqIntakes[month]!) {
    const offered = Math.min(intake.places, freeVacancyHeads(state, ftePerHead));
    const p = Math.min(1, intake.fillProbability * c.fillMultiplier[month]!);
    start(state, NEW_CELL.nq, sampleBinomial(rng, offered, p));
  }

  const p = Math.min(1, s.recruitment.fillProbabilityPerMonth * c.fillMultiplier[month]!);
  const offers = sampleBinomial(rng, freeVacancyHeads(state, ftePerHead), p);
  const lag = s.recruitment.noticeLagMonths;
  if (lag === 0) {
    start(state, NEW_CELL.experienced, offers);
  } else {
    state.offerQueue[(month + lag) % OFFER_RING]! += offers;
    state.offersPending += offers;
  }
}
