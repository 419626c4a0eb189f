/** Main levers of the scenario basics, the workforce, and the grow-your-own pipelines and retention. */
import { count, type LeverGroup, prob, whole } from './lever-kinds.js';

export const BASICS_GROUP: LeverGroup = {
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
};

export const WORKFORCE_GROUP: LeverGroup = {
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
};

export const PIPELINES_GROUP: LeverGroup = {
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
};
