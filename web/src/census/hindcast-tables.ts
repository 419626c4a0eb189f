/** The hindcast's tables: coverage and errors per measure, and every census figure against its band. */
import type { HindcastScore, HindcastSummary } from '../census-api.js';
import { h } from '../dom.js';
import { metricInfoOf, showError, showValue } from './hindcast-spec.js';

const th = (text: string) => h('th', { scope: 'col' }, text);
const num = (text: string) => h('td', { class: 'num' }, text);

/** Whether the simulated median beat assuming nothing changes, in words. */
export function verdict(s: HindcastSummary): string {
  if (s.medianNoChangeError === null) return 'no starting figure';
  const ratio = s.medianAbsError / Math.max(s.medianNoChangeError, 1e-12);
  if (ratio < 0.9) return 'closer than no change';
  if (ratio > 1.1) return 'further off than no change';
  return 'about the same as no change';
}

export function summaryTable(summary: readonly HindcastSummary[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Coverage by measure' },
    h(
      'table',
      { class: 'data-table', 'data-table': 'hindcast-summary' },
      h('caption', {}, 'Coverage and errors by measure'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          th('Measure'),
          th('Census figures scored'),
          th('Inside P10–P90'),
          th('Coverage'),
          th('Typical error of the median'),
          th('Typical error of “no change”'),
          th('Median forecast was'),
        ),
      ),
      h(
        'tbody',
        {},
        ...summary.map((s) =>
          h(
            'tr',
            { 'data-metric': s.metric },
            h('th', { scope: 'row' }, metricInfoOf(s.metric).title),
            num(String(s.observations)),
            num(String(s.inBand)),
            num(`${Math.round(s.coverage * 100)}%`),
            num(showError(s.metric, s.medianAbsError)),
            num(showError(s.metric, s.medianNoChangeError)),
            h('td', {}, verdict(s)),
          ),
        ),
      ),
    ),
  );
}

export function scoredTable(scored: readonly HindcastScore[]): HTMLElement {
  const sorted = [...scored].sort((a, b) => metricOrder(a.metric) - metricOrder(b.metric) || a.year - b.year);
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Every census figure scored' },
    h(
      'table',
      { class: 'data-table', 'data-table': 'hindcast-scores' },
      h('caption', {}, 'Every census figure against the simulated band of its year'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          th('Measure'),
          th('Census year'),
          th('Census figure'),
          th('P10'),
          th('Median (P50)'),
          th('P90'),
          th('Error of the median'),
          th('Inside P10–P90?'),
          th('Error of “no change”'),
        ),
      ),
      h(
        'tbody',
        {},
        ...sorted.map((s) =>
          h(
            'tr',
            { 'data-metric': s.metric, 'data-year': s.year },
            h('th', { scope: 'row' }, metricInfoOf(s.metric).title),
            num(String(s.year)),
            num(showValue(s.metric, s.observed)),
            num(showValue(s.metric, s.p10)),
            num(showValue(s.metric, s.p50)),
            num(showValue(s.metric, s.p90)),
            num(showError(s.metric, s.absError)),
            h('td', { class: s.inBand ? 'in-band' : 'out-of-band' }, s.inBand ? 'Yes' : 'No'),
            num(showError(s.metric, s.noChangeError)),
          ),
        ),
      ),
    ),
  );
}

const ORDER = ['case_holder_fte', 'agency_rate', 'turnover_rate', 'vacancy_rate', 'caseload'];
const metricOrder = (m: string) => {
  const i = ORDER.indexOf(m);
  return i < 0 ? ORDER.length : i;
};
