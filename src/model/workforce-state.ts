/** The mutable state of one replication's workforce, and its set-up at the start month. */

import type { Uniform } from '../rng/create-stream.js';
import { sampleBinomial } from '../rng/sample-binomial.js';
import { BLOCKS, CELLS, cellIndex, routeIndex, TENURES } from './cell-layout.js';
import type { CompiledWorkforce } from './compile-workforce.js';
import type { ResolvedScenario } from './resolve-parameters.js';

export const RELEASE_RING = 8;
export const RETURN_RING = 32;
export const OFFER_RING = 16;

export interface MonthFlows {
  starters: number;
  leavers: number;
  leaversToOtherCouncil: number;
  leaversToAgency: number;
  leaversOutOfSector: number;
  agencyStarts: number;
  agencyEnds: number;
  agencyConversions: number;
  pipelineCompleters: number;
  tieInBreaks: number;
  /** Progressions to senior (heads): an internal move that hands the worker's cases on. */
  progressions: number;
}

export const emptyFlows = (): MonthFlows => ({
  starters: 0,
  leavers: 0,
  leaversToOtherCouncil: 0,
  leaversToAgency: 0,
  leaversOutOfSector: 0,
  agencyStarts: 0,
  agencyEnds: 0,
  agencyConversions: 0,
  pipelineCompleters: 0,
  tieInBreaks: 0,
  progressions: 0,
});

export interface WorkforceState {
  counts: Int32Array;
  /** Heads per block (route x senior): the sum of `counts` over the block's cells. */
  blockHeads: Int32Array;
  permHeads: number;
  /** Effective leaving hazard per cell (base x active retention offers) and its maximum. */
  hazard: Float64Array;
  hazardMax: number;
  /** Product of the active retention-offer multipliers per cell. */
  offerScale: Float64Array;
  /** The active retention offers the hazard table was built for (compared by reference). */
  activeOffers: readonly number[] | undefined;
  establishment: number;
  agency: number;
  onNotice: number;
  releaseQueue: Int32Array;
  returnQueue: Int32Array;
  offerQueue: Int32Array;
  offersPending: number;
  trainees: Int32Array;
  /** Leavers FTE in each of the last 12 months (ring by month index). */
  leaverWindow: Float64Array;
  /** Leaving-hazard multiplier and surge flag from last month's caseload (feedback). */
  pressureMultiplier: number;
  surge: boolean;
  flows: MonthFlows;
  hitCount: Int32Array;
  touched: Int32Array;
}

export function createWorkforceState(
  s: ResolvedScenario,
  compiled: CompiledWorkforce,
  pipelineRng: Uniform,
): WorkforceState {
  const counts = new Int32Array(CELLS);
  const blockHeads = new Int32Array(BLOCKS);
  let permHeads = 0;
  for (const group of s.initial.permanent) {
    const cell = cellIndex(routeIndex(group.route), group.grade === 'senior' ? 1 : 0, group.monthsInPost);
    counts[cell]! += group.count;
    blockHeads[(cell / TENURES) | 0]! += group.count;
    permHeads += group.count;
  }
  const lag = s.recruitment.noticeLagMonths;
  const offerQueue = new Int32Array(OFFER_RING);
  const accepted = s.initial.offersAccepted;
  for (let k = 0; k < Math.max(1, lag); k++) {
    offerQueue[k % OFFER_RING]! +=
      Math.floor(accepted / Math.max(1, lag)) + (k < accepted % Math.max(1, lag) ? 1 : 0);
  }
  const trainees = new Int32Array(compiled.cohorts.length);
  compiled.cohorts.forEach((c, i) => {
    if (c.start < 0) trainees[i] = sampleBinomial(pipelineRng, c.size, (1 - c.dropoutHazard) ** -c.start);
  });
  return {
    counts,
    blockHeads,
    permHeads,
    hazard: new Float64Array(CELLS),
    hazardMax: 0,
    offerScale: new Float64Array(CELLS).fill(1),
    activeOffers: undefined,
    establishment: s.establishment.initialFte,
    agency: s.initial.agency,
    onNotice: 0,
    releaseQueue: new Int32Array(RELEASE_RING),
    returnQueue: new Int32Array(RETURN_RING),
    offerQueue,
    offersPending: accepted,
    trainees,
    leaverWindow: new Float64Array(12),
    pressureMultiplier: 1,
    surge: false,
    flows: emptyFlows(),
    hitCount: new Int32Array(CELLS),
    touched: new Int32Array(CELLS),
  };
}

/** Vacant posts not already promised to an accepted offer, in whole heads. */
export function freeVacancyHeads(state: WorkforceState, ftePerHead: number): number {
  const vacantHeads = Math.floor((state.establishment - state.permHeads * ftePerHead) / ftePerHead + 1e-9);
  return Math.max(0, vacantHeads - state.offersPending);
}

/** Adds `heads` (negative to remove) permanent workers to a cell, keeping the totals in step. */
export function addHeads(state: WorkforceState, cell: number, heads: number): void {
  state.counts[cell]! += heads;
  state.blockHeads[(cell / TENURES) | 0]! += heads;
  state.permHeads += heads;
}
