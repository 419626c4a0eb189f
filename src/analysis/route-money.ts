/**
 * Route costs read from the scenario's money group (MODEL.md section 7) when it has one: the cost
 * per hire (every permanent starter), the agency conversion fee, and for pipeline routes the cost
 * per trainee (start cost plus monthly bursary, backfill, other costs and on-costed salary, less
 * levy funding, over the expected months in training given dropouts), all at start-month prices.
 */
import { monthlyEmployerCost } from '../model/money/compile-money.js';
import type { ResolvedScenario } from '../model/resolve-parameters.js';
import type { Route } from '../scenario/routes.js';

type Money = NonNullable<ResolvedScenario['money']>;

export const moneyOf = (s: ResolvedScenario): Money | undefined => s.money;

/** Employer cost per month of one full-time head on `annualPayGbp`, with the NI band of `month`. */
export function monthlyEmployerCostGbp(money: Money, annualPayGbp: number, month: string): number {
  const bands = [...money.onCosts.employerNi].sort((a, b) => (a.fromMonth < b.fromMonth ? -1 : 1));
  const band = [...bands].reverse().find((b) => b.fromMonth <= month) ?? bands[0]!;
  const { pensionRate, apprenticeshipLevyRate } = money.onCosts;
  return monthlyEmployerCost(
    annualPayGbp,
    1,
    band.rate,
    band.thresholdGbp,
    pensionRate,
    apprenticeshipLevyRate,
  );
}

/** Monthly employer cost of a social worker (salary + market supplement) in the start month. */
export const socialWorkerCostPerMonth = (s: ResolvedScenario, money: Money): number =>
  monthlyEmployerCostGbp(
    money,
    money.pay.salaryGbp.social_worker + money.pay.marketSupplementGbp.social_worker,
    s.startMonth,
  );

/** Expected months a trainee spends in training: sum over months k < d of (1 - dropout)^k. */
function expectedTraineeMonths(s: ResolvedScenario, route: Route): number | undefined {
  const spec = s.pipelines.routes[route as keyof typeof s.pipelines.routes];
  if (!spec) return undefined;
  const stay = spec.completionProbability ** (1 / spec.durationMonths);
  let months = 0;
  for (let k = 0; k < spec.durationMonths; k++) months += stay ** k;
  return months;
}

export interface MoneyRouteCost {
  /** Cost per starter in post (hire cost, conversion fee). */
  perStarterGbp: number;
  /** Training cost per trainee, or undefined when the money group does not cost this route's training. */
  perTraineeGbp: number | undefined;
}

/** The money group's costs for one route, or undefined when the scenario has no money group. */
export function moneyRouteCost(s: ResolvedScenario, route: Route): MoneyRouteCost | undefined {
  const money = s.money;
  if (!money) return undefined;
  const perStarterGbp =
    money.recruitment.costPerHireGbp +
    (route === 'agency_conversion' ? money.recruitment.agencyConversionFeeGbp : 0);
  const training = money.training.routes[route as keyof typeof money.training.routes];
  const months = expectedTraineeMonths(s, route);
  if (!training || months === undefined) return { perStarterGbp, perTraineeGbp: undefined };
  const salary = training.salaryGbp > 0 ? monthlyEmployerCostGbp(money, training.salaryGbp, s.startMonth) : 0;
  const monthly =
    training.bursaryPerTraineePerMonthGbp +
    training.backfillPerTraineePerMonthGbp +
    training.otherPerTraineePerMonthGbp +
    salary -
    training.levyFundingPerTraineePerMonthGbp;
  return { perStarterGbp, perTraineeGbp: training.costPerStartGbp + months * monthly };
}
