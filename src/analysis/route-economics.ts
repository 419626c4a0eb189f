/**
 * Grow-your-own route economics (MODEL.md section 1, HR's question): for each entry route, the
 * share of a cohort of starters still in post after 1, 3 and 5 years, with a band from parameter
 * uncertainty (P10-P90 over replications of the exact survival product for that replication's
 * parameters) and a wider band that adds the binomial noise of a cohort of the route's size; and
 * the cost per retained FTE-year, so routes can be ranked. Parameter draws use the same named
 * uniforms as the simulation, so replication r here has the parameters of replication r there.
 */
import { findUncertainParameters, resolveScenario, scenarioAtQuantile } from '../model/resolve-parameters.js';
import { uniformFor } from '../rng/create-stream.js';
import { ROUTES, type Route } from '../scenario/routes.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { mixtureShareQuantiles } from './binomial-mixture.js';
import { type Spread, spreadOf } from './paired-stats.js';
import {
  oneOffCostPerStarter,
  protectedCaseloadCost,
  ROUTE_COST_ASSUMPTIONS,
  type StarterCost,
  starterShare,
} from './route-costs.js';
import { routeSurvival } from './route-survival.js';

export interface RouteEconomicsSpec {
  scenario: Scenario;
  seed: string;
  /** Parameter draws (replications), e.g. 1000. */
  runs: number;
  /** Years in post followed (default 5); retention is reported at 1, 3 and 5 years within it. */
  years?: number;
  /** Starters per cohort for the cohort band; default from the scenario, else 10. */
  cohortSizes?: Partial<Record<Route, number>>;
  /** One-off cost per starter (per trainee for pipeline routes), pounds; default the assumptions. */
  costsGbp?: Partial<Record<Route, number>>;
}

export interface RetainedAt {
  months: number;
  /** Mean share in post. */
  mean: number;
  /** P10-P90 of the expected share across parameter draws. */
  parameterBand: [number, number];
  /** P10-P90 of the share retained from one cohort of `cohortSize` starters. */
  cohortBand: [number, number];
}

export interface RouteEconomicsRow {
  route: Route;
  cohortSize: number;
  cohortSizeSource: 'given' | 'scenario' | 'default';
  /** Mean share in post at 0..years x 12 months in post. */
  curve: number[];
  retained: RetainedAt[];
  /** FTE-years in post per starter within the period followed. */
  fteYearsPerStarter: Spread;
  costPerStarterGbp: Spread;
  costPerRetainedFteYearGbp: Spread;
  costSource: string;
  /** 1 = lowest mean cost per retained FTE-year. */
  rank: number;
}

export const DEFAULT_COHORT_SIZE = 10;

function costSourceText(source: StarterCost['source'], route: Route): string {
  const assumption = ROUTE_COST_ASSUMPTIONS[route].source;
  if (source === 'money group (hire) + assumption (training)')
    return `money group (hire) + training ${assumption}`;
  return source === 'assumption' ? assumption : source;
}
const REPORT_MONTHS = [12, 36, 60];

/** Typical starters per cohort on each route from the scenario at its medians, when it has one. */
function scenarioCohortSize(scenario: Scenario, route: Route): number | undefined {
  const s = scenarioAtQuantile(scenario, 0.5);
  if (route === 'nq' && s.recruitment.nqIntakes.length > 0) {
    return s.recruitment.nqIntakes.reduce((sum, i) => sum + Math.round(i.places) * i.fillProbability, 0);
  }
  const cohorts = s.pipelines.cohorts.filter((c) => c.route === route);
  if (cohorts.length === 0) return undefined;
  const trainees = cohorts.reduce((sum, c) => sum + Math.round(c.size), 0) / cohorts.length;
  return trainees * starterShare(s, route);
}

function cohortSizeFor(
  spec: RouteEconomicsSpec,
  route: Route,
): Pick<RouteEconomicsRow, 'cohortSize' | 'cohortSizeSource'> {
  const given = spec.cohortSizes?.[route];
  if (given !== undefined) return { cohortSize: Math.max(1, Math.round(given)), cohortSizeSource: 'given' };
  const fromScenario = scenarioCohortSize(spec.scenario, route);
  if (fromScenario !== undefined && fromScenario >= 0.5)
    return { cohortSize: Math.round(fromScenario), cohortSizeSource: 'scenario' };
  return { cohortSize: DEFAULT_COHORT_SIZE, cohortSizeSource: 'default' };
}

export function routeEconomics(spec: RouteEconomicsSpec): RouteEconomicsRow[] {
  const months = Math.round((spec.years ?? 5) * 12);
  const { runs, seed, scenario } = spec;
  if (!(runs >= 1 && months >= 1)) throw new Error('routeEconomics: runs and years must be positive');
  const uncertain = findUncertainParameters(scenario);
  const reported = REPORT_MONTHS.filter((m) => m <= months);
  const acc = ROUTES.map(() => ({
    curve: new Float64Array(months + 1),
    at: reported.map(() => new Float64Array(runs)),
    fteYears: new Float64Array(runs),
    cost: new Float64Array(runs),
    costPerFteYear: new Float64Array(runs),
    source: 'assumption' as StarterCost['source'],
  }));

  for (let r = 0; r < runs; r++) {
    const s = resolveScenario(scenario, uncertain, (path) => uniformFor(seed, r, `param:${path}`));
    ROUTES.forEach((route, i) => {
      const a = acc[i]!;
      const curve = routeSurvival(s, route, months);
      let inPostMonths = 0;
      for (let t = 0; t <= months; t++) {
        a.curve[t]! += curve[t]! / runs;
        if (t >= 1) inPostMonths += curve[t]!;
      }
      reported.forEach((m, j) => {
        a.at[j]![r] = curve[m]!;
      });
      const oneOff = oneOffCostPerStarter(s, route, spec.costsGbp?.[route]);
      a.source = oneOff.source;
      a.fteYears[r] = (inPostMonths / 12) * s.workforce.ftePerHead;
      a.cost[r] = oneOff.gbp + protectedCaseloadCost(s, route, curve);
      a.costPerFteYear[r] = a.cost[r]! / a.fteYears[r]!;
    });
  }

  const rows = ROUTES.map((route, i): RouteEconomicsRow => {
    const a = acc[i]!;
    const size = cohortSizeFor(spec, route);
    return {
      route,
      ...size,
      curve: [...a.curve],
      retained: reported.map((m, j) => {
        const draws = a.at[j]!;
        const spread = spreadOf(draws);
        const [lo, hi] = mixtureShareQuantiles(size.cohortSize, draws, [0.1, 0.9]) as [number, number];
        return {
          months: m,
          mean: spread.mean,
          parameterBand: [spread.p10, spread.p90],
          cohortBand: [lo, hi],
        };
      }),
      fteYearsPerStarter: spreadOf(a.fteYears),
      costPerStarterGbp: spreadOf(a.cost),
      costPerRetainedFteYearGbp: spreadOf(a.costPerFteYear),
      costSource: costSourceText(a.source, route),
      rank: 0,
    };
  });
  [...rows]
    .sort((a, b) => a.costPerRetainedFteYearGbp.mean - b.costPerRetainedFteYearGbp.mean)
    .forEach((row, i) => {
      row.rank = i + 1;
    });
  return rows;
}
