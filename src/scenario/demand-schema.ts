/**
 * Referral demand and case flows (MODEL.md section 5): referrals per month, their outcomes, open
 * CIN / CP / CLA stocks with exit hazards, assessments worked by limited capacity, and changes of
 * social worker. All hazards are probabilities for one simulated month. Without this group the
 * model holds `caseload.openCases` fixed.
 */
import { z } from 'zod';
import { MonthSchema, multiplier, nonNegative, param, probability, share } from './param-schema.js';

export const DemandShockSchema = z.strictObject({
  label: z.string().max(80).optional(),
  /** First calendar month of the shock, YYYY-MM. */
  startMonth: MonthSchema,
  durationMonths: z.int().min(1).max(240),
  /** Multiplier on new (first-time) referrals while the shock lasts, e.g. 1.2 for +20%. */
  multiplier: multiplier(),
});

export const ReferralsSchema = z.strictObject({
  /** Referrals a month at the start month, re-referrals included (the DfE count). */
  baseRatePerMonth: nonNegative(),
  /** Yearly growth of new referrals as a fraction (0.02 = +2% a year), compounded monthly. */
  growthPerYear: param({ min: -0.5, max: 1, what: 'a yearly growth rate' }).default(0),
  /**
   * Negative binomial dispersion k of new referrals a month (variance = mean + mean^2 / k); absent
   * means Poisson.
   */
  dispersion: param({ min: 0.01, max: 1e9, what: 'a dispersion' }).optional(),
  /**
   * Multipliers for January..December; rescaled to average 1, so they move referrals between
   * months without changing the yearly total.
   */
  seasonality: z.array(multiplier()).length(12).default([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
  /** Dated shocks to new referrals; overlapping shocks multiply. */
  shocks: z.array(DemandShockSchema).max(50).default([]),
  /**
   * Share of referrals that are re-referrals within 12 months (DfE definition). Re-referrals come
   * from a pool of recently closed children, with the hazard set so the share holds in steady state.
   */
  reReferralShare: probability().default(0),
});

export const OutcomesSchema = z.strictObject({
  /** Share of referrals closed with no further action, before any assessment. */
  noFurtherActionShare: share(),
  /**
   * Shares of completed assessments ending not in need, in a child protection plan and looked
   * after; the rest open a child in need episode. Scaled down together if they sum above 1.
   */
  notInNeedShare: share(),
  cpShare: share(),
  claShare: share(),
});

export const AssessmentSchema = z.strictObject({
  /**
   * Service rate: assessments a month one case-holding FTE can complete at most (their share of
   * working time for assessments included). Capacity = this x case-holding FTE.
   */
  completionsPerFtePerMonth: nonNegative().default(2.65),
  /** Mean months an assessment stays open when capacity is plentiful (month ends it is open). */
  naturalMeanMonths: param({ min: 0.01, max: 24, what: 'months' }).default(1.42),
  /** Spread (sd of the log) of assessment durations around their mean. */
  durationSpread: param({ min: 0.01, max: 3, what: 'a log-scale spread' }).default(0.29),
  /** Statutory timescale in working days. */
  timescaleWorkingDays: z.number().min(1).max(400).default(45),
});

export const CaseExitsSchema = z.strictObject({
  /** Monthly probability that a child in need episode (not on a plan, not looked after) closes. */
  cinHazardPerMonth: probability(),
  /** Monthly probability that a child protection plan ends. */
  cpHazardPerMonth: probability(),
  /** Of ending CP plans: shares stepping down to a CIN plan and becoming looked after; the rest close. */
  cpStepDownToCinShare: share(),
  cpToClaShare: share().default(0),
  /** Monthly probability that a child stops being looked after. */
  claHazardPerMonth: probability(),
});

export const InitialCasesSchema = z.strictObject({
  /** Assessments in progress at the start. */
  assessments: nonNegative().default(0),
  /** Child in need episodes open at the start, excluding children on CP plans or looked after. */
  cin: nonNegative().default(0),
  cp: nonNegative().default(0),
  cla: nonNegative().default(0),
});

export const ReallocationSchema = z.strictObject({
  /**
   * Changes of social worker a year per open case not caused by a worker leaving or moving (team
   * transfers between assessment, CIN, CP and CLA teams; rebalancing).
   */
  otherChangesPerCasePerYear: nonNegative().default(0),
});

export const DemandSchema = z.strictObject({
  referrals: ReferralsSchema,
  outcomes: OutcomesSchema,
  assessment: AssessmentSchema.prefault({}),
  exits: CaseExitsSchema,
  initial: InitialCasesSchema.prefault({}),
  reallocation: ReallocationSchema.prefault({}),
});
export type Demand = z.output<typeof DemandSchema>;
