/**
 * Case-holding FTE for the month's demand step, computed from the workforce as it stands after
 * agency cover: the same definition the recorded `case_holding_fte` metric uses.
 */
import { TENURES } from '../cell-layout.js';
import type { CompiledWorkforce } from '../compile-workforce.js';
import type { ResolvedScenario } from '../resolve-parameters.js';
import { caseHoldingFte } from '../step-caseload.js';
import type { WorkforceState } from '../workforce-state.js';

/**
 * A reader of (permanent FTE weighted by protected caseloads + agency FTE) x (1 - absence), FTE >= 0.
 * Only the first months in post carry a weight below 1 (ASYE, new starters), so the reader subtracts
 * the protected shortfall of those cells from the permanent head count instead of summing every cell.
 */
export function caseHoldingCapacityReader(
  s: ResolvedScenario,
  c: CompiledWorkforce,
  weights: Float64Array,
): (state: WorkforceState) => number {
  const blocks = c.activeBlocks;
  let protectedTenures = 0;
  for (let i = 0; i < blocks.length; i++) {
    const base = blocks[i]! * TENURES;
    for (let t = 0; t < TENURES; t++)
      if (weights[base + t]! !== 1) protectedTenures = Math.max(protectedTenures, t + 1);
  }
  const { ftePerHead } = s.workforce;
  const { absenceRate } = s.caseload;
  return (state) => {
    const { counts } = state;
    let shortfall = 0;
    for (let i = 0; i < blocks.length; i++) {
      const base = blocks[i]! * TENURES;
      for (let t = 0; t < protectedTenures; t++) {
        const n = counts[base + t]!;
        if (n !== 0) shortfall += n * (1 - weights[base + t]!);
      }
    }
    return caseHoldingFte((state.permHeads - shortfall) * ftePerHead, state.agency, absenceRate);
  };
}
