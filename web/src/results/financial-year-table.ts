/**
 * Spend by financial year (April to March) with percentile bands, the budget, P(overspend) and the
 * cost line that drives most of the spread, from result.financialYears. Without it, exact yearly
 * means are summed from the monthly means (a sum of percentiles is not a percentile, so no bands).
 */
import type { FinancialYearRow, RunResult, StatsPoint } from '../api-types.js';
import { h } from '../dom.js';
import { formatGbp, formatValue } from '../format.js';
import { metricInfo } from '../metric-catalogue.js';

export function financialYearOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const first = Number(month.slice(5, 7)) >= 4 ? year : year - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

const isMoney = (name: string) => /^(cost|spend)_/.test(name);
const isStats = (v: unknown): v is StatsPoint => v !== null && typeof v === 'object' && 'mean' in v;

/** Money metrics of a row, cost_total first. */
function rowMetrics(row: FinancialYearRow): Map<string, StatsPoint> {
  const found = new Map<string, StatsPoint>();
  for (const [k, v] of Object.entries(row.metrics ?? {})) if (isStats(v)) found.set(k, v);
  for (const [k, v] of Object.entries(row)) if (isMoney(k) && isStats(v)) found.set(k, v);
  return found;
}

function band(p: StatsPoint | undefined): string {
  const mid = p?.p50 ?? p?.mean;
  if (mid === undefined) return '–';
  const range =
    p?.p5 !== undefined && p.p95 !== undefined ? ` (${formatGbp(p.p5)} to ${formatGbp(p.p95)})` : '';
  return `${formatGbp(mid)}${range}`;
}

function driver(row: FinancialYearRow): string {
  const shares = Object.entries(row.spreadShare ?? {}).sort((a, b) => b[1] - a[1]);
  const top = shares[0];
  if (!top || top[1] <= 0) return '–';
  return `${metricInfo(top[0]).label.replace(/ per month$/, '')} (${formatValue(top[1], 'fraction')})`;
}

const th = (text: string) => h('th', { scope: 'col' }, text);

function reportedTable(rows: FinancialYearRow[]): HTMLElement {
  const lines = [...new Set(rows.flatMap((r) => [...rowMetrics(r).keys()]))];
  const shown = ['cost_total', 'cost_permanent', 'cost_agency'].filter((m) => lines.includes(m));
  const hasBudget = rows.some((r) => r.budget !== undefined);
  const hasDriver = rows.some((r) => r.spreadShare);
  return h(
    'table',
    { class: 'data-table', 'data-table': 'financial-years' },
    h('caption', {}, 'Spend by financial year: median, with 90% of runs between the amounts in brackets'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        th('Financial year'),
        shown.map((m) => th(metricInfo(m).label.replace(/ per month$/, ''))),
        hasBudget && [th('Budget'), th('Chance of overspend')],
        hasDriver && th('Main driver of the spread'),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) => {
        const metrics = rowMetrics(r);
        const year = r.fy ?? r.financialYear ?? '';
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.partial ? `${year} (${r.months ?? '?'} months)` : year),
          shown.map((m) => h('td', {}, band(metrics.get(m)))),
          hasBudget && [
            h('td', {}, r.budget === undefined ? 'none set' : formatGbp(r.budgetCompared ?? r.budget)),
            h('td', {}, r.p_overspend === undefined ? '–' : formatValue(r.p_overspend, 'probability')),
          ],
          hasDriver && h('td', {}, driver(r)),
        );
      }),
    ),
  );
}

function meanTable(result: RunResult, metrics: string[]): HTMLElement {
  const years: { fy: string; months: number; sums: number[] }[] = [];
  result.dates.forEach((d, i) => {
    const fy = financialYearOf(d);
    if (years.at(-1)?.fy !== fy) years.push({ fy, months: 0, sums: metrics.map(() => 0) });
    const y = years.at(-1)!;
    y.months++;
    metrics.forEach((m, k) => {
      y.sums[k]! += result.series[m]?.mean[i] ?? 0;
    });
  });
  return h(
    'table',
    { class: 'data-table', 'data-table': 'financial-years' },
    h('caption', {}, 'Mean spend by financial year (sum of monthly means)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        th('Financial year'),
        th('Months'),
        metrics.map((m) => th(metricInfo(m).label)),
      ),
    ),
    h(
      'tbody',
      {},
      years.map((y) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, y.fy),
          h('td', {}, y.months),
          y.sums.map((s) => h('td', {}, formatGbp(s))),
        ),
      ),
    ),
  );
}

/** True when a run reports spend: some money metric is not zero everywhere. */
export const hasSpend = (result: RunResult) =>
  Object.entries(result.series).some(([k, s]) => isMoney(k) && s.p95.some((v) => v !== 0));

export function financialYearSection(result: RunResult): HTMLElement {
  const section = h('section', { class: 'panel', 'aria-labelledby': 'fy-heading' });
  section.append(h('h2', { id: 'fy-heading' }, 'Cost by financial year'));
  if (result.financialYears?.length) {
    section.append(h('div', { class: 'table-scroll' }, reportedTable(result.financialYears)));
  } else if (hasSpend(result)) {
    const money = Object.keys(result.series).filter(isMoney);
    section.append(
      h(
        'p',
        { class: 'hint' },
        'This run reports no yearly percentiles or chance of overspend, so exact means are shown.',
      ),
      h('div', { class: 'table-scroll' }, meanTable(result, money)),
    );
  } else {
    section.append(
      h(
        'p',
        { class: 'hint' },
        'This scenario has no money settings, so there is no spend to show. Add pay, on-costs, agency rates and budgets (the Money group) to see spend by financial year and the chance of an overspend.',
      ),
    );
  }
  return section;
}
