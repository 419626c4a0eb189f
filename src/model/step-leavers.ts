/**
 * Steps 2 and 3 of the month (MODEL.md section 4): permanent leavers with their destinations, and
 * progression to senior. Hazards come from the compiled cell table times active retention offers
 * times last month's caseload-pressure multiplier.
 */
import type { Uniform } from '../rng/create-stream.js';
import { sampleBinomial } from '../rng/sample-binomial.js';
import { CELLS, cellRoute, cellTenure, postQualifyingMonths, TENURES } from './cell-layout.js';
import type { CompiledWorkforce } from './compile-workforce.js';
import { drawHits } from './draw-hits.js';
import type { ResolvedScenario } from './resolve-parameters.js';
import { addHeads, RETURN_RING, type WorkforceState } from './workforce-state.js';

/** Rebuilds the effective hazard table when the set of active retention offers changes. */
function refreshHazards(state: WorkforceState, c: CompiledWorkforce, month: number): void {
  const active = c.activeOffers[month]!;
  if (active === state.activeOffers) return;
  state.activeOffers = active;
  let max = 0;
  for (let cell = 0; cell < CELLS; cell++) {
    let scale = 1;
    for (const i of active) scale *= c.offerMultipliers[i]![cell]!;
    state.offerScale[cell] = scale;
    const h = Math.min(1, c.baseHazard[cell]! * scale);
    state.hazard[cell] = h;
    if (h > max) max = h;
  }
  state.hazardMax = max;
}

export function stepLeavers(
  state: WorkforceState,
  s: ResolvedScenario,
  c: CompiledWorkforce,
  month: number,
  rng: Uniform,
): void {
  refreshHazards(state, c, month);
  const { counts, hitCount, touched, flows } = state;
  const rulesOn = c.rulesOn[month] === 1;
  const minPqe = s.agencyRules.minPostQualifyingMonths;
  let n = drawHits(
    rng,
    counts,
    state.blockHeads,
    state.hazard,
    state.pressureMultiplier,
    state.hazardMax,
    c.activeBlocks,
    hitCount,
    touched,
  );
  // The one-off ASYE-completion exit falls on the cell's survivors of the monthly hazard, scaled
  // like that hazard by retention offers and pressure.
  for (let i = 0; i < c.asyeExitCells.length; i++) {
    const cell = c.asyeExitCells[i]!;
    const survivors = counts[cell]! - hitCount[cell]!;
    if (survivors === 0) continue;
    const p = Math.min(1, c.asyeExit[cell]! * state.offerScale[cell]! * state.pressureMultiplier);
    const k = sampleBinomial(rng, survivors, p);
    if (k === 0) continue;
    if (hitCount[cell] === 0) touched[n++] = cell;
    hitCount[cell]! += k;
  }
  let agencyEligible = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const cell = touched[i]!;
    const k = hitCount[cell]!;
    hitCount[cell] = 0;
    addHeads(state, cell, -k);
    total += k;
    if (!rulesOn || postQualifyingMonths(cell) >= minPqe) agencyEligible += k;
    if (cellTenure(cell) < c.tieInMonths[cellRoute(cell)]!) flows.tieInBreaks += k;
  }

  const shares = c.destinationShares;
  const toAgency = sampleBinomial(rng, agencyEligible, shares.agency);
  const rest = total - toAgency;
  const otherShare =
    shares.otherCouncil + shares.outOfSector > 0
      ? shares.otherCouncil / (shares.otherCouncil + shares.outOfSector)
      : 0;
  const toOther = sampleBinomial(rng, rest, otherShare);
  flows.leavers += total;
  flows.leaversToAgency += toAgency;
  flows.leaversToOtherCouncil += toOther;
  flows.leaversOutOfSector += rest - toOther;

  const returning = sampleBinomial(rng, toAgency, s.agency.leaverReturnShare);
  if (returning > 0) {
    const delay = rulesOn
      ? Math.max(s.agency.leaverReturnDelayMonths, s.agencyRules.leaverReturnDelayMonths)
      : s.agency.leaverReturnDelayMonths;
    state.returnQueue[(month + Math.min(delay, RETURN_RING - 1)) % RETURN_RING]! += returning;
  }
}

export function stepProgression(state: WorkforceState, c: CompiledWorkforce, p: number, rng: Uniform): void {
  const { counts, hitCount, touched } = state;
  const n = drawHits(
    rng,
    counts,
    state.blockHeads,
    c.progressionProb,
    1,
    p,
    c.juniorBlocks,
    hitCount,
    touched,
  );
  for (let i = 0; i < n; i++) {
    const cell = touched[i]!;
    const k = hitCount[cell]!;
    hitCount[cell] = 0;
    addHeads(state, cell, -k);
    addHeads(state, cell + TENURES, k);
    state.flows.progressions += k;
  }
}
