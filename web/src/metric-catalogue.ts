/** What each reported metric means to a reader: label, unit and a one-line explanation (MODEL.md section 8). */
import type { Unit } from './format.js';

export interface MetricInfo {
  label: string;
  unit: Unit;
  /** Axis title, with the unit. */
  axis: string;
  explainer: string;
}

const fte = (label: string, explainer: string): MetricInfo => ({
  label,
  unit: 'fte',
  axis: 'FTE',
  explainer,
});
const rate = (label: string, explainer: string): MetricInfo => ({
  label,
  unit: 'fraction',
  axis: 'per cent',
  explainer,
});
const money = (label: string, explainer: string): MetricInfo => ({
  label,
  unit: 'gbp',
  axis: '£ per month',
  explainer,
});

const ROUTE_LABELS: Record<string, string> = {
  nq: 'newly qualified intake',
  step_up: 'Step Up',
  apprenticeship: 'apprenticeship',
  frontline: 'Frontline',
  experienced: 'experienced hires',
  agency_conversion: 'converted from agency',
};

const KNOWN: Record<string, MetricInfo> = {
  establishment_fte: fte('Establishment (posts)', 'Funded case-holding posts.'),
  permanent_fte: fte('Permanent FTE', 'Permanent case-holding social workers in post, FTE.'),
  asye_fte: fte('ASYE FTE', 'Newly qualified workers in their assessed and supported year in employment.'),
  senior_fte: fte('Senior FTE', 'Senior and advanced practitioners in post.'),
  vacancy_fte: fte('Vacancies', 'Posts without a permanent worker, FTE (some are covered by agency staff).'),
  agency_fte: fte('Agency FTE', 'Agency social workers on assignment, FTE.'),
  trainees: {
    label: 'Trainees',
    unit: 'heads',
    axis: 'people',
    explainer: 'People in grow-your-own pipelines.',
  },
  offers_pending: fte('Offers pending', 'Accepted offers not yet started (notice periods).'),
  vacancy_rate: rate('Vacancy rate', 'Vacancy FTE / (vacancy FTE + permanent FTE), DfE definition.'),
  agency_rate: rate('Agency rate', 'Agency FTE / (agency FTE + permanent FTE), DfE definition.'),
  turnover_rate: rate(
    'Turnover rate',
    'Permanent leavers in the last 12 months / permanent FTE, DfE definition.',
  ),
  starters: fte('Starters', 'Permanent starters in the month, FTE.'),
  leavers: fte('Leavers', 'Permanent leavers in the month, FTE.'),
  agency_starts: fte('Agency starts', 'New agency assignments in the month.'),
  agency_ends: fte('Agency ends', 'Agency assignments ending in the month.'),
  case_holding_fte: fte(
    'Case-holding capacity',
    'Permanent plus agency FTE net of absence and protected caseloads.',
  ),
  referrals: { label: 'Referrals', unit: 'count', axis: 'referrals', explainer: 'Referrals in the month.' },
  open_cases: { label: 'Open cases', unit: 'count', axis: 'cases', explainer: 'Open cases at month end.' },
  caseload_per_fte: {
    label: 'Caseload per FTE',
    unit: 'ratio',
    axis: 'cases per FTE',
    explainer: 'Open cases per case-holding FTE.',
  },
  assessments_in_timescale: rate(
    'Assessments in timescale',
    'Share of assessments completed within 45 working days.',
  ),
  worker_changes_per_child: {
    label: 'Changes of social worker per child',
    unit: 'ratio',
    axis: 'per child per year',
    explainer: 'Reallocations per open case, annualised.',
  },
  cost_permanent: money('Permanent staff cost', 'Salary plus on-costs of permanent staff per month.'),
  cost_agency: money('Agency cost', 'Agency staff cost per month.'),
  cost_other: money(
    'Other costs',
    'Recruitment, campaigns, training routes and retention payments per month.',
  ),
  cost_total: money('Total cost per month', 'All workforce costs per month.'),
};

function humanise(name: string): string {
  const text = name.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function metricInfo(name: string): MetricInfo {
  const known = KNOWN[name];
  if (known) return known;
  const route = /^permanent_fte_(.+)$/.exec(name)?.[1];
  if (route) return fte(`Permanent FTE: ${ROUTE_LABELS[route] ?? route}`, 'Permanent FTE by entry route.');
  if (/_rate$/.test(name)) return rate(humanise(name), '');
  if (/^(cost|spend)_/.test(name)) return money(humanise(name), '');
  return { label: humanise(name), unit: 'ratio', axis: '', explainer: '' };
}

export const routeLabel = (route: string) => ROUTE_LABELS[route] ?? route.replace(/_/g, ' ');

/** The fan charts of a results page, in reading order; each is shown only when the run reports it. */
export const FAN_METRICS = [
  'agency_rate',
  'agency_fte',
  'vacancy_fte',
  'permanent_fte',
  'caseload_per_fte',
  'assessments_in_timescale',
  'cost_total',
] as const;

/** Metrics named permanent_fte_<route> present in a result, in a stable order. */
export function routeMetrics(names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith('permanent_fte_'));
}

/** Metrics an engine reports as zeros when the scenario lacks their group (demand, money). */
const ZERO_WHEN_ABSENT = /^(cost_|spend_|referrals$|assessments_|cin_|cp_|cla_|share_|worker_changes)/;

/** True when a result has the metric and, for demand and money metrics, it is not all zeros. */
export function metricReported(
  series: Record<string, { p5: number[]; p95: number[] }>,
  name: string,
): boolean {
  const s = series[name];
  if (!s) return false;
  return !ZERO_WHEN_ABSENT.test(name) || s.p95.some((v) => v !== 0) || s.p5.some((v) => v !== 0);
}
