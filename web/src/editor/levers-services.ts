/** Main levers of agency cover and of demand and caseload. */
import { count, type LeverGroup, prob, share, toggle } from './lever-kinds.js';

export const AGENCY_GROUP: LeverGroup = {
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
};

export const DEMAND_GROUP: LeverGroup = {
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
      'High caseloads raise the chance that staff leave.',
    ),
    count(
      'feedback.strength',
      'Strength of caseload pressure',
      'multiplier',
      'Leaving chances rise by strength x relative excess caseload.',
      1000,
    ),
  ],
};
