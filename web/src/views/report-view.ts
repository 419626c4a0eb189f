/** /runs/<id>?view=report: a printable board report with everything needed to reproduce each figure. */
import type { Run, RunResult } from '../api-types.js';
import { thresholdLabel } from '../charts/threshold-spec.js';
import { fill, h } from '../dom.js';
import { formatMonth, formatValue } from '../format.js';
import { assumptionsSection } from '../results/assumptions.js';
import { financialYearSection } from '../results/financial-year-table.js';
import { keyFigures } from '../results/key-figures.js';
import { leverSummary } from '../results/lever-summary.js';
import { runChartSpecs, runChartsSection } from '../results/run-charts.js';
import { manifestSection } from '../results/run-manifest.js';
import { runPath } from '../router.js';

const REPORT_METRICS = ['agency_rate', 'agency_fte', 'vacancy_fte', 'caseload_per_fte', 'cost_total'];

/** P(target met) at the end of each financial year (March) and at the last month. */
function thresholdTable(result: RunResult): HTMLElement | null {
  if (result.thresholds.length === 0) return null;
  const last = result.dates.length - 1;
  const cols = result.dates.map((d, i) => ({ d, i })).filter(({ d, i }) => d.endsWith('-03') || i === last);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table', 'data-table': 'thresholds' },
      h('caption', {}, 'Chance each target is met, at the end of each financial year'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Target'),
          cols.map(({ d }) => h('th', { scope: 'col' }, formatMonth(d))),
        ),
      ),
      h(
        'tbody',
        {},
        result.thresholds.map((t) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, thresholdLabel(t)),
            cols.map(({ i }) => h('td', { class: 'num' }, formatValue(t.probability[i], 'probability'))),
          ),
        ),
      ),
    ),
  );
}

export function renderReportView(main: HTMLElement, run: Run, result: RunResult): void {
  document.body.classList.add('report-mode');
  const printButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => window.print() },
    'Print or save as PDF',
  );
  fill(
    main,
    h(
      'header',
      { class: 'report-header' },
      h('p', { class: 'report-kicker' }, 'Caseforce board report'),
      h('h1', { tabindex: -1 }, run.manifest.scenarioName),
      h(
        'p',
        { class: 'lede' },
        `Workforce and caseload projection from ${formatMonth(result.startMonth)} to ${formatMonth(result.dates.at(-1) ?? result.startMonth)}. `,
        `Figures are medians of ${result.runs.toLocaleString('en-GB')} simulated futures; ranges hold 90% of them. Prepared ${new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })}.`,
      ),
      h(
        'div',
        { class: 'toolbar no-print' },
        printButton,
        h('a', { class: 'button', href: runPath(run.id), 'data-route': true }, 'Back to the full results'),
      ),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'summary-heading' },
      h('h2', { id: 'summary-heading' }, 'Scenario summary'),
      leverSummary(run.manifest.scenario as never),
    ),
    keyFigures(result),
    runChartsSection(run, result, runChartSpecs(result, REPORT_METRICS)),
    financialYearSection(result),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, 'Targets'),
      thresholdTable(result) ?? h('p', { class: 'hint' }, 'This scenario names no targets.'),
    ),
    assumptionsSection(run.manifest.scenario as never, true),
    manifestSection(run, result),
  );
}
