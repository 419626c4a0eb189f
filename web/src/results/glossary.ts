/** Plain meanings of the words on a results page, for readers who have not used a simulator before. */
import { h } from '../dom.js';

const TERMS: [string, string][] = [
  [
    'Simulated future (run)',
    'One possible five years (or whatever the horizon is), drawn at random from the scenario’s chances and ranges. Results summarise many of them.',
  ],
  ['Median', 'Half the simulated futures are above this line and half below: the central estimate.'],
  [
    'Mean',
    'The average over all simulated futures; it differs from the median when a few futures are extreme.',
  ],
  [
    '90% of runs (P5 to P95)',
    'The light band: 5% of futures fall below it and 5% above. Treat it as a plausible worst-to-best range.',
  ],
  ['Middle 50% (P25 to P75)', 'The dark band: half of the futures fall inside it.'],
  [
    'Chance of meeting a target',
    'The share of simulated futures in which the target is met at the end of that month.',
  ],
  ['FTE', 'Full-time equivalent: two half-time workers count as 1 FTE.'],
  [
    'Agency rate',
    'Agency FTE as a share of agency plus permanent FTE, as the DfE children’s social work workforce census defines it.',
  ],
  ['Vacancies', 'Funded posts without a permanent worker; some are covered by agency staff.'],
  ['ASYE', 'The assessed and supported year in employment of a newly qualified social worker.'],
  [
    'Seed',
    'The starting point of the random numbers. The same scenario, seed and number of runs always give the same figures.',
  ],
  ['Financial year', 'April to March, written 2021-22.'],
];

export function glossary(): HTMLElement {
  return h(
    'details',
    { class: 'panel glossary no-print' },
    h('summary', {}, h('h2', { class: 'inline-heading' }, 'What the words mean')),
    h(
      'dl',
      { class: 'glossary-list' },
      TERMS.map(([term, meaning]) => [h('dt', {}, term), h('dd', {}, meaning)]),
    ),
  );
}
