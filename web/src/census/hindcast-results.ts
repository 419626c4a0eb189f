/** What a hindcast found: a headline, what coverage means, the tables, a chart per measure and the caveats. */
import type { HindcastReport } from '../census-api.js';
import { chartCard } from '../charts/chart-card.js';
import { h } from '../dom.js';
import { hindcastSpec } from './hindcast-spec.js';
import { scoredTable, summaryTable } from './hindcast-tables.js';

export function coverageExplainer(): HTMLElement {
  return h(
    'div',
    { class: 'panel coverage-explainer', 'aria-labelledby': 'coverage-heading' },
    h('h2', { id: 'coverage-heading' }, 'What coverage means'),
    h(
      'p',
      {},
      'A hindcast pretends it is an earlier year: it builds the council’s scenario from the census of that year, using only census years up to it, simulates forward and compares the simulated futures with the census figures that were later published.',
    ),
    h(
      'p',
      {},
      'Coverage is the share of those census figures that fell inside the simulated P10 to P90 band. If the model’s uncertainty were about right, about 8 in 10 (80%) would. Much lower means the bands are too narrow or the model drifts away from what happened; much higher means the bands are wider than they need to be. One council has only a few figures per measure, so its coverage moves a lot with one year: 3 of 4 is 75%, 4 of 4 is 100%.',
    ),
    h(
      'p',
      {},
      'The error of the median is how far the middle simulated future was from the census figure. Compare it with the error of “no change” (assuming the starting figure simply stayed): a forecast worth using should usually do at least as well.',
    ),
  );
}

export function hindcastResults(report: HindcastReport & { engineVersion: string }): HTMLElement {
  const scored = report.summary.reduce((n, s) => n + s.observations, 0);
  const inside = report.summary.reduce((n, s) => n + s.inBand, 0);
  const fileStem = `caseforce-hindcast-${report.council.code}-${report.from}-${report.to}`;
  const footnote = `Hindcast of ${report.council.name} from ${report.from} to ${report.to}: ${report.runs} runs, seed ${report.seed}, rates from census years ${report.window.years.join(', ')}, engine ${report.engineVersion}. Source: DfE children's social work workforce census (OGL v3.0).`;
  return h(
    'div',
    { class: 'hindcast-results', 'data-council': report.council.code },
    h(
      'p',
      { class: 'answer', id: 'hindcast-headline' },
      `${inside} of ${scored} census figures (${Math.round((inside / Math.max(1, scored)) * 100)}%) fell inside the simulated P10 to P90 band. If the model’s uncertainty were right, about 80% would.`,
    ),
    h(
      'p',
      { class: 'hint' },
      `Started from ${report.council.name}’s census of 30 September ${report.from}, with rates from the census years ${report.window.years.join(', ')}${report.demand ? ' and demand from the children in need tables' : ''}; ${report.runs.toLocaleString('en-GB')} simulated futures to 30 September ${report.to}, seed ${report.seed}.`,
    ),
    report.warnings.length > 0
      ? h(
          'details',
          { class: 'warning census-caveats' },
          h('summary', {}, `Data caveats for the starting scenario (${report.warnings.length})`),
          h('ul', {}, ...report.warnings.map((w) => h('li', {}, w))),
        )
      : null,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'hindcast-summary-heading' },
      h('h2', { id: 'hindcast-summary-heading' }, 'Coverage and errors by measure'),
      summaryTable(report.summary),
    ),
    coverageExplainer(),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'hindcast-charts-heading' },
      h('h2', { id: 'hindcast-charts-heading' }, 'Census figures against the simulated band, year by year'),
      h(
        'div',
        { class: 'chart-grid' },
        ...report.metrics.map((series) =>
          chartCard(hindcastSpec(report, series), { fileStem, footnote, headingLevel: 'h3' }),
        ),
      ),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'hindcast-scores-heading' },
      h('h2', { id: 'hindcast-scores-heading' }, 'Every census figure scored'),
      scoredTable(report.scored),
    ),
  );
}
