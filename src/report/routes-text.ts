/**
 * Route economics as one table HR can rank: share in post after 1, 3 and 5 years with the
 * parameter band and the cohort band, FTE-years per starter, cost per starter and cost per
 * retained FTE-year, ranked cheapest first; cost sources listed underneath.
 */
import type { RouteEconomicsRow } from '../analysis/route-economics.js';
import { formatGbp, formatPercent, textTable } from './text-table.js';

const band = ([lo, hi]: [number, number]) => `${formatPercent(lo)}-${formatPercent(hi)}`;

export function routesText(rows: readonly RouteEconomicsRow[]): string {
  const ranked = [...rows].sort((a, b) => a.rank - b.rank);
  const months = ranked[0]?.retained.map((r) => r.months) ?? [];
  const header = [
    'rank',
    'route',
    'cohort',
    ...months.map((m) => `in post ${m / 12}y (param | cohort)`),
    'FTE-years',
    'cost/starter',
    'cost per retained FTE-year (P10-P90)',
  ];
  const body = ranked.map((r) => [
    String(r.rank),
    r.route,
    `${r.cohortSize}${r.cohortSizeSource === 'default' ? '*' : ''}`,
    ...r.retained.map((x) => `${formatPercent(x.mean)} (${band(x.parameterBand)} | ${band(x.cohortBand)})`),
    r.fteYearsPerStarter.mean.toFixed(2),
    formatGbp(r.costPerStarterGbp.mean),
    `${formatGbp(r.costPerRetainedFteYearGbp.mean)} (${formatGbp(r.costPerRetainedFteYearGbp.p10)}-${formatGbp(r.costPerRetainedFteYearGbp.p90)})`,
  ]);
  const sources = ranked.map((r) => `  ${r.route}: ${r.costSource}`);
  return [
    textTable([header, ...body]),
    '',
    '* cohort size not in the scenario: default 10 starters for the cohort band.',
    'param = P10-P90 from parameter uncertainty; cohort = P10-P90 for one cohort of that size (adds binomial noise).',
    'Cost per starter = one-off cost (per trainee / completion x take-up for pipeline routes) + capacity lost to',
    'protected caseloads (ASYE, new-starter ramp-up) at the monthly cost of a social worker FTE (money group;',
    'without one £4,454, figures.md C.12).',
    'Survival ignores caseload-pressure feedback. One-off costs:',
    ...sources,
  ].join('\n');
}
