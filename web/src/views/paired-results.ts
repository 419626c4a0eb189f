/**
 * A finished paired comparison: difference charts for the key measures, the chance each option is
 * better, spend changes by financial year, the parameters each option changes, and target sentences.
 */

import { thresholdSentence } from '../analyse/target-sentence.js';
import type { Comparison, OptionComparison } from '../analysis-types.js';
import { chartCard } from '../charts/chart-card.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { betterSpec, pairedDiffSpec, pairedMetrics } from '../charts/paired-spec.js';
import { type Child, h } from '../dom.js';
import { formatGbp, formatParameter, formatValue } from '../format.js';
import { metricInfo } from '../metric-catalogue.js';

const th = (text: string) => h('th', { scope: 'col' }, text);

function fyTable(option: OptionComparison, label: string): HTMLElement | null {
  if (option.financialYears.length === 0) return null;
  const lines = ['cost_total', 'cost_permanent', 'cost_agency', 'cost_other'].filter(
    (m) => option.financialYears[0]?.metrics[m],
  );
  const cell = (s: { mean: number; p10: number; p90: number } | undefined) =>
    h('td', { class: 'num' }, s ? `${formatGbp(s.mean)} (${formatGbp(s.p10)} to ${formatGbp(s.p90)})` : '–');
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `Spend changes: ${label}` },
    h(
      'table',
      { class: 'data-table', 'data-table': 'paired-fy' },
      h('caption', {}, `Spend change by financial year, ${label} minus baseline: average (P10 to P90)`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          th('Financial year'),
          lines.map((m) => th(metricInfo(m).label.replace(/ per month$/, ''))),
          th('Chance it spends less'),
        ),
      ),
      h(
        'tbody',
        {},
        option.financialYears.map((y) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${y.financialYear}${y.partial ? ` (${y.months} months)` : ''}`),
            lines.map((m) => cell(y.metrics[m])),
            h('td', { class: 'num' }, formatValue(y.metrics.cost_total?.probabilityBetter, 'probability')),
          ),
        ),
      ),
    ),
  );
}

function parameterTable(option: OptionComparison, label: string, baselineLabel: string): HTMLElement {
  if (option.parameters.length === 0)
    return h('p', { class: 'hint', 'data-diff': 'none' }, 'No parameters differ from the baseline.');
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `Parameters ${label} changes` },
    h(
      'table',
      { class: 'data-table diff-table', 'data-table': 'paired-diff' },
      h('caption', {}, `Parameters ${label} changes`),
      h('thead', {}, h('tr', {}, th('Parameter (dotted path)'), th(baselineLabel), th(label))),
      h(
        'tbody',
        {},
        option.parameters.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('code', {}, p.path)),
            h('td', {}, formatParameter(p.baseline)),
            h('td', {}, formatParameter(p.option)),
          ),
        ),
      ),
    ),
  );
}

export function pairedResults(comparison: Comparison, labels: string[], id: string): Child[] {
  const options = {
    fileStem: `caseforce-paired-${id.slice(0, 8)}`,
    footnote: `Caseforce paired comparison ${id}: seed ${comparison.seed}, ${comparison.runs} runs, ${comparison.months} months`,
  };
  const diffSpecs = pairedMetrics(comparison)
    .map((m) => pairedDiffSpec(comparison, m, labels))
    .filter((s): s is ChartSpec => s !== undefined);
  const baselineLabel = labels[0] ?? comparison.baseline.name;
  const last = comparison.dates.at(-1) ?? '';
  const out: Child[] = [
    h('h3', {}, 'Difference from the baseline, by month'),
    h(
      'div',
      { class: 'chart-grid' },
      diffSpecs.map((spec) => chartCard(spec, options)),
    ),
  ];
  comparison.options.forEach((option, i) => {
    const label = labels[i + 1] ?? option.name;
    const better = betterSpec(comparison, i, label);
    out.push(
      h('h3', {}, `${label} against ${baselineLabel}`),
      h('div', { class: 'chart-grid' }, better ? chartCard(better, options) : null),
      fyTable(option, label) ??
        h('p', { class: 'hint' }, 'Neither scenario has costs, so there are no spend changes.'),
      parameterTable(option, label, baselineLabel),
      option.thresholds.length
        ? h(
            'ul',
            { class: 'sentences' },
            [comparison.baseline, option].flatMap((s, k) =>
              s.thresholds.map((t) =>
                h('li', {}, `${k === 0 ? baselineLabel : label}: ${thresholdSentence(t, last)}`),
              ),
            ),
          )
        : null,
    );
  });
  return out;
}
