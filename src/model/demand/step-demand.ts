/**
 * Step 7b of the month (MODEL.md section 5): referrals and re-referrals arrive, some close with no
 * further action, the rest join the assessment backlog; the workforce completes what its capacity
 * allows and completed assessments end not in need or open a CIN episode, a CP plan or care; open
 * CIN, CP and CLA cases close with monthly hazards (CP plans may step down to CIN or lead to care).
 * Re-referrals come from the expected pool of recently closed children. Aggregate stocks and
 * binomial / Poisson / gamma-mixed Poisson draws only, from the demand process's own streams, so
 * switching demand on never moves the workforce's random numbers.
 */
import { createStream, type Uniform } from '../../rng/create-stream.js';
import { sampleBinomial } from '../../rng/sample-binomial.js';
import { sampleGamma } from '../../rng/sample-gamma.js';
import { samplePoisson } from '../../rng/sample-poisson.js';
import type { Demand } from '../../scenario/demand-schema.js';
import type { Resolved, ResolvedScenario } from '../resolve-parameters.js';
import { expectedCompletions, shareWithinTimescale } from './assessment-queue.js';
import { unitMeanScale } from './caseload-spread.js';
import { type CompiledDemand, compileDemand } from './compile-demand.js';

export interface DemandState {
  /** Expected number of children closed in roughly the last 12 months who may be re-referred. */
  pool: number;
  assessments: number;
  cin: number;
  cp: number;
  cla: number;
  /** This month's flows and the share of completions within the timescale. */
  referrals: number;
  started: number;
  completed: number;
  inTimescale: number;
}

export interface DemandProcess {
  c: CompiledDemand;
  state: DemandState;
  /** Weibull shape of the load spread across workers and its unit-mean scale. */
  spreadShape: number;
  scale1: number;
  /** Referrals draw from their own stream so capacity changes never shift them. */
  rng: { referrals: Uniform; cases: Uniform };
}

export function createDemand(
  s: ResolvedScenario,
  d: Resolved<Demand>,
  months: number,
  seed: string,
  rep: number,
): DemandProcess {
  const c = compileDemand(s, d, months);
  return {
    c,
    state: {
      pool: c.initialPool,
      ...c.initial,
      referrals: 0,
      started: 0,
      completed: 0,
      inTimescale: 0,
    },
    spreadShape: s.caseload.spreadShape,
    scale1: unitMeanScale(s.caseload.spreadShape),
    rng: {
      referrals: createStream(seed, rep, 'demand'),
      cases: createStream(seed, rep, 'demand:cases'),
    },
  };
}

/** Open cases held by social workers: assessments in progress plus CIN, CP and CLA. */
export const openCasesOf = (st: DemandState): number => st.assessments + st.cin + st.cp + st.cla;

/**
 * Month 0: the timeliness the starting backlog implies at the starting capacity, with a month of
 * expected starts added (no draws).
 */
export function primeDemand(d: DemandProcess, capacityFte: number): void {
  const { c, state } = d;
  const referrals = (c.newReferralMean[0] ?? 0) + c.reReferralHazard * state.pool;
  const open = state.assessments + referrals * (1 - c.noFurtherAction);
  const done = expectedCompletions(
    open,
    c.naturalProbability,
    c.serviceRatePerFte * capacityFte,
    d.spreadShape,
    d.scale1,
  );
  state.inTimescale = shareWithinTimescale(open - done, done, c.limitMonths, c.durationSpread);
}

/** One month of demand; `capacityFte` is case-holding FTE after this month's workforce steps. */
export function stepDemand(d: DemandProcess, month: number, capacityFte: number): void {
  const { c, state, rng } = d;

  // Referrals. New referrals are negative binomial, i.e. Poisson with a gamma-distributed mean G
  // (Greenwood & Yule); re-referrals are Poisson with mean h x pool; the month's total is therefore
  // one Poisson draw with mean G + h x pool (the sum of independent Poissons).
  const newMean = c.newReferralMean[month]!;
  const mixed =
    newMean > 0 && c.dispersion !== Number.POSITIVE_INFINITY
      ? sampleGamma(rng.referrals, c.dispersion, newMean / c.dispersion)
      : newMean;
  const referrals = samplePoisson(rng.referrals, mixed + c.reReferralHazard * state.pool);
  const nfa = sampleBinomial(rng.referrals, referrals, c.noFurtherAction);
  let closed = nfa;

  // Open cases close or move on (from the stocks at the start of the month).
  const cinExits = sampleBinomial(rng.cases, state.cin, c.cinHazard);
  const cpExits = sampleBinomial(rng.cases, state.cp, c.cpHazard);
  const cpToCin = sampleBinomial(rng.cases, cpExits, c.cpStepDown);
  const cpToCla = sampleBinomial(rng.cases, cpExits - cpToCin, c.cpToClaGivenNotStepDown);
  const claExits = sampleBinomial(rng.cases, state.cla, c.claHazard);
  closed += cinExits + (cpExits - cpToCin - cpToCla) + claExits;

  // Assessments: the backlog plus new starts, completed as capacity allows.
  const started = referrals - nfa;
  const open = state.assessments + started;
  const expected = expectedCompletions(
    open,
    c.naturalProbability,
    c.serviceRatePerFte * capacityFte,
    d.spreadShape,
    d.scale1,
  );
  const completed = open > 0 ? sampleBinomial(rng.cases, open, Math.min(1, expected / open)) : 0;
  const notInNeed = sampleBinomial(rng.cases, completed, c.notInNeed);
  const inNeed = completed - notInNeed;
  const toCp = sampleBinomial(rng.cases, inNeed, c.cpGivenNeed);
  const toCla = sampleBinomial(rng.cases, inNeed - toCp, c.claGivenNotCp);
  const toCin = inNeed - toCp - toCla;
  closed += notInNeed;

  state.assessments = open - completed;
  state.cin += toCin + cpToCin - cinExits;
  state.cp += toCp - cpExits;
  state.cla += toCla + cpToCla - claExits;
  state.pool = state.pool * (1 - c.reReferralHazard) * (1 - c.poolExitHazard) + closed;
  state.referrals = referrals;
  state.started = started;
  state.completed = completed;
  state.inTimescale = shareWithinTimescale(state.assessments, completed, c.limitMonths, c.durationSpread);
}
