/**
 * The main levers people change, grouped as the scenario schema groups its settings, each with a
 * unit, an allowed range and a one-line explainer. Paths use `*` for every entry of a list or map.
 * Settings not listed here still appear, generically, under "All other settings" of their group.
 */
import type { FieldKind } from './schema-node.js';

export interface Lever {
  path: string;
  label: string;
  kind: FieldKind;
  unit: string;
  explainer: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** A probability per month: the editor also shows the yearly equivalent. */
  perMonth?: boolean;
}

export interface LeverGroup {
  id: string;
  title: string;
  explainer: string;
  /** Top-level scenario keys whose settings belong to this group. */
  keys: string[];
  levers: Lever[];
}

const prob = (path: string, label: string, explainer: string, perMonth = true): Lever => ({
  path,
  label,
  kind: 'param',
  unit: perMonth ? 'probability per month, 0 to 1' : 'probability, 0 to 1',
  explainer,
  min: 0,
  max: 1,
  perMonth,
});
const share = (path: string, label: string, explainer: string): Lever => ({
  path,
  label,
  kind: 'param',
  unit: 'share, 0 to 1',
  explainer,
  min: 0,
  max: 1,
});
const count = (path: string, label: string, unit: string, explainer: string, max = 100_000): Lever => ({
  path,
  label,
  kind: 'param',
  unit,
  explainer,
  min: 0,
  max,
});
const whole = (
  path: string,
  label: string,
  unit: string,
  explainer: string,
  min: number,
  max: number,
): Lever => ({
  path,
  label,
  kind: 'number',
  unit,
  explainer,
  min,
  max,
  integer: true,
});
const toggle = (path: string, label: string, explainer: string): Lever => ({
  path,
  label,
  kind: 'boolean',
  unit: 'on or off',
  explainer,
});

export const LEVER_GROUPS: LeverGroup[] = [
  {
    id: 'basics',
    title: 'Scenario',
    explainer: 'Name, description and first month (how far ahead to simulate is set where you run it).',
    keys: ['name', 'description', 'startMonth'],
    levers: [
      {
        path: 'name',
        label: 'Scenario name',
        kind: 'text',
        unit: '',
        explainer: 'Shown on results and reports.',
      },
      {
        path: 'startMonth',
        label: 'First month',
        kind: 'month',
        unit: 'YYYY-MM',
        explainer: 'The first simulated month, e.g. 2021-04.',
      },
      {
        path: 'description',
        label: 'Description',
        kind: 'textarea',
        unit: '',
        explainer: 'What this scenario assumes, in plain words.',
      },
    ],
  },
  {
    id: 'workforce',
    title: 'Workforce',
    explainer: 'Posts, who leaves and how vacancies are filled by permanent staff.',
    keys: ['establishment', 'initial', 'workforce', 'leaving', 'progression', 'recruitment'],
    levers: [
      {
        path: 'establishment.initialFte',
        label: 'Case-holding posts',
        kind: 'number',
        unit: 'FTE',
        explainer: 'Funded case-holding social worker posts at the start (Hull: 238).',
        min: 0,
        max: 100_000,
      },
      whole(
        'initial.agency',
        'Agency workers at the start',
        'people',
        'Agency social workers on assignment in the first month.',
        0,
        100_000,
      ),
      prob(
        'leaving.baseHazardPerMonth',
        'Chance a worker leaves each month',
        'Monthly leaving probability for staff no length-of-service band covers.',
      ),
      prob(
        'leaving.bands.*.hazardPerMonth',
        'Leaving chance in band',
        'Monthly leaving probability for this length-of-service band.',
      ),
      prob(
        'leaving.asyeCompletionExitProbability',
        'Leaving at the end of the ASYE year',
        'One-off chance a newly qualified worker leaves when their assessed year ends.',
        false,
      ),
      prob(
        'recruitment.fillProbabilityPerMonth',
        'Chance a vacancy is filled each month',
        'By an experienced hire, for each advertised vacancy.',
      ),
      whole(
        'recruitment.noticeLagMonths',
        'Notice period of new hires',
        'months, 0 to 12',
        'Months between an accepted offer and the start date.',
        0,
        12,
      ),
      count(
        'recruitment.nqIntakes.*.places',
        'Newly qualified places',
        'places a year',
        'Places offered in this yearly intake of newly qualified social workers.',
      ),
      prob(
        'recruitment.nqIntakes.*.fillProbability',
        'Chance a place is filled',
        'Chance each newly qualified place is filled and taken up.',
        false,
      ),
      prob(
        'progression.probabilityPerMonth',
        'Progression to senior each month',
        'Monthly chance an eligible social worker becomes a senior practitioner.',
      ),
    ],
  },
  {
    id: 'pipelines',
    title: 'Pipelines and retention',
    explainer: 'Grow-your-own routes (Step Up, apprenticeships, Frontline), retention offers and campaigns.',
    keys: ['pipelines', 'retentionOffers', 'campaigns'],
    levers: [
      count(
        'pipelines.cohorts.*.size',
        'Trainee cohort size',
        'trainees',
        'Trainees starting in this cohort.',
        10_000,
      ),
      prob(
        'pipelines.routes.*.completionProbability',
        'Chance a trainee completes',
        'Share of trainees on this route who qualify.',
        false,
      ),
      prob(
        'pipelines.routes.*.takeUpProbability',
        'Chance a completer takes a post here',
        'Share of qualified trainees who start here as newly qualified workers.',
        false,
      ),
      {
        path: 'retentionOffers.*.hazardMultiplier',
        label: 'Leaving multiplier of the offer',
        kind: 'param',
        unit: 'multiplier, 0 to 1000',
        explainer: 'Multiplies the leaving chance of the staff the offer targets (0.8 = 20% fewer leave).',
        min: 0,
        max: 1000,
      },
      count(
        'retentionOffers.*.costPerWorkerPerMonthGbp',
        'Payment per worker per month',
        '£ per worker per month',
        'Retention payment to each eligible worker while the offer runs.',
        1e9,
      ),
      {
        path: 'campaigns.*.fillMultiplier',
        label: 'Campaign effect on filling posts',
        kind: 'param',
        unit: 'multiplier, 0 to 1000',
        explainer: 'Multiplies the chance vacancies are filled while the campaign runs.',
        min: 0,
        max: 1000,
      },
      count('campaigns.*.costGbp', 'Campaign cost', '£', 'One-off cost of the recruitment campaign.', 1e9),
    ],
  },
  {
    id: 'agency',
    title: 'Agency',
    explainer: 'How vacancies are covered by agency staff, and the DfE agency rules.',
    keys: ['agency', 'agencyRules'],
    levers: [
      share(
        'agency.coverShare',
        'Share of vacancies covered by agency',
        'Council policy: the share of vacant posts to cover with agency workers.',
      ),
      prob(
        'agency.fillProbabilityPerMonth',
        'Chance an agency assignment is filled each month',
        'For each wanted agency assignment.',
      ),
      prob(
        'agency.assignmentEndHazardPerMonth',
        'Chance an agency assignment ends each month',
        'Agency churn: 0.154 is a mean assignment of about 6 months.',
      ),
      prob(
        'agency.conversionHazardPerMonth',
        'Chance an agency worker turns permanent each month',
        'Conversions of agency workers to permanent posts.',
      ),
      count(
        'agency.extraCapacity',
        'Agency workers beyond vacancy cover',
        'people',
        'Extra agency capacity: absence cover, project teams.',
      ),
      toggle(
        'agencyRules.enabled',
        'Apply the DfE agency rules',
        'Statutory guidance in force from 31 October 2024.',
      ),
      {
        path: 'agencyRules.agencyFillMultiplier',
        label: 'Agency fill under the rules',
        kind: 'param',
        unit: 'multiplier, 0 to 1000',
        explainer: 'Multiplies the agency fill chance once the rules apply (a smaller pool).',
        min: 0,
        max: 1000,
      },
    ],
  },
  {
    id: 'demand',
    title: 'Demand and caseload',
    explainer: 'Referrals, open cases, capacity and caseload pressure.',
    keys: ['demand', 'referrals', 'caseload', 'feedback'],
    levers: [
      count(
        'demand.referrals.baseRatePerMonth',
        'Referrals a month',
        'referrals per month',
        'Referrals a month at the start, re-referrals included.',
        1e6,
      ),
      {
        path: 'demand.referrals.growthPerYear',
        label: 'Yearly growth in referrals',
        kind: 'param',
        unit: 'fraction a year, -0.5 to 1',
        explainer: '0.02 means 2% more referrals each year.',
        min: -0.5,
        max: 1,
      },
      {
        path: 'demand.referrals.shocks.*.multiplier',
        label: 'Demand shock',
        kind: 'param',
        unit: 'multiplier',
        explainer: 'Multiplies new referrals while the shock lasts (1.2 = +20%).',
        min: 0,
        max: 1000,
      },
      share(
        'demand.outcomes.noFurtherActionShare',
        'Referrals closed with no further action',
        'Share of referrals closed before any assessment.',
      ),
      count(
        'demand.assessment.completionsPerFtePerMonth',
        'Assessments one FTE completes a month',
        'assessments per FTE per month',
        'The most assessments a case-holding FTE can complete in a month.',
        1000,
      ),
      count(
        'caseload.openCases',
        'Open cases',
        'cases',
        'Open cases held when referral demand is not simulated.',
        1e7,
      ),
      share('caseload.absenceRate', 'Sickness absence', 'Share of working time lost to absence.'),
      count(
        'caseload.caseloadCap',
        'Caseload cap',
        'cases per FTE',
        'Caseload above which a worker counts as over cap.',
        1000,
      ),
      toggle(
        'feedback.enabled',
        'Caseload pressure makes staff leave',
        'High caseloads raise leaving chances (MODEL.md section 6).',
      ),
      count(
        'feedback.strength',
        'Strength of caseload pressure',
        'multiplier',
        'Leaving chances rise by strength x relative excess caseload.',
        1000,
      ),
    ],
  },
  {
    id: 'money',
    title: 'Money',
    explainer: 'Pay, on-costs, agency rates and budgets.',
    keys: ['money', 'costs', 'pay', 'budget', 'budgets', 'finance'],
    levers: [
      count(
        'money.pay.salaryGbp.asye',
        'ASYE salary',
        '£ a year per FTE',
        'Pay point of a newly qualified worker in their assessed year.',
        1e7,
      ),
      count(
        'money.pay.salaryGbp.social_worker',
        'Social worker salary',
        '£ a year per FTE',
        'Pay point of a social worker at the start.',
        1e7,
      ),
      count(
        'money.pay.salaryGbp.senior',
        'Senior practitioner salary',
        '£ a year per FTE',
        'Pay point of a senior or advanced practitioner.',
        1e7,
      ),
      {
        path: 'money.pay.annualAwardRate',
        label: 'Yearly pay award',
        kind: 'param',
        unit: 'fraction, -0.5 to 1',
        explainer: 'Pay award each year unless a specific award is set for that year (0.03 = 3%).',
        min: -0.5,
        max: 1,
      },
      share(
        'money.onCosts.pensionRate',
        'Employer pension contribution',
        'Share of pay paid into the pension fund.',
      ),
      count(
        'money.agency.hourlyRateGbp',
        'Agency charge per hour',
        '£ per hour',
        'What the council pays per agency hour.',
        1e6,
      ),
      count(
        'money.agency.weeklyRateGbp',
        'Agency charge per week',
        '£ per week',
        'What the council pays per agency FTE week.',
        1e7,
      ),
      {
        path: 'money.agency.premiumOverPermanent',
        label: 'Agency premium over permanent cost',
        kind: 'param',
        unit: 'fraction, -1 to 10',
        explainer: '0.5 means an agency FTE costs 50% more than a permanent one.',
        min: -1,
        max: 10,
      },
      {
        path: 'money.agency.rateMultiplier',
        label: 'Agency charge multiplier',
        kind: 'param',
        unit: 'multiplier',
        explainer: 'A stress test: multiplies the agency charge before any cap.',
        min: 0,
        max: 1000,
      },
      count(
        'money.recruitment.costPerHireGbp',
        'Cost per permanent hire',
        '£ per hire',
        'Advertising, selection and checks for each permanent starter.',
        1e7,
      ),
      {
        path: 'money.budgets.*.budgetGbp',
        label: 'Budget',
        kind: 'number',
        unit: '£ for the financial year',
        explainer: 'Budget for the total workforce cost in this financial year.',
        min: 0,
        max: 1e12,
      },
    ],
  },
  {
    id: 'targets',
    title: 'Targets',
    explainer: 'The targets whose chance of being met is reported by month.',
    keys: ['thresholds'],
    levers: [
      {
        path: 'thresholds.*.value',
        label: 'Target value',
        kind: 'number',
        unit: 'in the metric’s unit (rates 0 to 1)',
        explainer: 'The line the metric is compared with.',
      },
    ],
  },
];

/** Keys the editor leaves alone: sources are shown with the assumptions; the horizon is set in the run form. */
export const HIDDEN_KEYS = new Set(['sources', 'horizonMonths']);
