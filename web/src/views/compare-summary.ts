/** Runs side by side: headline metrics and target chances at the end, and spend by financial year. */
import type { FinancialYearRow, RunResult, StatsPoint } from '../api-types.js';
import type { LabelledRun } from '../charts/overlay-spec.js';
import { thresholdKey, thresholdLabel } from '../charts/threshold-spec.js';
import { h } from '../dom.js';
import { formatGbp, formatMonth, formatValue } from '../format.js';
import { metricInfo, metricReported } from '../metric-catalogue.js';

const HEADLINE = [
  'agency_rate',
  'agency_fte',
  'vacancy_fte',
  'permanent_fte',
  'caseload_per_fte',
  'cost_total',
];

const endOf = (r: RunResult, metric: string) => {
  const s = r.series[metric];
  const i = r.dates.length - 1;
  return s ? { p50: s.p50[i], p5: s.p5[i], p95: s.p95[i] } : undefined;
};

function metricRows(runs: LabelledRun[]): HTMLElement[] {
  const metrics = HEADLINE.filter((m) => runs.some((r) => metricReported(r.result.series, m)));
  return metrics.map((m) => {
    const info = metricInfo(m);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, info.label),
      runs.map((r) => {
        const v = metricReported(r.result.series, m) ? endOf(r.result, m) : undefined;
        return h(
          'td',
          {},
          v
            ? `${formatValue(v.p50, info.unit)} (${formatValue(v.p5, info.unit)} to ${formatValue(v.p95, info.unit)})`
            : '–',
        );
      }),
    );
  });
}

function targetRows(runs: LabelledRun[]): HTMLElement[] {
  const keys = [...new Set(runs.flatMap((r) => r.result.thresholds.map(thresholdKey)))];
  return keys.map((key) => {
    const named = runs.flatMap((r) => r.result.thresholds).find((t) => thresholdKey(t) === key)!;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, `Chance of ${thresholdLabel(named)}`),
      runs.map((r) => {
        const t = r.result.thresholds.find((x) => thresholdKey(x) === key);
        return h('td', {}, t ? formatValue(t.probability.at(-1), 'probability') : '–');
      }),
    );
  });
}

function spendRows(runs: LabelledRun[]): HTMLElement[] {
  const years = [
    ...new Set(
      runs.flatMap((r) => (r.result.financialYears ?? []).map((y) => y.fy ?? y.financialYear ?? '')),
    ),
  ];
  const find = (r: RunResult, fy: string): FinancialYearRow | undefined =>
    r.financialYears?.find((y) => (y.fy ?? y.financialYear) === fy);
  return years.map((fy) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, `Total cost ${fy}`),
      runs.map((r) => {
        const y = find(r.result, fy);
        const total = y?.cost_total as StatsPoint | undefined;
        if (!total?.p50) return h('td', {}, '–');
        const over =
          y?.p_overspend === undefined
            ? ''
            : `; overspend chance ${formatValue(y.p_overspend, 'probability')}`;
        return h('td', {}, `${formatGbp(total.p50)}${over}`);
      }),
    ),
  );
}

export function compareSummary(runs: LabelledRun[]): HTMLElement {
  const last = runs[0]?.result.dates.at(-1) ?? '';
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'side-heading' },
    h('h2', { id: 'side-heading' }, 'Side by side'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table', 'data-table': 'side-by-side' },
        h(
          'caption',
          {},
          `At the end (${formatMonth(last)}): median, with 90% of runs in brackets; spend by financial year`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Measure'),
            runs.map((r) => h('th', { scope: 'col' }, r.label)),
          ),
        ),
        h('tbody', {}, metricRows(runs), targetRows(runs), spendRows(runs)),
      ),
    ),
  );
}
