/**
 * Turns a resolved scenario's money group into per-month price tables (MODEL.md section 7), once
 * per replication and outside the month loop: full cost of a permanent head by grade (pay point
 * after April pay awards, market supplement, employer NI above the secondary threshold of the
 * month's tax year, pension, apprenticeship levy), the agency charge per FTE (capped from the cap
 * date), net cost per trainee-month by pipeline route, and fixed amounts per month by line
 * (campaigns, fixed lines). Draws no random numbers.
 */
import { PIPELINE_ROUTES } from '../../scenario/routes.js';
import { TENURES } from '../cell-layout.js';
import { type CompiledWorkforce, isOfferTarget } from '../compile-workforce.js';
import { calendarMonthOf, monthsBetween } from '../month-index.js';
import type { ResolvedScenario } from '../resolve-parameters.js';

type ResolvedMoney = NonNullable<ResolvedScenario['money']>;

export const GRADE_ORDER = ['asye', 'social_worker', 'senior'] as const;
export type GradeName = (typeof GRADE_ORDER)[number];

export interface CompiledMoney {
  months: number;
  /** Cost of one permanent head in month m, grade g (GRADE_ORDER): perHead[g * months + m], pounds. */
  perHead: Float64Array;
  /** Charge per agency FTE in month m, pounds. */
  agencyPerFte: Float64Array;
  /** Amounts that do not depend on the workforce, per month, pounds. */
  fixedRecruitment: Float64Array;
  fixedTraining: Float64Array;
  fixedRetention: Float64Array;
  fixedOther: Float64Array;
  costPerHire: number;
  conversionFee: number;
  clawbackPerBreak: number;
  /** Per pipeline cohort (compiled order): net cost per trainee-month by month, or undefined when free. */
  cohortTraineeCost: (Float64Array | undefined)[];
  cohortStartCost: Float64Array;
  /** Retention offers with a payment: offer index, payment per worker per month, eligible cell ranges. */
  retention: { offer: number; costPerWorker: number; ranges: Int32Array }[];
  /** retentionByOffer[i] = position in `retention` of offer i, or -1 when it pays nothing. */
  retentionByOffer: Int32Array;
}

interface Change {
  rate: number;
  flat: number;
}

/** Salary path per month: starts at `start`, then each award month applies its change. */
function payPath(start: number, changes: readonly (Change | undefined)[]): Float64Array {
  const out = new Float64Array(changes.length);
  let pay = start;
  for (let m = 0; m < changes.length; m++) {
    const c = changes[m];
    if (c) pay = Math.max(0, pay * (1 + c.rate) + c.flat);
    out[m] = pay;
  }
  return out;
}

/**
 * Monthly employer cost of one head paid `annualPay` (full-time pounds) at `fte`: pay + employer
 * NI on pay above the monthly secondary threshold + pension + apprenticeship levy.
 */
export function monthlyEmployerCost(
  annualPay: number,
  fte: number,
  niRate: number,
  niThresholdGbp: number,
  pensionRate: number,
  levyRate: number,
): number {
  const pay = (annualPay * fte) / 12;
  return pay * (1 + pensionRate + levyRate) + niRate * Math.max(0, pay - niThresholdGbp / 12);
}

/** The award (if any) taking effect in each month: the named award, else the annual one in award months. */
function awardSchedule(s: ResolvedScenario, money: ResolvedMoney, months: number) {
  const named = new Map<number, Change>();
  for (const a of money.pay.awards) {
    const m = monthsBetween(s.startMonth, a.month);
    if (m < 1 || m >= months) continue;
    const p = named.get(m) ?? { rate: 0, flat: 0 };
    // Two awards in one month compound: (x (1 + r1) + f1) (1 + r2) + f2.
    named.set(m, { rate: (1 + p.rate) * (1 + a.rate) - 1, flat: p.flat * (1 + a.rate) + a.flatGbp });
  }
  const schedule: (Change | undefined)[] = [];
  const first = calendarMonthOf(s.startMonth, 0) - 1;
  for (let m = 0; m < months; m++) {
    const isAwardMonth = m >= 1 && ((first + m) % 12) + 1 === money.pay.awardCalendarMonth;
    schedule.push(named.get(m) ?? (isAwardMonth ? { rate: money.pay.annualAwardRate, flat: 0 } : undefined));
  }
  return schedule;
}

function niBands(s: ResolvedScenario, money: ResolvedMoney, months: number) {
  const bands = money.onCosts.employerNi
    .map((b) => ({ from: monthsBetween(s.startMonth, b.fromMonth), rate: b.rate, threshold: b.thresholdGbp }))
    .sort((a, b) => a.from - b.from);
  const rate = new Float64Array(months);
  const threshold = new Float64Array(months);
  let i = 0;
  for (let m = 0; m < months; m++) {
    while (i + 1 < bands.length && bands[i + 1]!.from <= m) i++;
    rate[m] = bands[i]!.rate;
    threshold[m] = bands[i]!.threshold;
  }
  return { rate, threshold };
}

/** Spreads `total` evenly over months [from, to] (indices, inclusive), adding the part inside the run. */
function spread(into: Float64Array, total: number, from: number, to: number): void {
  const n = to - from + 1;
  if (n <= 0) return;
  for (let m = Math.max(0, from); m <= Math.min(to, into.length - 1); m++) into[m]! += total / n;
}

export function compileMoney(
  s: ResolvedScenario,
  c: CompiledWorkforce,
  routes: readonly string[],
  months: number,
): CompiledMoney | undefined {
  const money = s.money;
  if (!money) return undefined;
  const monthIndex = (m: string) => monthsBetween(s.startMonth, m);
  const fte = s.workforce.ftePerHead;
  const { pensionRate, apprenticeshipLevyRate: levy } = money.onCosts;
  const ni = niBands(s, money, months);
  const awards = awardSchedule(s, money, months);
  const fullCost = (pay: Float64Array, m: number, headFte: number) =>
    monthlyEmployerCost(pay[m]!, headFte, ni.rate[m]!, ni.threshold[m]!, pensionRate, levy);

  const salaries = GRADE_ORDER.map((g) => payPath(money.pay.salaryGbp[g], awards));
  const perHead = new Float64Array(3 * months);
  const fullTimeCost = fte === 1 ? [] : GRADE_ORDER.map(() => new Float64Array(months));
  for (let gi = 0; gi < 3; gi++) {
    const salary = salaries[gi]!;
    const supplement = money.pay.marketSupplementGbp[GRADE_ORDER[gi]!];
    const full = fullTimeCost[gi];
    for (let m = 0; m < months; m++) {
      const annual = salary[m]! + supplement;
      perHead[gi * months + m] = monthlyEmployerCost(
        annual,
        fte,
        ni.rate[m]!,
        ni.threshold[m]!,
        pensionRate,
        levy,
      );
      if (full) full[m] = monthlyEmployerCost(annual, 1, ni.rate[m]!, ni.threshold[m]!, pensionRate, levy);
    }
  }
  /** Full cost of a full-time permanent FTE of grade gi in month m. */
  const fullTime = (gi: number, m: number) => (fte === 1 ? perHead[gi * months + m]! : fullTimeCost[gi]![m]!);

  const a = money.agency;
  const agencyPerFte = new Float64Array(months);
  const perWeekToMonth = a.weeksPerYear / 12;
  const weekly = a.hourlyRateGbp !== undefined ? a.hourlyRateGbp * a.hoursPerWeek : a.weeklyRateGbp;
  const rateChanges = awards.map((x) => (x ? { rate: a.annualIncreaseRate, flat: 0 } : undefined));
  const weeklyPath = weekly === undefined ? undefined : payPath(weekly, rateChanges);
  const premiumGrade = GRADE_ORDER.indexOf(a.premiumGrade);
  const capFrom = a.cap ? monthIndex(a.cap.fromMonth) : Number.POSITIVE_INFINITY;
  for (let m = 0; m < months; m++) {
    const base = weeklyPath
      ? weeklyPath[m]! * perWeekToMonth
      : (1 + (a.premiumOverPermanent ?? 0)) * fullTime(premiumGrade, m);
    let charge = base * a.rateMultiplier;
    if (a.cap && m >= capFrom) {
      const cap = a.cap;
      const capMonthly =
        cap.hourlyGbp !== undefined
          ? cap.hourlyGbp * a.hoursPerWeek * perWeekToMonth
          : cap.weeklyGbp !== undefined
            ? cap.weeklyGbp * perWeekToMonth
            : (1 + (cap.premiumOverPermanent ?? 0)) * fullTime(premiumGrade, m);
      charge = Math.min(charge, capMonthly);
    }
    agencyPerFte[m] = charge;
  }

  const fixedRecruitment = new Float64Array(months);
  const fixedTraining = new Float64Array(months);
  const fixedRetention = new Float64Array(months);
  const fixedOther = new Float64Array(months);
  for (const campaign of s.campaigns)
    spread(
      fixedRecruitment,
      campaign.costGbp,
      monthIndex(campaign.startMonth),
      monthIndex(campaign.endMonth),
    );
  const swPay = salaries[1]!;
  const byLine = {
    recruitment: fixedRecruitment,
    training: fixedTraining,
    retention: fixedRetention,
    other: fixedOther,
  };
  for (const f of money.fixedCosts) {
    const from = f.fromMonth === undefined ? 0 : Math.max(0, monthIndex(f.fromMonth));
    const to = f.toMonth === undefined ? months - 1 : Math.min(months - 1, monthIndex(f.toMonth));
    for (let m = from; m <= to; m++) {
      const index = f.upratedWithPay && swPay[0]! > 0 ? swPay[m]! / swPay[0]! : 1;
      byLine[f.line][m]! += (f.costPerYearGbp / 12) * index;
    }
  }

  const routeCost = new Map<string, Float64Array>();
  for (const route of PIPELINE_ROUTES) {
    const r = money.training.routes[route];
    if (!r) continue;
    const salary = payPath(r.salaryGbp, awards);
    const perMonth = new Float64Array(months);
    for (let m = 0; m < months; m++) {
      perMonth[m] =
        r.bursaryPerTraineePerMonthGbp +
        r.backfillPerTraineePerMonthGbp +
        r.otherPerTraineePerMonthGbp +
        (r.salaryGbp > 0 ? fullCost(salary, m, 1) : 0) -
        r.levyFundingPerTraineePerMonthGbp;
    }
    routeCost.set(route, perMonth);
  }
  const cohortTraineeCost = c.cohorts.map((cohort) => routeCost.get(cohort.route));
  const cohortStartCost = Float64Array.from(
    c.cohorts,
    (cohort) => (money.training.routes[cohort.route]?.costPerStartGbp ?? 0) * cohort.size,
  );

  const retention: CompiledMoney['retention'] = [];
  const retentionByOffer = new Int32Array(s.retentionOffers.length).fill(-1);
  s.retentionOffers.forEach((offer, i) => {
    if (!(offer.costPerWorkerPerMonthGbp > 0)) return;
    const ranges: number[] = [];
    for (const block of c.activeBlocks) {
      for (let cell = block * TENURES; cell < (block + 1) * TENURES; cell++) {
        if (!isOfferTarget(offer, routes, cell)) continue;
        if (ranges.length > 0 && ranges.at(-1) === cell) ranges[ranges.length - 1] = cell + 1;
        else ranges.push(cell, cell + 1);
      }
    }
    retentionByOffer[i] = retention.length;
    retention.push({
      offer: i,
      costPerWorker: offer.costPerWorkerPerMonthGbp,
      ranges: Int32Array.from(ranges),
    });
  });

  return {
    months,
    perHead,
    agencyPerFte,
    fixedRecruitment,
    fixedTraining,
    fixedRetention,
    fixedOther,
    costPerHire: money.recruitment.costPerHireGbp,
    conversionFee: money.recruitment.agencyConversionFeeGbp,
    clawbackPerBreak: money.training.clawbackPerTieInBreakGbp,
    cohortTraineeCost,
    cohortStartCost,
    retention,
    retentionByOffer,
  };
}
