/** Main levers of money (pay, on-costs, agency charges, budgets) and of the targets. */
import { count, type LeverGroup, share } from './lever-kinds.js';

export const MONEY_GROUP: LeverGroup = {
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
};

export const TARGETS_GROUP: LeverGroup = {
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
};
