/**
 * Turns a resolved `demand` group into the numbers the month step reads: the mean of new referrals
 * in every month (base x growth x seasonality x shocks), the re-referral hazard, and conditional
 * probabilities for splitting outcomes with sequential binomial draws. Built once per replication.
 */
import type { Demand } from '../../scenario/demand-schema.js';
import { calendarMonthOf, monthsBetween } from '../month-index.js';
import type { Resolved, ResolvedScenario } from '../resolve-parameters.js';
import { WORKING_DAYS_PER_MONTH } from './assessment-queue.js';

/** Months a closed child stays in the recently-closed pool on average (the DfE 12-month window). */
export const POOL_MEMORY_MONTHS = 12;

export interface CompiledDemand {
  /** Mean new (first-time) referrals in month m = 0..months-1. */
  newReferralMean: Float64Array;
  /** Negative binomial dispersion of new referrals; Infinity for Poisson. */
  dispersion: number;
  /** Monthly re-referral probability of a recently closed child, and the pool's ageing-out probability. */
  reReferralHazard: number;
  poolExitHazard: number;
  initialPool: number;
  noFurtherAction: number;
  /** P(not in need), P(CP | not 'not in need'), P(CLA | neither): sequential binomial splits. */
  notInNeed: number;
  cpGivenNeed: number;
  claGivenNotCp: number;
  cinHazard: number;
  cpHazard: number;
  claHazard: number;
  /** Of ending CP plans: P(step down to CIN), P(looked after | not stepping down). */
  cpStepDown: number;
  cpToClaGivenNotStepDown: number;
  serviceRatePerFte: number;
  /** Natural monthly completion probability 1 / (1 + natural mean months). */
  naturalProbability: number;
  limitMonths: number;
  durationSpread: number;
  initial: { assessments: number; cin: number; cp: number; cla: number };
}

const ratio = (a: number, b: number) => (b > 0 ? Math.min(1, a / b) : 0);

/**
 * The re-referral hazard h that makes re-referrals a share s of referrals in steady state when every
 * closed child joins a pool left at 1/12 a month: with closures = referrals T, pool P = T / (h + a -
 * h a) and h P = s T, so h = s a / (1 - s + s a), a = 1/12.
 */
export function reReferralHazard(share: number): number {
  const a = 1 / POOL_MEMORY_MONTHS;
  return share <= 0 ? 0 : (share * a) / (1 - share + share * a);
}

export function compileDemand(s: ResolvedScenario, d: Resolved<Demand>, months: number): CompiledDemand {
  const r = d.referrals;
  const seasonMean = r.seasonality.reduce((a, b) => a + b, 0) / 12;
  const newReferralMean = new Float64Array(months);
  const shocks = r.shocks.map((shock) => ({
    from: monthsBetween(s.startMonth, shock.startMonth),
    months: shock.durationMonths,
    multiplier: shock.multiplier,
  }));
  for (let m = 0; m < months; m++) {
    let mean = r.baseRatePerMonth * (1 - r.reReferralShare) * (1 + r.growthPerYear) ** (m / 12);
    mean *= seasonMean > 0 ? r.seasonality[calendarMonthOf(s.startMonth, m) - 1]! / seasonMean : 0;
    for (const shock of shocks)
      if (m >= shock.from && m < shock.from + shock.months) mean *= shock.multiplier;
    newReferralMean[m] = mean;
  }

  const h = reReferralHazard(r.reReferralShare);
  const a = 1 / POOL_MEMORY_MONTHS;
  const o = d.outcomes;
  const outcomeTotal = o.notInNeedShare + o.cpShare + o.claShare;
  const scale = outcomeTotal > 1 ? 1 / outcomeTotal : 1;
  const nin = o.notInNeedShare * scale;
  const cp = o.cpShare * scale;
  const cla = o.claShare * scale;
  const e = d.exits;
  const exitTotal = e.cpStepDownToCinShare + e.cpToClaShare;
  const exitScale = exitTotal > 1 ? 1 / exitTotal : 1;
  const stepDown = e.cpStepDownToCinShare * exitScale;
  const round = (x: number) => Math.max(0, Math.round(x));

  return {
    newReferralMean,
    dispersion: r.dispersion ?? Number.POSITIVE_INFINITY,
    reReferralHazard: h,
    poolExitHazard: a,
    initialPool: h > 0 ? r.baseRatePerMonth / (h + a - h * a) : 0,
    noFurtherAction: o.noFurtherActionShare,
    notInNeed: nin,
    cpGivenNeed: ratio(cp, 1 - nin),
    claGivenNotCp: ratio(cla, 1 - nin - cp),
    cinHazard: e.cinHazardPerMonth,
    cpHazard: e.cpHazardPerMonth,
    claHazard: e.claHazardPerMonth,
    cpStepDown: stepDown,
    cpToClaGivenNotStepDown: ratio(e.cpToClaShare * exitScale, 1 - stepDown),
    serviceRatePerFte: d.assessment.completionsPerFtePerMonth,
    naturalProbability: 1 / (1 + d.assessment.naturalMeanMonths),
    limitMonths: d.assessment.timescaleWorkingDays / WORKING_DAYS_PER_MONTH,
    durationSpread: d.assessment.durationSpread,
    initial: {
      assessments: round(d.initial.assessments),
      cin: round(d.initial.cin),
      cp: round(d.initial.cp),
      cla: round(d.initial.cla),
    },
  };
}
