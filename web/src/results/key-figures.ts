/** The headline numbers at the end of the horizon: median with the 90% range, and the chance of each target. */
import type { RunResult } from '../api-types.js';
import { thresholdLabel } from '../charts/threshold-spec.js';
import { h } from '../dom.js';
import { formatMonth, formatValue } from '../format.js';
import { metricInfo, metricReported } from '../metric-catalogue.js';

const HEADLINE = [
  'agency_rate',
  'agency_fte',
  'vacancy_fte',
  'permanent_fte',
  'caseload_per_fte',
  'cost_total',
];

export function keyFigures(result: RunResult): HTMLElement {
  const last = result.dates.length - 1;
  const when = formatMonth(result.dates[last] ?? result.startMonth);
  const cards = HEADLINE.filter((m) => metricReported(result.series, m)).map((m) => {
    const s = result.series[m]!;
    const info = metricInfo(m);
    const start = result.initial[m];
    return h(
      'div',
      { class: 'figure-card', 'data-metric': m },
      h('dt', {}, info.label),
      h('dd', { class: 'big' }, formatValue(s.p50[last], info.unit)),
      h(
        'dd',
        { class: 'range' },
        `90% of runs: ${formatValue(s.p5[last], info.unit)} to ${formatValue(s.p95[last], info.unit)}`,
      ),
      start === undefined || m === 'cost_total'
        ? null
        : h('dd', { class: 'range' }, `At start: ${formatValue(start, info.unit)}`),
    );
  });
  const targets = result.thresholds.map((t) =>
    h(
      'div',
      { class: 'figure-card target' },
      h('dt', {}, `Chance of ${thresholdLabel(t)}`),
      h('dd', { class: 'big' }, formatValue(t.probability[last], 'probability')),
      h('dd', { class: 'range' }, `in ${when}`),
    ),
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'key-heading' },
    h(
      'h2',
      { id: 'key-heading' },
      `Key figures in ${when} (median of ${result.runs.toLocaleString('en-GB')} runs)`,
    ),
    h('dl', { class: 'figure-grid' }, cards, targets),
  );
}
