/**
 * What one starter in post costs the council, by entry route, for the grow-your-own economics.
 * The one-off costs come from the scenario's money group when it has one (route-money.ts); without
 * it, the documented assumptions below (pounds, 2025 prices); callers may pass their own. Pipeline routes
 * are costed per trainee and divided by the share of trainees who become starters here
 * (completion x take-up), so dropouts are paid for. Every route also pays for the capacity lost
 * while a starter carries a protected caseload (ASYE, new-starter ramp-up), valued at the monthly
 * permanent cost, weighted by the chance the starter is still in post.
 */
import type { ResolvedScenario } from '../model/resolve-parameters.js';
import { ASYE_MONTHS, ASYE_ROUTES, type PipelineRoute, type Route } from '../scenario/routes.js';
import { moneyOf, moneyRouteCost, socialWorkerCostPerMonth } from './route-money.js';

export interface RouteCostAssumption {
  /** One-off cost to the council per starter, or per trainee for pipeline routes, pounds. */
  oneOffGbp: number;
  perTrainee: boolean;
  /** Completion x take-up used when the scenario has no settings for the pipeline route. */
  defaultStarterShare?: number;
  source: string;
}

/**
 * Monthly cost of a permanent FTE, pounds: figures.md C.12 build-up for a £40,000 salary
 * (salary + employer NI + apprenticeship levy + 20% LGPS placeholder = £53,450 a year / 12).
 */
export const PERMANENT_COST_PER_FTE_MONTH_GBP = 4454;

export const ROUTE_COST_ASSUMPTIONS: Readonly<Record<Route, RouteCostAssumption>> = {
  nq: {
    oneOffGbp: 2000,
    perTrainee: false,
    source:
      'assumption: advertising, assessment centre, checks and induction for a newly qualified hire (range £1,000-4,000)',
  },
  step_up: {
    oneOffGbp: 8000,
    perTrainee: true,
    defaultStarterShare: 0.9 * 0.8,
    source:
      'assumption: council share of a Step Up trainee (placements, practice educator, partnership costs); DfE pays the £21,995 bursary and fees (figures.md section 7) (range £4,000-15,000); default completion 0.9 x take-up 0.8',
  },
  apprenticeship: {
    oneOffGbp: 20000,
    perTrainee: true,
    defaultStarterShare: 0.827 * 0.9,
    source:
      'assumption: backfill of 20% off-the-job time for 36 months on about £32,000 employment cost, fees met from the levy (range £10,000-40,000); default completion 0.827 (first cohort qualified, figures.md section 7) x take-up 0.9',
  },
  frontline: {
    oneOffGbp: 10000,
    perTrainee: true,
    defaultStarterShare: 0.93 * 0.8,
    source:
      'assumption: host-council costs of a Frontline participant (consultant social worker time, unit overheads); programme funded by DfE (range £5,000-20,000); default completion 0.93 (figures.md section 4) x take-up 0.8',
  },
  experienced: {
    oneOffGbp: 4000,
    perTrainee: false,
    source:
      'assumption: advertising, recruitment agency or campaign share, interviews, checks and induction per experienced hire (range £2,000-8,000)',
  },
  agency_conversion: {
    oneOffGbp: 5000,
    perTrainee: false,
    source:
      'assumption: agency temp-to-permanent transfer fee, about 12% of a £40,000 salary (range £3,000-8,000)',
  },
};

const isPipeline = (route: Route): route is PipelineRoute =>
  route === 'step_up' || route === 'apprenticeship' || route === 'frontline';

/** Share of trainees who start in post here (1 for routes without a pipeline). */
export function starterShare(s: ResolvedScenario, route: Route): number {
  if (!isPipeline(route)) return 1;
  const spec = s.pipelines.routes[route];
  if (spec) return spec.completionProbability * spec.takeUpProbability;
  return ROUTE_COST_ASSUMPTIONS[route].defaultStarterShare ?? 1;
}

/** Capacity weight of a starter at `tenure` months in post, as the caseload step sets it. */
function capacityWeight(s: ResolvedScenario, route: Route, tenure: number): number {
  const c = s.caseload;
  let w = ASYE_ROUTES.includes(route) && tenure < ASYE_MONTHS ? c.asyeCaseloadWeight : 1;
  if (tenure < c.newStarterMonths) w = Math.min(w, c.newStarterCaseloadWeight);
  return w;
}

export interface StarterCost {
  gbp: number;
  source: 'given' | 'money group' | 'money group (hire) + assumption (training)' | 'assumption';
}

/**
 * One-off cost per starter in post, pounds: `givenGbp` when passed (per trainee for pipeline
 * routes); else the money group's hire cost (+ conversion fee, + training per trainee), using the
 * assumption for a pipeline route whose training the money group does not cost; else the
 * assumption. Per-trainee costs are divided by the share of trainees who start here.
 */
export function oneOffCostPerStarter(s: ResolvedScenario, route: Route, givenGbp?: number): StarterCost {
  const assumption = ROUTE_COST_ASSUMPTIONS[route];
  const share = assumption.perTrainee ? starterShare(s, route) : 1;
  const perStarter = (perTrainee: number) => (share > 0 ? perTrainee / share : Number.POSITIVE_INFINITY);
  if (givenGbp !== undefined) return { gbp: perStarter(givenGbp), source: 'given' };
  const money = moneyRouteCost(s, route);
  if (!money) return { gbp: perStarter(assumption.oneOffGbp), source: 'assumption' };
  if (!assumption.perTrainee) return { gbp: money.perStarterGbp, source: 'money group' };
  const training = money.perTraineeGbp ?? assumption.oneOffGbp;
  return {
    gbp: money.perStarterGbp + perStarter(training),
    source: money.perTraineeGbp === undefined ? 'money group (hire) + assumption (training)' : 'money group',
  };
}

/** Monthly employer cost of a social worker FTE: from the money group when given, else figures.md C.12. */
export function permanentCostPerFteMonth(s: ResolvedScenario): number {
  const money = moneyOf(s);
  return money ? socialWorkerCostPerMonth(s, money) : PERMANENT_COST_PER_FTE_MONTH_GBP;
}

/**
 * Capacity lost while a starter carries a protected caseload, pounds: sum over months in post t
 * of S(t) (1 - weight(t)) x FTE per head x the monthly permanent cost, where `survival[t]` is the
 * share still in post at t months.
 */
export function protectedCaseloadCost(s: ResolvedScenario, route: Route, survival: Float64Array): number {
  let lostFteMonths = 0;
  for (let t = 0; t < survival.length; t++) lostFteMonths += survival[t]! * (1 - capacityWeight(s, route, t));
  return lostFteMonths * s.workforce.ftePerHead * permanentCostPerFteMonth(s);
}
