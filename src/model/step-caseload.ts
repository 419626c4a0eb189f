/**
 * Step 8 of the month (MODEL.md sections 5 and 6): case-holding capacity net of absence, with
 * protected caseloads for ASYE workers and new starters, caseload per FTE, and the pressure
 * feedback that next month's leaving hazards and agency surge cover read.
 */
import { blockCells, CELLS, cellTenure, isAsyeCell } from './cell-layout.js';
import type { ResolvedScenario } from './resolve-parameters.js';
import type { WorkforceState } from './workforce-state.js';

/** Capacity weight per cell: 1 for an established worker, less for ASYE and new starters. */
export function capacityWeights(s: ResolvedScenario, blocks: Int32Array): Float64Array {
  const weights = new Float64Array(CELLS);
  const { asyeCaseloadWeight, newStarterMonths, newStarterCaseloadWeight } = s.caseload;
  for (const cell of blockCells(blocks)) {
    let w = isAsyeCell(cell) ? asyeCaseloadWeight : 1;
    if (cellTenure(cell) < newStarterMonths) w = Math.min(w, newStarterCaseloadWeight);
    weights[cell] = w;
  }
  return weights;
}

/**
 * Case-holding FTE = (permanent FTE weighted by protected caseloads + agency FTE) x (1 - absence).
 * Caseload per FTE divides open cases by that capacity floored at 1 FTE, so a service with no
 * case-holders reports all its open cases as one worker's caseload rather than dividing by zero.
 */
export const caseHoldingFte = (
  weightedPermanentFte: number,
  agencyFte: number,
  absenceRate: number,
): number => (weightedPermanentFte + agencyFte) * (1 - absenceRate);

export const caseloadPerFte = (openCases: number, capacityFte: number): number =>
  openCases / Math.max(1, capacityFte);

/** Sets next month's leaving-hazard multiplier and surge flag from this month's caseload. */
export function applyPressure(state: WorkforceState, s: ResolvedScenario, caseload: number): void {
  const f = s.feedback;
  if (!f.enabled) return;
  const threshold = Math.max(f.caseloadThreshold, 1e-9);
  const excess = Math.max(0, caseload - threshold) / threshold;
  state.pressureMultiplier = 1 + f.strength * excess;
  state.surge = caseload > threshold;
}
